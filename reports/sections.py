"""The sections of the final report: each a function returning its figures, and a template.

Every figure is a query over the live data (drafts never count). Data with a date (meetings,
try-outs) is limited to the chosen period; the other figures are the state of today. To add a
section, write its function and template and append a `Section` to `SECTIONS`.
"""

from collections.abc import Callable
from dataclasses import dataclass

from django.db.models import Count, Q
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

from dissemination import dashboard
from dissemination.studyday_figures import study_day_rows
from leersteun.charts import bar_chart
from network.maturity import MaturityLevel, maturity_facet_counts
from network.models import Centre, Meeting, MeetingKind, TryOut, Verdict
from practices.listing import not_needed_line
from practices.models import CasePage, Insight, PracticePage
from practices.models.cases import DiagnosticsNeeded, Verslag
from practices.models.insights import (
    ADDRESSEE_HEADINGS,
    InsightKind,
    InsightLevel,
    RecommendationIndexPage,
    RegulatoryTheme,
    group_by,
)


@dataclass(frozen=True)
class Section:
    slug: str
    title: Promise
    template: str
    build: Callable  # (report page, Period) -> dict for the template


@dataclass(frozen=True)
class BuiltSection:
    slug: str
    title: Promise
    template: str
    data: dict


def choice_counts(queryset, field, choices):
    """[(label, count)] for every choice of `field`, zero counts included, in one query."""
    counts = dict(queryset.order_by().values_list(field).annotate(n=Count("pk")))
    return [(choice.label, counts.get(choice.value, 0)) for choice in choices]


# Goals


def goals(page, period):
    return {"goals": page.goals}


# The learning network


def meetings_per_kind(period):
    return choice_counts(Meeting.objects.filter(**period.lookup("date")), "kind", MeetingKind)


def tryouts_per_verdict(period):
    return choice_counts(TryOut.objects.filter(**period.lookup("start_date")), "verdict", Verdict)


def learning_network(page, period):
    meetings = meetings_per_kind(period)
    tryouts = tryouts_per_verdict(period)
    return {
        "anchors": Centre.objects.filter(is_anchor=True).order_by("name"),
        "centre_count": Centre.objects.count(),
        "meetings": meetings,
        "meeting_total": sum(n for _label, n in meetings),
        "meeting_chart": bar_chart(
            _("Overleggen per soort"), meetings, label_header=_("Soort overleg")
        ),
        "tryouts": tryouts,
        "tryout_total": sum(n for _label, n in tryouts),
    }


# Practices by core activity and maturity


def practices_by_activity_and_maturity():
    """[(core activity name, [count per maturity level])]; a practice counts once per activity."""
    return dashboard.practice_rows()


def practices_per_maturity():
    counts = maturity_facet_counts(PracticePage.objects.live())
    return [(level.label, counts[level.value]) for level in MaturityLevel]


def practices(page, period):
    matrix = practices_by_activity_and_maturity()
    levels = [level.label for level in MaturityLevel]
    per_maturity = practices_per_maturity()
    return {
        # Every practice has exactly one level.
        "practice_total": sum(count for _level, count in per_maturity),
        "per_maturity": per_maturity,
        "chart": bar_chart(
            _("Praktijken per kernactiviteit en niveau van uitwerking"),
            matrix,
            series=levels,
            label_header=_("Kernactiviteit"),
        ),
    }


# Insights


def public_insights(kind):
    return Insight.objects.public().filter(kind=kind).with_practice_count().order_by("title")


def insights_by_level(kind):
    return group_by(public_insights(kind), "level", dict(InsightLevel.choices))


def success_factors(page, period):
    return {"groups": insights_by_level(InsightKind.SUCCESS_FACTOR)}


def preconditions(page, period):
    return {"groups": insights_by_level(InsightKind.PRECONDITION)}


