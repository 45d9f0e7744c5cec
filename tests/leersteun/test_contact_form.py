from datetime import timedelta
from io import StringIO

import pytest
from django.core import mail
from django.core.management import call_command
from django.utils import timezone
from wagtail.contrib.forms.models import FormSubmission

from leersteun.models import ContactPage

pytestmark = pytest.mark.django_db

VALID = {"naam": "An Peeters", "e_mailadres": "an@example.org", "bericht": "Een vraag."}


@pytest.fixture
def contact():
    return ContactPage.objects.get()


def submissions(page):
    return FormSubmission.objects.filter(page=page)


def test_the_contact_page_exists_with_labelled_fields_and_a_hidden_honeypot(client, contact):
    assert contact.url == "/contact/"
    html = client.get("/contact/").content.decode()
    for label in ("Naam", "E-mailadres", "Bericht"):
        assert f">{label}" in html
    assert '<div class="honeypot">' in html and 'tabindex="-1"' in html
    assert 'href="/contact/"' in html  # linked from the footer


def test_a_message_is_stored_without_the_honeypot_and_mailed_to_the_editors(client, contact):
    response = client.post("/contact/", {**VALID, "website": ""})
    assert response.status_code == 200
    assert "Bedankt voor je bericht" in response.content.decode()
    (submission,) = submissions(contact)
    assert submission.get_data()["bericht"] == "Een vraag."
    assert "website" not in submission.form_data
    (message,) = mail.outbox
    assert message.to == [contact.to_address] and "Een vraag." in message.body


def test_an_invalid_message_gets_a_dutch_error_summary_and_is_not_stored(client, contact):
    response = client.post("/contact/", {**VALID, "e_mailadres": "geen-adres", "bericht": ""})
    html = response.content.decode()
    assert response.status_code == 200
    assert "Controleer het formulier" in html and 'href="#id_e_mailadres"' in html
    assert "Vul een geldig e-mailadres in" in html or "geldig e-mailadres" in html
    assert 'value="An Peeters"' in html  # what was typed is kept
    assert not submissions(contact).exists() and not mail.outbox


def test_a_bot_filling_the_honeypot_sees_success_but_nothing_is_stored(client, contact):
    response = client.post("/contact/", {**VALID, "website": "https://spam.example"})
    assert response.status_code == 200 and "Bedankt" in response.content.decode()
    assert not submissions(contact).exists() and not mail.outbox


def test_too_many_messages_from_one_address_are_refused_with_429(client, contact, settings):
    settings.PUBLIC_FORM_RATE_LIMIT = 2
    for _ in range(2):
        assert client.post("/contact/", VALID).status_code == 200
    response = client.post("/contact/", VALID)
    assert response.status_code == 429
    assert "te veel berichten" in response.content.decode()
    assert submissions(contact).count() == 2
    # Another address is not affected.
    assert client.post("/contact/", VALID, REMOTE_ADDR="192.0.2.9").status_code == 200


def test_a_spoofed_forwarded_for_header_does_not_escape_the_rate_limit(client, settings):
    settings.PUBLIC_FORM_RATE_LIMIT = 1
    client.post("/contact/", VALID)
    response = client.post("/contact/", VALID, HTTP_X_FORWARDED_FOR="198.51.100.7")
    assert response.status_code == 429


def test_purge_deletes_contact_messages_past_the_retention_period(contact, settings):
    settings.CONTACT_RETENTION_DAYS = 30
    old = FormSubmission.objects.create(page=contact, form_data={"bericht": "oud"})
    new = FormSubmission.objects.create(page=contact, form_data={"bericht": "nieuw"})
    FormSubmission.objects.filter(pk=old.pk).update(submit_time=timezone.now() - timedelta(days=31))
    out = StringIO()
    call_command("purge_contact_messages", "--dry-run", stdout=out)
    assert "1 zou wissen" in out.getvalue() and submissions(contact).count() == 2
    call_command("purge_contact_messages", stdout=StringIO())
    assert list(submissions(contact)) == [new]
