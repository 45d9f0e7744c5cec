"""The materialenbank's answer from one facet statement: relevance pages, cached options,
page links that do not grow with the number of results (issue 3, performance)."""

import re

import pytest

from practices.filters import text_ranking
from practices.models import PracticePage

pytestmark = pytest.mark.django_db
URL = "/materialenbank/"


def all_pages(client, **params):
    """Every result's URL, page after page, and the number of pages."""
    urls, page = [], 1
    while True:
        data = client.get(URL, {**params, "page": page, "format": "json"}).json()
        urls += [r["url"] for r in data["results"]]
        if page >= data["num_pages"]:
            return urls, data["num_pages"]
        page += 1


@pytest.mark.parametrize("params", [{"q": "ouders"}, {"q": "ouders", "fase": "fase-1"}])
def test_relevance_pages_follow_the_backends_order(client, settings, params):
    settings.PRACTICES_PER_PAGE = 3
    urls, pages = all_pages(client, **params)
    # Independently: the backend's ranking of every live practice, then the phase filter.
    ranked = text_ranking(PracticePage.objects.live(), params["q"])
    practices = PracticePage.objects.live().filter(pk__in=list(ranked))
    if "fase" in params:
        practices = practices.filter(care_phases__slug=params["fase"])
    expected = sorted(practices, key=lambda p: ranked[p.pk])
    assert pages > 1
    assert urls == [p.url for p in expected]


@pytest.mark.parametrize("page", ["99", "99999999999999999999", "-1", "0", "2.5", "²"])
def test_a_page_that_is_not_a_page_of_relevance_results_is_not_found(client, page):
    assert client.get(URL, {"q": "ouders", "page": page}).status_code == 404


def test_a_new_theme_is_offered_at_once(client):
    """The options are cached; tagging a practice drops them."""
    assert "nieuw-thema-perf" not in themes(client)
    practice = PracticePage.objects.live().first()
    practice.tags.add("nieuw thema perf")
    practice.save()
    assert "nieuw-thema-perf" in themes(client)


def themes(client):
    return {o["value"] for o in client.get(URL, {"format": "json"}).json()["facets"]["thema"]}


def test_page_links_do_not_grow_with_the_number_of_results(client, settings):
    settings.PRACTICES_PER_PAGE = 1
    live = PracticePage.objects.live().count()
    html = client.get(URL, {"page": 1}).content.decode()
    start = html.index('<nav class="pagination"')
    nav = html[start : html.index("</nav>", start)]
    linked = [int(n) for n in re.findall(r"page=(\d+)", nav)]
    assert live > 10
    # The current page, two after it, the last one and "next": never one link per page.
    assert sorted(set(linked)) == [2, 3, live]
    assert "…" in nav
