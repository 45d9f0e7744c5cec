"""The privacy statement names the contact form and the real retention of registrations.

Only a statement nobody has edited yet (no revisions: still the text of 0003) is updated; an
edited one is the editors' to change.
"""

from django.db import migrations

OLD_REGISTRATIONS = (
    "er iets verandert. Twaalf maanden na de studiedag wissen we ze; alleen anonieme aantallen "
    "per centrum blijven over voor de verspreidingscijfers van het project.</p>"
)
NEW_REGISTRATIONS = (
    "er iets verandert. Negentig dagen na de studiedag wissen we ze; alleen anonieme aantallen "
    "blijven over voor de verspreidingscijfers van het project.</p>"
    "<h3>Contactformulier</h3>"
    "<p>Stuur je ons een bericht via het contactformulier, dan bewaren we je naam, je "
    "e-mailadres en je bericht om je te antwoorden. Na 180 dagen wissen we ze. De pagina met het "
    "formulier zet één noodzakelijke cookie: een beveiligingscookie tegen vervalste formulieren "
    "(vervalt na een jaar). Andere pagina's lezen zet geen cookies.</p>"
    "<h3>Gebruik van een praktijk melden</h3>"
    "<p>Meldt een centrum dat het een praktijk gebruikt, dan vragen we alleen het centrum en een "
    "contactrol, geen namen.</p>"
)


def update(apps, schema_editor, old, new):
    ContentPage = apps.get_model("leersteun", "ContentPage")
    Revision = apps.get_model("wagtailcore", "Revision")
    for page in ContentPage.objects.filter(slug="privacy", body__contains=old):
        # Page revisions are keyed by the base Page content type and the page id as text.
        edited = Revision.objects.filter(
            base_content_type__app_label="wagtailcore",
            base_content_type__model="page",
            object_id=str(page.pk),
        ).exists()
        if not edited:
            ContentPage.objects.filter(pk=page.pk).update(body=page.body.replace(old, new))


def forwards(apps, schema_editor):
    update(apps, schema_editor, OLD_REGISTRATIONS, NEW_REGISTRATIONS)


def backwards(apps, schema_editor):
    update(apps, schema_editor, NEW_REGISTRATIONS, OLD_REGISTRATIONS)


class Migration(migrations.Migration):
    dependencies = [
        ("leersteun", "0005_create_contact_page"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(forwards, backwards)]
