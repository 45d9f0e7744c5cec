"""The admin import (upload → check → import), the template and the exports, with rights."""

import datetime
import io
import os

import pytest
from django.urls import reverse
from django.utils import timezone
from exchange_testdata import check, checked_upload, csv_bytes, practice_row, upload, xlsx_bytes

from exchange import importer
from exchange.models import STALLED_AFTER, PracticeImport, progress_file
from practices.models import PracticePage
from practices.models.taxonomy import CarePhase

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor_client(client, users_by_name):
    client.force_login(users_by_name("redactie"))
    return client


def test_editor_checks_then_imports(editor_client):
    before = PracticePage.objects.count()
    response = upload(editor_client, xlsx_bytes([practice_row(1), practice_row(2)]))
    assert response.status_code == 200
    content = response.content.decode()
    assert "2 nieuw, 0 bij te werken, 0 ongewijzigd." in content
    assert "Geïmporteerde praktijk 2" in content
    assert PracticePage.objects.count() == before  # a check writes nothing
    stored = PracticeImport.objects.get()
    assert stored.spreadsheet.storage.exists(stored.spreadsheet.name)

    status_url = reverse("exchange_import_status", args=[stored.pk])
    response = editor_client.post(reverse("exchange_import_apply", args=[stored.pk]))
    assert response.status_code == 302 and response["Location"] == status_url
    assert PracticePage.objects.count() == before + 2
    assert not PracticePage.objects.get(external_id="test-2").live
    stored.refresh_from_db()
    assert stored.status == PracticeImport.Status.DONE and stored.finished_at
    assert not stored.spreadsheet.storage.exists(stored.spreadsheet.name)
    content = editor_client.get(status_url).content.decode()
    assert "geïmporteerd" in content and "2 nieuw, 0 bij te werken" in content
    assert "Status vernieuwen" not in content
    assert editor_client.get(status_url, {"format": "json"}).json() == {
        "status": "geimporteerd",
        "label": "geïmporteerd",
        "pending": False,
        "written": 2,
        "total": 2,
        "text": "2 van 2 rijen verwerkt",
    }
    # Applying twice imports nothing twice.
    assert editor_client.post(reverse("exchange_import_apply", args=[stored.pk])).status_code == 404
    # The import page lists it among the editor's recent imports.
    assert status_url in editor_client.get(reverse("exchange_import")).content.decode()


def test_report_names_row_and_column(editor_client):
    data = csv_bytes([practice_row(1), practice_row(2, laatst_nagekeken="morgen")])
    response = upload(editor_client, data, "praktijken.csv")
    content = response.content.decode()
    assert "Problemen per rij en kolom" in content
    assert "<td>3</td>" in content and "<td>laatst_nagekeken</td>" in content
    assert "‘morgen’ is geen datum" in content
    assert "Importeren</button>" not in content
    assert not PracticeImport.objects.exists()


def test_unreadable_file_gets_a_message(editor_client):
    response = upload(editor_client, b"not a spreadsheet", "praktijken.xlsx")
    assert response.status_code == 200
    assert "Dit is geen geldig XLSX-bestand." in response.content.decode()
    assert not PracticeImport.objects.exists()


@pytest.mark.parametrize("file_format", ["csv", "xlsx"])
def test_template_is_a_valid_import(editor_client, file_format):
    response = editor_client.get(reverse("exchange_import_template", args=[file_format]))
    assert response.status_code == 200
    assert "sjabloon-praktijken" in response["Content-Disposition"]
    report, _lookups = check(response.content, f"sjabloon.{file_format}")
    assert report.valid, report.problems
    assert len(report.plans) == 1


@pytest.mark.parametrize("role", ["medewerker-dewissel", "stuurgroep", None])
def test_others_cannot_import(client, users_by_name, role):
    if role:
        client.force_login(users_by_name(role))
    for response in (
        client.get(reverse("exchange_import")),
        upload(client, csv_bytes([practice_row(1)]), "praktijken.csv"),
        client.get(reverse("exchange_import_template", args=["csv"])),
        client.get(reverse("exchange_import_status", args=[1])),
        client.post(reverse("exchange_import_apply", args=[1])),
    ):
        assert response.status_code in (302, 403)
        if response.status_code == 302:
            assert "login" in response["Location"] or response["Location"] == "/beheer/"
    assert not PracticePage.objects.filter(external_id="test-1").exists()


@pytest.mark.parametrize(
    ("role", "allowed"),
    [("redactie", True), ("stuurgroep", True), ("medewerker-dewissel", False), (None, False)],
)
def test_export_rights(client, users_by_name, role, allowed):
    if role:
        client.force_login(users_by_name(role))
    response = client.get(reverse("exchange_export_file", args=["praktijken", "csv"]))
    if allowed:
        assert response.status_code == 200
        assert response["Content-Type"].startswith("text/csv")
        lines = io.BytesIO(response.content).read().decode("utf-8-sig").splitlines()
        assert lines[0].startswith("extern_id;titel;samenvatting")
    else:
        assert response.status_code in (302, 403)
        assert not response.content.startswith(b"\xef\xbb\xbfextern_id")


