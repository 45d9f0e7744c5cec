"""Suggestions while typing (static/js/suggest.js): the ARIA combobox by keyboard, mouse and
screen-reader semantics, its answers from /zoeken/suggesties/, and the plain form without it."""

import re

import pytest

from tests.browser.portal import VIEWPORTS, axe_violations, describe_violations

pytestmark = pytest.mark.browser

INTERVISIE = re.compile(r"/materialenbank/intervisie-hgd-casussen-clb-team/$")
HEADER = "#site-search-q"


def suggestions(page, text):
    return page.request.get("/zoeken/suggesties/", params={"q": text}).json()["suggestions"]


def type_into(page, selector, text):
    page.locator(selector).focus()
    page.keyboard.type(text)
    return wait_for_answer(page, selector)


def wait_for_answer(page, selector):
    """The list opens, or the live region says there is nothing, once the answer is in."""
    page.wait_for_function(
        """selector => {
            const field = document.querySelector(selector);
            const status = document.getElementById(field.getAttribute("aria-controls")).nextSibling;
            return field.getAttribute("aria-expanded") === "true" || status.textContent !== "";
        }""",
        arg=selector,
    )
    return page.locator(selector)


def listbox(page, field):
    return page.locator(f"#{field.get_attribute('aria-controls')}")


def live_region(page, field):
    return listbox(page, field).locator("xpath=following-sibling::*[@role='status']")


def heard_options(locator):
    """The options' names in the accessibility tree, i.e. what a screen reader says (Chromium
    puts a space around the hidden comma, which no one hears)."""
    names = re.findall(r'option "((?:[^"\\]|\\.)*)"', locator.aria_snapshot())
    return [re.sub(r"\s+,", ",", name) for name in names]


def option_names(page, field):
    return heard_options(listbox(page, field))


def active_option(page, field):
    active = field.get_attribute("aria-activedescendant")
    return heard_options(page.locator(f"#{active}"))[0] if active else None


def focused_id(page):
    return page.evaluate("document.activeElement.id")


def path_of(page):
    return re.sub(r"^https?://[^/]+", "", page.url)


@pytest.mark.parametrize("viewport", VIEWPORTS)
def test_typing_suggests_a_practice_that_arrow_down_and_enter_open(page, viewport):
    page.set_viewport_size(VIEWPORTS[viewport])
    page.goto("/over/")
    field = type_into(page, HEADER, "interv")

    assert field.get_attribute("role") == "combobox"
    assert field.get_attribute("aria-autocomplete") == "list"
    assert field.get_attribute("aria-expanded") == "true"
    assert listbox(page, field).get_attribute("role") == "listbox"
    names = option_names(page, field)
    # The kind is part of each option's text, so a screen reader hears it with the title.
    assert "Maandelijkse intervisie rond HGD-casussen in het CLB-team, Praktijk" in names
    assert len(names) == len(suggestions(page, "interv"))
    assert live_region(page, field).text_content() == (
        "1 suggestie beschikbaar" if len(names) == 1 else f"{len(names)} suggesties beschikbaar"
    )
    assert field.get_attribute("aria-activedescendant") is None

    # The list fits the screen (375 px too) and does not scroll the page sideways.
    box = listbox(page, field).bounding_box()
    assert box["x"] >= 0 and box["x"] + box["width"] <= VIEWPORTS[viewport]["width"]
    assert page.evaluate("document.scrollingElement.scrollWidth <= innerWidth")

    page.keyboard.press("ArrowDown")
    assert active_option(page, field) == names[0]
    assert field.get_attribute("aria-expanded") == "true"
    assert focused_id(page) == "site-search-q", "focus left the field"
    for _ in range(len(names)):
        if active_option(page, field).startswith("Maandelijkse intervisie"):
            break
        page.keyboard.press("ArrowDown")
    active = page.locator(f"#{field.get_attribute('aria-activedescendant')}")
    assert active.get_attribute("aria-selected") == "true"
    assert listbox(page, field).locator("[aria-selected=true]").count() == 1
    page.keyboard.press("Enter")
    page.wait_for_url(INTERVISIE)


def test_up_and_down_wrap_around_the_list(page):
    page.goto("/zoeken/")
    field = type_into(page, "#portal-q", "ou")
    names = option_names(page, field)
    assert len(names) > 1
    page.keyboard.press("ArrowUp")
    assert active_option(page, field) == names[-1]
    page.keyboard.press("ArrowDown")
    assert active_option(page, field) == names[0]
    page.keyboard.press("ArrowUp")
    assert active_option(page, field) == names[-1]


