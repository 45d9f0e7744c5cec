"""Registering for a study day and cancelling through the e-mailed link, in headless Chromium."""

import re
import sqlite3
from contextlib import closing
from urllib.parse import urlencode

import pytest
from django.core import signing

from dissemination.registration import CANCEL_SALT
from tests.browser.portal import STUDY_DAY_SLUG, axe_violations, describe_violations

pytestmark = pytest.mark.browser


def registration_id(tmp_path_factory):
    # The portal fixture's database (pytest adds a "…current" symlink to its folder).
    (database,) = {
        path.resolve() for path in tmp_path_factory.getbasetemp().glob("portal*/db.sqlite3")
    }
    with closing(sqlite3.connect(database)) as connection:
        (row,) = connection.execute(
            "SELECT id FROM dissemination_registration WHERE email = ?",
            ("test.browser@example.org",),
        ).fetchall()
    return row[0]


def test_register_then_cancel(page, portal, tmp_path_factory):
    page.goto(f"/studiedagen/{STUDY_DAY_SLUG}/")
    seats = page.locator(".study-day__facts").inner_text()
    page.get_by_role("link", name="Schrijf je in").click()
    page.wait_for_url(re.compile(r"/inschrijven/$"))
    assert axe_violations(page) == [], describe_violations(axe_violations(page))

    # Bad input first: a malformed e-mail address gets a Dutch message, nothing is stored.
    page.locator("#id_name").fill("Test Browser")
    page.locator("#id_email").fill("test@")
    page.locator("#id_centre").select_option(label="Vrij CLB Waas en Dender")
    page.locator("#id_role").select_option(label="directie")
    page.get_by_label("Tafel: intervisie organiseren").check()
    page.get_by_role("button", name="Schrijf me in").click()
    assert "Geef een geldig e-mailadres" in page.locator("#form-errors").inner_text()

    page.locator("#id_email").fill("test.browser@example.org")
    page.get_by_role("button", name="Schrijf me in").click()
    page.wait_for_url(re.compile(rf"/studiedagen/{STUDY_DAY_SLUG}/$"))
    assert "Je bent ingeschreven" in page.get_by_role("main").get_by_role("status").inner_text()
    assert page.locator(".study-day__facts").inner_text() != seats

    # The e-mail stays in the server process (locmem): build its cancellation link from the
    # portal's database and the same signing key (both run the test settings).
    link = f"/studiedagen/{STUDY_DAY_SLUG}/annuleren/?" + urlencode(
        {"token": signing.dumps(registration_id(tmp_path_factory), salt=CANCEL_SALT)}
    )
    page.goto(link)
    page.get_by_role("button", name="Ja, annuleer mijn inschrijving").click()
    assert "is geannuleerd" in page.get_by_role("main").get_by_role("status").inner_text()
    page.goto(link)
    assert "al geannuleerd" in page.get_by_role("alert").inner_text()
