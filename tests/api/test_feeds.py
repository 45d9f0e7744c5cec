"""Atom feeds of the materialenbank: valid Atom, newest changes first, the page's filters."""

import xml.etree.ElementTree as ET
from html import unescape
from urllib.parse import parse_qs, urlsplit

import pytest
from django.utils.dateparse import parse_datetime

from practices.factories import PracticePageFactory
from practices.models import PracticePage

pytestmark = pytest.mark.django_db
ATOM = "{http://www.w3.org/2005/Atom}"
FEED = "/materialenbank/feed/"


def parse(client, url=FEED, **params):
    response = client.get(url, params)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    root = ET.fromstring(response.content)
    assert root.tag == f"{ATOM}feed"
    for element in ("id", "title", "updated"):
        assert root.find(f"{ATOM}{element}").text
    return root


def entries(root):
    return [
        {
            "title": entry.find(f"{ATOM}title").text,
            "link": entry.find(f"{ATOM}link").get("href"),
            "updated": entry.find(f"{ATOM}updated").text,
            "id": entry.find(f"{ATOM}id").text,
        }
        for entry in root.findall(f"{ATOM}entry")
    ]


def test_the_feed_lists_live_practices_newest_change_first(client):
    items = entries(parse(client))
    expected = list(
        PracticePage.objects.live()
        .public()
        .order_by("-last_published_at", "-pk")
        .values_list("title", flat=True)[:50]
    )
    assert [item["title"] for item in items] == expected
    assert all(item["link"].startswith("http") and item["id"] for item in items)


def test_an_updated_practice_moves_to_the_top_and_drafts_stay_out(client, materialenbank):
    oldest = PracticePage.objects.live().order_by("last_published_at").first()
    oldest.summary = "Bijgewerkt na een nieuwe uitprobeerronde."
    oldest.save_revision().publish()
    PracticePageFactory(parent=materialenbank, title="Kladversie in de feed", live=False)

    items = entries(parse(client))
    assert items[0]["title"] == oldest.title
    published = PracticePage.objects.get(pk=oldest.pk).last_published_at
    # Compared as instants: the feed writes UTC, and the local date may already differ.
    assert abs(parse_datetime(items[0]["updated"]) - published).total_seconds() < 1
    assert "Kladversie in de feed" not in {item["title"] for item in items}


def test_a_filtered_feed_has_the_filtered_practices(client):
    root = parse(client, fase="fase-3", kernactiviteit="handelingsgerichte-diagnostiek")
    expected = set(
        PracticePage.objects.live()
        .filter(care_phases__slug="fase-3")
        .filter(core_activities__slug="handelingsgerichte-diagnostiek")
        .values_list("title", flat=True)
    )
    assert {item["title"] for item in entries(root)} == expected and expected
    assert "Fase 3" in root.find(f"{ATOM}title").text
    alternate = root.find(f"{ATOM}link[@rel='alternate']").get("href")
    assert parse_qs(urlsplit(alternate).query) == {
        "fase": ["fase-3"],
        "kernactiviteit": ["handelingsgerichte-diagnostiek"],
    }


def test_bad_filter_values_never_break_the_feed(client):
    root = parse(client, fase="<script>", q="\x00" * 500, page="x")
    assert len(entries(root)) == min(50, PracticePage.objects.live().count())


def test_the_materialenbank_links_the_feed_of_its_current_selection(client):
    response = client.get("/materialenbank/", {"fase": "fase-1", "q": "ouders", "page": 1})
    html = response.content.decode()
    assert 'rel="alternate" type="application/atom+xml"' in html
    assert "Volg deze zoekopdracht (Atom-feed)" in html
    start = html.index('class="feed-link"><a href="') + len('class="feed-link"><a href="')
    href = unescape(html[start : html.index('"', start)])
    assert urlsplit(href).path == FEED
    assert parse_qs(urlsplit(href).query) == {"fase": ["fase-1"], "q": ["ouders"]}
    titles = {item["title"] for item in entries(parse(client, href))}
    page = client.get("/materialenbank/", {"fase": "fase-1", "q": "ouders", "format": "json"})
    assert len(titles) == page.json()["count"] > len(page.json()["results"])
    assert titles >= {result["title"] for result in page.json()["results"]}


def test_the_json_listing_still_answers_after_the_routes(client):
    data = client.get("/materialenbank/", {"format": "json"}).json()
    assert data["count"] == PracticePage.objects.live().count()
