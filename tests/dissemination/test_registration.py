"""Registering through the public form: seats, waiting list, bad input, cancellation."""

import re
from urllib.parse import urlencode

import pytest
from django.core import mail
from django.core.signing import dumps
from django.test import Client
from studyday_testdata import form_data, make_study_day

from dissemination.models import Registration, RegistrationStatus
from dissemination.registration import CANCEL_SALT, cancel_token, cancel_url

pytestmark = pytest.mark.django_db


def cancel_link(message):
    return re.search(r"https?://\S+/annuleren/\?token=\S+", message.body).group(0)


def test_registration_is_stored_and_confirmed_by_mail(client, study_day, register_via_form, centre):
    response = register_via_form(
        study_day, email="An.Peeters@Example.org", dietary_needs="vegetarisch"
    )
    assert response.status_code == 302 and response["Location"] == study_day.url
    registration = Registration.objects.get(study_day=study_day)
    assert registration.status == RegistrationStatus.CONFIRMED
    assert registration.centre == centre
    assert registration.dietary_needs == "vegetarisch"
    assert [s.title for s in registration.sessions.all()] == ["Workshop A"]
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["An.Peeters@Example.org"]
    assert "Inschrijving bevestigd" in message.subject
    assert "Workshop A" in message.body
    assert cancel_link(message) == cancel_url(registration)
    assert cancel_link(message).startswith(f"http://localhost{study_day.url}annuleren/?token=")
    page = client.get(study_day.url)
    assert "Je bent ingeschreven" in page.content.decode()


def test_other_organisation_needs_a_name(study_day, register_via_form):
    response = register_via_form(study_day, centre="andere")
    assert response.status_code == 400
    assert "Vul de naam van je organisatie in." in response.content.decode()
    response = register_via_form(
        study_day, centre="andere", other_organisation="Pedagogische begeleiding"
    )
    assert response.status_code == 302
    registration = Registration.objects.get(study_day=study_day)
    assert registration.centre is None
    assert registration.organisation == "Pedagogische begeleiding"


def test_full_study_day_puts_the_next_on_the_waiting_list(study_day, register_via_form):
    for email in ["a@example.org", "b@example.org"]:
        register_via_form(study_day, email=email)
    response = register_via_form(study_day, email="c@example.org")
    assert response.status_code == 302
    statuses = dict(study_day.registrations.values_list("email", "status"))
    assert statuses == {
        "a@example.org": RegistrationStatus.CONFIRMED,
        "b@example.org": RegistrationStatus.CONFIRMED,
        "c@example.org": RegistrationStatus.WAITLISTED,
    }
    assert "Op de wachtlijst" in mail.outbox[-1].subject


def test_duplicate_email_is_refused_whatever_its_case(study_day, register_via_form):
    register_via_form(study_day, email="an@example.org")
    response = register_via_form(study_day, email="AN@Example.ORG")
    assert response.status_code == 400
    assert "Met dit e-mailadres ben je al ingeschreven" in response.content.decode()
    assert Registration.objects.filter(study_day=study_day).count() == 1


def test_malformed_email_is_refused(study_day, register_via_form):
    response = register_via_form(study_day, email="an.peeters@")
    assert response.status_code == 400
    assert "Geef een geldig e-mailadres" in response.content.decode()
    assert not Registration.objects.filter(study_day=study_day).exists()


def test_session_choice_is_required_for_parallel_sessions(study_day, register_via_form):
    response = register_via_form(study_day, sessie_1="")
    assert response.status_code == 400
    assert "Sessie om 11:00" in response.content.decode()
    other_day = make_study_day("andere-dag")
    response = register_via_form(
        study_day, sessie_1=str(other_day.sessions.get(title="Workshop B").pk)
    )
    assert response.status_code == 400
    assert not Registration.objects.filter(study_day=study_day).exists()


def test_registration_after_the_deadline_is_refused(client, register_via_form):
    day = make_study_day("te-laat", days_from_today=3, deadline_days_before=5)
    assert "zijn afgesloten" in client.get(day.url).content.decode()
    assert client.get(day.url + "inschrijven/")["Location"] == day.url
    response = register_via_form(day)
    assert response.status_code == 400
    assert "De inschrijvingen voor deze studiedag zijn afgesloten." in response.content.decode()
    assert not Registration.objects.filter(study_day=day).exists()


def test_empty_post_shows_the_errors(client, study_day):
    response = client.post(study_day.url + "inschrijven/", {})
    assert response.status_code == 400
    assert "Je inschrijving is nog niet verstuurd" in response.content.decode()


def test_honeypot_refuses_bots(study_day, register_via_form):
    response = register_via_form(study_day, website="https://spam.example")
    assert response.status_code == 400
    assert not Registration.objects.filter(study_day=study_day).exists()
    assert mail.outbox == []
    # The refusal does not tell a bot which field gave it away.
    html = response.content.decode()
    assert "kon niet verwerkt worden" in html
    assert "laatste veld" not in html


def test_rate_limit_per_address(settings, study_day, register_via_form):
    settings.PUBLIC_FORM_RATE_LIMIT = 3
    statuses = [
        register_via_form(study_day, email=f"p{n}@example.org").status_code for n in range(4)
    ]
    assert statuses == [302, 302, 302, 429]
    last = register_via_form(study_day, email="p9@example.org")
    assert "te veel inschrijvingen" in last.content.decode()
    assert Registration.objects.filter(study_day=study_day).count() == 3


