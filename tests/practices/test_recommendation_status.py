"""The steering group follows recommendations up: it changes their status (and its date),
nothing else, whatever it posts; editors still edit the whole recommendation."""

import datetime

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse

from practices.models import Insight, InsightKind, Recommendation

pytestmark = pytest.mark.django_db
STATUS_DATE = datetime.date.today() - datetime.timedelta(days=2)


@pytest.fixture
def recommendation():
    return Recommendation.objects.filter(live=True, status="voorgesteld").first()


def edit_url(recommendation):
    return reverse("wagtailsnippets_practices_recommendation:edit", args=[recommendation.pk])


def post_everything_changed(client, recommendation):
    other_obstacle = (
        Insight.objects.filter(kind=InsightKind.OBSTACLE).exclude(pk=recommendation.obstacle_id)
    ).first()
    data = {
        "obstacle": other_obstacle.pk,
        "addressee": "overheid" if recommendation.addressee != "overheid" else "clb",
        "text": "Een heel andere aanbeveling.",
        "status": "besproken",
        "status_date": STATUS_DATE.isoformat(),
    }
    response = client.post(edit_url(recommendation), data)
    latest = Recommendation.objects.get(pk=recommendation.pk).get_latest_revision_as_object()
    return response, latest


def login(client, username):
    client.force_login(get_user_model().objects.get(username=username))
    return client


def test_the_steering_group_changes_the_status_and_nothing_else(client, recommendation):
    response, latest = post_everything_changed(login(client, "stuurgroep"), recommendation)
    assert response.status_code == 302
    assert (latest.status, latest.status_date) == ("besproken", STATUS_DATE)
    assert (latest.obstacle_id, latest.addressee, latest.text) == (
        recommendation.obstacle_id,
        recommendation.addressee,
        recommendation.text,
    )
    # It publishes nothing: the public recommendation keeps its status until Redactie publishes.
    assert Recommendation.objects.get(pk=recommendation.pk).status == "voorgesteld"


def test_the_steering_groups_form_shows_the_other_fields_disabled(client, recommendation):
    form = login(client, "stuurgroep").get(edit_url(recommendation)).context["form"]
    assert {name for name, field in form.fields.items() if not field.disabled} == {
        "status",
        "status_date",
    }


def test_an_editor_still_edits_the_whole_recommendation(client, recommendation):
    response, latest = post_everything_changed(login(client, "redactie"), recommendation)
    assert response.status_code == 302
    assert latest.text == "Een heel andere aanbeveling."
    assert latest.obstacle_id != recommendation.obstacle_id
    assert latest.status == "besproken"
