import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from network.models import Centre
from practices.demo_files import make_pdf
from practices.models import (
    CarePhase,
    CoreActivity,
    EducationLevel,
    MaterialDocument,
    PracticePage,
    TargetGroup,
)

pytestmark = pytest.mark.django_db


def practice_form(**overrides):
    data = {
        "title": "Samen kijken naar de klas",
        "slug": "samen-kijken-naar-de-klas",
        "summary": "Een CLB-medewerker en de leraar observeren samen en maken een klasplan.",
        "purpose": rich_text("<p>Leraren vroegen om ondersteuning in de klas.</p>"),
        "steps": streamfield(
            [
                (
                    "step",
                    {
                        "title": "Vraag verhelderen",
                        "description": rich_text("<p>Met de leraar.</p>"),
                    },
                ),
                (
                    "step",
                    {"title": "Samen observeren", "description": rich_text("<p>Een lesuur.</p>")},
                ),
            ]
        ),
        "what_works": rich_text("<p>Een vast moment in de week.</p>"),
        "pitfalls": rich_text(""),
        "preconditions": rich_text(""),
        "getting_started": rich_text(""),
        "experiences": rich_text(""),
        "tags": "klasmanagement, co-teaching",
        "contributions": inline_formset(
            [{"centre": Centre.objects.get(slug="vrij-clb-waas-en-dender").pk}], min=1
        ),
        "contact_role": "Teamverantwoordelijke consultatie",
        "last_reviewed": "2025-01-15",
        "materials": inline_formset([]),
        "related_links": inline_formset([]),
        "insight_links": inline_formset([]),
        "comments": inline_formset([]),
    }
    data = nested_form_data(data)
    # Multiple-choice fields are posted as repeated values, not as nested fields.
    data |= {
        "core_activities": [
            CoreActivity.objects.get(slug="consultatieve-leerlingenbegeleiding").pk
        ],
        "care_phases": [CarePhase.objects.get(slug="fase-1").pk],
        "education_levels": [EducationLevel.objects.get(slug="lager-gewoon").pk],
        "target_groups": [TargetGroup.objects.get(slug="leraar").pk],
    }
    data.update(overrides)
    return data


def add_url(parent):
    return reverse("wagtailadmin_pages:add", args=("practices", "practicepage", parent.pk))


def test_editor_creates_and_publishes_a_practice_through_the_admin(admin_client, materialenbank):
    data = practice_form()
    data["action-publish"] = "publish"
    response = admin_client.post(add_url(materialenbank), data)
    assert response.status_code == 302, response.context["form"].errors if response.context else ""
    practice = PracticePage.objects.get(slug="samen-kijken-naar-de-klas")
    assert practice.live
    assert [c.centre.slug for c in practice.contributions.all()] == ["vrij-clb-waas-en-dender"]
    assert set(practice.tags.names()) == {"klasmanagement", "co-teaching"}
    assert [step.value["title"] for step in practice.steps] == [
        "Vraag verhelderen",
        "Samen observeren",
    ]
    assert practice.care_phases.get().slug == "fase-1"


def test_admin_edit_form_has_tabs_that_follow_the_sections(admin_client):
    practice = PracticePage.objects.live().first()
    response = admin_client.get(reverse("wagtailadmin_pages:edit", args=(practice.pk,)))
    html = response.content.decode()
    for tab in (
        "Aanleiding en doel",
        "Werkwijze",
        "Wat werkt, valkuilen, randvoorwaarden",
        "Lokaal starten en ervaringen",
        "Indeling en centra",
        "Materialen",
    ):
        assert tab in html


@pytest.mark.parametrize(
    ("overrides", "field", "message"),
    [
        ({"summary": ""}, "summary", "Dit is een verplicht veld"),
        ({"summary": "x" * 301}, "summary", "300"),
        ({"contact_role": "mail naar an.janssens@example.be"}, "contact_role", "e-mailadres"),
        ({"core_activities": []}, "core_activities", "Dit is een verplicht veld"),
    ],
)
def test_bad_practice_input_gets_a_dutch_message_and_saves_nothing(
    admin_client, materialenbank, overrides, field, message
):
    before = PracticePage.objects.count()
    data = practice_form(**overrides)
    data["action-publish"] = "publish"
    response = admin_client.post(add_url(materialenbank), data)
    assert response.status_code == 200
    errors = response.context["form"].errors
    assert field in errors
    assert message in " ".join(errors[field])
    assert PracticePage.objects.count() == before


def test_an_incomplete_draft_may_be_saved_but_not_published(admin_client, materialenbank):
    response = admin_client.post(add_url(materialenbank), practice_form(summary=""))
    assert response.status_code == 302
    draft = PracticePage.objects.get(slug="samen-kijken-naar-de-klas")
    assert not draft.live
    data = practice_form(summary="")
    data["action-publish"] = "publish"
    response = admin_client.post(reverse("wagtailadmin_pages:edit", args=(draft.pk,)), data)
    assert response.status_code == 200
    assert "summary" in response.context["form"].errors
    draft.refresh_from_db()
    assert not draft.live


def test_admin_speaks_dutch(admin_client):
    response = admin_client.get(reverse("wagtailadmin_home"))
    assert 'lang="nl' in response.content.decode()
    assert "Pagina's" in response.content.decode()


def upload(admin_client, name, content):
    return admin_client.post(
        reverse("wagtaildocs:add"),
        {"title": name, "file": SimpleUploadedFile(name, content), "collection": 1},
    )


def test_allowed_document_type_is_stored(admin_client):
    response = upload(admin_client, "checklist.pdf", make_pdf("Checklist", ["Een regel."]))
    assert response.status_code == 302
    assert MaterialDocument.objects.filter(title="checklist.pdf").exists()


@pytest.mark.parametrize("name", ["script.html", "tool.exe", "foto.svg", "oud.doc"])
def test_disallowed_document_types_are_refused_with_a_message(admin_client, name):
    response = upload(admin_client, name, b"<html><script>alert(1)</script></html>")
    assert response.status_code == 200
    assert (
        "Bestandsextensie" in response.content.decode() or "extensie" in response.content.decode()
    )
    assert not MaterialDocument.objects.filter(title=name).exists()


def test_documents_over_25_mb_are_refused(admin_client, settings):
    settings.WAGTAILDOCS_MAX_UPLOAD_SIZE = 1024
    response = upload(admin_client, "groot.pdf", b"%PDF-1.4\n" + b"0" * 2048)
    assert response.status_code == 200
    assert "te groot" in response.content.decode()
    assert not MaterialDocument.objects.filter(title="groot.pdf").exists()