def test_cancelling_promotes_the_first_on_the_waiting_list(client, study_day, register_via_form):
    for email in ["a@example.org", "b@example.org", "c@example.org", "d@example.org"]:
        register_via_form(study_day, email=email)
    first = Registration.objects.get(email="a@example.org")
    mail.outbox.clear()
    url = cancel_link_for(first)
    confirm = client.get(url)
    assert (
        confirm.status_code == 200 and "Ja, annuleer mijn inschrijving" in confirm.content.decode()
    )
    assert (
        Registration.objects.get(pk=first.pk).status == RegistrationStatus.CONFIRMED
    )  # GET changes nothing
    done = client.post(url)
    assert done.status_code == 200 and "is geannuleerd" in done.content.decode()
    statuses = dict(Registration.objects.filter(study_day=study_day).values_list("email", "status"))
    assert statuses == {
        "a@example.org": RegistrationStatus.CANCELLED,
        "b@example.org": RegistrationStatus.CONFIRMED,
        "c@example.org": RegistrationStatus.CONFIRMED,
        "d@example.org": RegistrationStatus.WAITLISTED,
    }
    assert Registration.objects.get(email="c@example.org").promoted_at is not None
    assert sorted((m.to[0], m.subject.split(":")[0]) for m in mail.outbox) == [
        ("a@example.org", "Inschrijving geannuleerd"),
        ("c@example.org", "Er is een plaats vrij"),
    ]
    # After cancelling, the same address may register again (it goes to the end of the line).
    assert register_via_form(study_day, email="a@example.org").status_code == 302
    assert Registration.objects.filter(email="a@example.org").count() == 2


def test_cancelling_a_waitlisted_registration_promotes_nobody(client, study_day, register_via_form):
    for email in ["a@example.org", "b@example.org", "c@example.org", "d@example.org"]:
        register_via_form(study_day, email=email)
    client.post(cancel_link_for(Registration.objects.get(email="c@example.org")))
    assert Registration.objects.get(email="d@example.org").status == RegistrationStatus.WAITLISTED


def cancel_link_for(registration):
    return (
        registration.study_day.url
        + "annuleren/?"
        + urlencode({"token": cancel_token(registration)})
    )


def test_reused_cancellation_link_says_it_is_already_cancelled(
    client, study_day, register_via_form
):
    register_via_form(study_day)
    registration = study_day.registrations.get()
    url = cancel_link_for(registration)
    client.post(url)
    mail.outbox.clear()
    for method in (client.get, client.post):
        response = method(url)
        assert response.status_code == 410
        assert "Deze inschrijving is al geannuleerd." in response.content.decode()
    assert mail.outbox == []
    assert study_day.registrations.get().status == RegistrationStatus.CANCELLED


@pytest.mark.parametrize(
    "token",
    [
        "onzin",
        "1:abc:def",
        dumps(1, salt="een-ander-doel"),
    ],
)
def test_forged_or_garbled_cancellation_link(client, study_day, register_via_form, token):
    register_via_form(study_day)
    for method in (client.get, client.post):
        response = method(study_day.url + "annuleren/?" + urlencode({"token": token}))
        assert response.status_code == 400
        assert "Deze annuleringslink is ongeldig" in response.content.decode()
    assert study_day.registrations.get().status == RegistrationStatus.CONFIRMED


def test_cancellation_link_of_another_study_day_or_a_purged_registration(
    client, study_day, register_via_form
):
    register_via_form(study_day)
    registration = study_day.registrations.get()
    other_day = make_study_day("andere-dag")
    response = client.post(
        other_day.url + "annuleren/?" + urlencode({"token": cancel_token(registration)})
    )
    assert response.status_code == 404
    assert "bestaat niet (meer)" in response.content.decode()
    missing = dumps(registration.pk + 1000, salt=CANCEL_SALT)
    assert client.get(study_day.url + "annuleren/?token=" + missing).status_code == 404
    assert client.get(study_day.url + "annuleren/").status_code == 400
    assert study_day.registrations.get().status == RegistrationStatus.CONFIRMED


def test_study_day_page_is_never_cached_and_only_the_form_sets_a_cookie(client, study_day):
    response = client.get(study_day.url)
    assert "no-store" in response["Cache-Control"] and "private" in response["Cache-Control"]
    assert not response.cookies
    assert 'href="/studiedagen/testdag/inschrijven/"' in response.content.decode()
    form = client.get(study_day.url + "inschrijven/")
    assert "csrftoken" in form.cookies and "no-store" in form["Cache-Control"]


def test_form_and_messages_work_under_the_anonymous_page_cache(settings, client, study_day):
    """Production wraps every view in Django's cache middleware: the form must stay personal."""
    settings.MIDDLEWARE = [
        "django.middleware.cache.UpdateCacheMiddleware",
        *settings.MIDDLEWARE,
        "django.middleware.cache.FetchFromCacheMiddleware",
    ]
    settings.CACHE_MIDDLEWARE_SECONDS = 30
    first = client.get(study_day.url)
    response = client.post(study_day.url + "inschrijven/", form_data(study_day), follow=True)
    assert "Je bent ingeschreven" in response.content.decode()
    other = Client()
    again = other.get(study_day.url)
    assert "Je bent ingeschreven" not in again.content.decode()
    assert first.context is not None and again.context is not None  # rendered, not from the cache
    assert "1 van 2 plaatsen vrij" in again.content.decode()
