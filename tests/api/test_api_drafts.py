"""The API serves published, public content only: never a draft, an unpublished page, the
unpublished changes of a live page or a page behind a view restriction."""

import pytest
from wagtail.models import PageViewRestriction

from practices.factories import InsightFactory, PracticePageFactory
from practices.models import CasePage, Insight, PracticePage

pytestmark = pytest.mark.django_db
PRACTICES = "/api/v2/praktijken/"


def listed_ids(client, url, **params):
    response = client.get(url, {"limit": 100, **params})
    assert response.status_code == 200
    data = response.json()
    assert data["meta"]["total_count"] == len(data["items"])
    return {item["id"] for item in data["items"]}


def listed_titles(client, url):
    response = client.get(url, {"limit": 100, "fields": "title"})
    return {item["title"] for item in response.json()["items"]}


def test_the_listing_holds_exactly_the_live_public_practices(client):
    expected = set(PracticePage.objects.live().public().values_list("pk", flat=True))
    assert expected and listed_ids(client, PRACTICES) == expected


def test_a_draft_practice_never_appears(client, materialenbank):
    draft = PracticePageFactory(parent=materialenbank, title="Geheime kladversie", live=False)
    assert draft.pk not in listed_ids(client, PRACTICES)
    assert client.get(f"{PRACTICES}{draft.pk}/").status_code == 404
    assert "Geheime kladversie" not in client.get(PRACTICES, {"q": "kladversie"}).content.decode()


def test_an_unpublished_practice_disappears(client):
    practice = PracticePage.objects.live().first()
    assert client.get(f"{PRACTICES}{practice.pk}/").status_code == 200
    practice.unpublish()
    assert practice.pk not in listed_ids(client, PRACTICES)
    assert client.get(f"{PRACTICES}{practice.pk}/").status_code == 404


def test_a_live_practice_shows_its_published_version_not_its_newer_draft(client):
    practice = PracticePage.objects.live().filter(tags__isnull=False).first()
    published = {"title": practice.title, "summary": practice.summary}
    published_tags = {tag.slug for tag in practice.tags.all()}
    practice.title = "Onaf herschreven titel"
    practice.summary = "Een samenvatting die nog nagelezen moet worden."
    practice.tags.add("nog-niet-gepubliceerd-thema")
    practice.save_revision()

    detail = client.get(f"{PRACTICES}{practice.pk}/").json()
    assert {"title": detail["title"], "summary": detail["summary"]} == published
    assert {tag["slug"] for tag in detail["tags"]} == published_tags
    assert "Onaf herschreven titel" not in listed_titles(client, PRACTICES)
    taxonomies = client.get("/api/v2/taxonomieen/").json()
    assert "nog-niet-gepubliceerd-thema" not in {v["slug"] for v in taxonomies["thema"]["values"]}


def test_a_private_practice_never_appears(client):
    practice = PracticePage.objects.live().first()
    PageViewRestriction.objects.create(
        page=practice, restriction_type=PageViewRestriction.PASSWORD, password="geheim123"
    )
    assert practice.pk not in listed_ids(client, PRACTICES)
    assert client.get(f"{PRACTICES}{practice.pk}/").status_code == 404


def test_a_private_practice_is_not_listed_as_related_or_illustrated(client):
    case = CasePage.objects.live().filter(practice_links__isnull=False).first()
    hidden = case.practice_links.first().practice
    PageViewRestriction.objects.create(
        page=hidden, restriction_type=PageViewRestriction.PASSWORD, password="geheim123"
    )
    links = client.get(f"/api/v2/casussen/{case.pk}/").json()["practice_links"]
    assert hidden.pk not in {link["id"] for link in links}


def test_draft_cases_never_appear(client):
    case = CasePage.objects.live().first()
    case.title = "Nieuwe kladtitel voor de casus"
    case.save_revision()
    other = CasePage.objects.live().exclude(pk=case.pk).first()
    other.unpublish()

    expected = set(CasePage.objects.live().public().values_list("pk", flat=True))
    assert listed_ids(client, "/api/v2/casussen/") == expected
    assert other.pk not in expected
    assert "Nieuwe kladtitel voor de casus" not in listed_titles(client, "/api/v2/casussen/")
    assert client.get(f"/api/v2/casussen/{other.pk}/").status_code == 404


def test_only_published_insights_appear(client):
    draft = InsightFactory(title="Een inzicht in voorbereiding", live=False)

    expected = set(Insight.objects.filter(live=True).values_list("pk", flat=True))
    assert listed_ids(client, "/api/v2/inzichten/") == expected
    assert draft.pk not in expected
    assert client.get(f"/api/v2/inzichten/{draft.pk}/").status_code == 404


def test_an_unpublished_practice_is_not_shown_by_an_insight(client):
    insight = Insight.objects.filter(live=True, practice_links__isnull=False).first()
    practice = insight.practice_links.first().practice
    practice.unpublish()
    links = client.get(f"/api/v2/inzichten/{insight.pk}/").json()["practice_links"]
    assert practice.pk not in {link["id"] for link in links}
