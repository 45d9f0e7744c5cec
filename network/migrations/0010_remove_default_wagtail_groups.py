"""Remove Wagtail's default groups "Editors" and "Moderators", so the admin's groups are exactly
the project's roles (Projectmedewerker, Prodia-redactie, Stuurgroep; Beheerder is the superuser).

What depended on them: their page, document, image and admin rights (deleted with the groups)
and Wagtail's default workflow "Moderators approval" on the root page, whose only task is
approved by Moderators; it goes too, so no page waits on a task nobody can approve. The
materialenbank and the cases keep "Redactie"; the other pages are the administrator's.
Nothing is removed while a user is in one of these groups or that workflow was ever used.
"""

from django.db import migrations

DEFAULT_GROUPS = ["Editors", "Moderators"]


def remove_default_groups(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowState = apps.get_model("wagtailcore", "WorkflowState")
    TaskState = apps.get_model("wagtailcore", "TaskState")
    groups = Group.objects.filter(name__in=DEFAULT_GROUPS)
    if groups.filter(user__isnull=False).exists():
        return
    # Tasks approved by the default groups alone would be left without approvers.
    orphaned = GroupApprovalTask.objects.filter(groups__in=groups).exclude(
        groups__in=Group.objects.exclude(name__in=DEFAULT_GROUPS)
    )
    workflows = Workflow.objects.filter(workflow_tasks__task__in=orphaned).distinct()
    if (
        TaskState.objects.filter(task__in=orphaned).exists()
        or WorkflowState.objects.filter(workflow__in=workflows).exists()
    ):
        return
    for workflow in workflows:
        workflow.delete()  # with its pages, content types and task links
    for task in orphaned:
        task.delete()
    groups.delete()


class Migration(migrations.Migration):
    dependencies = [
        ("network", "0009_existing_cases_get_a_centre"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("wagtailadmin", "0006_formstate"),
    ]
    operations = [migrations.RunPython(remove_default_groups, migrations.RunPython.noop)]
