"""What a project worker meets in the admin: their own centre's drafts, never another centre's
(issue 21, item 7)."""

import pytest
from django.urls import reverse
from network_testdata import CENTRE_A, CENTRE_B

from network.factories import ContributionFactory
from network.models import Centre
from practices.factories import PracticePageFactory

OWN_DRAFT = "Kladversie van De Wissel"
OTHER_DRAFT = "Kladversie van N-Brussel"


def draft_of(centre_slug, title, parent, author):
    """A never-published practice of one centre, saved, logged and submitted to Redactie."""
    draft = PracticePageFactory(parent=parent, title=title, live=False, owner=author)
    ContributionFactory(practice=draft, centre=Centre.objects.get(slug=centre_slug))
    draft.save_revision(user=author, log_action=True)
    draft.get_workflow().start(draft, author)
    return draft


@pytest.fixture
def drafts(users, materialenbank):
    # The other centre's draft is the latest edit, so reports that show "the last one" pick it.
    own = draft_of(CENTRE_A, OWN_DRAFT, materialenbank, users["project_worker_a"])
    other = draft_of(CENTRE_B, OTHER_DRAFT, materialenbank, users["project_worker_b"])
    return own, other


@pytest.fixture
def worker(client, users, drafts):
    client.force_login(users["project_worker_a"])
    return client


def shows(response):
    """Which of the two drafts a response names (HTML, a chooser's JSON or the admin API)."""
    assert response.status_code == 200
    content = response.content.decode()
    return {title for title in (OWN_DRAFT, OTHER_DRAFT) if title in content}


def test_admin_api_detail(worker, drafts):
    own, other = drafts
    assert worker.get(f"/beheer/api/main/pages/{own.pk}/").status_code == 200
    response = worker.get(f"/beheer/api/main/pages/{other.pk}/")
    assert response.status_code == 404
    assert other.slug not in response.content.decode()


@pytest.mark.parametrize("for_explorer", [False, True])
def test_admin_api_listing_child_of(worker, materialenbank, for_explorer):
    params = {"child_of": materialenbank.pk, "limit": 100}
    if for_explorer:
        params["for_explorer"] = 1
    assert shows(worker.get("/beheer/api/main/pages/", params)) == {OWN_DRAFT}


def test_adoption_list_filter(worker, client, users):
    url = reverse("wagtailsnippets_dissemination_adoption:list")
    assert shows(worker.get(url)) == {OWN_DRAFT}
    client.force_login(users["editor"])
    assert shows(client.get(url)) == {OWN_DRAFT, OTHER_DRAFT}
