from django.db import migrations

from leersteun.page_migrations import index_page_operation

INTRO = (
    "<p>Hoe ver geraken de goede praktijken buiten de vijf anker-CLB's? Alle cijfers op deze "
    "pagina komen rechtstreeks uit de registraties van adopties en worden niet overgetypt.</p>"
)


class Migration(migrations.Migration):
    dependencies = [
        ("dissemination", "0004_adoption_roles"),
        ("practices", "0009_create_case_index_page"),
        ("leersteun", "0002_create_homepage"),
    ]
    operations = [
        index_page_operation(
            "dissemination",
            "SpreadDashboardPage",
            slug="verspreiding",
            title="Verspreiding",
            intro=INTRO,
        )
    ]
