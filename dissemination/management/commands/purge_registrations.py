"""Delete study-day registrations once the retention time after the day has passed."""

import datetime

from django.conf import settings
from django.core.management.base import BaseCommand
from django.db import transaction
from django.db.models import Count, Q
from django.utils import timezone

from dissemination.models import Registration, RegistrationStatus, RegistrationTally, StudyDayPage


def expired_study_days(today, retention_days):
    last_kept_date = today - datetime.timedelta(days=retention_days)
    return StudyDayPage.objects.filter(
        date__lt=last_kept_date, registrations__isnull=False
    ).distinct()


def tally(study_day):
    """Anonymous counts per centre, added to those of an earlier purge of the same day."""
    rows = (
        Registration.objects.filter(study_day=study_day)
        .values("centre")
        .annotate(
            confirmed=Count("pk", filter=Q(status=RegistrationStatus.CONFIRMED)),
            waitlisted=Count("pk", filter=Q(status=RegistrationStatus.WAITLISTED)),
            attended=Count("pk", filter=Q(attended=True) & ~Q(status=RegistrationStatus.CANCELLED)),
        )
    )
    for row in rows:
        counts, _ = RegistrationTally.objects.get_or_create(
            study_day=study_day, centre_id=row["centre"]
        )
        counts.confirmed += row["confirmed"]
        counts.waitlisted += row["waitlisted"]
        counts.attended += row["attended"]
        counts.save()


class Command(BaseCommand):
    help = (
        "Verwijdert de inschrijvingen (persoonsgegevens) van studiedagen waarvan de "
        "bewaartermijn (REGISTRATION_RETENTION_DAYS na de dag) voorbij is; de anonieme "
        "tellingen per centrum blijven."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="Toon wat verwijderd zou worden, zonder te wissen.",
        )

    def handle(self, *args, dry_run=False, **options):
        retention = settings.REGISTRATION_RETENTION_DAYS
        total = 0
        for study_day in expired_study_days(timezone.localdate(), retention):
            with transaction.atomic():
                registrations = Registration.objects.filter(study_day=study_day)
                count = registrations.count()
                if not dry_run:
                    tally(study_day)
                    registrations.delete()
            total += count
            verb = "zou verwijderen" if dry_run else "verwijderd"
            self.stdout.write(
                f"{study_day.title} ({study_day.date:%d-%m-%Y}): {count} inschrijvingen {verb}"
            )
        summary = (
            f"{total} inschrijvingen {'zouden verwijderd worden' if dry_run else 'verwijderd'} "
            f"(bewaartermijn {retention} dagen na de studiedag)."
        )
        self.stdout.write(self.style.SUCCESS(summary))
