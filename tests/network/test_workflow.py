import pytest
from django.core import mail
from django.urls import reverse
from wagtail.models import GroupPagePermission, TaskState, WorkflowPage, WorkflowState

from network.roles import EDITOR, TASK_NAME, WORKFLOW_NAME
from practices.models import PracticeIndexPage, PracticePage

pytestmark = pytest.mark.django_db


def submit(client, practice, edit_data, **changes):
    url = reverse("wagtailadmin_pages:edit", args=[practice.pk])
    data = edit_data(practice.get_latest_revision_as_object(), **changes)
    response = client.post(url, {**data, "action-submit": "submit"})
    assert response.status_code == 302
    return WorkflowState.objects.active().get(object_id=str(practice.pk))


def act(client, practice, workflow_state, action, comment):
    url = reverse(
        "wagtailadmin_pages:workflow_action",
        args=[practice.pk, action, workflow_state.current_task_state.pk],
    )
    response = client.post(url, {"comment": comment})
    assert response.status_code in (200, 302)
    workflow_state.refresh_from_db()
    return workflow_state


def test_the_materialenbank_is_moderated_by_prodia(materialenbank):
    workflow = materialenbank.get_workflow()
    assert workflow.name == WORKFLOW_NAME
    task = workflow.tasks.get().specific
    assert task.name == TASK_NAME
    assert list(task.groups.values_list("name", flat=True)) == [EDITOR]
    practice = PracticePage.objects.child_of(materialenbank).first()
    assert practice.get_workflow() == workflow


def test_a_materialenbank_created_later_is_attached_too(home, materialenbank):
    """The data migration runs before the demo creates the page; the signal covers that case."""
    WorkflowPage.objects.filter(page=materialenbank).delete()
    GroupPagePermission.objects.filter(page=materialenbank).delete()
    materialenbank.delete()
    new = PracticeIndexPage(title="Materialenbank", slug="materialenbank")
    home.add_child(instance=new)
    assert new.get_workflow().name == WORKFLOW_NAME
    codenames = set(
        GroupPagePermission.objects.filter(page=new).values_list(
            "group__name", "permission__codename"
        )
    )
    assert ("Projectmedewerker", "change_page") in codenames
    assert ("Prodia-redactie", "publish_page") in codenames
    assert ("Projectmedewerker", "publish_page") not in codenames


def test_send_back_with_comment_then_approve_notifies_the_submitter(
    client, users, practice_of_a, edit_data
):
    worker, editor = users["project_worker_a"], users["editor"]
    client.force_login(worker)
    state = submit(client, practice_of_a, edit_data, title="Hoogbegaafdheid: herwerkte versie")
    # The reviewers hear about the submission.
    assert any(editor.email in message.to for message in mail.outbox)
    mail.outbox.clear()

    client.force_login(editor)
    comment = "Voeg bij stap 3 toe hoe je de ouders betrekt."
    state = act(client, practice_of_a, state, "reject", comment)
    assert state.status == WorkflowState.STATUS_NEEDS_CHANGES
    assert not PracticePage.objects.get(pk=practice_of_a.pk).title.startswith("Hoogbegaafdheid")
    sent_back = [message for message in mail.outbox if worker.email in message.to]
    assert len(sent_back) == 1
    assert comment in sent_back[0].body
    assert "Hoogbegaafdheid: herwerkte versie" in sent_back[0].body
    # The reviewer's comment and the submitted revision are kept.
    rejected = TaskState.objects.filter(workflow_state=state).get()
    assert rejected.get_comment() == comment
    assert rejected.revision.as_object().title == "Hoogbegaafdheid: herwerkte versie"
    mail.outbox.clear()

    client.force_login(worker)
    state = submit(client, practice_of_a, edit_data, title="Hoogbegaafdheid: derde versie")
    mail.outbox.clear()
    client.force_login(editor)
    state = act(client, practice_of_a, state, "approve", "Klaar voor publicatie.")
    assert state.status == WorkflowState.STATUS_APPROVED
    live = PracticePage.objects.get(pk=practice_of_a.pk)
    assert live.live and live.title == "Hoogbegaafdheid: derde versie"
    approved = [message for message in mail.outbox if worker.email in message.to]
    assert len(approved) == 1
    assert "Hoogbegaafdheid: derde versie" in approved[0].body
