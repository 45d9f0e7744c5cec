"""Malformed spreadsheets and materials get a clear Dutch report and change nothing."""

import io
import time
import zipfile

import pytest
from exchange_testdata import HEADERS, check, csv_bytes, practice_row, run_import, xlsx_bytes
from openpyxl import Workbook
from pypdf import PdfWriter

from exchange.materials import MaterialSource
from exchange.reader import MAX_ROWS, SpreadsheetError, read_table
from practices.demo_files import make_docx, make_pdf
from practices.models import MaterialDocument, PracticePage

pytestmark = pytest.mark.django_db


def problems(report):
    return [(p.row, p.column) for p in report.problems]


def test_cp1252_csv_is_read_with_a_notice():
    data = csv_bytes([practice_row(1, titel="Café-overleg met één zorgteam")], encoding="cp1252")
    report, _lookups = check(data)
    assert report.valid, report.problems
    assert report.plans[0].title == "Café-overleg met één zorgteam"
    assert any("Windows-1252" in notice for notice in report.notices)


def test_utf8_bom_and_comma_delimiter():
    data = "\ufeff".encode() + csv_bytes([practice_row(1)], delimiter=",")
    report, _lookups = check(data)
    assert report.valid, report.problems
    assert not report.notices


def test_formulas_are_refused_in_csv_and_xlsx():
    report, _lookups = check(csv_bytes([practice_row(1, titel='=HYPERLINK("http://x")')]))
    assert problems(report) == [(2, "titel")]
    assert "Formules zijn niet toegestaan" in report.problems[0].message

    report, _lookups = check(xlsx_bytes([practice_row(1, contact="=1+1")]), "p.xlsx")
    assert problems(report) == [(2, "contact")]


def test_protected_text_is_not_a_formula():
    report, _lookups = check(csv_bytes([practice_row(1, samenvatting="'=geen formule")]))
    assert report.valid
    assert report.plans[0].values["samenvatting"] == "=geen formule"


def test_empty_rows_are_skipped_with_a_notice():
    data = csv_bytes([practice_row(1), {}, practice_row(2)])
    report, _lookups = check(data)
    assert report.valid
    assert [plan.row for plan in report.plans] == [2, 4]
    assert "Rij 3 is leeg en is overgeslagen." in report.notices


def test_wrong_and_missing_headers():
    headers = [h for h in HEADERS if h != "fasen"] + ["opmerking", "titel"]
    report, _lookups = check(csv_bytes([practice_row(1)], headers=headers))
    assert sorted(problems(report)) == [(1, "fasen"), (1, "opmerking"), (1, "titel")]
    messages = {p.column: p.message for p in report.problems}
    assert messages["fasen"] == "Deze kolom ontbreekt."
    assert messages["titel"] == "Deze kolom komt twee keer voor."
    assert messages["opmerking"].startswith("Onbekende kolom")


@pytest.mark.parametrize(
    ("column", "value", "message"),
    [
        ("laatst_nagekeken", "31-02-2025", "is geen datum"),
        ("kernactiviteiten", "zwemmen", "Onbekende waarde ‘zwemmen’"),
        ("fasen", "", "Vul minstens één waarde in."),
        ("samenvatting", "x" * 301, "300"),
        ("titel", "", "Dit veld"),
        ("contact", "jan@clb.be", "geen e-mailadres"),
        ("werkwijze", "Alleen een titel", "Stap 1 heeft een titel én een uitleg nodig"),
        ("materialen", "video-link: https://example.org/v", "Geef een titel voor de link"),
        ("materialen", "onbestaand.pdf", "Materiaal ‘onbestaand.pdf’ niet gevonden"),
        ("materialen", "../../etc/passwd", "zonder map"),
        ("centra", "CLB Nergens", "Onbekende waarde ‘CLB Nergens’"),
        ("extern_id", "", "Vul een extern id in"),
    ],
)
def test_wrong_values_name_row_and_column(column, value, message):
    before = PracticePage.objects.count()
    report, _lookups = check(csv_bytes([practice_row(1), practice_row(2, **{column: value})]))
    assert problems(report) == [(3, column)]
    assert message in report.problems[0].message
    assert PracticePage.objects.count() == before


def test_duplicate_external_id_in_one_file():
    report, _lookups = check(csv_bytes([practice_row(1), practice_row(2, extern_id="test-1")]))
    assert problems(report) == [(3, "extern_id")]
    assert "rij 2" in report.problems[0].message


def test_value_right_of_the_last_column():
    data = csv_bytes([practice_row(1)]) + b";" * len(HEADERS) + b"vergeten\r\n"
    report, _lookups = check(data)
    assert (3, "") in problems(report)


