from django.db import migrations

from leersteun.page_migrations import create_child_page, home_page, remove_pages

INTRO = (
    "<p>Geanonimiseerde casussen uit de anker-CLB's: wanneer was classificerende diagnostiek "
    "niet nodig om te beslissen welk verslag een leerling nodig had, en waarom?</p>"
)


def create_case_index(apps, schema_editor):
    """Production gets /casussen/ (in the main menu) as soon as the home page exists."""
    home = home_page(apps)
    if home is None or apps.get_model("practices", "CaseIndexPage").objects.exists():
        return
    create_child_page(
        apps,
        home,
        "practices",
        "CaseIndexPage",
        slug="casussen",
        title="Casussen",
        show_in_menus=True,
        intro=INTRO,
    )


def remove_case_index(apps, schema_editor):
    remove_pages(apps, "practices", "CaseIndexPage")


class Migration(migrations.Migration):
    dependencies = [
        ("practices", "0008_cases_and_privacy_dismissals"),
        ("leersteun", "0002_create_homepage"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]
    operations = [migrations.RunPython(create_case_index, remove_case_index)]