def test_menu_items_follow_rights(client, users_by_name):
    client.force_login(users_by_name("redactie"))
    content = client.get("/beheer/").content.decode()
    assert reverse("exchange_import") in content and reverse("exchange_export") in content
    client.force_login(users_by_name("medewerker-dewissel"))
    content = client.get("/beheer/").content.decode()
    assert reverse("exchange_import") not in content
    assert reverse("exchange_export") not in content


def test_a_running_import_shows_its_progress(editor_client):
    """The worker writes in one transaction; its progress reaches the page through a file."""
    stored = checked_upload(editor_client, [practice_row(1), practice_row(2), practice_row(3)])
    PracticeImport.objects.filter(pk=stored.pk).update(status=PracticeImport.Status.RUNNING)
    stored.record_progress(1)
    status_url = reverse("exchange_import_status", args=[stored.pk])
    assert editor_client.get(status_url, {"format": "json"}).json()["text"] == (
        "1 van 3 rijen verwerkt"
    )
    content = editor_client.get(status_url).content.decode()
    assert 'value="1" max="3"' in content and "Status vernieuwen" in content
    assert "je mag deze pagina verlaten" in content


def test_rows_that_became_invalid_fail_the_whole_import(editor_client):
    """Checked first, then a care phase a row uses is removed: the worker's second check fails."""
    stored = checked_upload(editor_client, [practice_row(1), practice_row(2, fasen="fase-2")])
    CarePhase.objects.filter(slug="fase-2").delete()
    before = PracticePage.objects.count()
    response = editor_client.post(reverse("exchange_import_apply", args=[stored.pk]))
    assert response.status_code == 302
    stored.refresh_from_db()
    assert stored.status == PracticeImport.Status.FAILED
    assert any(line.startswith("Rij 3, kolom fasen:") for line in stored.messages)
    assert PracticePage.objects.count() == before  # not even row 2
    content = editor_client.get(response["Location"]).content.decode()
    assert "mislukt, niets geïmporteerd" in content and "Rij 3, kolom fasen:" in content


def test_an_unexpected_error_rolls_back_and_is_reported(editor_client, monkeypatch):
    stored = checked_upload(editor_client, [practice_row(1), practice_row(2)])
    real_write_row = importer.write_row
    calls = []

    def write_then_break(plan, *args):
        calls.append(plan.row)
        if len(calls) == 2:
            raise RuntimeError("schijf vol")
        return real_write_row(plan, *args)

    monkeypatch.setattr(importer, "write_row", write_then_break)
    before = PracticePage.objects.count()
    response = editor_client.post(reverse("exchange_import_apply", args=[stored.pk]))
    assert response.status_code == 302
    stored.refresh_from_db()
    assert stored.status == PracticeImport.Status.FAILED
    assert "Onverwachte fout" in stored.summary
    assert PracticePage.objects.count() == before  # row 1 was written, then rolled back


def test_an_import_is_seen_by_its_own_editor_only(editor_client, users_by_name):
    stored = checked_upload(editor_client, [practice_row(1)])
    other = users_by_name("redactie")
    other.pk = None
    other.username = "redactie-twee"
    other.save()
    other.groups.set(users_by_name("redactie").groups.all())
    editor_client.force_login(other)
    for response in (
        editor_client.get(reverse("exchange_import_status", args=[stored.pk])),
        editor_client.post(reverse("exchange_import_apply", args=[stored.pk])),
    ):
        assert response.status_code == 404
    stored.refresh_from_db()
    assert stored.status == PracticeImport.Status.CHECKED


def test_an_import_whose_worker_died_is_reported_as_failed(editor_client):
    """A killed worker's transaction is rolled back; the page must not say "bezig" for ever."""
    stored = checked_upload(editor_client, [practice_row(1), practice_row(2)])
    status_url = reverse("exchange_import_status", args=[stored.pk])
    long_ago = timezone.now() - STALLED_AFTER - datetime.timedelta(minutes=1)
    PracticeImport.objects.filter(pk=stored.pk).update(
        status=PracticeImport.Status.RUNNING, started_at=long_ago
    )
    stored.record_progress(1)  # but a row was processed just now: still alive
    assert editor_client.get(status_url, {"format": "json"}).json()["pending"] is True

    stale = (long_ago.timestamp(), long_ago.timestamp())
    os.utime(progress_file(stored.pk), stale)
    content = editor_client.get(status_url).content.decode()
    assert "De import is onderbroken" in content and "mislukt, niets geïmporteerd" in content
    stored.refresh_from_db()
    assert stored.status == PracticeImport.Status.FAILED and stored.finished_at
    assert not progress_file(stored.pk).exists()
