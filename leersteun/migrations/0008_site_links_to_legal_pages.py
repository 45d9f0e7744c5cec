"""Point every site's footer links at the accessibility statement and privacy page of 0003.

From here on the links name the pages, not their slugs: editors may rename or move them.
"""

from django.db import migrations

SLUGS = {"accessibility_page": "toegankelijkheid", "privacy_page": "privacy"}


def link_legal_pages(apps, schema_editor):
    Site = apps.get_model("wagtailcore", "Site")
    Page = apps.get_model("wagtailcore", "Page")
    SiteLinks = apps.get_model("leersteun", "SiteLinks")
    for site in Site.objects.select_related("root_page"):
        root = site.root_page
        children = Page.objects.filter(path__startswith=root.path, depth=root.depth + 1)
        pages = {field: children.filter(slug=slug).first() for field, slug in SLUGS.items()}
        SiteLinks.objects.update_or_create(site=site, defaults=pages)


class Migration(migrations.Migration):
    dependencies = [("leersteun", "0007_site_links")]
    operations = [migrations.RunPython(link_legal_pages, migrations.RunPython.noop)]
