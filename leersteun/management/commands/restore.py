from django.core.management.base import BaseCommand, CommandError

from leersteun.backup import BackupError, restore_backup


class Command(BaseCommand):
    help = (
        "Zet een back-up (manage.py backup) terug in een lege database en een lege mediamap; "
        "controleert eerst alle controlesommen en na afloop de aantallen."
    )

    def add_arguments(self, parser):
        parser.add_argument("archive", help="Het .tar.gz-archief van manage.py backup.")

    def handle(self, archive, **options):
        try:
            restore_backup(archive, stdout=self.stdout)
        except (BackupError, FileNotFoundError) as error:
            raise CommandError(str(error)) from error
        self.stdout.write(self.style.SUCCESS("Herstel voltooid."))
