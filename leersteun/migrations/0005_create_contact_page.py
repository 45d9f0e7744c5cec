"""Create /contact/ with a name, e-mail and message field; editors set the real mailbox."""

from django.db import migrations

from leersteun.page_migrations import create_child_page, home_page, remove_pages

FIELDS = [
    ("naam", "Naam", "singleline", True, ""),
    ("e_mailadres", "E-mailadres", "email", True, "We gebruiken het alleen om te antwoorden."),
    ("bericht", "Bericht", "multiline", True, ""),
]


def create_contact_page(apps, schema_editor):
    home = home_page(apps)
    if home is None:
        return
    # Wagtail's FormMixin.__init__ derives the landing template from `template`, which historical
    # models lack.
    apps.get_model("leersteun", "ContactPage").template = "leersteun/contact_page.html"
    page = create_child_page(
        apps,
        home,
        "leersteun",
        "ContactPage",
        slug="contact",
        title="Contact",
        show_in_menus=False,
        intro=(
            "<p>Een vraag over een praktijk, een materiaal dat je niet kunt gebruiken, of een "
            "praktijk die je wilt delen? Laat het ons weten.</p>"
        ),
        thank_you_text="<p>We hebben je bericht ontvangen en antwoorden binnen vijf werkdagen.</p>",
        to_address="contact@leersteun.example",
        from_address="noreply@leersteun.example",
        subject="Bericht via de materialenbank",
    )
    if page is None:
        return
    ContactFormField = apps.get_model("leersteun", "ContactFormField")
    for order, (clean_name, label, field_type, required, help_text) in enumerate(FIELDS):
        ContactFormField.objects.create(
            page_id=page.pk,
            sort_order=order,
            clean_name=clean_name,
            label=label,
            field_type=field_type,
            required=required,
            help_text=help_text,
        )


def remove_contact_page(apps, schema_editor):
    remove_pages(apps, "leersteun", "ContactPage")


class Migration(migrations.Migration):
    dependencies = [
        ("leersteun", "0004_contact_page"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(create_contact_page, remove_contact_page)]
