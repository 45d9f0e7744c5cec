from django.db import migrations


def create_roles(apps, schema_editor):
    # Shared with the post_save signal (network.signals); works on the historical models only.
    from network.roles import setup_roles

    setup_roles(apps)


class Migration(migrations.Migration):
    dependencies = [
        ("network", "0004_meetings_tryouts_memberships"),
        ("practices", "0003_summary_validator"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("wagtailadmin", "0006_formstate"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]
    operations = [migrations.RunPython(create_roles, migrations.RunPython.noop)]
