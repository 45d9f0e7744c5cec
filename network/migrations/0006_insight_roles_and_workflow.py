"""Insights and recommendations join the roles and the "Redactie" workflow.

Prodia-redactie manages and publishes them; project workers draft and submit insights; the
steering group reads both and edits recommendations (their status), publishing nothing. The
rights are listed here, not imported, so this migration keeps doing what it did.
"""

from django.db import migrations

RIGHTS = {
    "Prodia-redactie": {
        "insight": ["add", "change", "delete", "view", "publish", "lock", "unlock"],
        "recommendation": ["add", "change", "delete", "view", "publish", "lock", "unlock"],
    },
    "Projectmedewerker": {"insight": ["add", "change", "view"], "recommendation": ["view"]},
    "Stuurgroep": {"insight": ["view"], "recommendation": ["change", "view"]},
}


def setup(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    ContentType = apps.get_model("contenttypes", "ContentType")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowContentType = apps.get_model("wagtailcore", "WorkflowContentType")
    for group_name, models in RIGHTS.items():
        group = Group.objects.get(name=group_name)
        for model, actions in models.items():
            content_type, _ = ContentType.objects.get_or_create(app_label="practices", model=model)
            for action in actions:
                # Wagtail adds publish/lock/unlock after migrating; create them when missing.
                permission, _ = Permission.objects.get_or_create(
                    content_type=content_type,
                    codename=f"{action}_{model}",
                    defaults={"name": f"Can {action} {model}"},
                )
                group.permissions.add(permission)
    workflow = Workflow.objects.get(name="Redactie")
    for model in RIGHTS["Prodia-redactie"]:
        content_type, _ = ContentType.objects.get_or_create(app_label="practices", model=model)
        WorkflowContentType.objects.update_or_create(
            content_type=content_type, defaults={"workflow": workflow}
        )


class Migration(migrations.Migration):
    dependencies = [
        ("network", "0005_roles_and_redactie_workflow"),
        ("practices", "0006_insights_and_recommendations"),
    ]
    operations = [migrations.RunPython(setup, migrations.RunPython.noop)]
