"""Importing practices: dry run, atomicity, idempotence, drafts in the Redactie workflow."""

import pytest
from django.core.management import CommandError, call_command
from exchange_testdata import check, csv_bytes, practice_row, run_import, xlsx_bytes
from wagtail.models import WorkflowState

from exchange.importer import NEW, UNCHANGED, UPDATE
from practices.models import PracticePage

pytestmark = pytest.mark.django_db


def test_dry_run_writes_nothing(tmp_path):
    before = PracticePage.objects.count()
    path = tmp_path / "praktijken.csv"
    path.write_bytes(csv_bytes([practice_row(1), practice_row(2)]))
    call_command("import_practices", str(path), "--dry-run", "--no-progress")
    assert PracticePage.objects.count() == before


def test_import_creates_drafts_in_the_workflow(users_by_name):
    editor = users_by_name("redactie")
    run_import(xlsx_bytes([practice_row(1)]), "praktijken.xlsx", user=editor)
    page = PracticePage.objects.get(external_id="test-1")
    assert not page.live
    draft = page.get_latest_revision_as_object()
    assert draft.title == "Geïmporteerde praktijk 1"
    assert draft.purpose == "<p>Waarom we dit doen.</p><p>En een tweede alinea.</p>"
    assert [(b.value["title"], b.value["description"].source) for b in draft.steps] == [
        ("Intake", "<p>We starten met een gesprek.</p>"),
        ("Advies", "<p>Dan het advies.</p>"),
    ]
    assert draft.what_works == "<ul><li>korte lijnen</li><li>een vaste contactpersoon</li></ul>"
    assert {a.slug for a in draft.core_activities.all()} == {
        "handelingsgerichte-diagnostiek",
        "consultatieve-leerlingenbegeleiding",
    }
    assert [c.centre.slug for c in draft.contributions.all()] == ["vrij-clb-de-wissel-antwerpen"]
    assert sorted(t.name for t in draft.tags.all()) == ["intake", "samenwerking"]
    assert str(draft.last_reviewed) == "2025-01-15"
    state = WorkflowState.objects.get(object_id=str(page.pk), status="in_progress")
    assert state.workflow.name == "Redactie"
    assert state.requested_by == editor


def test_one_bad_row_writes_nothing():
    before = PracticePage.objects.count()
    rows = [practice_row(1), practice_row(2, samenvatting="x" * 301), practice_row(3)]
    report, _lookups = check(csv_bytes(rows))
    assert not report.valid
    assert [(p.row, p.column) for p in report.problems] == [(3, "samenvatting")]
    assert "300" in report.problems[0].message
    with pytest.raises(CommandError):
        call_command_bytes(csv_bytes(rows))
    assert PracticePage.objects.count() == before


def call_command_bytes(data, tmp_name="/tmp/exchange-test-import.csv"):
    with open(tmp_name, "wb") as handle:
        handle.write(data)
    call_command("import_practices", tmp_name, "--no-progress")


def test_reimport_updates_instead_of_duplicating():
    data = csv_bytes([practice_row(1), practice_row(2)])
    first = run_import(data)
    assert [plan.action for plan in first.plans] == [NEW, NEW]
    count = PracticePage.objects.count()
    page = PracticePage.objects.get(external_id="test-1")
    revisions = page.revisions.count()

    second = run_import(data)
    assert [plan.action for plan in second.plans] == [UNCHANGED, UNCHANGED]
    assert PracticePage.objects.count() == count
    assert page.revisions.count() == revisions

    changed = csv_bytes([practice_row(1, titel="Nieuwe titel"), practice_row(2)])
    third = run_import(changed)
    assert [plan.action for plan in third.plans] == [UPDATE, UNCHANGED]
    assert PracticePage.objects.count() == count
    page.refresh_from_db()
    assert page.get_latest_revision_as_object().title == "Nieuwe titel"
    assert page.revisions.count() == revisions + 1


def test_live_practice_gets_a_draft_and_stays_live():
    live = PracticePage.objects.live().first()
    live_title = live.title
    row = practice_row(1, extern_id=f"praktijk-{live.pk}", titel="Aangepaste versie")
    run_import(csv_bytes([row]))
    live.refresh_from_db()
    assert live.live and live.title == live_title
    assert live.has_unpublished_changes
    assert live.external_id == f"praktijk-{live.pk}"
    assert live.get_latest_revision_as_object().title == "Aangepaste versie"


def test_centre_option_fills_rows_without_centre(tmp_path):
    path = tmp_path / "praktijken.csv"
    path.write_bytes(csv_bytes([practice_row(1, centra="")]))
    call_command("import_practices", str(path), "--centre", "clb-n-brussel", "--no-progress")
    page = PracticePage.objects.get(external_id="test-1")
    draft = page.get_latest_revision_as_object()
    assert [c.centre.slug for c in draft.contributions.all()] == ["clb-n-brussel"]
