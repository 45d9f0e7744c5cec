"""The header search and the footer links name pages, not slugs: when editors rename those
pages the links follow, and once cached they cost no query."""

import re

import pytest
from django.db import connection
from django.template import engines
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from wagtail.models import Site

from leersteun.models import ContentPage, SiteLinks

pytestmark = pytest.mark.django_db


FOOTER_LINK = re.compile(r'<li><a href="([^"]*)">(Toegankelijkheid|Privacy)')


def links_on(client, url="/"):
    html = client.get(url).content.decode()
    footer = html[html.index('<footer class="site-footer">') :]
    return {
        "search": re.search(r'<form class="site-search"[^>]*action="([^"]*)"', html).group(1),
        **{label: href for href, label in FOOTER_LINK.findall(footer)},
    }


def rename(page, slug):
    page = page.get_latest_revision_as_object()
    page.slug = slug
    page.save_revision().publish()


def test_the_links_follow_editors_slug_changes(client, materialenbank):
    # The header searches the whole portal; the 404 page links the materialenbank by its slug.
    assert links_on(client) == {
        "search": "/zoeken/",
        "Toegankelijkheid": "/toegankelijkheid/",
        "Privacy": "/privacy/",
    }
    rename(materialenbank, "praktijken")
    rename(ContentPage.objects.get(slug="toegankelijkheid"), "toegankelijkheidsverklaring")
    rename(ContentPage.objects.get(slug="privacy"), "privacyverklaring")
    assert links_on(client, "/over/") == {
        "search": "/zoeken/",
        "Toegankelijkheid": "/toegankelijkheidsverklaring/",
        "Privacy": "/privacyverklaring/",
    }
    assert client.get("/toegankelijkheidsverklaring/").status_code == 200
    not_found = client.get("/bestaat-niet/")
    assert not_found.status_code == 404
    assert 'href="/praktijken/">Zoek in de materialenbank' in not_found.content.decode()


def test_an_editor_points_the_footer_at_another_page(client):
    links = SiteLinks.for_site(Site.objects.get(is_default_site=True))
    links.privacy_page = ContentPage.objects.get(slug="over")
    links.save()
    assert links_on(client)["Privacy"] == "/over/"


def test_an_unpublished_page_is_not_linked(client):
    ContentPage.objects.get(slug="privacy").unpublish()
    assert "Privacy" not in links_on(client)


def test_cached_links_cost_no_query_and_a_page_costs_the_same_after_a_rename(client):
    template = engines["django"].from_string(
        '{% include "includes/header.html" %}{% include "includes/footer.html" %}'
    )
    request = RequestFactory().get("/", HTTP_HOST="localhost")
    Site.find_for_request(request)  # resolved once per request anyway (the menu needs it)
    template.render({"request": request})
    with CaptureQueriesContext(connection) as queries:
        html = template.render({"request": request})
    assert len(queries) == 0
    assert 'href="/privacy/"' in html

    client.get("/over/")
    with CaptureQueriesContext(connection) as before:
        client.get("/over/")
    rename(ContentPage.objects.get(slug="privacy"), "privacyverklaring")
    client.get("/over/")
    with CaptureQueriesContext(connection) as after:
        client.get("/over/")
    assert len(after) == len(before)
