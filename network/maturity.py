"""A practice's maturity level, derived from the records and never stored.

beschreven            published, not (yet) tried out with a usable verdict
uitgeprobeerd         a usable try-out (bruikbaar, bruikbaar met aanpassingen) in 1 or 2 centres
breed uitgeprobeerd   usable try-outs in at least BROADLY_TRIED_CENTRES centres
verspreid             adopted by centres outside the network (see `adopting_centres`)

`annotate_maturity()` adds the level to any PracticePage queryset with subqueries, so a listing
costs the same number of queries whatever its length, and filters such as
`.filter(maturity="uitgeprobeerd")` or `.values("maturity")` work on it. The level reads the
try-outs once per practice (`tried_level`), however many levels it compares.
"""

from django.apps import apps
from django.db import models
from django.db.models import Case, Count, IntegerField, OuterRef, Subquery, Value, When
from django.db.models.functions import Coalesce
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from .models import TryOut, Verdict

BROADLY_TRIED_CENTRES = 3
# dissemination.AdoptionStatus.adopted(), as values: network does not import dissemination.
ADOPTED_STATUSES = ("in-gebruik", "verankerd")


class MaturityLevel(models.TextChoices):
    DESCRIBED = "beschreven", _("beschreven")
    TRIED = "uitgeprobeerd", _("uitgeprobeerd")
    BROADLY_TRIED = "breed-uitgeprobeerd", _("breed uitgeprobeerd")
    DISSEMINATED = "verspreid", _("verspreid")


def usable_tryouts():
    """The outer practice's try-outs with a usable verdict, grouped, with `centres`: how many
    distinct centres made them."""
    return (
        TryOut.objects.filter(practice=OuterRef("pk"), verdict__in=Verdict.usable())
        .order_by()
        .values("practice")
        .annotate(centres=Count("centre", distinct=True))
    )


def tried_centres():
    """Subquery: how many distinct centres tried the practice with a usable verdict."""
    counts = usable_tryouts().values("centres")
    return Coalesce(Subquery(counts, output_field=IntegerField()), 0)


def tried_level():
    """Subquery: the level the usable try-outs give a practice; NULL without any."""
    broadly = When(
        centres__gte=BROADLY_TRIED_CENTRES, then=Value(MaturityLevel.BROADLY_TRIED.value)
    )
    levels = usable_tryouts().annotate(
        level=Case(
            broadly, default=Value(MaturityLevel.TRIED.value), output_field=models.CharField()
        )
    )
    return Subquery(levels.values("level"), output_field=models.CharField())


def adopting_centres():
    """Subquery: how many distinct centres outside the anchor network took the practice up.

    Confirmed adoptions whose current status is "in gebruik" or "verankerd" count. The model is
    looked up lazily: dissemination depends on network, not the other way round.
    """
    adoption = apps.get_model("dissemination", "Adoption")
    counts = (
        adoption.objects.filter(
            practice=OuterRef("pk"),
            confirmed=True,
            status__in=ADOPTED_STATUSES,
            centre__is_anchor=False,
        )
        .order_by()
        .values("practice")
        .annotate(centres=Count("centre", distinct=True))
        .values("centres")
    )
    return Coalesce(Subquery(counts, output_field=IntegerField()), 0)


def annotate_maturity(queryset):
    """Annotate `tried_centres`, `adopting_centres` and the level slug `maturity`."""
    return queryset.annotate(
        tried_centres=tried_centres(), adopting_centres=adopting_centres()
    ).annotate(
        maturity=Case(
            When(adopting_centres__gt=0, then=Value(MaturityLevel.DISSEMINATED.value)),
            default=Coalesce(tried_level(), Value(MaturityLevel.DESCRIBED.value)),
            output_field=models.CharField(),
        )
    )


def maturity_facet_counts(queryset):
    """{level slug: number of practices} for a facet, in one query."""
    rows = annotate_maturity(queryset).order_by().values("maturity").annotate(n=Count("pk"))
    counts = {row["maturity"]: row["n"] for row in rows}
    return {level.value: counts.get(level.value, 0) for level in MaturityLevel}


def explain(level, tried, adopting=0):
    """The sentence under the badge, e.g. "Uitgeprobeerd in 2 centra"."""
    if level == MaturityLevel.DISSEMINATED:
        return ngettext(
            "Verspreid naar %(n)d centrum buiten het netwerk",
            "Verspreid naar %(n)d centra buiten het netwerk",
            adopting,
        ) % {"n": adopting}
    if level in (MaturityLevel.TRIED, MaturityLevel.BROADLY_TRIED):
        return ngettext(
            "Uitgeprobeerd in %(n)d centrum", "Uitgeprobeerd in %(n)d centra", tried
        ) % {"n": tried}
    return _("Beschreven; nog niet uitgeprobeerd in een centrum")
