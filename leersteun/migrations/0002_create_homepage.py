from django.db import migrations


def create_homepage(apps, schema_editor):
    """Replace Wagtail's welcome page with the portal's home page and point the site at it."""
    ContentType = apps.get_model("contenttypes", "ContentType")
    Page = apps.get_model("wagtailcore", "Page")
    Site = apps.get_model("wagtailcore", "Site")
    HomePage = apps.get_model("leersteun", "HomePage")
    Locale = apps.get_model("wagtailcore", "Locale")

    if HomePage.objects.exists():
        return
    # Wagtail's welcome page (and the site pointing at it) make way for the portal's home page.
    Page.objects.filter(depth=2, content_type__model="page").delete()
    content_type, _ = ContentType.objects.get_or_create(model="homepage", app_label="leersteun")
    locale = Locale.objects.first()
    home = HomePage.objects.create(
        title="Goede praktijken voor consultatieve leerlingenbegeleiding, HGA en HGD",
        draft_title="Goede praktijken voor consultatieve leerlingenbegeleiding, HGA en HGD",
        slug="start",
        content_type=content_type,
        path="00010001",
        depth=2,
        numchild=0,
        url_path="/start/",
        locale=locale,
        intro="<p>De materialenbank van het project Professionalisering Leersteun.</p>",
    )
    Page.objects.filter(depth=1).update(numchild=1)
    Site.objects.create(
        hostname="localhost", port=80, root_page=home, is_default_site=True,
        site_name="Leersteun materialenbank",
    )


class Migration(migrations.Migration):
    dependencies = [
        ("leersteun", "0001_initial"),
    ]
    operations = [migrations.RunPython(create_homepage, migrations.RunPython.noop)]
