"""The admin import (upload → check → import), the template and the exports, with rights."""

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from exchange_testdata import check, csv_bytes, practice_row, xlsx_bytes

from exchange.models import PracticeImport
from exchange.views import MAX_ADMIN_WRITES
from practices.models import PracticePage

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor_client(client, users_by_name):
    client.force_login(users_by_name("redactie"))
    return client


def upload(client, data, name="praktijken.xlsx", **extra):
    return client.post(
        reverse("exchange_import"),
        {"spreadsheet": SimpleUploadedFile(name, data), **extra},
    )


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

    response = editor_client.post(reverse("exchange_import_apply", args=[stored.pk]))
    assert response.status_code == 302
    assert PracticePage.objects.count() == before + 2
    assert not PracticePage.objects.get(external_id="test-2").live
    stored.refresh_from_db()
    assert stored.status == PracticeImport.Status.DONE
    assert not stored.spreadsheet.storage.exists(stored.spreadsheet.name)
    # Applying twice imports nothing twice.
    assert editor_client.post(reverse("exchange_import_apply", args=[stored.pk])).status_code == 404


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


def test_admin_sends_large_imports_to_the_command(editor_client):
    rows = [practice_row(number) for number in range(MAX_ADMIN_WRITES + 1)]
    content = upload(editor_client, csv_bytes(rows), "groot.csv").content.decode()
    assert "manage.py import_practices" in content
    assert "Importeren</button>" not in content
    assert not PracticeImport.objects.exists()
