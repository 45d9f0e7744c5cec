"""Site-level demo content: the home page text, the about page and the demo users."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from practices.demo_content import ABOUT_PAGE, HOME_INTRO

from .models import ContentPage, HomePage

DEMO_PASSWORD = "leersteun-demo"

# (username, first name, last name, Wagtail group); project workers per anchor CLB.
DEMO_USERS = [
    ("redactie", "Prodia", "Redactie", "Moderators"),
    ("medewerker-dewissel", "Projectmedewerker", "De Wissel", "Editors"),
    ("medewerker-nbrussel", "Projectmedewerker", "N-Brussel", "Editors"),
    ("medewerker-adite", "Projectmedewerker", "Adite", "Editors"),
    ("medewerker-waasdender", "Projectmedewerker", "Waas en Dender", "Editors"),
    ("medewerker-westhoek", "Projectmedewerker", "Westhoek-Houtland", "Editors"),
]


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
        defaults={"is_staff": True, "is_superuser": True, "first_name": "Beheerder"},
    )
    if created:
        admin.set_password(DEMO_PASSWORD)
        admin.save()
    for username, first_name, last_name, group_name in DEMO_USERS:
        user, created = User.objects.get_or_create(
            username=username, defaults={"first_name": first_name, "last_name": last_name}
        )
        if created:
            user.set_password(DEMO_PASSWORD)
            user.save()
            user.groups.add(Group.objects.get(name=group_name))
    return ["admin", *(row[0] for row in DEMO_USERS)]
