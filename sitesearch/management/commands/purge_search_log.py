from django.conf import settings
from django.core.management.base import BaseCommand

from sitesearch.log import purge


class Command(BaseCommand):
    help = "Delete logged searches older than SEARCH_LOG_RETENTION_DAYS (run daily)."

    def handle(self, *args, **options):
        deleted = purge()
        self.stdout.write(
            f"{deleted} searches older than {settings.SEARCH_LOG_RETENTION_DAYS} days deleted."
        )
