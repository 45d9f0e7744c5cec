from django.contrib.auth.management import create_permissions
from django.db import migrations

EDITOR = "Prodia-redactie"  # network.roles.EDITOR


def grant(apps, schema_editor):
    """Prodia editors import practices; superusers can anyway."""
    app_config = apps.get_app_config("exchange")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    permission = Permission.objects.get(
        content_type__app_label="exchange", codename="import_practices"
    )
    Group.objects.get_or_create(name=EDITOR)[0].permissions.add(permission)


class Migration(migrations.Migration):
    dependencies = [
        ("exchange", "0001_initial"),
        ("network", "0007_cases_under_redactie"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
