from django.db import migrations

# Wagtail's Page is a treebeard materialised path: 4 base-36 characters per level.
ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
STEPLEN = 4
INTRO = (
    "<p>Geanonimiseerde casussen uit de anker-CLB's: wanneer was classificerende diagnostiek "
    "niet nodig om te beslissen welk verslag een leerling nodig had, en waarom?</p>"
)


def step(number):
    digits = ""
    while number:
        number, rest = divmod(number, len(ALPHABET))
        digits = ALPHABET[rest] + digits
    return digits.rjust(STEPLEN, "0")


def create_case_index(apps, schema_editor):
    """Production gets /casussen/ (in the main menu) as soon as the home page exists."""
    HomePage = apps.get_model("leersteun", "HomePage")
    CaseIndexPage = apps.get_model("practices", "CaseIndexPage")
    Page = apps.get_model("wagtailcore", "Page")
    ContentType = apps.get_model("contenttypes", "ContentType")
    home = HomePage.objects.order_by("path").first()
    if home is None or CaseIndexPage.objects.exists():
        return
    siblings = Page.objects.filter(path__startswith=home.path, depth=home.depth + 1)
    count = siblings.count()
    last = siblings.order_by("-path").values_list("path", flat=True).first()
    number = int(last[-STEPLEN:], len(ALPHABET)) + 1 if last else 1
    content_type, _ = ContentType.objects.get_or_create(app_label="practices", model="caseindexpage")
    CaseIndexPage.objects.create(
        title="Casussen",
        draft_title="Casussen",
        slug="casussen",
        content_type=content_type,
        path=home.path + step(number),
        depth=home.depth + 1,
        numchild=0,
        url_path=f"{home.url_path}casussen/",
        locale_id=home.locale_id,
        live=True,
        show_in_menus=True,
        intro=INTRO,
    )
    Page.objects.filter(pk=home.pk).update(numchild=count + 1)


def remove_case_index(apps, schema_editor):
    Page = apps.get_model("wagtailcore", "Page")
    for index in apps.get_model("practices", "CaseIndexPage").objects.all():
        parent_path = index.path[:-STEPLEN]
        Page.objects.filter(path__startswith=index.path).delete()
        Page.objects.filter(path=parent_path).update(
            numchild=Page.objects.filter(
                path__startswith=parent_path, depth=len(parent_path) // STEPLEN + 1
            ).count()
        )


class Migration(migrations.Migration):
    dependencies = [
        ("practices", "0008_cases_and_privacy_dismissals"),
        ("leersteun", "0002_create_homepage"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]
    operations = [migrations.RunPython(create_case_index, remove_case_index)]
