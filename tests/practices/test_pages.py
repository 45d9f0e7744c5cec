import re

import pytest
from django.conf import settings
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction

from practices.factories import PracticePageFactory
from practices.models import PracticePage, RelatedPractice

pytestmark = pytest.mark.django_db


def live_practice_with_everything():
    """A demo practice that fills every optional section and has materials."""
    return (
        PracticePage.objects.live()
        .exclude(pitfalls="")
        .exclude(preconditions="")
        .exclude(getting_started="")
        .exclude(experiences="")
        .filter(materials__isnull=False)
        .distinct()
        .first()
    )


def test_practice_page_shows_every_section_and_material(client):
    practice = live_practice_with_everything()
    response = client.get(practice.url)
    assert response.status_code == 200
    html = response.content.decode()
    for heading in (
        "Aanleiding en doel",
        "Werkwijze",
        "Wat werkt",
        "Valkuilen",
        "Randvoorwaarden",
        "Zo start je lokaal",
        "Ervaringen",
        "Materialen",
    ):
        assert f">{heading}</h2>" in html, heading
    for step in practice.steps:
        assert step.value["title"] in html
    assert practice.summary in html
    for material in practice.materials.select_related("document"):
        assert material.display_title in html
        assert material.get_kind_display() in html
        assert material.document.url in html
        assert material.document.file_extension.upper() in html
    assert re.search(r"\d+([,.]\d)?\s(KB|bytes|MB)", html)
    for centre in practice.centres:
        assert centre.name in html
    for tag in practice.tags.all():
        assert f"/materialenbank/?thema={tag.slug}" in html
    assert practice.contact_role in html


def test_downloading_a_material_serves_the_real_file(client):
    practice = live_practice_with_everything()
    document = practice.materials.first().document
    response = client.get(document.url)
    assert response.status_code == 200
    body = b"".join(response.streaming_content)
    assert body[:4] in (b"%PDF", b"PK\x03\x04")


def test_listing_paginates_published_practices(client, materialenbank):
    live = PracticePage.objects.live().count()
    assert live > settings.PRACTICES_PER_PAGE
    first = client.get(materialenbank.url)
    assert first.status_code == 200
    assert len(first.context["practices_page"].object_list) == settings.PRACTICES_PER_PAGE
    assert first.context["practices_page"].paginator.count == live
    last_number = first.context["practices_page"].paginator.num_pages
    last = client.get(materialenbank.url, {"page": last_number})
    assert len(last.context["practices_page"].object_list) == live - settings.PRACTICES_PER_PAGE * (
        last_number - 1
    )
    assert 'rel="next"' in first.content.decode()


@pytest.mark.parametrize(
    "page", ["999999", "99999999999999999999999", "0", "-1", "abc", "1e3", "2.5"]
)
def test_listing_with_a_bad_page_number_is_a_404_not_a_500(client, materialenbank, page):
    response = client.get(materialenbank.url, {"page": page})
    assert response.status_code == 404
    assert "bestaat niet" in response.content.decode()


def test_drafts_are_not_visible_to_visitors(client, materialenbank):
    draft = PracticePageFactory(parent=materialenbank, title="Geheime kladversie", live=False)
    assert client.get("/materialenbank/geheime-kladversie/").status_code == 404
    listing = client.get(materialenbank.url, {"page": 1})
    assert draft.title not in listing.content.decode()


def test_home_page_leads_into_the_materialenbank(client):
    response = client.get("/")
    assert response.status_code == 200
    html = response.content.decode()
    assert '<html lang="nl-BE">' in html
    assert "?kernactiviteit=handelingsgerichte-diagnostiek" in html
    assert "?fase=fase-0" in html
    newest = PracticePage.objects.live().order_by("-first_published_at").first()
    assert newest.title in html
    assert 'href="#inhoud"' in html  # skip link
    for landmark in ("<header", "<main", "<footer", "<nav"):
        assert landmark in html


def test_home_page_counts_are_the_materialenbanks(client):
    """Every tile counts the live practices with that term, as the facet does: the
    materialenbank's own counts, all in one query."""
    client.get("/")
    with CaptureQueriesContext(connection) as queries:
        context = client.get("/").context
    assert len([q for q in queries.captured_queries if "COUNT(" in q["sql"].upper()]) == 1
    live = PracticePage.objects.live()
    assert context["practice_count"] == live.count()
    for key, field in (("core_activities", "core_activities"), ("care_phases", "care_phases")):
        terms = context[key]
        assert len(terms) == type(terms[0]).objects.count()
        for term in terms:
            assert term.practice_count == live.filter(**{field: term}).count(), term.slug
    assert any(term.practice_count for term in context["core_activities"])


def test_a_view_restricted_practice_is_not_shown_on_other_pages(client):
    """A practice behind Wagtail's privacy setting is neither counted nor named on the home
    page, nor linked from the practices that refer to it."""
    newest = PracticePage.objects.live().order_by("-first_published_at", "-pk").first()
    referring = PracticePage.objects.live().exclude(pk=newest.pk).first()
    RelatedPractice.objects.create(practice=referring, related=newest)
    before = client.get("/")
    assert newest.title in before.content.decode()
    assert newest in referring.live_related_practices()
    PageViewRestriction.objects.create(page=newest, restriction_type=PageViewRestriction.LOGIN)
    response = client.get("/")
    assert response.context["practice_count"] == before.context["practice_count"] - 1
    assert newest.title not in response.content.decode()
    assert newest not in referring.live_related_practices()
    assert newest.title not in client.get(referring.url).content.decode()


def test_every_public_page_answers_200(client):
    from wagtail.models import Page

    for page in Page.objects.live().filter(depth__gt=1).specific():
        assert client.get(page.url).status_code == 200, page.url


def test_unknown_url_is_a_dutch_404(client):
    response = client.get("/materialenbank/bestaat-niet/")
    assert response.status_code == 404
    assert "Deze pagina bestaat niet" in response.content.decode()


def test_admin_needs_a_login(client):
    response = client.get("/beheer/")
    assert response.status_code == 302
    assert "/beheer/login/" in response["Location"]
