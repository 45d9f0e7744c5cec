"""What a project worker meets in the admin's listings, choosers, search, reports and admin API:
their own centre's drafts, never another centre's (issue 21, item 7 and 12); and the shared
index pages, which only the redactie edits and submits."""

import pytest
from django.urls import reverse
from network_testdata import CENTRE_A, CENTRE_B, index_form_data
from wagtail.models import Page, WorkflowState

from network.factories import ContributionFactory
from network.models import Centre
from practices.factories import PracticePageFactory
from practices.models import CaseIndexPage, PracticeIndexPage

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


def test_admin_page_search(worker):
    response = worker.get(reverse("wagtailadmin_pages:search"), {"q": "Kladversie"})
    assert shows(response) == {OWN_DRAFT}


def test_page_chooser_browse(worker, materialenbank):
    # Both drafts are the last children, on the last page of 25.
    last_page = (materialenbank.get_children().count() + 24) // 25
    url = reverse("wagtailadmin_choose_page_child", args=[materialenbank.pk])
    response = worker.get(url, {"p": last_page})
    assert shows(response) == {OWN_DRAFT}


def test_page_chooser_search(worker):
    response = worker.get(reverse("wagtailadmin_choose_page_search"), {"q": "Kladversie"})
    assert shows(response) == {OWN_DRAFT}


def test_page_chooser_still_offers_other_centres_published_practices(worker, drafts):
    other = drafts[1]
    other.save_revision().publish()
    response = worker.get(reverse("wagtailadmin_choose_page_search"), {"q": "Kladversie"})
    assert shows(response) == {OWN_DRAFT, OTHER_DRAFT}


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


def test_page_types_usage_report(worker, client, users):
    url = reverse("wagtailadmin_reports:page_types_usage")
    # The other centre's draft is the last edited practice; the worker's own is the one before.
    assert shows(worker.get(url)) == {OWN_DRAFT}
    client.force_login(users["editor"])
    assert shows(client.get(url)) == {OTHER_DRAFT}


def test_pages_of_a_type(worker):
    url = reverse("wagtailadmin_pages:type_use", args=["practices", "practicepage"])
    assert shows(worker.get(url, {"q": "Kladversie"})) == {OWN_DRAFT}


def test_workflow_report(worker):
    assert shows(worker.get(reverse("wagtailadmin_reports:workflow"))) == {OWN_DRAFT}


def test_site_history_report(worker):
    assert shows(worker.get(reverse("wagtailadmin_reports:site_history"))) == {OWN_DRAFT}


def test_adoption_list_filter(worker, client, users):
    url = reverse("wagtailsnippets_dissemination_adoption:list")
    assert shows(worker.get(url)) == {OWN_DRAFT}
    client.force_login(users["editor"])
    assert shows(client.get(url)) == {OWN_DRAFT, OTHER_DRAFT}


def test_the_editor_sees_every_draft(client, users, drafts, materialenbank):
    client.force_login(users["editor"])
    search = client.get(reverse("wagtailadmin_pages:search"), {"q": "Kladversie"})
    assert shows(search) == {OWN_DRAFT, OTHER_DRAFT}
    api = client.get("/beheer/api/main/pages/", {"child_of": materialenbank.pk, "limit": 100})
    assert shows(api) == {OWN_DRAFT, OTHER_DRAFT}


# The shared index pages: the redactie's, though project workers add their items below them.

INDEX_MODELS = [PracticeIndexPage, CaseIndexPage]
NEW_INDEX_TITLE = "Hernoemd overzicht"


def post_index_edit(client, index, **extra):
    data = index_form_data(index, title=NEW_INDEX_TITLE, **extra)
    return client.post(reverse("wagtailadmin_pages:edit", args=[index.pk]), data)


def submitted(index):
    return WorkflowState.objects.active().filter(object_id=str(index.pk)).exists()


def refused(response):
    location = response["Location"].split("?")[0] if response.status_code == 302 else ""
    return response.status_code == 403 or location == reverse("wagtailadmin_home")


@pytest.mark.parametrize("model", INDEX_MODELS)
def test_a_project_worker_may_not_edit_or_submit_an_index(model, client, users):
    index = model.objects.get()
    client.force_login(users["project_worker_a"])
    assert refused(client.get(reverse("wagtailadmin_pages:edit", args=[index.pk])))
    assert refused(post_index_edit(client, index))
    assert refused(post_index_edit(client, index, **{"action-submit": "submit"}))
    index = Page.objects.get(pk=index.pk)
    assert index.get_latest_revision_as_object().title != NEW_INDEX_TITLE
    assert not submitted(index)


@pytest.mark.parametrize("model", INDEX_MODELS)
def test_a_project_worker_still_adds_items_below_an_index(model, client, users):
    index = model.objects.get()
    client.force_login(users["project_worker_a"])
    item_model = model.allowed_subpage_models()[0]
    url = reverse(
        "wagtailadmin_pages:add",
        args=[item_model._meta.app_label, item_model._meta.model_name, index.pk],
    )
    assert client.get(url).status_code == 200


@pytest.mark.parametrize("model", INDEX_MODELS)
def test_the_editor_edits_and_submits_an_index(model, client, users):
    index = model.objects.get()
    client.force_login(users["editor"])
    assert client.get(reverse("wagtailadmin_pages:edit", args=[index.pk])).status_code == 200
    response = post_index_edit(client, index, **{"action-submit": "submit"})
    assert response.status_code == 302 and not refused(response)
    index = Page.objects.get(pk=index.pk)
    assert index.get_latest_revision_as_object().title == NEW_INDEX_TITLE
    assert submitted(index)