def test_escape_closes_then_clears_and_tab_closes(page):
    page.goto("/zoeken/")
    field = type_into(page, "#portal-q", "interv")
    page.keyboard.press("ArrowDown")

    page.keyboard.press("Escape")
    assert field.get_attribute("aria-expanded") == "false"
    assert field.get_attribute("aria-activedescendant") is None
    assert not listbox(page, field).is_visible()
    assert field.input_value() == "interv"
    page.keyboard.press("Escape")
    assert field.input_value() == ""

    type_into(page, "#portal-q", "interv")
    page.keyboard.press("Tab")
    assert field.get_attribute("aria-expanded") == "false"
    assert focused_id(page) != "portal-q"
    assert path_of(page) == "/zoeken/"


def test_enter_without_a_chosen_option_searches_what_was_typed(page):
    page.goto("/materialenbank/")
    type_into(page, "#q", "interv")
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"/materialenbank/\?q=interv(&|$)"))


def test_a_chosen_term_is_filled_in_and_searched_in_its_own_form(page):
    page.goto("/materialenbank/")
    field = type_into(page, "#q", "oka")
    assert "OKAN, Zoekterm" in option_names(page, field)
    while active_option(page, field) != "OKAN, Zoekterm":
        page.keyboard.press("ArrowDown")
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"/materialenbank/\?q=OKAN(&|$)"))
    assert page.locator("#q").input_value() == "OKAN"


def test_a_click_on_a_theme_opens_the_materialenbank_on_that_theme(page):
    page.goto("/")
    theme = next(s for s in suggestions(page, "meertal") if s["kind"] == "thema")
    field = type_into(page, "#home-q", "meertal")
    name = re.compile(rf"^{re.escape(theme['label'])}\s*, Thema$")
    listbox(page, field).get_by_role("option", name=name).click()
    page.wait_for_url(f"**{theme['url']}")
    assert "thema=" in theme["url"]


def test_nothing_found_is_said_and_no_list_opens(page):
    page.goto("/over/")
    field = type_into(page, HEADER, "qxqxq")
    assert live_region(page, field).text_content() == "Geen suggesties"
    assert field.get_attribute("aria-expanded") == "false"
    assert not listbox(page, field).is_visible()
    # Below the minimum length nothing is asked and nothing is said.
    page.keyboard.press("Control+A")
    page.keyboard.type("q")
    page.wait_for_timeout(400)
    assert live_region(page, field).text_content() == ""


def test_one_request_per_pause_in_typing_and_a_late_answer_is_ignored(page):
    held = []
    asked = []

    def hold_the_first(route):
        asked.append(route.request.url)
        if len(asked) == 1:
            held.append(route)  # answered only after the second request
        else:
            route.continue_()

    page.route(re.compile(r"/zoeken/suggesties/\?"), hold_the_first)
    page.goto("/zoeken/")
    page.locator("#portal-q").focus()
    page.keyboard.type("intervx")  # faster than the pause: one request, for "intervx"
    page.wait_for_timeout(400)
    assert len(asked) == 1 and asked[0].endswith("q=intervx")

    page.keyboard.press("Backspace")
    field = wait_for_answer(page, "#portal-q")
    assert len(asked) == 2 and asked[1].endswith("q=interv")
    names = option_names(page, field)
    assert names
    late = {"label": "Verouderd", "kind": "term", "kind_label": "Zoekterm", "url": "/"}
    held[0].fulfill(json={"q": "intervx", "suggestions": [late]})
    page.wait_for_timeout(300)
    assert option_names(page, field) == names


@pytest.mark.parametrize("viewport", VIEWPORTS)
def test_no_axe_violations_with_the_list_open(page, viewport):
    page.set_viewport_size(VIEWPORTS[viewport])
    page.goto("/materialenbank/")
    field = type_into(page, "#q", "interv")
    page.keyboard.press("ArrowDown")
    assert field.get_attribute("aria-expanded") == "true"
    violations = axe_violations(page)
    assert not violations, describe_violations(violations)


def test_without_javascript_the_header_form_searches_as_before(browser, portal):
    context = browser.new_context(base_url=portal, java_script_enabled=False)
    page = context.new_page()
    page.goto("/over/")
    field = page.locator(HEADER)
    assert field.get_attribute("role") is None
    assert page.locator("[role=listbox]").count() == 0
    field.fill("interv")
    field.press("Enter")
    page.wait_for_url(re.compile(r"/zoeken/\?q=interv$"))
    assert page.locator("#portal-q").input_value() == "interv"
    context.close()
