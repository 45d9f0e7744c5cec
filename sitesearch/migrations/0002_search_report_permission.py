from django.contrib.auth.management import create_permissions
from django.db import migrations

from network.roles import EDITOR, permission

# The editors read the search report and act on it in one step: a synonym or a promoted result
# for a search that found nothing.
EDITOR_PERMISSIONS = [
    ("sitesearch", "view_search_report"),
    *(("vocabulary", f"{action}_synonym") for action in ("add", "change", "delete", "view")),
    *(
        ("wagtailsearchpromotions", f"{action}_searchpromotion")
        for action in ("add", "change", "delete", "view")
    ),
]


def grant(apps, schema_editor):
    for app_label in {app_label for app_label, _codename in EDITOR_PERMISSIONS}:
        app_config = apps.get_app_config(app_label)
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    editors, _created = Group.objects.get_or_create(name=EDITOR)
    editors.permissions.add(*(permission(apps, *key) for key in EDITOR_PERMISSIONS))


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    for group in Group.objects.filter(name=EDITOR):
        group.permissions.remove(*(permission(apps, *key) for key in EDITOR_PERMISSIONS))


class Migration(migrations.Migration):
    dependencies = [
        ("sitesearch", "0001_search_log"),
        ("vocabulary", "0001_synonym"),
        ("wagtailsearchpromotions", "0008_query_verbose_name"),
        ("network", "0005_roles_and_redactie_workflow"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [
        migrations.AlterModelOptions(
            name="loggedsearch",
            options={
                "permissions": [("view_search_report", "Kan het rapport Zoekopdrachten lezen")],
                "verbose_name": "zoekopdracht",
                "verbose_name_plural": "zoekopdrachten",
            },
        ),
        migrations.RunPython(grant, revoke),
    ]
