"""Insights and recommendations go through the same moderation as pages.

The default page workflow ("Moderators approval", or whichever workflow the root page uses)
moderates both snippet types. Project workers (Editors) draft and submit them; Prodia editors
(Moderators) also publish. Wagtail creates the publish/lock permissions after migrating, so they
are created here when missing.
"""

from django.db import migrations

MODELS = ["insight", "recommendation"]
EDITOR_ACTIONS = ["add", "change", "delete", "view", "lock", "unlock"]
MODERATOR_ACTIONS = [*EDITOR_ACTIONS, "publish"]


def setup(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    Group = apps.get_model("auth", "Group")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    WorkflowContentType = apps.get_model("wagtailcore", "WorkflowContentType")

    root_link = WorkflowPage.objects.filter(page__depth=1, workflow__active=True).first()
    workflow = (
        root_link.workflow
        if root_link
        else Workflow.objects.filter(name="Moderators approval", active=True).first()
    )
    groups = {group.name: group for group in Group.objects.filter(name__in=["Editors", "Moderators"])}
    for model in MODELS:
        content_type, _ = ContentType.objects.get_or_create(app_label="practices", model=model)
        if workflow:
            WorkflowContentType.objects.get_or_create(
                content_type=content_type, defaults={"workflow": workflow}
            )
        for group_name, actions in (("Editors", EDITOR_ACTIONS), ("Moderators", MODERATOR_ACTIONS)):
            if group_name not in groups:
                continue
            for action in actions:
                permission, _ = Permission.objects.get_or_create(
                    content_type=content_type,
                    codename=f"{action}_{model}",
                    defaults={"name": f"Can {action} {model}"},
                )
                groups[group_name].permissions.add(permission)


class Migration(migrations.Migration):
    dependencies = [
        ("practices", "0006_insights_and_recommendations"),
        ("wagtailcore", "0098_apitoken"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]
    operations = [migrations.RunPython(setup, migrations.RunPython.noop)]
