from .cases import (
    CaseIndexPage,
    CasePage,
    CasePractice,
    DiagnosticsNeeded,
    GradeBand,
    HGDPhase,
    Requester,
    Verslag,
    VerslagType,
)
from .documents import MaterialDocument
from .pages import (
    MaterialKind,
    PracticeIndexPage,
    PracticeMaterial,
    PracticePage,
    PracticePageTag,
    RelatedPractice,
)
from .privacy import PrivacyDismissal, PrivacyGuardedPage
from .taxonomy import CarePhase, CoreActivity, EducationLevel, TargetGroup

__all__ = [
    "CarePhase",
    "CaseIndexPage",
    "CasePage",
    "CasePractice",
    "CoreActivity",
    "DiagnosticsNeeded",
    "GradeBand",
    "HGDPhase",
    "EducationLevel",
    "MaterialDocument",
    "MaterialKind",
    "PracticeIndexPage",
    "PracticeMaterial",
    "PracticePage",
    "PracticePageTag",
    "PrivacyDismissal",
    "PrivacyGuardedPage",
    "RelatedPractice",
    "Requester",
    "TargetGroup",
    "Verslag",
    "VerslagType",
]
