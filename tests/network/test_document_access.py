"""Documents are served to visitors only when a live public page uses them (issue 21, item 10)."""

import pytest
from django.test import override_settings
from network_testdata import CENTRE_A
from wagtail.models import Collection, PageViewRestriction

from network.models import Centre, Contribution, MeetingAttachment
from practices.factories import MaterialDocumentFactory, PracticePageFactory
from practices.models import MaterialKind, PracticeMaterial


@pytest.fixture
def draft_with_document(materialenbank, users):
    """A never-published practice of centre A with an uploaded worksheet."""
    document = MaterialDocumentFactory(uploaded_by_user=users["editor"])
    # A fixed title: a numbered one ("Praktijk 28") reads as an address to the privacy check.
    practice = PracticePageFactory.build(
        title="Werkbladen bij het intakegesprek",
        live=False,
        contributions=[Contribution(centre=Centre.objects.get(slug=CENTRE_A))],
        materials=[PracticeMaterial(document=document, kind=MaterialKind.WORKSHEET)],
    )
    materialenbank.add_child(instance=practice)
    practice.save_revision(user=users["project_worker_a"])
    return practice, document


def fetch(client, document, user=None):
    if user is not None:
        client.force_login(user)
    return client.get(document.url)


def test_a_drafts_document_is_hidden_from_visitors(client, draft_with_document):
    _practice, document = draft_with_document
    assert document.url.startswith("/documenten/")
    assert fetch(client, document).status_code == 404


def test_published_then_unpublished(client, draft_with_document):
    practice, document = draft_with_document
    practice.get_latest_revision().publish()
    response = fetch(client, document)
    assert response.status_code == 200
    assert b"".join(response.streaming_content).startswith(b"%PDF")

    practice.refresh_from_db()
    practice.unpublish()
    assert fetch(client, document).status_code == 404


def test_a_restricted_live_page_does_not_make_it_public(client, draft_with_document):
    practice, document = draft_with_document
    practice.get_latest_revision().publish()
    PageViewRestriction.objects.create(page=practice, restriction_type="login")
    assert fetch(client, document).status_code == 404


@pytest.mark.parametrize(
    "role, status",
    [
        ("project_worker_a", 200),  # edit rights on the practice that uses it
        ("project_worker_b", 404),  # no rights on another centre's practice
        ("editor", 200),
        ("steering_group", 200),  # reads every draft through the network reports
        ("admin", 200),
    ],
)
def test_users_with_rights_on_it(client, draft_with_document, users, role, status):
    _practice, document = draft_with_document
    assert fetch(client, document, users[role]).status_code == status


def test_the_uploader_keeps_access_to_an_unused_document(client, users):
    document = MaterialDocumentFactory(uploaded_by_user=users["project_worker_b"])
    assert fetch(client, document, users["project_worker_b"]).status_code == 200
    assert fetch(client, document, users["project_worker_a"]).status_code == 404


def test_a_public_collection(client, db):
    public = Collection.get_first_root_node().add_child(name="Publiek")
    document = MaterialDocumentFactory(collection=public)
    assert fetch(client, document).status_code == 404
    with override_settings(PUBLIC_DOCUMENT_COLLECTIONS=["Publiek"]):
        assert fetch(client, document).status_code == 200


def test_the_demos_published_materials_stay_public(client, practice_of_a):
    material = practice_of_a.materials.exclude(document=None).first()
    assert fetch(client, material.document).status_code == 200
    sheet = client.get(practice_of_a.url + "fiche.pdf")
    assert sheet.status_code == 200


def test_a_meeting_attachment_is_for_those_who_may_view_meetings(client, users):
    attachment = MeetingAttachment.objects.select_related("document").first()
    assert fetch(client, attachment.document).status_code == 404
    assert fetch(client, attachment.document, users["project_worker_b"]).status_code == 200
