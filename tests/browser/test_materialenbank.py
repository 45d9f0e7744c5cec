"""The materialenbank's filters in a real browser: in-place updates, URL and history."""

import re

import pytest

pytestmark = pytest.mark.browser


def expected_status(page, query):
    return page.request.get(f"/materialenbank/?{query}&format=json").json()["status"]


def checkbox(page, group, value):
    return page.locator(f"#f-{group}-{value}")


def test_filters_update_in_place_and_the_back_button_restores_them(page):
    page.goto("/materialenbank/")
    everything = page.locator("#result-count").inner_text()
    page.evaluate("window.__sameDocument = true")  # lost if the page reloads

    checkbox(page, "fase", "fase-1").check()
    page.wait_for_url(re.compile(r"\?fase=fase-1$"))
    expect_status = expected_status(page, "fase=fase-1")
    page.wait_for_function(
        "s => document.querySelector('#result-count').innerText === s", arg=expect_status
    )
    assert expect_status != everything

    checkbox(page, "kernactiviteit", "handelingsgericht-advies").check()
    page.wait_for_url(re.compile(r"kernactiviteit=handelingsgericht-advies"))
    both = expected_status(page, "fase=fase-1&kernactiviteit=handelingsgericht-advies")
    page.wait_for_function("s => document.querySelector('#result-count').innerText === s", arg=both)
    # Selecting a core activity leaves the other phases their own counts (disjunctive).
    assert "(0" not in checkbox(page, "fase", "fase-2").locator("xpath=..").inner_text()
    assert page.evaluate("window.__sameDocument") is True, "the page reloaded"

    page.go_back()
    page.wait_for_url(re.compile(r"\?fase=fase-1$"))
    page.wait_for_function(
        "s => document.querySelector('#result-count').innerText === s", arg=expect_status
    )
    assert checkbox(page, "fase", "fase-1").is_checked()
    assert not checkbox(page, "kernactiviteit", "handelingsgericht-advies").is_checked()

    page.go_back()
    page.wait_for_url(re.compile(r"/materialenbank/$"))
    page.wait_for_function(
        "s => document.querySelector('#result-count').innerText === s", arg=everything
    )
    assert not checkbox(page, "fase", "fase-1").is_checked()


def test_without_javascript_the_form_submits_normally(browser, portal):
    context = browser.new_context(base_url=portal, java_script_enabled=False)
    page = context.new_page()
    page.goto("/materialenbank/")
    checkbox(page, "fase", "fase-2").check()
    page.locator(".facets__submit").click()
    page.wait_for_url(re.compile(r"fase=fase-2"))
    assert page.locator("#result-count").inner_text() == expected_status(page, "fase=fase-2")
    context.close()


@pytest.mark.parametrize("path", ["/materialenbank/", "/casussen/"])
def test_on_a_phone_the_filters_fold_away_and_count_what_is_chosen(page, path):
    page.set_viewport_size({"width": 375, "height": 812})
    page.goto(path)
    panel = page.locator("[data-facet-panel]")
    assert panel.evaluate("p => p.open") is False
    # The results come first: the folded panel is one line above them.
    first_result = page.locator(".result-list > li").first
    assert first_result.bounding_box()["y"] < 812

    page.locator(".facet-panel__toggle").click()
    first_checkbox = panel.locator("input[type=checkbox]").first
    first_checkbox.check()
    assert "(1 gekozen)" in page.locator(".facet-panel__toggle").inner_text()

    # On a wide screen the panel is always open and its toggle hidden.
    page.set_viewport_size({"width": 1280, "height": 800})
    page.goto(path)
    assert panel.evaluate("p => p.open") is True
    assert not page.locator(".facet-panel__toggle").is_visible()
