from django.db import migrations

from leersteun.page_migrations import index_page_operation
from network.roles import EDITOR, permission

INTRO = (
    "<p>Studiedagen over de goede praktijken: een praktijkdeel voor CLB-medewerkers en een "
    "beleidsdeel voor directies en beleidsmedewerkers.</p>"
)
# Registrations hold personal data: only the editors (and superusers) see them. Seats are
# taken through the public form, so editors change and view, they do not add or delete.
EDITOR_REGISTRATION_PERMISSIONS = ["change_registration", "view_registration"]

EDITOR_PAGE_PERMISSIONS = ["add_page", "change_page", "publish_page"]


def grant_editor_rights(apps, schema_editor):
    from django.contrib.auth.management import create_permissions

    app_config = apps.get_app_config("dissemination")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    editors, _ = Group.objects.get_or_create(name=EDITOR)
    for codename in EDITOR_REGISTRATION_PERMISSIONS:
        editors.permissions.add(permission(apps, "dissemination", codename))
    # The editors publish the study days themselves (no workflow: they are the reviewers).
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    for index in apps.get_model("dissemination", "StudyDayIndexPage").objects.all():
        for codename in EDITOR_PAGE_PERMISSIONS:
            GroupPagePermission.objects.get_or_create(
                group=editors,
                page_id=index.pk,
                permission=permission(apps, "wagtailcore", codename),
            )


def revoke_editor_rights(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for group in Group.objects.filter(name=EDITOR):
        group.permissions.remove(
            *Permission.objects.filter(
                content_type__app_label="dissemination",
                codename__in=EDITOR_REGISTRATION_PERMISSIONS,
            )
        )


class Migration(migrations.Migration):
    dependencies = [
        ("dissemination", "0001_initial"),
        ("practices", "0009_create_case_index_page"),
        ("network", "0005_roles_and_redactie_workflow"),
        ("leersteun", "0002_create_homepage"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]
    operations = [
        index_page_operation(
            "dissemination",
            "StudyDayIndexPage",
            slug="studiedagen",
            title="Studiedagen",
            intro=INTRO,
        ),
        migrations.RunPython(grant_editor_rights, revoke_editor_rights),
    ]