def test_ten_thousand_rows_validate_in_reasonable_time():
    rows = [practice_row(number) for number in range(MAX_ROWS)]
    data = csv_bytes(rows)
    started = time.perf_counter()
    report, _lookups = check(data)
    elapsed = time.perf_counter() - started
    print(f"validated {MAX_ROWS} rows in {elapsed:.1f} s")
    assert report.valid
    assert len(report.plans) == MAX_ROWS
    assert elapsed < 120


def test_more_rows_than_the_limit_are_refused():
    data = csv_bytes([practice_row(1)] * (MAX_ROWS + 1))
    with pytest.raises(SpreadsheetError, match="meer dan 10.000 rijen"):
        read_table(io.BytesIO(data), "te-groot.csv")


def test_not_a_spreadsheet():
    with pytest.raises(SpreadsheetError, match="CSV- of XLSX"):
        read_table(io.BytesIO(b"x"), "praktijken.ods")
    with pytest.raises(SpreadsheetError, match="geen geldig XLSX"):
        read_table(io.BytesIO(b"a;b\n"), "praktijken.xlsx")


def test_xlsx_dates_and_numbers_become_text():
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(HEADERS)
    row = practice_row(1, titel=2025)
    import datetime

    row["laatst_nagekeken"] = datetime.date(2025, 1, 15)
    sheet.append([row[h] for h in HEADERS])
    buffer = io.BytesIO()
    workbook.save(buffer)
    report, _lookups = check(buffer.getvalue(), "p.xlsx")
    assert report.valid, report.problems
    assert report.plans[0].values["titel"] == "2025"
    assert str(report.plans[0].values["laatst_nagekeken"]) == "2025-01-15"


def zip_of(files):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, content in files.items():
            archive.writestr(name, content)
    buffer.seek(0)
    return buffer


def test_zip_with_path_traversal_is_refused():
    for name in ("../buiten.pdf", "/etc/buiten.pdf", "map/../../buiten.pdf"):
        with pytest.raises(SpreadsheetError, match="buiten het archief"):
            MaterialSource.from_zip(zip_of({name: make_pdf("x", ["y"])}))


def test_zip_bomb_is_refused(settings):
    settings.UPLOAD_MAX_UNCOMPRESSED_SIZE = 1024 * 1024
    with pytest.raises(SpreadsheetError, match="zip-bom"):
        MaterialSource.from_zip(zip_of({"nullen.pdf": b"\0" * (2 * 1024 * 1024)}))


def test_materials_from_a_zip_and_a_folder(tmp_path):
    pdf = make_pdf("Werkblad observatie", ["Wat zie je?"], subject="test")
    docx = make_docx("Checklist zorgteam", ["Agenda klaar?"], subject="test")
    entries = "werkblad: observatie.pdf; checklist: checklist.docx | Checklist voor het zorgteam"
    documents = MaterialDocument.objects.count()

    run_import(
        csv_bytes([practice_row(1, materialen=entries)]),
        materials=MaterialSource.from_zip(
            zip_of({"map/observatie.pdf": pdf, "checklist.docx": docx})
        ),
    )
    page = PracticePage.objects.get(external_id="test-1")
    materials = list(page.get_latest_revision_as_object().materials.all())
    assert [(m.kind, m.title) for m in materials] == [
        ("werkblad", ""),
        ("checklist", "Checklist voor het zorgteam"),
    ]
    assert materials[0].document.file.read().startswith(b"%PDF-")
    assert MaterialDocument.objects.count() == documents + 2

    # The same files from a folder, and the same names without files: nothing new.
    (tmp_path / "observatie.pdf").write_bytes(pdf)
    (tmp_path / "checklist.docx").write_bytes(docx)
    for source in (MaterialSource.from_folder(tmp_path), MaterialSource()):
        report = run_import(csv_bytes([practice_row(1, materialen=entries)]), materials=source)
        assert report.plans[0].action == "ongewijzigd"
    assert MaterialDocument.objects.count() == documents + 2


def test_material_pdf_with_an_embedded_file_is_refused():
    """The import validates a material like the admin upload: the PDF is parsed, not searched."""
    writer = PdfWriter()
    writer.add_blank_page(200, 200)
    writer.add_attachment("gegevens.txt", b"geheim")
    buffer = io.BytesIO()
    writer.write(buffer)
    source = MaterialSource.from_zip(zip_of({"werkblad.pdf": buffer.getvalue()}))
    report, _lookups = check(
        csv_bytes([practice_row(1, materialen="werkblad.pdf")]), materials=source
    )
    assert problems(report) == [(2, "materialen")]
    assert "ingesloten bestanden" in report.problems[0].message


def test_material_that_is_not_what_its_name_says():
    source = MaterialSource.from_zip(zip_of({"werkblad.pdf": b"<html><script>x</script>"}))
    report, _lookups = check(
        csv_bytes([practice_row(1, materialen="werkblad.pdf")]), materials=source
    )
    assert problems(report) == [(2, "materialen")]
    assert "webpagina" in report.problems[0].message
