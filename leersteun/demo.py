"""Site-level demo content: the home page text, the about page and the demo users."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from network.models import Centre, Membership
from network.roles import EDITOR, PROJECT_WORKER, STEERING_GROUP
from practices.demo_content import ABOUT_PAGE, HOME_INTRO

from .models import ContentPage, HomePage

DEMO_PASSWORD = "leersteun-demo"

# (username, first name, last name, group, centre slug); one project worker per anchor CLB.
DEMO_USERS = [
    ("redactie", "Prodia", "Redactie", EDITOR, None),
    ("stuurgroep", "Lid", "Stuurgroep", STEERING_GROUP, None),
    (
        "medewerker-dewissel",
        "Projectmedewerker",
        "De Wissel",
        PROJECT_WORKER,
        "vrij-clb-de-wissel-antwerpen",
    ),
    ("medewerker-nbrussel", "Projectmedewerker", "N-Brussel", PROJECT_WORKER, "clb-n-brussel"),
    (
        "medewerker-adite",
        "Projectmedewerker",
        "Adite",
        PROJECT_WORKER,
        "go-clb-limburg-noord-adite",
    ),
    (
        "medewerker-waasdender",
        "Projectmedewerker",
        "Waas en Dender",
        PROJECT_WORKER,
        "vrij-clb-waas-en-dender",
    ),
    (
        "medewerker-westhoek",
        "Projectmedewerker",
        "Westhoek-Houtland",
        PROJECT_WORKER,
        "vrij-clb-westhoek-houtland",
    ),
]
# Fictional addresses on a reserved domain: workflow e-mails go to the console in development.
DEMO_EMAIL_DOMAIN = "demo.leersteun.invalid"


def load_home():
    home = HomePage.objects.get()
    if not home.body:
        home.title = "Goede praktijken voor consultatieve leerlingenbegeleiding, HGA en HGD"
        home.intro = f"<p>{HOME_INTRO}</p>"
        home.body = (
            "<h2>Voor wie?</h2><p>Voor CLB-medewerkers, zorgcoördinatoren en directies die willen "
            "werken zonder onnodige labels: de praktijken tonen hoe consultatie, handelingsgericht "
            "advies en handelingsgerichte diagnostiek samen leiden naar wat een leerling "
            "nodig heeft.</p>"
        )
        home.save_revision().publish()
    return home


def load_about_page(home):
    if not ContentPage.objects.child_of(home).filter(slug="over").exists():
        about = ContentPage(
            title=ABOUT_PAGE["title"],
            slug="over",
            intro=f"<p>{ABOUT_PAGE['intro']}</p>",
            body="".join(f"<p>{paragraph}</p>" for paragraph in ABOUT_PAGE["body_paragraphs"]),
            show_in_menus=True,
        )
        home.add_child(instance=about)
        about.save_revision().publish()


def load_users():
    """Development-only accounts; the password is printed by `make demo`."""
    User = get_user_model()
    admin, created = User.objects.get_or_create(
        username="admin",
        defaults={
            "is_staff": True,
            "is_superuser": True,
            "first_name": "Beheerder",
            "email": f"admin@{DEMO_EMAIL_DOMAIN}",
        },
    )
    if created:
        admin.set_password(DEMO_PASSWORD)
        admin.save()
    for username, first_name, last_name, group_name, centre_slug in DEMO_USERS:
        user, created = User.objects.get_or_create(
            username=username,
            defaults={
                "first_name": first_name,
                "last_name": last_name,
                "email": f"{username}@{DEMO_EMAIL_DOMAIN}",
            },
        )
        if created:
            user.set_password(DEMO_PASSWORD)
            user.save()
        # Set, not add: accounts from an older demo move out of Wagtail's default groups.
        user.groups.set([Group.objects.get(name=group_name)])
        if centre_slug:
            Membership.objects.update_or_create(
                user=user, defaults={"centre": Centre.objects.get(slug=centre_slug)}
            )
    return ["admin", *(row[0] for row in DEMO_USERS)]
