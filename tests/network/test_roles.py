"""The admin's groups are exactly the project's roles; every approval task has approvers."""

import pytest
from django.contrib.auth.models import Group
from wagtail.models import GroupApprovalTask, Workflow

from network.roles import EDITOR, PROJECT_WORKER, STEERING_GROUP

pytestmark = pytest.mark.django_db


def test_wagtails_default_groups_are_gone():
    assert set(Group.objects.values_list("name", flat=True)) == {
        PROJECT_WORKER,
        EDITOR,
        STEERING_GROUP,
    }


def test_no_workflow_waits_on_a_task_nobody_can_approve():
    assert not GroupApprovalTask.objects.filter(groups__isnull=True).exists()
    assert list(Workflow.objects.values_list("name", flat=True)) == ["Redactie"]
