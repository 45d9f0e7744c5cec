"""An editor imports a practice through the admin in a real browser: check, import, status."""

import pytest

from leersteun.demo import DEMO_PASSWORD
from tests.exchange.exchange_testdata import csv_bytes, practice_row

pytestmark = pytest.mark.browser


def log_in(page, username):
    page.goto("/beheer/login/")
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", DEMO_PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url("**/beheer/")


def check_file(page, path, row):
    path.write_bytes(csv_bytes([row]))
    page.set_input_files("input[name=spreadsheet]", str(path))
    page.get_by_role("button", name="Controleren").click()


def test_editor_checks_and_imports_a_spreadsheet(page, tmp_path):
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    log_in(page, "redactie")
    page.get_by_role("link", name="Importeren").first.click()
    page.wait_for_url("**/beheer/importeren/")

    check_file(page, tmp_path / "fout.csv", practice_row(1, fasen="fase-9"))
    table = page.get_by_role("table", name="Problemen per rij en kolom")
    assert "fasen" in table.inner_text() and "fase-9" in table.inner_text()
    assert page.get_by_role("button", name="Importeren").count() == 0

    check_file(page, tmp_path / "goed.csv", practice_row(1, titel="Praktijk uit de browser"))
    plan = page.get_by_role("table", name="Wat de import zal doen")
    assert "Praktijk uit de browser" in plan.inner_text() and "nieuw" in plan.inner_text()
    page.get_by_role("button", name="Importeren").click()
    # The import's status page (the test settings run the queued task at once).
    page.wait_for_url("**/beheer/importeren/*/")
    status = page.get_by_role("status").filter(has_text="Status:")
    assert status.inner_text() == "Status: geïmporteerd"
    assert "1 nieuw, 0 bij te werken, 0 ongewijzigd." in page.content()
    assert errors == []

    page.goto("/beheer/pages/search/?q=browser")
    assert page.get_by_text("Praktijk uit de browser").count() >= 1
