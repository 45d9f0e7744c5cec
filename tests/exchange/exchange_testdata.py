"""Helpers for the import/export tests: build spreadsheets in memory and run the importer."""

import csv
import io

from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from openpyxl import Workbook

from exchange.columns import PRACTICE_COLUMNS
from exchange.importer import Lookups, apply, validate
from exchange.materials import MaterialSource
from exchange.models import PracticeImport
from exchange.reader import read_table

HEADERS = [column.header for column in PRACTICE_COLUMNS]


def practice_row(number=1, **overrides):
    """A valid row (by header) for a new practice, numbered to keep ids and titles apart."""
    row = {
        "extern_id": f"test-{number}",
        "titel": f"Geïmporteerde praktijk {number}",
        "samenvatting": "Een korte samenvatting van de praktijk.",
        "aanleiding_en_doel": "Waarom we dit doen.\n\nEn een tweede alinea.",
        "werkwijze": (
            "1. Intake\nWe starten met een gesprek.\n---\n2. Advies\n<p>Dan het advies.</p>"
        ),
        "wat_werkt": "- korte lijnen\n- een vaste contactpersoon",
        "valkuilen": "",
        "randvoorwaarden": "",
        "zo_start_je_lokaal": "",
        "ervaringen": "",
        "kernactiviteiten": "handelingsgerichte diagnostiek; consultatieve-leerlingenbegeleiding",
        "fasen": "fase-1",
        "onderwijsniveaus": "Gewoon lager onderwijs",
        "doelgroepen": "leraar",
        "themas": "intake; samenwerking",
        "centra": "vrij-clb-de-wissel-antwerpen",
        "contact": "HGD-coördinator",
        "laatst_nagekeken": "15-01-2025",
        "materialen": "",
    }
    row.update(overrides)
    return row


def csv_bytes(rows, headers=HEADERS, delimiter=";", encoding="utf-8"):
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter)
    writer.writerow(headers)
    for row in rows:
        writer.writerow([row.get(header, "") for header in headers])
    return buffer.getvalue().encode(encoding)


def xlsx_bytes(rows, headers=HEADERS):
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(headers)
    for row in rows:
        sheet.append([row.get(header, "") for header in headers])
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def check(data, name="import.csv", materials=None, centre=None):
    """Read and validate; returns (report, lookups)."""
    table = read_table(io.BytesIO(data), name)
    lookups = Lookups(materials or MaterialSource(), centre)
    return validate(table, lookups), lookups


def run_import(data, name="import.csv", materials=None, centre=None, user=None):
    report, lookups = check(data, name, materials, centre)
    assert report.valid, report.problems
    apply(report, lookups, user=user)
    return report


def upload(client, data, name="praktijken.xlsx", **extra):
    return client.post(
        reverse("exchange_import"),
        {"spreadsheet": SimpleUploadedFile(name, data), **extra},
    )


def checked_upload(client, rows):
    upload(client, csv_bytes(rows), "praktijken.csv")
    return PracticeImport.objects.get(status=PracticeImport.Status.CHECKED)
