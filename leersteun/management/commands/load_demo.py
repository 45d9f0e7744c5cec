from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from dissemination.demo_adoptions import load_adoptions
from dissemination.demo_studydays import load_study_days
from leersteun.demo import DEMO_PASSWORD, load_about_page, load_home, load_users
from network.demo import load_network
from practices.demo import load_practices
from practices.demo_cases import load_cases
from practices.demo_insights import load_insights
from reports.demo import load_final_report


class Command(BaseCommand):
    help = "Laadt de demo-inhoud (idempotent: twee keer draaien geeft dezelfde inhoud)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--allow-production",
            action="store_true",
            help="Ook laden wanneer DEBUG uit staat (maakt demo-accounts aan!).",
        )

    def handle(self, *args, allow_production=False, **options):
        if not settings.DEBUG and not allow_production:
            raise CommandError(
                "De demo-inhoud maakt accounts met een bekend wachtwoord aan; "
                "gebruik --allow-production als je dat echt wilt."
            )
        with transaction.atomic():
            home = load_home()
            load_practices(home, stdout=self.stdout)
            load_insights(home, stdout=self.stdout)
            load_network(stdout=self.stdout)
            load_cases(home, stdout=self.stdout)
            load_study_days(home, stdout=self.stdout)
            load_adoptions(home, stdout=self.stdout)
            load_about_page(home)
            load_final_report(home)
            usernames = load_users()
        self.stdout.write(self.style.SUCCESS("Demo-inhoud geladen."))
        self.stdout.write(f"  accounts (wachtwoord '{DEMO_PASSWORD}'): {', '.join(usernames)}")
