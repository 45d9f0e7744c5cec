from datetime import timedelta

from django.conf import settings
from django.core.management.base import BaseCommand
from django.utils import timezone
from wagtail.contrib.forms.models import FormSubmission

from leersteun.models import ContactPage


class Command(BaseCommand):
    help = (
        "Wist berichten van het contactformulier die ouder zijn dan de bewaartermijn "
        "(CONTACT_RETENTION_DAYS). Plan dit dagelijks in."
    )

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true", help="Alleen tellen, niets wissen.")

    def handle(self, *args, dry_run=False, **options):
        cutoff = timezone.now() - timedelta(days=settings.CONTACT_RETENTION_DAYS)
        expired = FormSubmission.objects.filter(
            page__in=ContactPage.objects.all(), submit_time__lt=cutoff
        )
        count = expired.count()
        if not dry_run:
            expired.delete()
        verb = "zou wissen" if dry_run else "gewist"
        self.stdout.write(f"Contactberichten ouder dan {cutoff:%d-%m-%Y}: {count} {verb}.")
