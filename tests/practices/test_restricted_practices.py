"""A practice behind Wagtail's privacy setting is not named on the public pages that link it."""

import pytest
from django.urls import reverse
from wagtail.models import PageViewRestriction

from dissemination.figures import most_adopted_practices, recent_notes
from dissemination.models import StudyDayPage
from network.models import Centre
from practices.models import CasePage, InsightIndexPage, PracticePage
from practices.models.insights import Insight

pytestmark = pytest.mark.django_db


def restrict(page):
    PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)


def shown_then_hidden(client, url, practice):
    """The practice's title is on the page at `url`, and gone once the practice is restricted."""
    assert practice.title in client.get(url).content.decode()
    restrict(practice)
    assert practice.title not in client.get(url).content.decode()


def test_an_insights_page(client):
    insight = Insight.objects.filter(live=True, practice_links__practice__live=True).first()
    practice = PracticePage.objects.live().filter(insight_links__insight=insight).first()
    index = InsightIndexPage.objects.live().first()
    url = index.url + index.reverse_subpage("insight", args=(insight.slug,))
    shown_then_hidden(client, url, practice)


def test_a_cases_page(client):
    case = CasePage.objects.live().filter(practice_links__practice__live=True).first()
    practice = PracticePage.objects.live().filter(pk__in=case.practice_links.values("practice"))
    shown_then_hidden(client, case.url, practice.first())


def test_a_study_days_programme(client):
    day = StudyDayPage.objects.live().filter(sessions__practices__live=True).first()
    practice = PracticePage.objects.live().filter(study_day_sessions__page=day).first()
    shown_then_hidden(client, day.url, practice)


def test_the_adoption_form(client):
    url = reverse("dissemination:report")
    shown_then_hidden(client, url, PracticePage.objects.live().order_by("title").first())


def test_the_dashboards_lists():
    centres = Centre.objects.all()
    practice = most_adopted_practices(centres)[0]
    noted = recent_notes(centres)[0].practice
    restrict(practice)
    restrict(noted)
    assert practice not in most_adopted_practices(centres)
    assert noted not in [note.practice for note in recent_notes(centres)]
