"""Every absolute link follows the Wagtail Site's address (and WAGTAILADMIN_BASE_URL for the
admin), whatever Host the request came in on; production warns while the address is local."""

import re
from io import StringIO

import pytest
from django.conf import settings
from django.core import mail
from django.core.management import CommandError, call_command
from wagtail.models import Site

from dissemination.notifications import notify_editors
from leersteun.checks import check_admin_base_url, check_public_site_address
from practices.models import PracticePage

pytestmark = pytest.mark.django_db
PUBLIC = "https://materialenbank.example.be"


@pytest.fixture
def public_site(db):
    call_command("configure_site", "--url", PUBLIC, stdout=StringIO())
    return Site.objects.get(is_default_site=True)


@pytest.fixture
def practice(db):
    return PracticePage.objects.live().public().filter(materials__document__isnull=False).first()


NAMESPACES = ("http://www.w3.org/", "http://www.sitemaps.org/")


def absolute_links(text):
    """The absolute URLs in a document, less its XML namespaces."""
    links = set(re.findall(r"https?://[^\s\"'<>&]+", text))
    return {link for link in links if not link.startswith(NAMESPACES)}


def test_configure_site_sets_the_default_sites_host_and_port(db):
    call_command("configure_site", "--url", "http://127.0.0.1:8123", stdout=StringIO())
    site = Site.objects.get(is_default_site=True)
    assert (site.hostname, site.port, site.root_url) == ("127.0.0.1", 8123, "http://127.0.0.1:8123")
    call_command("configure_site", "--url", "https://materialenbank.example.be/", stdout=StringIO())
    site.refresh_from_db()
    assert (site.hostname, site.port, site.root_url) == ("materialenbank.example.be", 443, PUBLIC)


@pytest.mark.parametrize(
    "url",
    ["materialenbank.be", "ftp://x.be", "https://x.be/pad/", "https://x.be:8443", "http://x:port"],
)
def test_configure_site_refuses_what_the_site_cannot_hold(db, url):
    with pytest.raises(CommandError):
        call_command("configure_site", "--url", url, stdout=StringIO())


def test_the_practice_page_its_embed_code_and_sheet_link_to_the_site(client, public_site, practice):
    html = client.get(practice.url, HTTP_HOST="127.0.0.1").content.decode()
    assert f"&lt;iframe src=&quot;{PUBLIC}{practice.url}embed/&quot;" in html
    context = client.get(f"{practice.url}fiche.pdf", HTTP_HOST="127.0.0.1").context
    assert context["page_url"] == f"{PUBLIC}{practice.url}"


def test_api_feed_sitemap_and_robots_link_to_the_site(client, public_site, practice):
    detail = client.get(f"/api/v2/praktijken/{practice.pk}/", HTTP_HOST="127.0.0.1").json()
    assert detail["meta"]["html_url"] == f"{PUBLIC}{practice.url}"
    assert detail["meta"]["detail_url"].startswith(f"{PUBLIC}/api/v2/praktijken/")
    assert all(m["url"].startswith(PUBLIC) for m in detail["materials"] if m.get("url"))
    schema = client.get("/api/v2/schema/", HTTP_HOST="127.0.0.1").json()
    assert schema["servers"] == [{"url": f"{PUBLIC}/api/v2"}]
    for path in ("/materialenbank/feed/?fase=fase-1", "/sitemap.xml", "/robots.txt"):
        text = client.get(path, HTTP_HOST="127.0.0.1").content.decode()
        links = absolute_links(text)
        assert links and all(link.startswith(PUBLIC) for link in links), (path, links)


def test_the_adoption_mail_links_to_the_admin_and_has_the_portal_as_sender(
    rf, settings, public_site
):
    from dissemination.models import Adoption

    settings.WAGTAILADMIN_BASE_URL = "https://beheer.example.be"
    adoption = Adoption.objects.select_related("practice", "centre").first()
    notify_editors(rf.get("/", HTTP_HOST="127.0.0.1"), adoption)
    (message,) = mail.outbox
    assert (
        f"https://beheer.example.be/beheer/snippets/dissemination/adoption/edit/{adoption.pk}/"
        in (message.body)
    )
    assert message.from_email == settings.DEFAULT_FROM_EMAIL


def test_no_mail_comes_from_webmaster_at_localhost():
    assert "localhost" not in settings.DEFAULT_FROM_EMAIL
    assert "localhost" not in settings.SERVER_EMAIL


def test_production_warns_while_the_public_address_is_local(settings):
    settings.DEBUG = False
    settings.WAGTAILADMIN_BASE_URL = "http://127.0.0.1:8000"
    assert [w.id for w in check_admin_base_url()] == ["leersteun.W001"]
    assert [w.id for w in check_public_site_address(databases=["default"])] == ["leersteun.W002"]
    call_command("configure_site", "--url", PUBLIC, stdout=StringIO())
    settings.WAGTAILADMIN_BASE_URL = PUBLIC
    assert check_admin_base_url() == []
    assert check_public_site_address(databases=["default"]) == []


def test_development_does_not_warn(settings):
    settings.DEBUG = True
    assert check_admin_base_url() == []
    assert check_public_site_address(databases=["default"]) == []