def regulatory_findings(page, period):
    """The insights with a regulatory theme, and how many live cases name each rule."""
    findings = (
        Insight.objects.public()
        .exclude(regulatory_theme="")
        .with_practice_count()
        .annotate(
            case_count=Count("forcing_cases", filter=Q(forcing_cases__live=True), distinct=True)
        )
        .order_by("title")
    )
    return {"groups": group_by(findings, "regulatory_theme", dict(RegulatoryTheme.choices))}


def obstacles(page, period):
    recommendations = RecommendationIndexPage.public_recommendations().order_by(
        "obstacle__title", "pk"
    )
    return {
        "groups": insights_by_level(InsightKind.OBSTACLE),
        "recommendation_groups": group_by(recommendations, "addressee", ADDRESSEE_HEADINGS),
    }


# Cases


def cases_by_verslag_and_diagnostics():
    """[(verslag label, [count per answer to 'classifying diagnostics needed?'])]."""
    rows = (
        CasePage.objects.live()
        .order_by()
        .values_list("verslag", "classifying_diagnostics")
        .annotate(n=Count("pk"))
    )
    counts = {(verslag, answer): n for verslag, answer, n in rows}
    return [
        (
            verslag.label,
            [counts.get((verslag.value, answer.value), 0) for answer in DiagnosticsNeeded],
        )
        for verslag in Verslag
    ]


def cases(page, period):
    not_needed, total = CasePage.not_needed_counts(CasePage.objects.live())
    return {
        "not_needed": not_needed,
        "total": total,
        "share": round(100 * not_needed / total) if total else None,
        "line": not_needed_line(not_needed, total),
        "chart": bar_chart(
            _("Casussen per verslag: was classificerende diagnostiek nodig?"),
            cases_by_verslag_and_diagnostics(),
            series=[answer.label for answer in DiagnosticsNeeded],
            label_header=_("Verslag"),
        ),
    }


def dissemination(page, period):
    """The spread dashboard's figures (all centres), drawn by the same functions."""
    centres = Centre.objects.all()
    builds = (
        dashboard.status_chart,
        dashboard.timeline_chart,
        dashboard.top_practices_chart,
        dashboard.reach_table,
    )
    return {"charts": [build(centres, None) for build in builds]}


def study_days(page, period):
    """The study days within the period, with registrations and attendance."""
    return {"days": [day for day in study_day_rows() if period.start <= day["date"] <= period.end]}


SECTIONS = [
    Section("doelen", _("Doelen van het project"), "reports/sections/goals.html", goals),
    Section(
        "lerend-netwerk",
        _("Het lerend netwerk"),
        "reports/sections/learning_network.html",
        learning_network,
    ),
    Section(
        "praktijken",
        _("Goede praktijken per kernactiviteit en niveau van uitwerking"),
        "reports/sections/practices.html",
        practices,
    ),
    Section(
        "succesfactoren",
        _("Succesfactoren per niveau"),
        "reports/sections/insight_groups.html",
        success_factors,
    ),
    Section(
        "randvoorwaarden",
        _("Randvoorwaarden"),
        "reports/sections/insight_groups.html",
        preconditions,
    ),
    Section(
        "regelgeving",
        _("Bevindingen over de regelgeving"),
        "reports/sections/regulatory_findings.html",
        regulatory_findings,
    ),
    Section(
        "obstakels",
        _("Obstakels en aanbevelingen"),
        "reports/sections/obstacles.html",
        obstacles,
    ),
    Section("casussen", _("Casussen"), "reports/sections/cases.html", cases),
    Section(
        "verspreiding",
        _("Verspreiding naar andere centra"),
        "reports/sections/dissemination.html",
        dissemination,
    ),
    Section("studiedagen", _("Studiedagen"), "reports/sections/study_days.html", study_days),
]


def build_sections(page, period):
    return [
        BuiltSection(section.slug, section.title, section.template, section.build(page, period))
        for section in SECTIONS
    ]
