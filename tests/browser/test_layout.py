"""Reflow at 320 CSS px (WCAG 1.4.10), text at 200% (1.4.4), screenshots for people to look at."""

import pytest

from tests.browser.portal import PAGE_TYPES, SCREENSHOT_DIR, VIEWPORTS, visit

pytestmark = pytest.mark.browser

HORIZONTAL_OVERFLOW = """() => {
    const root = document.scrollingElement;
    if (root.scrollWidth <= root.clientWidth) return [];
    return [...document.body.querySelectorAll("*")]
        .filter(element => element.getBoundingClientRect().right > root.clientWidth + 1)
        .filter(element => !element.closest(".visually-hidden, .skip-link"))
        .map(element => element.outerHTML.slice(0, 100));
}"""

CLIPPED_TEXT = """() => [...document.body.querySelectorAll("*")]
    .filter(element => !element.closest(".visually-hidden"))
    .filter(element => {
        const style = getComputedStyle(element);
        const hides = value => ["hidden", "clip"].includes(value);
        return (hides(style.overflowX) && element.scrollWidth > element.clientWidth + 1)
            || (hides(style.overflowY) && element.scrollHeight > element.clientHeight + 1);
    })
    .map(element => element.outerHTML.slice(0, 100))"""


@pytest.mark.parametrize("page_type", PAGE_TYPES, ids=str)
def test_content_reflows_at_320_css_pixels_without_horizontal_scrolling(page, page_type):
    page.set_viewport_size({"width": 320, "height": 640})
    visit(page, page_type)
    assert page.evaluate(HORIZONTAL_OVERFLOW) == []


@pytest.mark.parametrize("page_type", PAGE_TYPES, ids=str)
def test_text_at_200_percent_stays_readable(page, page_type):
    visit(page, page_type)
    normal = page.evaluate("parseFloat(getComputedStyle(document.body).fontSize)")
    page.add_style_tag(content="html { font-size: 200% !important; }")
    assert page.evaluate("parseFloat(getComputedStyle(document.body).fontSize)") == 2 * normal
    assert page.evaluate(HORIZONTAL_OVERFLOW) == []
    assert page.evaluate(CLIPPED_TEXT) == []


@pytest.mark.parametrize("viewport", VIEWPORTS)
@pytest.mark.parametrize("page_type", PAGE_TYPES, ids=str)
def test_screenshot(page, page_type, viewport):
    page.set_viewport_size(VIEWPORTS[viewport])
    visit(page, page_type)
    SCREENSHOT_DIR.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOT_DIR / f"{page_type.name}-{viewport}.png"
    page.screenshot(path=path, full_page=True)
    assert path.stat().st_size > 0
    print(f"\n{path}")


def test_the_check_catches_content_that_does_not_reflow(page):
    page.set_viewport_size({"width": 320, "height": 640})
    page.goto("/")
    page.add_style_tag(content=".hero__intro { min-width: 30rem; }")
    assert page.evaluate(HORIZONTAL_OVERFLOW) != []
