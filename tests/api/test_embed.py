"""The embeddable practice card: framable by the configured sites only, live practices only."""

import pytest
from django.test import override_settings
from wagtail.models import PageViewRestriction

from practices.factories import PracticePageFactory
from practices.models import PracticePage

pytestmark = pytest.mark.django_db


def frame_ancestors(response):
    directives = [d.strip() for d in response["Content-Security-Policy"].split(";")]
    return next(d for d in directives if d.startswith("frame-ancestors"))


@pytest.fixture
def practice(db):
    return PracticePage.objects.live().public().first()


@override_settings(EMBED_ALLOWED_ORIGINS=["https://www.prodia.be", "https://prodia.test"])
def test_the_card_may_be_framed_by_the_configured_sites(client, practice):
    response = client.get(f"{practice.url}embed/")
    assert response.status_code == 200
    assert "X-Frame-Options" not in response
    assert frame_ancestors(response) == (
        "frame-ancestors 'self' https://www.prodia.be https://prodia.test"
    )
    html = response.content.decode()
    assert '<html lang="nl-BE">' in html
    assert practice.title in html and practice.summary in html
    assert 'target="_top"' in html and practice.full_url in html


def test_without_configuration_only_the_portal_may_frame_the_card(client, practice):
    assert frame_ancestors(client.get(f"{practice.url}embed/")) == "frame-ancestors 'self'"


@override_settings(EMBED_ALLOWED_ORIGINS=["https://www.prodia.be"])
@pytest.mark.parametrize("path", ["", "/materialenbank/", "/casussen/"])
def test_every_other_page_still_forbids_framing(client, practice, path):
    response = client.get(path or practice.url)
    assert response["X-Frame-Options"] == "DENY"
    assert frame_ancestors(response) == "frame-ancestors 'none'"


def test_drafts_and_private_practices_have_no_card(client, materialenbank, practice):
    draft = PracticePageFactory(parent=materialenbank, title="Kaart van een klad", live=False)
    assert client.get(f"/materialenbank/{draft.slug}/embed/").status_code == 404
    PageViewRestriction.objects.create(
        page=practice, restriction_type=PageViewRestriction.PASSWORD, password="geheim123"
    )
    response = client.get(f"{practice.url}embed/")
    assert practice.summary not in response.content.decode()


def test_the_practice_page_offers_the_embed_code(client, practice):
    html = client.get(practice.url).content.decode()
    assert "<summary>Insluiten</summary>" in html
    assert f"&lt;iframe src=&quot;{practice.full_url}embed/&quot;" in html
