"""Every role × every action on a practice of centre A, each cell through real HTTP requests.

A cell passes when an allowed action has its effect and a denied one is refused (see `refused`)
without any effect.
"""

import pytest
from django.urls import reverse
from wagtail.models import WorkflowState

from practices.models import CoreActivity, PracticePage

ROLES = ["visitor", "project_worker_a", "project_worker_b", "editor", "steering_group", "admin"]
ACTIONS = [
    "view_draft",
    "edit",
    "submit",
    "approve",
    "publish",
    "unpublish",
    "delete",
    "edit_taxonomy",
    "export",
]
ALLOWED = {
    "visitor": set(),
    "project_worker_a": {"view_draft", "edit", "submit"},
    "project_worker_b": set(),
    "editor": set(ACTIONS),
    "steering_group": {"view_draft", "export"},
    "admin": set(ACTIONS),
}
DRAFT_TITLE = "Hoogbegaafde leerlingen: nieuwe versie in opmaak"
NEW_TITLE = "Hoogbegaafde leerlingen: aangepast"


@pytest.fixture
def client_for(client, users):
    def login(role):
        if role != "visitor":
            client.force_login(users[role])
        return client

    return login


@pytest.fixture
def practice(practice_of_a, users):
    """Live, with a newer draft by admin that the public must not see."""
    draft = practice_of_a.get_latest_revision_as_object()
    draft.title = DRAFT_TITLE
    draft.save_revision(user=users["admin"])
    return PracticePage.objects.get(pk=practice_of_a.pk)


def refused(response):
    """Wagtail's admin answers a refusal with a redirect to the login page (visitors) or to the
    dashboard with an error message (logged-in users); views outside the admin with 403."""
    if response.status_code == 302:
        location = response["Location"].split("?")[0]
        return location in (reverse("wagtailadmin_login"), reverse("wagtailadmin_home"))
    return response.status_code == 403


def latest_title(page):
    return page.get_latest_revision_as_object().title


def do_view_draft(client, practice, users, edit_data):
    response = client.get(reverse("network_practice_draft", args=[practice.pk]))
    public = client.get(practice.url)
    assert public.status_code == 200
    shown = response.status_code == 200 and DRAFT_TITLE in response.content.decode()
    # Whoever may not read drafts sees the published version only, everywhere.
    assert DRAFT_TITLE not in public.content.decode()
    return shown, shown or refused(response)


def post_edit(client, practice, edit_data, **extra):
    url = reverse("wagtailadmin_pages:edit", args=[practice.pk])
    return client.post(url, edit_data(practice.get_latest_revision_as_object(), **extra))


def do_edit(client, practice, users, edit_data):
    response = post_edit(client, practice, edit_data, title=NEW_TITLE)
    changed = latest_title(PracticePage.objects.get(pk=practice.pk)) == NEW_TITLE
    return changed, changed or refused(response)


def do_submit(client, practice, users, edit_data):
    response = post_edit(client, practice, edit_data, **{"action-submit": "submit"})
    submitted = WorkflowState.objects.active().filter(object_id=str(practice.pk)).exists()
    return submitted, submitted or refused(response)


def do_approve(client, practice, users, edit_data):
    workflow_state = practice.get_workflow().start(practice, users["project_worker_a"])
    task_state = workflow_state.current_task_state
    url = reverse(
        "wagtailadmin_pages:workflow_action", args=[practice.pk, "approve", task_state.pk]
    )
    response = client.post(url, {"comment": "In orde."})
    workflow_state.refresh_from_db()
    approved = workflow_state.status == WorkflowState.STATUS_APPROVED
    still_open = workflow_state.status == WorkflowState.STATUS_IN_PROGRESS
    return approved, approved or (still_open and refused(response))


def do_publish(client, practice, users, edit_data):
    response = post_edit(client, practice, edit_data, title=NEW_TITLE, **{"action-publish": "1"})
    live_title = PracticePage.objects.get(pk=practice.pk).title
    # Without publish rights Wagtail may keep the changes as a draft; the live page is untouched.
    return live_title == NEW_TITLE, live_title == NEW_TITLE or (
        live_title == practice.title and (response.status_code in (302, 403))
    )


def do_unpublish(client, practice, users, edit_data):
    response = client.post(reverse("wagtailadmin_pages:unpublish", args=[practice.pk]))
    live = PracticePage.objects.get(pk=practice.pk).live
    return not live, not live or refused(response)


def do_delete(client, practice, users, edit_data):
    response = client.post(reverse("wagtailadmin_pages:delete", args=[practice.pk]))
    gone = not PracticePage.objects.filter(pk=practice.pk).exists()
    return gone, gone or refused(response)


def do_edit_taxonomy(client, practice, users, edit_data):
    activity = practice.core_activities.first()
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


def do_export(client, practice, users, edit_data):
    response = client.get(reverse("network_practice_report"), {"export": "csv"})
    exported = response.status_code == 200 and practice.title in b"".join(
        response.streaming_content
    ).decode("utf-8-sig")
    return exported, exported or refused(response)


@pytest.mark.parametrize("action", ACTIONS)
@pytest.mark.parametrize("role", ROLES)
def test_permission_matrix(role, action, client_for, practice, users, edit_data):
    done, handled = globals()[f"do_{action}"](client_for(role), practice, users, edit_data)
    assert done == (action in ALLOWED[role])
    assert handled, "a refused action must be refused cleanly (403 or login), not fail"
