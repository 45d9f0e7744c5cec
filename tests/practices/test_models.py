import pytest
from django.core.exceptions import ValidationError

from network.models import Centre
from practices.factories import MaterialDocumentFactory, PracticePageFactory
from practices.models import (
    CarePhase,
    CoreActivity,
    EducationLevel,
    MaterialKind,
    PracticeMaterial,
    TargetGroup,
)
from practices.models.pages import SUMMARY_MAX_LENGTH

pytestmark = pytest.mark.django_db


def test_taxonomies_are_seeded_with_stable_slugs():
    assert list(CoreActivity.objects.values_list("slug", flat=True)) == [
        "consultatieve-leerlingenbegeleiding",
        "handelingsgericht-advies",
        "handelingsgerichte-diagnostiek",
        "icf-cy",
    ]
    assert list(CarePhase.objects.values_list("slug", flat=True)) == [
        "fase-0",
        "fase-1",
        "fase-2",
        "fase-3",
    ]
    assert EducationLevel.objects.count() == 6
    assert set(EducationLevel.objects.values_list("slug", flat=True)) == {
        f"{level}-{kind}"
        for level in ("kleuter", "lager", "secundair")
        for kind in ("gewoon", "buitengewoon")
    }
    assert list(TargetGroup.objects.values_list("slug", flat=True)) == [
        "leerling",
        "leraar",
        "zorgteam-school",
        "ouders",
        "clb-team",
    ]


def test_the_five_anchor_centres_are_seeded_among_others():
    anchors = set(Centre.objects.filter(is_anchor=True).values_list("name", flat=True))
    assert anchors == {
        "Vrij CLB De Wissel Antwerpen",
        "CLB N-Brussel",
        "GO! CLB Limburg Noord Adite",
        "Vrij CLB Waas en Dender",
        "Vrij CLB Westhoek-Houtland",
    }
    others = Centre.objects.filter(is_anchor=False)
    assert others.count() >= 20
    assert set(others.values_list("net", flat=True)) == {"vrij", "go", "ovsg", "pov"}
    assert len(set(Centre.objects.values_list("province", flat=True))) == 6


def test_summary_longer_than_its_bound_is_refused(materialenbank):
    practice = PracticePageFactory(parent=materialenbank)
    practice.summary = "x" * (SUMMARY_MAX_LENGTH + 1)
    with pytest.raises(ValidationError) as error:
        practice.full_clean()
    assert "summary" in error.value.message_dict


def test_contact_role_must_not_be_an_email_address(materialenbank):
    practice = PracticePageFactory(parent=materialenbank)
    practice.contact_role = "Neem contact op met jan.peeters@clb.be"
    with pytest.raises(ValidationError) as error:
        practice.full_clean()
    assert "e-mailadres" in " ".join(error.value.message_dict["contact_role"])


@pytest.mark.parametrize(
    ("with_document", "link", "title", "message"),
    [
        (False, "", "", "document óf"),
        (True, "https://video.example.org/clip", "Video", "document óf"),
        (False, "https://video.example.org/clip", "", "titel"),
    ],
)
def test_material_needs_exactly_a_document_or_a_titled_link(
    materialenbank, with_document, link, title, message
):
    material = PracticeMaterial(
        practice=PracticePageFactory(parent=materialenbank),
        document=MaterialDocumentFactory() if with_document else None,
        link=link,
        title=title,
        kind=MaterialKind.VIDEO,
    )
    with pytest.raises(ValidationError) as error:
        material.full_clean()
    assert message in str(error.value)


def test_material_with_only_a_document_is_valid(materialenbank):
    material = PracticeMaterial(
        practice=PracticePageFactory(parent=materialenbank),
        document=MaterialDocumentFactory(),
        kind=MaterialKind.CHECKLIST,
    )
    material.full_clean()
    assert material.display_title == material.document.title
