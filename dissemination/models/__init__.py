"""Study days, registrations and adoptions: how practices spread beyond the network."""

from .adoptions import Adoption, AdoptionStatus, AdoptionStatusChange
from .dashboard import SpreadDashboardPage
from .studydays import (
    MaterialKind,
    Registration,
    RegistrationStatus,
    RegistrationTally,
    Role,
    StudyDayIndexPage,
    StudyDayMaterial,
    StudyDayPage,
    StudyDaySession,
    Track,
)

__all__ = [
    "Adoption",
    "AdoptionStatus",
    "AdoptionStatusChange",
    "MaterialKind",
    "Registration",
    "RegistrationStatus",
    "RegistrationTally",
    "Role",
    "SpreadDashboardPage",
    "StudyDayIndexPage",
    "StudyDayMaterial",
    "StudyDayPage",
    "StudyDaySession",
    "Track",
]
