import sys
from pathlib import Path

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from network.models import Centre

from ...importer import ImportFailed, Lookups, apply, validate
from ...materials import MaterialSource
from ...reader import SpreadsheetError, read_table


class Command(BaseCommand):
    help = (
        "Importeert goede praktijken uit een XLSX- of CSV-bestand als concepten "
        "(zie docs/import.md). Eerst wordt elke rij gecontroleerd; bij één fout wordt niets "
        "geschreven."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", help="het .xlsx- of .csv-bestand")
        parser.add_argument("--dry-run", action="store_true", help="enkel controleren")
        parser.add_argument("--centre", help="slug van het bijdragend centrum voor rijen zonder")
        parser.add_argument("--materials", help="map of .zip met de materiaalbestanden")
        parser.add_argument("--user", help="gebruikersnaam die de concepten indient")
        parser.add_argument("--no-progress", action="store_true", help="geen voortgangsbalk")

    def handle(self, *args, file, dry_run, centre, materials, user, no_progress, **options):
        path = Path(file)
        if not path.is_file():
            raise CommandError(f"Bestand niet gevonden: {path}")
        try:
            with path.open("rb") as upload:
                table = read_table(upload, path.name)
            lookups = Lookups(materials_source(materials), default_centre(centre))
        except SpreadsheetError as error:
            raise CommandError(str(error)) from error
        author = find_user(user)
        show = not no_progress and sys.stderr.isatty()
        with tqdm(total=len(table.rows), desc="Controleren", disable=not show) as bar:
            report = validate(table, lookups, progress=bar.update)
        self.print_report(report)
        if not report.valid:
            raise CommandError(report.summary())
        if dry_run:
            self.stdout.write(f"Proefimport: {report.summary()} Er is niets geschreven.")
            return
        with tqdm(total=len(report.plans), desc="Importeren", disable=not show) as bar:
            try:
                written = apply(report, lookups, user=author, progress=bar.update)
            except ImportFailed as error:
                self.print_report(error.report)
                raise CommandError(str(error)) from error
        for notice in report.notices[len(table.notices) :]:
            self.stdout.write(f"  let op: {notice}")
        self.stdout.write(
            self.style.SUCCESS(f"Geïmporteerd: {report.summary()} {len(written)} concepten.")
        )

    def print_report(self, report):
        for notice in report.notices:
            self.stdout.write(f"  let op: {notice}")
        for problem in report.problems:
            column = f", kolom {problem.column}" if problem.column else ""
            self.stderr.write(f"  rij {problem.row}{column}: {problem.message}")


def materials_source(value):
    if not value:
        return MaterialSource()
    path = Path(value)
    if path.is_file() and path.suffix.lower() == ".zip":
        return MaterialSource.from_zip(path.open("rb"))
    return MaterialSource.from_folder(path)


def default_centre(slug):
    if not slug:
        return None
    centre = Centre.objects.filter(slug=slug).first()
    if centre is None:
        raise CommandError(f"Onbekend centrum: {slug}")
    return centre


def find_user(username):
    if not username:
        return None
    user = get_user_model().objects.filter(username=username).first()
    if user is None:
        raise CommandError(f"Onbekende gebruiker: {username}")
    return user
