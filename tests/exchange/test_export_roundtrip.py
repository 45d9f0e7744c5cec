"""Export → import leaves every practice unchanged; cases and insights export too."""

import csv
import io

import pytest
from exchange_testdata import HEADERS, run_import
from openpyxl import load_workbook

from exchange.columns import PRACTICE_COLUMNS
from exchange.exporter import export
from exchange.importer import UNCHANGED
from practices.models import CasePage, Insight, PracticePage

pytestmark = pytest.mark.django_db


def snapshot():
    """Every practice's latest revision, field by field, as Python values."""
    result = {}
    for page in PracticePage.objects.all():
        latest = page.get_latest_revision_as_object()
        result[page.pk] = {
            "revisions": page.revisions.count(),
            "live": page.live,
            "slug": latest.slug,
            "title": latest.title,
            "summary": latest.summary,
            "purpose": latest.purpose,
            "steps": [(b.value["title"], b.value["description"].source) for b in latest.steps],
            "sections": [
                latest.what_works,
                latest.pitfalls,
                latest.preconditions,
                latest.getting_started,
                latest.experiences,
            ],
            "taxonomies": [
                sorted(getattr(latest, name).values_list("pk", flat=True))
                for name in ("core_activities", "care_phases", "education_levels", "target_groups")
            ],
            "tags": sorted(tag.name for tag in latest.tags.all()),
            "centres": [c.centre_id for c in latest.contributions.all()],
            "contact": latest.contact_role,
            "reviewed": latest.last_reviewed,
            "materials": [(m.kind, m.document_id, m.link, m.title) for m in latest.materials.all()],
        }
    return result


@pytest.mark.parametrize("file_format", ["csv", "xlsx"])
def test_export_then_import_changes_nothing(file_format):
    before = snapshot()
    assert any(entry["materials"] for entry in before.values())
    data, _content_type, name = export("praktijken", file_format)
    report = run_import(data, name)
    assert len(report.plans) == len(before)
    assert {plan.action for plan in report.plans} == {UNCHANGED}
    # Nothing written at all: no revision, no key; `praktijk-<id>` keeps matching the page.
    assert snapshot() == before
    assert set(PracticePage.objects.values_list("external_id", flat=True)) == {None}


def test_imported_practice_exports_as_it_was_imported():
    row = {
        "extern_id": "rt-1",
        "titel": "Heen en terug",
        "samenvatting": "=begint met een gelijkteken maar is tekst",
        "aanleiding_en_doel": "<p>Aanleiding <b>vet</b></p>",
        "werkwijze": "Stap een\n<p>Uitleg</p>",
        "wat_werkt": "<ul><li>a</li></ul>",
        "kernactiviteiten": "ICF-CY",
        "fasen": "Fase 0: brede basiszorg",
        "onderwijsniveaus": "secundair-gewoon",
        "doelgroepen": "Ouders; Leerling",
        "themas": "b-thema; A-thema",
        "centra": "CLB N-Brussel; vrij-clb-de-wissel-antwerpen",
        "contact": "-coördinator zorg",
        "laatst_nagekeken": "2024-03-01",
        "materialen": "video-link: https://example.org/video | Uitlegvideo",
    }
    text = (
        ";".join(HEADERS)
        + "\n"
        + ";".join(
            '"' + ("'" + row.get(h, "") if row.get(h, "").startswith("=") else row.get(h, "")) + '"'
            for h in HEADERS
        )
    )
    run_import(text.encode())
    data, _type, _name = export("praktijken", "csv")
    exported = {
        record["extern_id"]: record
        for record in csv.DictReader(io.StringIO(data.decode("utf-8-sig")), delimiter=";")
    }["rt-1"]
    assert exported["samenvatting"] == "'=begint met een gelijkteken maar is tekst"
    assert exported["contact"] == "'-coördinator zorg"
    assert exported["doelgroepen"] == "Leerling; Ouders"
    assert exported["themas"] == "A-thema; b-thema"
    assert exported["centra"] == "CLB N-Brussel; Vrij CLB De Wissel Antwerpen"
    assert exported["laatst_nagekeken"] == "01-03-2024"
    assert exported["werkwijze"] == "Stap een\n<p>Uitleg</p>"
    assert exported["materialen"] == "video-link: https://example.org/video | Uitlegvideo"


def test_xlsx_export_has_no_formulas():
    data, content_type, _name = export("praktijken", "xlsx")
    assert content_type.endswith("spreadsheetml.sheet")
    sheet = load_workbook(io.BytesIO(data)).active
    assert [cell.value for cell in sheet[1]] == [c.header for c in PRACTICE_COLUMNS]
    assert sheet.max_row == PracticePage.objects.count() + 1
    assert all(cell.data_type != "f" for row in sheet.iter_rows() for cell in row)


@pytest.mark.parametrize(
    ("slug", "model", "order", "header", "field"),
    [
        ("casussen", CasePage, "path", "verslag", "verslag"),
        ("inzichten", Insight, "pk", "soort", "kind"),
    ],
)
def test_cases_and_insights_export(slug, model, order, header, field):
    data, _type, _name = export(slug, "csv")
    records = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig")), delimiter=";"))
    assert len(records) == model.objects.count() > 0
    latest = model.objects.order_by(order).first().get_latest_revision_as_object()
    assert records[0]["titel"] == latest.title
    assert records[0][header] == getattr(latest, f"get_{field}_display")()
