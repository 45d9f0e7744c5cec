"""Creating and removing pages in data migrations, with historical models.

Historical models lack treebeard's API, so the materialised path (four base-36 characters per
level) is computed here. Used for the pages production needs from the first day: index pages
in the main menu, the accessibility statement, the privacy page, the contact page.
"""

from django.db import migrations
from django.utils import timezone

ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
STEPLEN = 4


def next_child_path(Page, parent):
    last = (
        Page.objects.filter(path__startswith=parent.path, depth=parent.depth + 1)
        .order_by("-path")
        .values_list("path", flat=True)
        .first()
    )
    number = int(last[-STEPLEN:], len(ALPHABET)) + 1 if last else 1
    step = ""
    for _ in range(STEPLEN):
        number, digit = divmod(number, len(ALPHABET))
        step = ALPHABET[digit] + step
    return parent.path + step


def home_page(apps):
    return apps.get_model("leersteun", "HomePage").objects.order_by("path").first()


def create_child_page(apps, parent, app_label, model_name, *, slug, title, **fields):
    """A live page under parent, unless parent already has a child with that slug.

    Returns the new page, or None when it was not created.
    """
    Page = apps.get_model("wagtailcore", "Page")
    ContentType = apps.get_model("contenttypes", "ContentType")
    model = apps.get_model(app_label, model_name)
    siblings = Page.objects.filter(path__startswith=parent.path, depth=parent.depth + 1)
    if siblings.filter(slug=slug).exists():
        return None
    content_type, _ = ContentType.objects.get_or_create(
        app_label=app_label, model=model_name.lower()
    )
    now = timezone.now()
    page = model.objects.create(
        title=title,
        draft_title=title,
        slug=slug,
        content_type=content_type,
        path=next_child_path(Page, parent),
        depth=parent.depth + 1,
        numchild=0,
        url_path=f"{parent.url_path}{slug}/",
        locale_id=parent.locale_id,
        live=True,
        has_unpublished_changes=False,
        first_published_at=now,
        last_published_at=now,
        **fields,
    )
    Page.objects.filter(pk=parent.pk).update(numchild=siblings.count())
    return page


def remove_pages(apps, app_label, model_name):
    """Delete every page of a type with its subtree, and correct the parents' child counts."""
    Page = apps.get_model("wagtailcore", "Page")
    for page in apps.get_model(app_label, model_name).objects.all():
        parent_path = page.path[:-STEPLEN]
        Page.objects.filter(path__startswith=page.path).delete()
        Page.objects.filter(path=parent_path).update(
            numchild=Page.objects.filter(
                path__startswith=parent_path, depth=len(parent_path) // STEPLEN + 1
            ).count()
        )


def index_page_operation(app_label, model_name, *, slug, title, intro):
    """A RunPython that gives production its one index page of a type in the main menu, under
    the home page, as soon as that exists; reversed, it removes the page."""

    def create(apps, schema_editor):
        home = home_page(apps)
        if home is None or apps.get_model(app_label, model_name).objects.exists():
            return
        create_child_page(
            apps,
            home,
            app_label,
            model_name,
            slug=slug,
            title=title,
            show_in_menus=True,
            intro=intro,
        )

    def remove(apps, schema_editor):
        remove_pages(apps, app_label, model_name)

    return migrations.RunPython(create, remove)
