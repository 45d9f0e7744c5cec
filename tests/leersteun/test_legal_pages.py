import importlib
import json
import re

import pytest
from django.apps import apps
from django.urls import reverse
from wagtail.models import Page

from leersteun.models import ContentPage
from practices.models import PracticePage

pytestmark = pytest.mark.django_db

migration = importlib.import_module(
    "leersteun.migrations.0003_create_accessibility_and_privacy_pages"
)


def test_accessibility_statement_follows_the_eu_model_statement(client):
    html = client.get("/toegankelijkheid/").content.decode()
    for section in (
        "Nalevingsstatus",
        "Niet-toegankelijke inhoud",
        "Alternatieven",
        "Opstelling van deze verklaring",
        "Feedback en contactgegevens",
        "Handhavingsprocedure",
    ):
        assert f">{section}</h2>" in html, section
    assert "WCAG" in html
    assert "gedeeltelijk conform" in html
    assert 'href="mailto:' in html
    assert "Vlaamse Ombudsdienst" in html
    assert re.search(r"opgesteld op \d{1,2} \w+ \d{4}", html)


def test_privacy_page_says_what_is_kept_why_how_long_and_the_rights(client):
    html = client.get("/privacy/").content.decode()
    sections = ("Wie is verantwoordelijk?", "Welke gegevens, waarom en hoe lang?", "Je rechten")
    for section in sections:
        assert f">{section}</h2>" in html, section
    kinds = ("Bezoekers", "Accounts van medewerkers", "Inschrijvingen voor studiedagen")
    for kind in (*kinds, "Contactformulier", "Gebruik van een praktijk melden"):
        assert f">{kind}</h3>" in html, kind
    assert "Negentig dagen na de studiedag" in html and "Twaalf maanden" not in html
    assert "geen analyse- of trackingcookies" in html
    assert 'href="mailto:' in html


def test_every_page_type_links_both_pages_from_its_footer(client):
    practice = PracticePage.objects.live().first()
    for url in ("/", "/materialenbank/", practice.url, "/over/", "/privacy/", "/bestaat-niet/"):
        html = client.get(url).content.decode()
        footer = html[html.index('<footer class="site-footer">') :]
        assert 'href="/toegankelijkheid/"' in footer, url
        assert 'href="/privacy/"' in footer, url


def test_the_500_template_links_both_pages_too():
    from django.template.loader import render_to_string

    html = render_to_string("500.html")
    assert 'href="/toegankelijkheid/"' in html
    assert 'href="/privacy/"' in html


def test_the_migration_recreates_missing_pages_in_a_sound_tree_and_keeps_edited_ones(
    home, admin_client
):
    statement = ContentPage.objects.get(slug="toegankelijkheid")
    statement.title = "Onze toegankelijkheid"
    statement.save_revision().publish()
    ContentPage.objects.get(slug="privacy").delete()

    migration.create_pages(apps, None)
    migration.create_pages(apps, None)

    assert ContentPage.objects.get(slug="toegankelijkheid").title == "Onze toegankelijkheid"
    privacy = ContentPage.objects.get(slug="privacy")
    assert privacy.live
    assert privacy.get_parent().pk == home.pk
    assert privacy.url == "/privacy/"
    assert Page.find_problems() == ([], [], [], [], [])
    home.refresh_from_db()
    assert home.numchild == home.get_children().count()
    edit_url = reverse("wagtailadmin_pages:edit", args=(privacy.pk,))
    assert admin_client.get(edit_url).status_code == 200


def axe_configuration(html):
    match = re.search(
        r'<script id="checker-axe-configuration" type="application/json">(.*?)</script>',
        html,
        re.S,
    )
    assert match, "no axe configuration in the page"
    return json.loads(match.group(1))


def test_editors_accessibility_checker_runs_the_projects_rules(admin_client, materialenbank):
    for url in (
        materialenbank.url,
        reverse("wagtailadmin_pages:edit", args=(materialenbank.pk,)),
    ):
        configuration = axe_configuration(admin_client.get(url).content.decode())
        rules = configuration["options"]["runOnly"]
        assert {"heading-order", "link-name", "page-has-heading-one", "link-in-text-block"} <= set(
            rules
        ), url
        assert configuration["context"]["include"] == ["main"]
        assert configuration["messages"]["page-has-heading-one"]["error_name"] == (
            "Pagina zonder hoofdtitel"
        )


def test_the_privacy_update_leaves_a_statement_editors_changed_alone(home):
    update = importlib.import_module("leersteun.migrations.0006_privacy_statement_forms")
    privacy = ContentPage.objects.get(slug="privacy")
    update.backwards(apps, None)
    privacy.refresh_from_db()
    assert "Twaalf maanden" in privacy.body
    privacy.save_revision()  # an editor's draft: the statement is theirs now
    update.forwards(apps, None)
    privacy.refresh_from_db()
    assert "Twaalf maanden" in privacy.body and "Contactformulier" not in privacy.body
