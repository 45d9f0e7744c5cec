"""Dismissing a privacy finding: a reason, who may, what the reviewer sees (issue 21, item 8)."""

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from wagtail.models import WorkflowState

from network.models import Centre
from practices.models import CasePage, PrivacyDismissal
from practices.privacy.review import ReviewFinding
from tests.privacy.test_admin_guard import (
    add_url,
    case_form,
    dismiss,
    edit_url,
    form_errors,
    open_finding,
    post_edit,
)

pytestmark = pytest.mark.django_db

# A name the editor may clear, next to data that identifies on its own.
MIXED = (
    "We werkten met het stappenplan dat Lieve Claes uitwerkte. De school is bereikbaar via "
    "zorg@vbs-voorbeeld.be of 03 123 45 67; het rijksregisternummer 85.07.30-033.28 hoort "
    "niet in een casus."
)
RESTRICTED = ("zorg@vbs-voorbeeld.be", "03 123 45 67", "85.07.30-033.28")


@pytest.fixture(autouse=True)
def warm(privacy_engine):
    return privacy_engine


@pytest.fixture
def worker(client):
    """A project worker of De Wissel, logged in."""
    client.force_login(get_user_model().objects.get(username="medewerker-dewissel"))
    return client


@pytest.fixture
def editor(client):
    """The redactie (Prodia-redactie), logged in on a client of its own."""
    from django.test import Client

    other = Client()
    other.force_login(get_user_model().objects.get(username="redactie"))
    return other


def worker_draft(worker, question=MIXED):
    data = case_form(question=question)
    data["contributions-0-centre"] = Centre.objects.get(slug="vrij-clb-de-wissel-antwerpen").pk
    response = worker.post(add_url(), data)
    assert response.status_code == 302, response.context["form"].errors
    return CasePage.objects.get(slug="een-casus-over-lezen")


def test_a_valid_rijksregisternummer_e_mail_and_phone_are_dismissed_only_by_the_redactie(
    worker, editor
):
    draft = worker_draft(worker)
    panel = worker.get(edit_url(draft)).content.decode()
    assert panel.count("Alleen de redactie kan deze melding wegzetten.") == len(RESTRICTED)

    for text in RESTRICTED:
        finding = open_finding(draft, text)
        assert finding.restricted
        url = reverse("practices_privacy_dismiss", args=(draft.pk, finding.fingerprint))
        assert url not in panel  # no button ...
        # ... and the server refuses it too, the form as well as the post.
        for response in (worker.get(url, follow=True), dismiss(worker, draft, finding)):
            if response.status_code == 302:
                response = worker.get(response.url)
            assert "alleen de redactie" in " ".join(str(m) for m in response.context["messages"])
    assert not PrivacyDismissal.objects.filter(page=draft).exists()

    # The project worker clears the author's name ...
    name = open_finding(draft, "Lieve Claes")
    assert not name.restricted
    assert dismiss(worker, draft, name).status_code == 302
    # ... the redactie may clear the rest (here: the e-mail address).
    email = open_finding(draft, "zorg@vbs-voorbeeld.be")
    assert dismiss(editor, draft, email).status_code == 302
    assert set(PrivacyDismissal.objects.filter(page=draft).values_list("text", flat=True)) == {
        "Lieve Claes",
        "zorg@vbs-voorbeeld.be",
    }


def test_a_rijksregisternummer_with_a_wrong_check_digit_is_no_restricted_finding(worker):
    draft = worker_draft(worker, question=MIXED.replace("85.07.30-033.28", "85.07.30-033.29"))
    finding = open_finding(draft, "85.07.30-033.29")
    assert finding.kind == "rijksregisternummer"
    assert not finding.checksum_valid and not finding.restricted
    panel = worker.get(edit_url(draft)).content.decode()
    assert "mogelijk een verkeerd getypt rijksregisternummer" in panel


def test_the_reviewer_sees_every_dismissal_with_who_when_and_why(worker, editor):
    draft = worker_draft(
        worker, question="We werkten met het stappenplan dat Lieve Claes uitwerkte."
    )
    dismiss(worker, draft, open_finding(draft, "Lieve Claes"), reason="De auteur van de methode.")
    assert post_edit(
        worker,
        draft,
        "submit",
        question=("We werkten met het stappenplan dat Lieve Claes uitwerkte."),
    ).status_code in (200, 302)
    assert WorkflowState.objects.get(object_id=str(draft.pk)).status == "in_progress"

    # The redactie reviews the page in the workflow: no "geen open meldingen" on its own.
    html = editor.get(edit_url(draft)).content.decode()
    assert "Geen open meldingen, 1 weggezet." in html
    assert "De privacycontrole vond geen open meldingen" not in html
    listed = html.split('class="privacy-review__dismissed"', 1)[1].split("</ul>", 1)[0]
    assert "‘Lieve Claes’" in listed
    user = get_user_model().objects.get(username="medewerker-dewissel")
    assert f"door {user.get_full_name() or user.get_username()} op " in listed
    assert "Reden: De auteur van de methode." in listed
    # Shown, not folded away.
    section = html.split('class="privacy-review"', 1)[1].split("</section>", 1)[0]
    assert "<details" not in section


def test_a_refused_publication_says_it_once(admin_client):
    data = case_form(question="Lotte Vermeulen kwam op 12 maart 2024 naar het CLB.")
    data["action-publish"] = "publish"
    response = admin_client.post(add_url(), data)
    html = response.content.decode()
    assert "2 open meldingen van de privacycontrole" in form_errors(response)
    assert html.count("open meldingen van de privacycontrole") == 1
    assert html.count("kan pas wanneer er geen open meldingen meer zijn") == 1
    assert html.count("mogelijk identificerende gegevens") == 0


@pytest.mark.parametrize(
    ("kind", "before", "replacement"),
    [
        ("naam", "We spraken met ", "de leerling"),
        ("datum", "Ze is geboren op ", "[geboortedatum]"),
        ("datum", "Het overleg vond plaats op ", "[datum]"),
        ("adres", "Het gezin woont in de ", "[adres]"),
        ("rijksregisternummer", "Nummer ", "[rijksregisternummer]"),
        ("email", "Mail naar ", "[e-mailadres]"),
        ("telefoon", "Bel ", "[telefoonnummer]"),
        ("school", "Hij zit in ", "de school"),
        ("plaats", "Ze woont in ", "[gemeente]"),
    ],
)
def test_each_kind_of_finding_gets_a_neutral_replacement(kind, before, replacement):
    finding = ReviewFinding("question", "vraag", kind, "x", before, "", len(before))
    assert finding.replacement == replacement
