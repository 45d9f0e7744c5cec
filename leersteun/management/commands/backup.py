from pathlib import Path

from django.core.management.base import BaseCommand
from django.utils import timezone

from leersteun.backup import create_backup


class Command(BaseCommand):
    help = (
        "Schrijft een back-up van de portal: database (JSON), mediabestanden en een manifest "
        "met aantallen en controlesommen, in één .tar.gz-archief."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--output",
            help="Pad van het archief, of een map (standaard: var/backups/).",
            default="var/backups",
        )

    def handle(self, output, **options):
        destination = Path(output)
        if destination.is_dir() or not destination.name.endswith(".tar.gz"):
            destination.mkdir(parents=True, exist_ok=True)
            stamp = timezone.localtime().strftime("%Y%m%d-%H%M%S")
            destination = destination / f"leersteun-{stamp}.tar.gz"
        manifest = create_backup(destination)
        objects = sum(manifest["database"]["objects"].values())
        self.stdout.write(
            self.style.SUCCESS(
                f"Back-up geschreven: {destination} "
                f"({objects} objecten, {len(manifest['media'])} mediabestanden)."
            )
        )
