import sys

import qrcode
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django_otp.plugins.otp_totp.models import TOTPDevice

DEVICE_NAME = "authenticator-app"


class Command(BaseCommand):
    help = (
        "Stelt tweestapsverificatie (TOTP) in voor een account: toont een QR-code voor de "
        "authenticator-app en bevestigt met een eerste code. Met --verwijderen wordt ze afgezet."
    )

    stealth_options = ("stdin",)

    def add_arguments(self, parser):
        parser.add_argument("username")
        parser.add_argument("--verwijderen", action="store_true", help="Zet 2FA af.")

    def handle(self, username, verwijderen=False, **options):
        user = get_user_model().objects.filter(username=username).first()
        if user is None:
            raise CommandError(f"Geen account '{username}'.")
        devices = TOTPDevice.objects.filter(user=user)
        if verwijderen:
            count = devices.count()
            devices.delete()
            self.stdout.write(f"Tweestapsverificatie uitgezet voor {username} ({count} toestel).")
            return
        devices.filter(confirmed=False).delete()
        device = TOTPDevice.objects.create(user=user, name=DEVICE_NAME, confirmed=False)
        self.stdout.write("Scan deze QR-code met een authenticator-app (of voer de link in):")
        code = qrcode.QRCode(border=1)
        code.add_data(device.config_url)
        code.print_ascii(out=self.stdout, invert=True)
        self.stdout.write(device.config_url)
        self.stdout.write("Geef de code die de app nu toont: ", ending="")
        self.stdout.flush()
        token = (options.get("stdin") or sys.stdin).readline().strip()
        if not device.verify_token(token):
            device.delete()
            raise CommandError("De code klopt niet; er werd niets ingesteld. Probeer opnieuw.")
        devices.exclude(pk=device.pk).delete()
        device.confirmed = True
        device.save(update_fields=["confirmed"])
        self.stdout.write(self.style.SUCCESS(f"Tweestapsverificatie staat aan voor {username}."))
