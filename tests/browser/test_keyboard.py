"""Keyboard only: Tab, Enter and Space (and typing a search word), never the mouse."""

import re

import pytest

from tests.browser.portal import (
    PAGE_TYPES,
    assert_focus_visible,
    press_tab,
    tab_to,
    visit,
)

pytestmark = pytest.mark.browser

PRACTICE_PATH = re.compile(r"^/materialenbank/[^/?#]+/$")
PRACTICE_URL = re.compile(r"/materialenbank/[^/?#]+/$")


def test_skip_link_filter_search_open_a_practice_and_download_a_material(page):
    page.goto("/")

    skip = press_tab(page)
    assert skip["href"] == "#inhoud", "the skip link is not the first Tab stop"
    assert_focus_visible(skip)
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "inhoud"
    assert press_tab(page)["inMain"], "after the skip link, Tab does not continue in <main>"

    tab_to(page, lambda focused: focused["href"].endswith("?fase=fase-1"))
    page.keyboard.press("Enter")
    page.wait_for_url("**/materialenbank/?fase=fase-1")

    tab_to(page, lambda focused: focused["tag"] == "input" and focused["id"] == "q")
    page.keyboard.type("ouders")
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"/materialenbank/\?(.*&)?q=ouders"))

    # Tick a facet with Space: the results update in place and focus stays on the checkbox.
    status = page.locator("#result-count").inner_text()
    tab_to(page, lambda focused: focused["tag"] == "input" and focused["name"] == "doelgroep")
    page.keyboard.press(" ")
    page.wait_for_url(re.compile(r"doelgroep="))
    page.wait_for_function(
        "s => document.querySelector('#result-count').innerText !== s", arg=status
    )
    assert page.evaluate("document.activeElement.name") == "doelgroep"
    assert page.evaluate("document.activeElement.checked")

    tab_to(page, lambda focused: focused["inMain"] and bool(PRACTICE_PATH.match(focused["href"])))
    page.keyboard.press("Enter")
    page.wait_for_url(PRACTICE_URL)
    assert page.locator("h1").count() == 1

    tab_to(page, lambda focused: focused["href"].startswith("/documenten/"))
    with page.expect_download() as download_info:
        page.keyboard.press("Enter")
    with open(download_info.value.path(), "rb") as material:
        assert material.read(4) in (b"%PDF", b"PK\x03\x04")


def test_the_header_searches_the_whole_portal_by_keyboard(page):
    page.goto("/over/")
    tab_to(page, lambda focused: focused["id"] == "site-search-q")
    page.keyboard.type("leesstoornis")
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"/zoeken/\?q=leesstoornis"))
    tab_to(page, lambda focused: "soort=casus" in focused["href"])
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"soort=casus"))
    assert page.locator(".portal-results .badge").all_inner_texts() == ["casus"]
    tab_to(page, lambda focused: re.fullmatch(r"/casussen/[a-z0-9-]+/", focused["href"]))
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"/casussen/[a-z0-9-]+/$"))


def test_space_activates_a_button(page):
    page.goto("/materialenbank/")
    tab_to(page, lambda focused: focused["tag"] == "input" and focused["id"] == "q")
    page.keyboard.type("ouders")
    press_tab(page)
    page.keyboard.press("Space")
    page.wait_for_url(re.compile(r"q=ouders"))


@pytest.mark.parametrize("page_type", PAGE_TYPES, ids=str)
def test_every_tab_stop_shows_its_focus_and_focus_is_never_trapped(page, page_type):
    visit(page, page_type)
    # A <summary> is a Tab stop; what a closed <details> hides is not.
    tabbable = page.evaluate(
        """() => [...document.querySelectorAll(
            'a[href], button:not([disabled]), input:not([disabled]):not([type=hidden]), '
            + 'select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"]), '
            + 'details > summary:first-of-type'
        )].filter(element => element.getAttribute("tabindex") !== "-1"
            && element.checkVisibility()
            && !element.matches('details:not([open]) > :not(summary) *, '
                + 'details:not([open]) > :not(summary)')).length"""
    )
    stops = []
    for _ in range(tabbable + 5):
        focused = press_tab(page)
        if focused is None:
            break  # Tab after the last element leaves the page: focus is not trapped
        assert_focus_visible(focused)
        stops.append(focused["position"])
    else:
        raise AssertionError(f"focus never left {page_type.path}: trapped or cycling")
    assert len(stops) == len(set(stops)) == tabbable, "some element is skipped or visited twice"


def test_the_check_catches_an_invisible_focus(page):
    page.goto("/")
    page.add_style_tag(content=":focus-visible { outline: none; box-shadow: none; }")
    assert press_tab(page)["indicator"] is False
