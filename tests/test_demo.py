from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from taggit.models import Tag
from wagtail.models import Page, Revision

from network.maturity import MaturityLevel, annotate_maturity
from network.models import (
    CaseContribution,
    Centre,
    Contribution,
    Decision,
    Meeting,
    MeetingKind,
    Membership,
    TryOut,
    TryOutParticipant,
)
from network.roles import EDITOR, PROJECT_WORKER, STEERING_GROUP
from practices.models import (
    CarePhase,
    CasePage,
    CasePractice,
    CoreActivity,
    EducationLevel,
    Insight,
    InsightKind,
    MaterialDocument,
    MaterialKind,
    PracticeInsight,
    PracticeMaterial,
    PracticePage,
    Recommendation,
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
        "insights": Insight.objects.count(),
        "insight_links": PracticeInsight.objects.count(),
        "recommendations": Recommendation.objects.count(),
        "memberships": Membership.objects.count(),
        "meetings": Meeting.objects.count(),
        "decisions": Decision.objects.count(),
        "tryouts": TryOut.objects.count(),
        "participants": TryOutParticipant.objects.count(),
        "cases": CasePage.objects.count(),
        "case_practices": CasePractice.objects.count(),
        "case_contributions": CaseContribution.objects.count(),
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


def test_demo_network_has_twelve_meetings_of_every_kind_and_every_level():
    meetings = Meeting.objects.all()
    assert meetings.count() == 12
    assert {m.kind for m in meetings} == set(MeetingKind.values)
    assert {m.date.year for m in meetings} == {2023, 2024}
    levels = set(annotate_maturity(PracticePage.objects.live()).values_list("maturity", flat=True))
    assert levels == set(MaturityLevel.values)


def test_demo_users_have_their_role_and_project_workers_their_centre():
    User = get_user_model()
    assert User.objects.get(username="admin").is_superuser
    assert User.objects.get(username="redactie").groups.get().name == EDITOR
    assert User.objects.get(username="stuurgroep").groups.get().name == STEERING_GROUP
    workers = User.objects.filter(groups__name=PROJECT_WORKER)
    centres = {worker.membership.centre for worker in workers}
    assert centres == set(Centre.objects.filter(is_anchor=True))
    assert all(user.email for user in User.objects.all())


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


def test_demo_insights_cover_the_kinds_levels_and_addressees():
    live = Insight.objects.filter(live=True)
    success_factors = live.filter(kind=InsightKind.SUCCESS_FACTOR)
    assert success_factors.count() >= 12
    assert set(success_factors.values_list("level", flat=True)) == {"clb", "onderwijs", "samenspel"}
    preconditions = live.filter(kind=InsightKind.PRECONDITION)
    assert preconditions.count() >= 6
    assert preconditions.filter(regulatory_theme="type-zonder-externe-diagnostiek").count() >= 2
    assert live.filter(kind=InsightKind.PITFALL).count() >= 6
    obstacles = live.filter(kind=InsightKind.OBSTACLE)
    assert obstacles.count() >= 8
    assert not obstacles.filter(recommendations__isnull=True).exists()
    recommendations = Recommendation.objects.filter(live=True)
    assert recommendations.count() >= 12
    assert set(recommendations.values_list("addressee", flat=True)) == {
        "overheid",
        "onderwijs",
        "clb",
    }
    assert not live.filter(practice_links__isnull=True).exists()
