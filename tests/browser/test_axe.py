import pytest

from tests.browser.portal import (
    PAGE_TYPES,
    VIEWPORTS,
    axe_violations,
    describe_violations,
    visit,
)

pytestmark = pytest.mark.browser


@pytest.mark.parametrize("viewport", VIEWPORTS)
@pytest.mark.parametrize("page_type", PAGE_TYPES, ids=str)
def test_no_wcag_2_1_a_or_aa_violations(page, page_type, viewport):
    page.set_viewport_size(VIEWPORTS[viewport])
    visit(page, page_type)
    violations = axe_violations(page)
    assert not violations, f"{page_type.path}\n{describe_violations(violations)}"


def test_the_check_catches_a_violation_when_there_is_one(page):
    visit(page, PAGE_TYPES[0])
    page.evaluate(
        """document.querySelector("main").insertAdjacentHTML(
            "beforeend", '<button></button><img src="/static/img/favicon.svg"><h5>Te diep</h5>'
            + '<form role="search"><input aria-label="zoek"></form>'.repeat(2))"""
    )
    found = {violation["id"] for violation in axe_violations(page)}
    assert {"button-name", "image-alt", "heading-order", "landmark-unique"} <= found
