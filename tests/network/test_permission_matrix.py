"""Every role × every action on a practice and a case of centre A, on a recommendation and on the
materialenbank itself, each cell through real HTTP requests.

A cell passes when an allowed action has its effect and a denied one is refused (see `refused`)
without any effect.
"""

import datetime
from dataclasses import dataclass

import pytest
from django.db import models
from django.urls import reverse
from network_testdata import CASE_OF_A, CENTRE_A, case_form_data, index_form_data
from wagtail.models import WorkflowState

from practices.models import CasePage, CoreActivity, PracticeIndexPage, PracticePage, Recommendation

ROLES = ["visitor", "project_worker_a", "project_worker_b", "editor", "steering_group", "admin"]
ITEM_ACTIONS = ["edit", "submit", "approve", "publish", "unpublish", "delete"]
# Finding the item in the admin: its admin API detail and the admin page search.
FIND_ACTIONS = ["find_in_admin_api", "find_in_admin_search"]
ACTIONS = [
    "view_draft",
    *ITEM_ACTIONS,
    *FIND_ACTIONS,
    "edit_index",
    "submit_index",
    "edit_taxonomy",
    "export",
    "set_recommendation_status",
    "edit_recommendation_text",
]
ALLOWED = {
    "visitor": set(),
    "project_worker_a": {"view_draft", "edit", "submit", *FIND_ACTIONS},
    "project_worker_b": set(),
    "editor": set(ACTIONS),
    "steering_group": {"view_draft", "export", "set_recommendation_status"},
    "admin": set(ACTIONS),
}
DRAFT_TITLE = "Nieuwe versie in opmaak"
NEW_TITLE = "Aangepaste titel"


@dataclass
class Item:
    """A practice or case of centre A with how its edit form is posted."""

    model: type[models.Model]
    page: models.Model
    form_data: callable
    report: str  # the admin report that lists and exports it

    def reload(self):
        return self.model.objects.get(pk=self.page.pk)


@pytest.fixture
def client_for(client, users):
    def login(role):
        if role != "visitor":
            client.force_login(users[role])
        return client

    return login


def with_newer_draft(page, user):
    """Live, with a newer draft that the public must not see."""
    draft = page.get_latest_revision_as_object()
    draft.title = DRAFT_TITLE
    draft.save_revision(user=user)
    return type(page).objects.get(pk=page.pk)


@pytest.fixture
def practice(practice_of_a, users, edit_data):
    return Item(
        PracticePage,
        with_newer_draft(practice_of_a, users["admin"]),
        edit_data,
        "network_practice_report",
    )


@pytest.fixture
def case(users):
    case = CasePage.objects.get(slug=CASE_OF_A)
    assert {c.centre.slug for c in case.contributions.all()} == {CENTRE_A}
    return Item(
        CasePage, with_newer_draft(case, users["admin"]), case_form_data, "network_case_report"
    )


def refused(response):
    """Wagtail's admin answers a refusal with a redirect to the login page (visitors) or to the
    dashboard with an error message (logged-in users); views outside the admin with 403."""
    if response.status_code == 302:
        location = response["Location"].split("?")[0]
        return location in (reverse("wagtailadmin_login"), reverse("wagtailadmin_home"))
    return response.status_code == 403


def latest_title(page):
    return page.get_latest_revision_as_object().title


def do_view_draft(client, item, users):
    response = client.get(reverse("network_page_draft", args=[item.page.pk]))
    public = client.get(item.page.url)
    assert public.status_code == 200
    shown = response.status_code == 200 and DRAFT_TITLE in response.content.decode()
    # Whoever may not read drafts sees the published version only, everywhere.
    assert DRAFT_TITLE not in public.content.decode()
    return shown, shown or refused(response)


def post_edit(client, item, **extra):
    url = reverse("wagtailadmin_pages:edit", args=[item.page.pk])
    return client.post(url, item.form_data(item.page.get_latest_revision_as_object(), **extra))


def do_edit(client, item, users):
    response = post_edit(client, item, title=NEW_TITLE)
    changed = latest_title(item.reload()) == NEW_TITLE
    return changed, changed or refused(response)


def do_submit(client, item, users):
    response = post_edit(client, item, **{"action-submit": "submit"})
    submitted = WorkflowState.objects.active().filter(object_id=str(item.page.pk)).exists()
    return submitted, submitted or refused(response)


def do_approve(client, item, users):
    page = item.page
    workflow_state = page.get_workflow().start(page, users["project_worker_a"])
    task_state = workflow_state.current_task_state
    url = reverse("wagtailadmin_pages:workflow_action", args=[page.pk, "approve", task_state.pk])
    response = client.post(url, {"comment": "In orde."})
    workflow_state.refresh_from_db()
    approved = workflow_state.status == WorkflowState.STATUS_APPROVED
    still_open = workflow_state.status == WorkflowState.STATUS_IN_PROGRESS
    return approved, approved or (still_open and refused(response))


