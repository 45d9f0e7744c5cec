from django.db import migrations

from leersteun.page_migrations import index_page_operation

INTRO = (
    "<p>Geanonimiseerde casussen uit de anker-CLB's: wanneer was classificerende diagnostiek "
    "niet nodig om te beslissen welk verslag een leerling nodig had, en waarom?</p>"
)


class Migration(migrations.Migration):
    dependencies = [
        ("practices", "0008_cases_and_privacy_dismissals"),
        ("leersteun", "0002_create_homepage"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]
    operations = [
        index_page_operation(
            "practices", "CaseIndexPage", slug="casussen", title="Casussen", intro=INTRO
        )
    ]
