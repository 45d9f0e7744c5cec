"""Reads a CSV or XLSX file into header names and rows of text, refusing what is unsafe.

CSV: UTF-8 (with or without BOM), else Windows-1252 with a notice; `;`, `,` or tab as delimiter.
XLSX: read with openpyxl after the zip-bomb check of material uploads. Formulas are refused in
both formats: a formula's cached value may be missing or stale, and what it computes is not what
an editor sees when checking the file. A cell the exporter protected against spreadsheet
formula injection (`'=…`, `'+…`, `'-…`, `'@…`) is read back without the quote.
"""

import csv
import datetime
import io
from dataclasses import dataclass, field

import openpyxl
from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from leersteun.spreadsheets import INJECTION_PREFIXES
from leersteun.uploads import ZIP_MAGIC, validate_zip_document

MAX_ROWS = 10_000
MAX_FILE_SIZE = 20 * 1024 * 1024
FORMULA_PREFIX = "="


class SpreadsheetError(Exception):
    """The file as a whole cannot be read; the message is Dutch and meant for the user."""


@dataclass
class Row:
    number: int  # as the spreadsheet numbers it: the header is row 1
    values: dict[str, str]
    formulas: set[str] = field(default_factory=set)
    #: a value right of the last named column
    stray: bool = False


@dataclass
class Table:
    headers: list[str]
    rows: list[Row]
    notices: list[str] = field(default_factory=list)


def normalise_header(value):
    return str(value or "").strip().casefold()


def unprotect(text):
    """Undo the exporter's protection: `'=x` → `=x` (a text, not a formula)."""
    if text.startswith("'") and text[1:2] in INJECTION_PREFIXES and text[1:2]:
        return text[1:], False
    return text, text.startswith(FORMULA_PREFIX)


def read_table(upload, name):
    """`upload` is a binary file object; `name` decides the format by its extension."""
    upload.seek(0, io.SEEK_END)
    size = upload.tell()
    upload.seek(0)
    if size > MAX_FILE_SIZE:
        raise SpreadsheetError(
            _("Het bestand is groter dan %(max)d MB.") % {"max": MAX_FILE_SIZE // 1024 // 1024}
        )
    extension = name.rsplit(".", 1)[-1].casefold() if "." in name else ""
    if extension == "csv":
        return read_csv(upload.read())
    if extension == "xlsx":
        return read_xlsx(upload)
    raise SpreadsheetError(_("Kies een CSV- of XLSX-bestand (.csv of .xlsx)."))


def decode(data, notices):
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    notices.append(
        _(
            "Het bestand is niet in UTF-8 opgeslagen; het is gelezen als Windows-1252 "
            "(Excel in het Nederlands). Kijk de letters met accenten na."
        )
    )
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        return data.decode("latin-1")


def read_csv(data):
    notices = []
    text = decode(data, notices)
    if "\x00" in text:
        raise SpreadsheetError(_("Dit is geen tekstbestand; sla het op als CSV of XLSX."))
    first_line = text.split("\n", 1)[0]
    try:
        delimiter = csv.Sniffer().sniff(first_line, delimiters=";,\t").delimiter
    except csv.Error:  # a single column: any delimiter reads it
        delimiter = ";"
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        records = [(number, record) for number, record in enumerate(reader, start=1)]
    except csv.Error as error:
        raise SpreadsheetError(
            _("Het CSV-bestand is niet leesbaar: %(error)s") % {"error": error}
        ) from error
    return build_table(records, notices)


def read_xlsx(upload):
    head = upload.read(4)
    upload.seek(0)
    if head != ZIP_MAGIC:
        raise SpreadsheetError(_("Dit is geen geldig XLSX-bestand."))
    upload.name = getattr(upload, "name", None) or "import.xlsx"
    try:
        validate_zip_document(upload, head, "xlsx")
    except ValidationError as error:
        raise SpreadsheetError(" ".join(error.messages)) from error
    try:
        workbook = openpyxl.load_workbook(upload, read_only=True, data_only=False)
    except Exception as error:  # openpyxl raises many kinds for a broken file
        raise SpreadsheetError(_("Dit XLSX-bestand is beschadigd of onleesbaar.")) from error
    try:
        sheet = workbook.worksheets[0]
        records, filled = [], 0
        for number, cells in enumerate(sheet.iter_rows(), start=1):
            texts = [xlsx_text(cell) for cell in cells]
            records.append((number, texts))
            filled += any(text.strip() for text in texts)
            if filled > MAX_ROWS + 1:  # enough to refuse it; do not read a million rows
                break
    finally:
        workbook.close()
    return build_table(records, [])


class FormulaCell(str):
    """The text of a cell that holds a formula in the XLSX file."""


def xlsx_text(cell):
    value = cell.value
    if getattr(cell, "data_type", None) == "f":
        return FormulaCell(value)
    if value is None:
        return ""
    if isinstance(value, datetime.datetime):
        return value.date().isoformat() if value.time() == datetime.time() else value.isoformat()
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def build_table(records, notices):
    if not records or not any(str(cell).strip() for cell in records[0][1]):
        raise SpreadsheetError(_("De eerste rij moet de kolomnamen bevatten; die is leeg."))
    header_cells = records[0][1]
    while header_cells and not str(header_cells[-1]).strip():
        header_cells = header_cells[:-1]
    headers = [normalise_header(cell) for cell in header_cells]
    data = records[1:]
    while data and not any(str(cell).strip() for cell in data[-1][1]):
        data.pop()  # trailing empty rows (formatted cells, a final newline) are no rows
    if len(data) > MAX_ROWS:
        raise SpreadsheetError(
            _("Het bestand heeft meer dan %(max)s rijen; splits het op.")
            % {"max": f"{MAX_ROWS:,}".replace(",", ".")}
        )
    rows = []
    for number, cells in data:
        if not any(str(cell).strip() for cell in cells):
            notices.append(_("Rij %(row)d is leeg en is overgeslagen.") % {"row": number})
            continue
        row = Row(number, {})
        for header, cell in zip(headers, cells, strict=False):
            text, formula = unprotect(str(cell))
            row.values[header] = text
            if formula or isinstance(cell, FormulaCell):
                row.formulas.add(header)
        row.stray = any(str(cell).strip() for cell in cells[len(headers) :])
        rows.append(row)
    return Table(headers, rows, notices)
