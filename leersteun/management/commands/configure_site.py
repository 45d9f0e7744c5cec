from urllib.parse import urlsplit

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from wagtail.models import Site

DEFAULT_PORTS = {"http": 80, "https": 443}


def parse_public_url(url):
    """Host name and port of a public address; Wagtail's Site.root_url must give it back."""
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError as error:
        raise CommandError(f"Ongeldig adres '{url}': {error}.") from error
    if parts.scheme not in DEFAULT_PORTS or not parts.hostname:
        raise CommandError(f"Geef een volledig adres (zoals https://materialenbank.be): '{url}'.")
    if parts.path not in ("", "/") or parts.query or parts.fragment:
        raise CommandError("Het adres is alleen schema, host en poort (zonder pad).")
    port = port or DEFAULT_PORTS[parts.scheme]
    # Wagtail writes every port but 443 as http://host:port.
    if parts.scheme == "https" and port != 443:
        raise CommandError("Wagtail kent https alleen op poort 443.")
    hostname = f"[{parts.hostname}]" if ":" in parts.hostname else parts.hostname
    return hostname, port


class Command(BaseCommand):
    help = (
        "Zet het publieke adres van de standaardsite (host en poort van de Wagtail-site): "
        "alle absolute links (QR-code, API, feeds, sitemap, e-mails) volgen het."
    )

    def add_arguments(self, parser):
        parser.add_argument("--url", required=True, help="bv. https://materialenbank.be")

    @transaction.atomic
    def handle(self, *args, url, **options):
        hostname, port = parse_public_url(url)
        site = Site.objects.filter(is_default_site=True).first()
        if site is None:
            raise CommandError("Er is geen standaardsite: draai eerst 'manage.py migrate'.")
        taken = Site.objects.filter(hostname=hostname, port=port).exclude(pk=site.pk)
        if taken.exists():
            raise CommandError(f"Een andere site gebruikt {hostname}:{port} al.")
        site.hostname, site.port = hostname, port
        site.save(update_fields=["hostname", "port"])
        self.stdout.write(f"Publiek adres van de site: {site.root_url}/")