def do_publish(client, item, users):
    response = post_edit(client, item, title=NEW_TITLE, **{"action-publish": "1"})
    live_title = item.reload().title
    # Without publish rights Wagtail may keep the changes as a draft; the live page is untouched.
    return live_title == NEW_TITLE, live_title == NEW_TITLE or (
        live_title == item.page.title and (response.status_code in (302, 403))
    )


def do_unpublish(client, item, users):
    response = client.post(reverse("wagtailadmin_pages:unpublish", args=[item.page.pk]))
    live = item.reload().live
    return not live, not live or refused(response)


def do_delete(client, item, users):
    response = client.post(reverse("wagtailadmin_pages:delete", args=[item.page.pk]))
    gone = not item.model.objects.filter(pk=item.page.pk).exists()
    return gone, gone or refused(response)


def found(response, text):
    """Listed or shown (200 with the text), or cleanly not: not found, refused or not listed."""
    shown = response.status_code == 200 and text in response.content.decode()
    return shown, shown or response.status_code in (200, 404) or refused(response)


def do_find_in_admin_api(client, item, users):
    response = client.get(f"/beheer/api/main/pages/{item.page.pk}/")
    return found(response, item.page.slug)


def do_find_in_admin_search(client, item, users):
    response = client.get(reverse("wagtailadmin_pages:search"), {"q": item.page.title})
    # The query is echoed in the search box: a result is its edit link.
    return found(response, reverse("wagtailadmin_pages:edit", args=[item.page.pk]))


def post_materialenbank(client, **extra):
    index = PracticeIndexPage.objects.get()
    url = reverse("wagtailadmin_pages:edit", args=[index.pk])
    response = client.post(url, index_form_data(index, title=NEW_TITLE, **extra))
    return PracticeIndexPage.objects.get(), response


def do_edit_index(client, item, users):
    index, response = post_materialenbank(client)
    changed = latest_title(index) == NEW_TITLE
    return changed, changed or refused(response)


def do_submit_index(client, item, users):
    index, response = post_materialenbank(client, **{"action-submit": "submit"})
    submitted = WorkflowState.objects.active().filter(object_id=str(index.pk)).exists()
    return submitted, submitted or refused(response)


def do_edit_taxonomy(client, item, users):
    activity = item.page.core_activities.first()
    url = reverse("wagtailsnippets_practices_coreactivity:edit", args=[activity.pk])
    response = client.post(
        url,
        {
            "name": "Hernoemde kernactiviteit",
            "slug": activity.slug,
            "description": activity.description,
            "sort_order": activity.sort_order,
        },
    )
    renamed = CoreActivity.objects.get(pk=activity.pk).name == "Hernoemde kernactiviteit"
    return renamed, renamed or refused(response)


def do_export(client, item, users):
    response = client.get(reverse(item.report), {"export": "csv"})
    exported = response.status_code == 200 and item.page.title in b"".join(
        response.streaming_content
    ).decode("utf-8-sig")
    return exported, exported or refused(response)


NEW_TEXT = "Bespreek elk schooljaar met de school hoe de consultatie verloopt."
YESTERDAY = datetime.date.today() - datetime.timedelta(days=1)


def post_recommendation(client, **changes):
    """Post the recommendation's edit form with `changes`; return it as its latest revision
    holds it (drafts included) and the response."""
    recommendation = Recommendation.objects.filter(live=True, status="voorgesteld").first()
    data = {
        "obstacle": recommendation.obstacle_id,
        "addressee": recommendation.addressee,
        "text": recommendation.text,
        "status": recommendation.status,
        "status_date": recommendation.status_date.isoformat(),
        **changes,
    }
    url = reverse("wagtailsnippets_practices_recommendation:edit", args=[recommendation.pk])
    response = client.post(url, data)
    recommendation = Recommendation.objects.get(pk=recommendation.pk)
    return recommendation.get_latest_revision_as_object(), response


def do_set_recommendation_status(client, item, users):
    saved, response = post_recommendation(client, status="besproken")
    changed = saved.status == "besproken"
    return changed, changed or refused(response)


def do_edit_recommendation_text(client, item, users):
    saved, response = post_recommendation(
        client, text=NEW_TEXT, addressee="overheid", status="besproken"
    )
    changed = saved.text == NEW_TEXT or saved.addressee == "overheid"
    # The steering group's save is accepted for the status and ignores everything else.
    status_only = saved.status == "besproken" and not changed
    return changed, changed or status_only or refused(response)


@pytest.mark.parametrize("action", ACTIONS)
@pytest.mark.parametrize("role", ROLES)
def test_permission_matrix(role, action, client_for, practice, users):
    done, handled = globals()[f"do_{action}"](client_for(role), practice, users)
    assert done == (action in ALLOWED[role])
    assert handled, "a refused action must be refused cleanly (403 or login), not fail"


@pytest.mark.parametrize("action", ["view_draft", *ITEM_ACTIONS, *FIND_ACTIONS, "export"])
@pytest.mark.parametrize("role", ROLES)
def test_permission_matrix_on_cases(role, action, client_for, case, users):
    done, handled = globals()[f"do_{action}"](client_for(role), case, users)
    assert done == (action in ALLOWED[role])
    assert handled, "a refused action must be refused cleanly (403 or login), not fail"
