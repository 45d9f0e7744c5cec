"""sitemap.xml lists the published public pages with their last change; robots.txt points to it."""

import xml.etree.ElementTree as ET
from urllib.parse import urlsplit

import pytest
from wagtail.models import Page, PageViewRestriction

from practices.factories import PracticePageFactory
from practices.models import Insight, PracticePage

pytestmark = pytest.mark.django_db
NS = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


def sitemap(client):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    root = ET.fromstring(response.content)
    return {
        urlsplit(url.find(f"{NS}loc").text).path: getattr(url.find(f"{NS}lastmod"), "text", None)
        for url in root.findall(f"{NS}url")
    }


def test_the_sitemap_lists_every_published_public_page_and_nothing_else(client, materialenbank):
    draft = PracticePageFactory(parent=materialenbank, title="Niet in de sitemap", live=False)
    private = PracticePage.objects.live().first()
    PageViewRestriction.objects.create(
        page=private, restriction_type=PageViewRestriction.PASSWORD, password="geheim123"
    )
    urls = sitemap(client)
    pages = {page.url for page in Page.objects.live().public().exclude(depth=1)}
    assert pages <= set(urls)
    assert draft.url not in urls and private.url not in urls
    insight = Insight.objects.public().first()
    assert f"/inzichten/{insight.slug}/" in urls
    practice = PracticePage.objects.live().public().first()
    assert urls[practice.url][:10] == practice.last_published_at.date().isoformat()
    assert not any(path.endswith("/embed/") or path.endswith("/feed/") for path in urls)


def test_robots_allows_the_site_but_not_the_admin_and_names_the_sitemap(client):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    lines = response.content.decode().splitlines()
    assert "User-agent: *" in lines
    assert "Disallow: /beheer/" in lines
    assert "Sitemap: http://localhost/sitemap.xml" in lines  # the Wagtail Site, not the Host
    assert "Disallow: /" not in lines
