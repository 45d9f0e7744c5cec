from django.db import migrations

from leersteun.page_migrations import create_child_page, home_page, remove_pages

INTRO = (
    "<p>Hoe ver geraken de goede praktijken buiten de vijf anker-CLB's? Alle cijfers op deze "
    "pagina komen rechtstreeks uit de registraties van adopties en worden niet overgetypt.</p>"
)


def create_dashboard(apps, schema_editor):
    """Production gets /verspreiding/ as soon as the home page exists."""
    home = home_page(apps)
    if home is None or apps.get_model("dissemination", "SpreadDashboardPage").objects.exists():
        return
    create_child_page(
        apps,
        home,
        "dissemination",
        "SpreadDashboardPage",
        slug="verspreiding",
        title="Verspreiding",
        show_in_menus=True,
        intro=INTRO,
    )


def remove_dashboard(apps, schema_editor):
    remove_pages(apps, "dissemination", "SpreadDashboardPage")


class Migration(migrations.Migration):
    dependencies = [
        ("dissemination", "0004_adoption_roles"),
        ("practices", "0009_create_case_index_page"),
        ("leersteun", "0002_create_homepage"),
    ]
    operations = [migrations.RunPython(create_dashboard, remove_dashboard)]
