"""The maturity level computed in plain Python from the records, as issue 6 and 7 define it:
the independent oracle the SQL annotation (network.maturity) is checked against."""

from dissemination.models import AdoptionStatus
from network.models import Verdict

BROADLY_TRIED = 3


def expected_maturity(practice):
    adopted_outside = {
        adoption.centre_id
        for adoption in practice.adoptions.all()
        if adoption.confirmed
        and adoption.status in (AdoptionStatus.IN_USE, AdoptionStatus.EMBEDDED)
        and not adoption.centre.is_anchor
    }
    if adopted_outside:
        return "verspreid"
    tried = {t.centre_id for t in practice.tryouts.all() if t.verdict in Verdict.usable()}
    if len(tried) >= BROADLY_TRIED:
        return "breed-uitgeprobeerd"
    return "uitgeprobeerd" if tried else "beschreven"
