"""The spread figures, as queries over the records: one function per figure.

Used by the dashboard, its CSV downloads and (later) the final report, so a figure is computed
in exactly one place. `centres` is a `network.Centre` queryset (the dashboard's net/province
filter); adoptions count only when confirmed and of a published practice.
"""

from collections import Counter
from dataclasses import dataclass

from django.db.models import Count, Min, Q

from network.maturity import MaturityLevel, annotate_maturity
from network.models import Province
from practices.models import CoreActivity, PracticePage

from .models import Adoption, AdoptionStatus

TOP_PRACTICES = 10
RECENT_NOTES = 10


def adoptions_in(centres):
    """Confirmed adoptions of published practices by the given centres."""
    return Adoption.objects.confirmed().filter(centre__in=centres)


def practices_per_core_activity():
    """[(core activity, {maturity level: number of live practices})], in the taxonomy's order.

    Not restricted to centres: a practice's maturity is one level for all of Flanders. A
    practice with several core activities counts under each.
    """
    rows = (
        annotate_maturity(PracticePage.objects.live())
        .order_by()
        .values("core_activities", "maturity")
        .annotate(n=Count("pk", distinct=True))
    )
    counts = {(row["core_activities"], row["maturity"]): row["n"] for row in rows}
    return [
        (
            activity,
            {level.value: counts.get((activity.pk, level.value), 0) for level in MaturityLevel},
        )
        for activity in CoreActivity.objects.all()
    ]


def adoptions_per_status(centres):
    """{status: number of confirmed adoptions now in that status}, every status present."""
    counts = dict(
        adoptions_in(centres)
        .order_by()
        .values("status")
        .annotate(n=Count("pk"))
        .values_list("status", "n")
    )
    return {status.value: counts.get(status.value, 0) for status in AdoptionStatus}


@dataclass(frozen=True)
class ProvinceReach:
    province: Province
    centres: int
    reached: int

    @property
    def share(self):
        return self.reached / self.centres if self.centres else 0.0


def reach_per_province(centres):
    """Per province: centres outside the anchor network, and how many of them were reached.

    Reached: at least one confirmed adoption, whatever its status (interest counts: the oil
    spot touched the centre).
    """
    rows = (
        centres.filter(is_anchor=False)
        .order_by()
        .values("province")
        .annotate(
            total=Count("pk", distinct=True),
            reached=Count(
                "pk",
                distinct=True,
                filter=Q(adoptions__confirmed=True, adoptions__practice__live=True),
            ),
        )
    )
    by_province = {row["province"]: row for row in rows}
    return [
        ProvinceReach(
            province=province,
            centres=by_province.get(province.value, {}).get("total", 0),
            reached=by_province.get(province.value, {}).get("reached", 0),
        )
        for province in Province
    ]


def months_between(first, last):
    year, month = first.year, first.month
    while (year, month) <= (last.year, last.month):
        yield year, month
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)


def cumulative_adoptions_per_month(centres):
    """[("YYYY-MM", adoptions started up to and including that month)], with no gaps.

    An adoption starts on the date of its first status change.
    """
    starts = [
        start
        for start in adoptions_in(centres)
        .annotate(start=Min("status_changes__date"))
        .values_list("start", flat=True)
        if start is not None
    ]
    if not starts:
        return []
    per_month = Counter((start.year, start.month) for start in starts)
    total, points = 0, []
    for year, month in months_between(min(starts), max(starts)):
        total += per_month[(year, month)]
        points.append((f"{year}-{month:02d}", total))
    return points


def most_adopted_practices(centres, limit=TOP_PRACTICES):
    """Live practices not behind a view restriction, by the number of centres using them (in
    gebruik or verankerd), top first."""
    adopted = Q(
        adoptions__confirmed=True,
        adoptions__status__in=AdoptionStatus.adopted(),
        adoptions__centre__in=centres,
    )
    return list(
        PracticePage.objects.live()
        .public()
        .annotate(adopting=Count("adoptions__centre", filter=adopted, distinct=True))
        .filter(adopting__gt=0)
        .order_by("-adopting", "title")[:limit]
    )


def recent_notes(centres, limit=RECENT_NOTES):
    """The latest confirmed adoptions that say what helped or hindered (feeds the insights)."""
    return list(
        adoptions_in(centres)
        .filter(practice__in=PracticePage.objects.live().public().values("pk"))
        .exclude(helped="", hindered="")
        .select_related("practice", "centre")
        .order_by("-status_since", "-pk")[:limit]
    )
