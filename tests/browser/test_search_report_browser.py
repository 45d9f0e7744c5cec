"""From a search that found nothing to a synonym that makes it find something, in a real browser:
a visitor searches, the redactie reads "Zoekopdrachten" and adds the synonym in one step."""

import pytest

from tests.browser.portal import AXE_JS, SCREENSHOT_DIR, WCAG_TAGS, describe_violations
from tests.browser.test_import_admin_browser import log_in

pytestmark = pytest.mark.browser

QUERY = "zorgjuf"


def test_editor_turns_a_search_without_results_into_a_synonym(page, browser, portal):
    visitor = browser.new_page(base_url=portal, locale="nl-BE")
    visitor.goto(f"/zoeken/?q={QUERY}")
    nothing_found = visitor.locator("main").inner_text()

    log_in(page, "redactie")
    page.goto("/beheer/zoekopdrachten/")
    table = page.get_by_role("table", name="De 50 zoekopdrachten die het vaakst niets vonden")
    assert QUERY in table.inner_text()
    SCREENSHOT_DIR.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=SCREENSHOT_DIR / "beheer-zoekopdrachten.png", full_page=True)
    # The report's own content meets WCAG 2.1 AA (Wagtail's furniture is Wagtail's).
    page.add_script_tag(path=AXE_JS)
    violations = page.evaluate(
        """(tags) => axe.run(document.querySelector("main"), {
                runOnly: {type: "tag", values: tags}, resultTypes: ["violations"],
            }).then(result => result.violations)""",
        WCAG_TAGS,
    )
    assert not violations, describe_violations(violations)

    table.get_by_role("link", name=f"Synoniem toevoegen voor ‘{QUERY}’").click()
    assert page.locator("input[name=term]").input_value() == QUERY
    page.fill("textarea[name=equivalents]", "zorgleraar")
    page.get_by_role("button", name="Opslaan").click()
    page.wait_for_url("**/snippets/vocabulary/synonym/")

    visitor.goto(f"/zoeken/?q={QUERY}")
    assert visitor.locator("main").inner_text() != nothing_found
    assert "zorgleraar" in visitor.locator("main").inner_text().lower()
