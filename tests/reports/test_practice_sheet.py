"""The practice sheet: /materialenbank/<practice>/fiche.pdf."""

import pytest
from django.core.cache import cache
from pdf_checks import assert_tagged, raster_images, read_pdf, text_of
from wagtail.models import PageViewRestriction

from network.maturity import MaturityLevel, annotate_maturity, explain
from practices.models import PracticePage
from reports.practice_sheet import sheet_cache_key

pytestmark = pytest.mark.django_db


@pytest.fixture
def practice(db):
    """A demo practice with every section, materials and insights."""
    return (
        PracticePage.objects.live()
        .exclude(pitfalls="")
        .filter(materials__isnull=False, insight_links__isnull=False)
        .distinct()
        .order_by("pk")
        .first()
    )


def sheet_url(page):
    return f"{page.url}fiche.pdf"


def test_the_practice_page_links_its_sheet(client, practice):
    response = client.get(practice.url)
    assert f'href="{sheet_url(practice)}"' in response.content.decode()


def test_the_sheet_is_a_tagged_pdf_with_the_practice_content(client, practice):
    reader = read_pdf(client.get(sheet_url(practice)))
    assert_tagged(reader, f"Praktijkfiche: {practice.title}")
    text = text_of(reader)
    headings = ["Aanleiding en doel", "Werkwijze", "Wat werkt", "Valkuilen", "Materialen"]
    for expected in [practice.title, practice.summary, *headings]:
        assert " ".join(expected.split()) in text
    for block in practice.steps:
        assert block.value["title"] in text
    for material in practice.materials.all():
        assert material.display_title in text
    for activity in practice.core_activities.all():
        assert activity.name in text
    for centre in practice.centres:
        assert centre.name in text
    insight = practice.insight_links.filter(insight__live=True).first().insight
    assert insight.title in text
    assert "Licentie: CC BY 4.0" in text
    assert f"{practice.last_published_at:%Y}" in text
    # The maturity level and its explanation, as on the page.
    level = annotate_maturity(PracticePage.objects.filter(pk=practice.pk)).get()
    assert str(MaturityLevel(level.maturity).label) in text
    assert str(explain(level.maturity, level.tried_centres, level.adopting_centres)) in text
    assert "Hoe ver staat deze praktijk?" in text
    # The QR code is vector paths beside the printed address it encodes.
    assert practice.full_url.replace("/", "") in text.replace(" ", "").replace("/", "")
    assert raster_images(reader) == []


def test_links_in_the_sheet_point_to_the_portal(client, practice):
    reader = read_pdf(client.get(sheet_url(practice)))
    uris = {
        annotation.get_object()["/A"].get("/URI")
        for page in reader.pages
        for annotation in page.get("/Annots", [])
    }
    assert practice.full_url in uris
    material = practice.materials.filter(document__isnull=False).first()
    assert any(uri and uri.endswith(material.document.url) for uri in uris)


def test_a_draft_or_restricted_practice_has_no_sheet(client, practice):
    practice.unpublish()
    assert client.get(sheet_url(practice)).status_code == 404

    practice.save_revision().publish()
    PageViewRestriction.objects.create(
        page=practice, restriction_type=PageViewRestriction.PASSWORD, password="geheim"
    )
    response = client.get(sheet_url(practice))
    assert response["Content-Type"] != "application/pdf"


def test_the_sheet_shows_the_published_revision_and_follows_a_new_one(client, practice):
    client.get(sheet_url(practice))  # cached now
    practice.title = "Werktitel van een concept"
    practice.save_revision()  # a draft: not in the sheet
    assert "Werktitel" not in text_of(read_pdf(client.get(sheet_url(practice))))

    practice.get_latest_revision().publish()
    assert "Werktitel van een concept" in text_of(read_pdf(client.get(sheet_url(practice))))


def test_the_sheet_is_cached_per_published_revision(client, practice):
    first = client.get(sheet_url(practice)).content
    assert cache.get(sheet_cache_key(practice)) == first
    practice.save_revision().publish()
    practice.refresh_from_db()
    assert cache.get(sheet_cache_key(practice)) is None
