import re

import pytest
from django.urls import reverse

from network.models import Centre, Meeting, MeetingKind, TryOut
from practices.models import PracticePage

pytestmark = pytest.mark.django_db


@pytest.fixture
def page(client):
    response = client.get(reverse("network:overview"))
    assert response.status_code == 200
    return response.content.decode()


def table_rows(html, caption_word):
    table = next(t for t in re.findall(r"<table.*?</table>", html, re.S) if caption_word in t)
    rows = re.findall(r"<tr>(.*?)</tr>", table, re.S)
    return [
        [
            re.sub(r"<[^>]+>", "", cell).strip()
            for cell in re.findall(r"<t[hd][^>]*>(.*?)</t[hd]>", row, re.S)
        ]
        for row in rows
    ]


def test_the_anchor_centres_are_listed_with_what_they_contributed(page):
    rows = {row[1]: row for row in table_rows(page, "Anker-CLB")[1:]}
    anchors = Centre.objects.filter(is_anchor=True)
    assert set(rows) == {centre.name for centre in anchors}
    for centre in anchors:
        practices = {p.pk for p in PracticePage.objects.live() if centre in p.centres}
        tryouts = [t for t in TryOut.objects.filter(centre=centre) if t.practice.live]
        _number, _name, net, province, practice_count, tryout_count = rows[centre.name]
        assert net == centre.get_net_display()
        assert province == centre.get_province_display()
        assert int(practice_count) == len(practices)
        assert int(tryout_count) == len(tryouts)


def test_meetings_are_counted_per_kind(page):
    rows = dict(table_rows(page, "per soort")[1:])
    for kind in MeetingKind:
        expected = sum(1 for meeting in Meeting.objects.all() if meeting.kind == kind.value)
        assert int(rows[str(kind.label).capitalize()]) == expected


def test_the_map_is_an_accessible_image_with_every_province_and_anchor(page):
    svg = re.search(r"<svg.*?</svg>", page, re.S).group(0)
    assert 'role="img"' in svg
    assert 'aria-labelledby="map-title map-desc"' in svg
    assert svg.count("<polygon") == 6
    for province in (
        "West-Vlaanderen",
        "Oost-Vlaanderen",
        "Antwerpen",
        "Limburg",
        "Vlaams-Brabant",
        "Brussel",
    ):
        assert province in svg
    description = re.search(r"<desc.*?</desc>", svg, re.S).group(0)
    for centre in Centre.objects.filter(is_anchor=True):
        assert centre.name in description
    assert svg.count("<circle") == Centre.objects.filter(is_anchor=True).count()


def test_the_page_follows_a_new_anchor_centre(client):
    Centre.objects.filter(slug="vrij-clb-kempen").update(is_anchor=True)
    html = client.get(reverse("network:overview")).content.decode()
    assert html.count("<circle") == Centre.objects.filter(is_anchor=True).count()
    assert "Vrij CLB Kempen" in html


def test_the_page_costs_the_same_queries_with_more_anchor_centres(client):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    url = reverse("network:overview")
    client.get(url)  # warm Wagtail's per-site caches (menu)
    with CaptureQueriesContext(connection) as before:
        client.get(url)
    Centre.objects.filter(is_anchor=False, contributions__isnull=True).update(is_anchor=True)
    with CaptureQueriesContext(connection) as after:
        client.get(url)
    assert len(after) == len(before)
