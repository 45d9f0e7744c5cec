import datetime

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.test import Client

from dissemination.models import Adoption, AdoptionStatus
from dissemination.views import REPORTS_PER_HOUR
from network.models import Centre
from network.roles import EDITOR
from practices.models import PracticePage

pytestmark = pytest.mark.django_db


@pytest.fixture
def report_url(dashboard):
    return "/verspreiding/melden/"


@pytest.fixture
def valid(unadopted_practice, outside_centre):
    return {
        "practice": unadopted_practice.pk,
        "centre": outside_centre.pk,
        "status": AdoptionStatus.IN_USE,
        "since": "01/09/2025",
        "helped": "Een collega die het stappenplan kende.",
        "hindered": "",
        "contact_role": "zorgcoördinator",
        "website": "",
    }


def test_the_form_is_offered_with_the_practice_preselected(client, report_url, unadopted_practice):
    response = client.get(report_url, {"praktijk": unadopted_practice.pk})
    assert response.status_code == 200
    assert response.context["form"]["practice"].value() == str(unadopted_practice.pk)


def test_a_report_lands_unconfirmed_with_its_history_and_the_editors_hear_of_it(
    client, report_url, valid, unadopted_practice, outside_centre, dashboard
):
    before = client.get(dashboard.url).context["charts"]["adopties_per_status"].rows
    response = client.post(report_url, valid)
    assert response.status_code == 302 and response.url.endswith("/melden/bedankt/")
    assert "Bedankt voor je melding" in client.get(response.url).content.decode()

    adoption = Adoption.objects.get(practice=unadopted_practice, centre=outside_centre)
    assert not adoption.confirmed and adoption.reported_publicly
    assert list(adoption.status_changes.values_list("status", "date")) == [
        ("in-gebruik", datetime.date(2025, 9, 1))
    ]
    assert (adoption.status, adoption.status_since) == ("in-gebruik", datetime.date(2025, 9, 1))

    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    editors = get_user_model().objects.filter(groups__name=EDITOR).exclude(email="")
    assert sorted(message.to) == sorted(editors.values_list("email", flat=True))
    assert unadopted_practice.title in message.subject
    assert f"/beheer/snippets/dissemination/adoption/edit/{adoption.pk}/" in message.body

    # Unconfirmed: the public figures and the maturity level do not move.
    assert client.get(dashboard.url).context["charts"]["adopties_per_status"].rows == before


def test_the_form_sets_no_cookie_and_needs_none(report_url, valid):
    """The privacy statement promises visitors no cookies: no CSRF cookie either."""
    client = Client(enforce_csrf_checks=True)
    assert not client.get(report_url).cookies
    assert client.post(report_url, valid).status_code == 302


def test_the_same_report_twice_is_stored_once(client, report_url, valid):
    client.post(report_url, valid)
    client.post(report_url, valid)
    assert Adoption.objects.filter(practice=valid["practice"], centre=valid["centre"]).count() == 1
    assert len(mail.outbox) == 1


def test_a_filled_honeypot_looks_accepted_but_stores_nothing(client, report_url, valid):
    count = Adoption.objects.count()
    response = client.post(report_url, {**valid, "website": "http://spam.example"})
    assert response.status_code == 302
    assert Adoption.objects.count() == count and not mail.outbox


@pytest.mark.parametrize(
    "change, message",
    [
        ({"practice": ""}, "Kies de praktijk die jullie gebruiken."),
        ({"practice": "999999"}, "Kies een praktijk uit de lijst."),
        ({"practice": "abc"}, "Kies een praktijk uit de lijst."),
        ({"centre": "-1"}, "Kies een centrum uit de lijst."),
        ({"status": "geadopteerd"}, "Kies een status uit de lijst."),
        ({"since": "31/02/2025"}, "Geef de datum als dd/mm/jjjj"),
        ({"since": "01/01/2999"}, "Deze datum ligt in de toekomst."),
        ({"contact_role": "an@clb.be"}, "geen e-mailadres"),
        ({"helped": "x" * 2001}, "maximaal 2000 tekens"),
    ],
)
def test_bad_input_gets_a_dutch_message_and_stores_nothing(
    client, report_url, valid, change, message
):
    count = Adoption.objects.count()
    response = client.post(report_url, {**valid, **change})
    assert response.status_code == 200
    assert message in response.content.decode()
    assert Adoption.objects.count() == count


def test_an_unpublished_practice_cannot_be_reported(client, report_url, valid):
    draft = PracticePage.objects.filter(live=False).first() or PracticePage.objects.first()
    PracticePage.objects.filter(pk=draft.pk).update(live=False)
    response = client.post(report_url, {**valid, "practice": draft.pk})
    assert "Kies een praktijk uit de lijst." in response.content.decode()


def test_too_many_reports_from_one_address_are_refused(client, report_url, valid):
    centres = list(Centre.objects.filter(is_anchor=False).order_by("name"))
    for centre in centres[:REPORTS_PER_HOUR]:
        assert client.post(report_url, {**valid, "centre": centre.pk}).status_code == 302
    count = Adoption.objects.count()
    response = client.post(report_url, {**valid, "centre": centres[REPORTS_PER_HOUR].pk})
    assert response.status_code == 429
    assert "Probeer het later opnieuw" in response.content.decode()
    assert Adoption.objects.count() == count
    # Another address is not affected.
    other = client.post(report_url, {**valid, "centre": centres[-1].pk}, REMOTE_ADDR="192.0.2.44")
    assert other.status_code == 302


@pytest.mark.parametrize("field", ["practice", "centre"])
def test_an_id_beyond_the_database_range_is_an_invalid_choice_not_an_error(client, field):
    before = Adoption.objects.count()
    response = client.post("/verspreiding/melden/", {field: str(2**63)})
    assert response.status_code == 200
    assert "uit de lijst" in response.content.decode() or "Kies" in response.content.decode()
    assert Adoption.objects.count() == before
