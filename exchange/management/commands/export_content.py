from pathlib import Path

from django.core.management.base import BaseCommand

from ...exporter import EXPORTS, export


class Command(BaseCommand):
    help = "Exporteert praktijken, casussen of inzichten (laatste versie) als CSV of XLSX."

    def add_arguments(self, parser):
        parser.add_argument("kind", choices=sorted(EXPORTS))
        parser.add_argument("file", help="doelbestand; .xlsx of .csv kiest het formaat")

    def handle(self, *args, kind, file, **options):
        path = Path(file)
        file_format = "xlsx" if path.suffix.lower() == ".xlsx" else "csv"
        data, _content_type, _name = export(kind, file_format)
        path.write_bytes(data)
        self.stdout.write(f"{kind}: {path} ({len(data)} bytes)")
