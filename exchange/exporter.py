"""Exports practices, cases and insights as CSV or XLSX with the columns of exchange.columns.

Each object is exported as its latest revision (the draft an editor would see), so an export can
be edited and imported again. Every cell goes through leersteun.spreadsheets.protect, so a
spreadsheet program never runs one as a formula (CSV/formula injection); the reader undoes it.
"""

import csv
import io
from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _
from openpyxl import Workbook
from openpyxl.styles import Font

from leersteun.spreadsheets import protect
from practices.models import CasePage, Insight, PracticePage

from .columns import CASE_COLUMNS, INSIGHT_COLUMNS, PRACTICE_COLUMNS

CONTENT_TYPES = {
    "csv": "text/csv; charset=utf-8",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}


@dataclass(frozen=True)
class Export:
    slug: str
    label: str
    columns: tuple
    queryset: object  # a callable giving the objects in export order

    def rows(self):
        for obj in self.queryset():
            # The object itself when it has no newer draft: then the prefetches below serve it.
            latest = obj.get_latest_revision_as_object()
            yield [column.cell(latest) for column in self.columns]

    @property
    def headers(self):
        return [column.header for column in self.columns]


def practices():
    """Every relation a practice column reads, fetched once for all rows."""
    ordered = PracticePage.objects.order_by("path").select_related("latest_revision")
    return PracticePage.with_listing_relations(ordered).prefetch_related(
        "education_levels", "target_groups", "tags", "materials__document"
    )


def cases():
    return (
        CasePage.objects.order_by("path")
        .select_related("latest_revision")
        .prefetch_related("education_levels", "start_phases", "core_activities")
    )


def insights():
    return (
        Insight.objects.order_by("pk")
        .select_related("latest_revision")
        .prefetch_related("core_activities", "tags")
    )


EXPORTS = {
    export.slug: export
    for export in (
        Export("praktijken", _("Goede praktijken"), PRACTICE_COLUMNS, practices),
        Export("casussen", _("Casussen"), CASE_COLUMNS, cases),
        Export("inzichten", _("Inzichten"), INSIGHT_COLUMNS, insights),
    )
}


def write_csv(headers, rows):
    """UTF-8 with BOM and `;`: what Excel in a Dutch locale opens correctly."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow(headers)
    for row in rows:
        writer.writerow([protect(cell) for cell in row])
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def write_xlsx(headers, rows, title):
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = str(title)[:31]
    sheet.append(headers)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for row in rows:
        sheet.append([protect(cell) for cell in row])
    sheet.freeze_panes = "A2"
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


# The example row of the import template (docs/import.md explains every column).
TEMPLATE_EXAMPLE = {
    "extern_id": "wissel-2025-001",
    "titel": "Consultatie in het zorgteam met een vaste agenda",
    "samenvatting": "Het CLB bereidt met de zorgcoördinator elk zorgteam voor met een vaste "
    "agenda, zodat de school de meeste vragen zelf oppakt.",
    "aanleiding_en_doel": "Zorgteams liepen lang uit zonder duidelijke afspraken.\n\n"
    "We willen kortere, doelgerichte overlegmomenten.",
    "werkwijze": "1. Voorbereiden\nDe zorgcoördinator verzamelt de vragen.\n---\n"
    "2. Bespreken\nElke vraag krijgt tien minuten en een afspraak.",
    "wat_werkt": "- een vaste agenda\n- afspraken op papier",
    "valkuilen": "- te veel leerlingen op één overleg",
    "randvoorwaarden": "",
    "zo_start_je_lokaal": "Probeer het drie overlegmomenten lang uit.",
    "ervaringen": "",
    "kernactiviteiten": "Consultatieve leerlingenbegeleiding",
    "fasen": "fase-0; fase-1",
    "onderwijsniveaus": "lager-gewoon",
    "doelgroepen": "Zorgteam / school",
    "themas": "zorgteam; overleg",
    "centra": "vrij-clb-de-wissel-antwerpen",
    "contact": "Teamverantwoordelijke consultatie",
    "laatst_nagekeken": "15-01-2025",
    "materialen": "video-link: https://www.prodiagnostiek.be | Prodia",
}


def template_file(file_format):
    """The import template: the headers and one example row."""
    headers = [column.header for column in PRACTICE_COLUMNS]
    rows = [[TEMPLATE_EXAMPLE[header] for header in headers]]
    if file_format == "xlsx":
        data = write_xlsx(headers, rows, _("Praktijken"))
    else:
        data = write_csv(headers, rows)
    return data, CONTENT_TYPES[file_format], f"sjabloon-praktijken.{file_format}"


def export(slug, file_format):
    """(bytes, content type, file name) of one export."""
    spec = EXPORTS[slug]
    rows = list(spec.rows())
    if file_format == "xlsx":
        data = write_xlsx(spec.headers, rows, spec.label)
    else:
        data = write_csv(spec.headers, rows)
    return data, CONTENT_TYPES[file_format], f"{slug}.{file_format}"
