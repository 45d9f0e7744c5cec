"""Adoptions join the roles: editors manage them, project workers record the ones they follow
up (limited per record by `dissemination.permissions`), the steering group reads them. The
rights are listed here, not imported, so this migration keeps doing what it did."""

from django.db import migrations

RIGHTS = {
    "Prodia-redactie": ["add", "change", "delete", "view"],
    "Projectmedewerker": ["add", "change", "view"],
    "Stuurgroep": ["view"],
}


def grant(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    ContentType = apps.get_model("contenttypes", "ContentType")
    content_type, _ = ContentType.objects.get_or_create(
        app_label="dissemination", model="adoption"
    )
    for group_name, actions in RIGHTS.items():
        group = Group.objects.filter(name=group_name).first()
        if group is None:
            continue
        for action in actions:
            permission, _ = Permission.objects.get_or_create(
                content_type=content_type,
                codename=f"{action}_adoption",
                defaults={"name": f"Can {action} adoptie"},
            )
            group.permissions.add(permission)


class Migration(migrations.Migration):
    dependencies = [
        ("dissemination", "0003_adoptions"),
        ("network", "0007_cases_under_redactie"),
    ]
    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
