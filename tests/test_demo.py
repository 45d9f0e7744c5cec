from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from taggit.models import Tag
from wagtail.models import Page, Revision

from network.models import Centre, Contribution
from practices.models import (
    CarePhase,
    CasePage,
    CasePractice,
    CoreActivity,
    EducationLevel,
    MaterialDocument,
    MaterialKind,
    PracticeMaterial,
    PracticePage,
    TargetGroup,
)

pytestmark = pytest.mark.django_db


def counts():
    return {
        "pages": Page.objects.count(),
        "revisions": Revision.objects.count(),
        "documents": MaterialDocument.objects.count(),
        "materials": PracticeMaterial.objects.count(),
        "contributions": Contribution.objects.count(),
        "tags": Tag.objects.count(),
        "users": get_user_model().objects.count(),
        "cases": CasePage.objects.count(),
        "case_practices": CasePractice.objects.count(),
    }


def test_loading_the_demo_twice_gives_the_same_content():
    before = counts()
    call_command("load_demo", allow_production=True, stdout=StringIO())
    assert counts() == before


def test_demo_covers_every_taxonomy_value_and_anchor_centre():
    live = PracticePage.objects.live()
    assert live.count() >= 40
    for model, field in (
        (CoreActivity, "core_activities"),
        (CarePhase, "care_phases"),
        (EducationLevel, "education_levels"),
        (TargetGroup, "target_groups"),
    ):
        for value in model.objects.all():
            assert live.filter(**{field: value}).exists(), value
    for centre in Centre.objects.filter(is_anchor=True):
        assert live.filter(contributions__centre=centre).exists(), centre


def test_demo_materials_are_real_pdf_and_docx_files():
    kinds = set(PracticeMaterial.objects.values_list("kind", flat=True))
    assert {MaterialKind.WORKSHEET, MaterialKind.CHECKLIST, MaterialKind.STEP_PLAN} <= kinds
    extensions = set()
    for document in MaterialDocument.objects.all():
        with document.open_file() as handle:
            head = handle.read(4)
        extensions.add(document.file_extension)
        assert head == (b"%PDF" if document.file_extension == "pdf" else b"PK\x03\x04")
    assert extensions == {"pdf", "docx"}


def test_demo_refuses_to_run_outside_debug_without_the_flag(settings):
    from django.core.management.base import CommandError

    settings.DEBUG = False
    with pytest.raises(CommandError):
        call_command("load_demo", stdout=StringIO())
