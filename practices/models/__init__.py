from .documents import MaterialDocument
from .pages import (
    MaterialKind,
    PracticeIndexPage,
    PracticeMaterial,
    PracticePage,
    PracticePageTag,
    RelatedPractice,
)
from .taxonomy import CarePhase, CoreActivity, EducationLevel, TargetGroup

__all__ = [
    "CarePhase",
    "CoreActivity",
    "EducationLevel",
    "MaterialDocument",
    "MaterialKind",
    "PracticeIndexPage",
    "PracticeMaterial",
    "PracticePage",
    "PracticePageTag",
    "RelatedPractice",
    "TargetGroup",
]
