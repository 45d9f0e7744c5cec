from django.db import migrations


def attach(apps, schema_editor):
    # The case index (practices 0009) exists now: same rights and workflow as the materialenbank.
    from network.roles import attach_to_materialenbank

    attach_to_materialenbank(apps)


class Migration(migrations.Migration):
    dependencies = [
        ("network", "0006_insight_roles_and_workflow"),
        ("practices", "0009_create_case_index_page"),
    ]
    operations = [migrations.RunPython(attach, migrations.RunPython.noop)]
