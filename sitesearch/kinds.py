"""The kinds of content the portal search covers: what a visitor may see of each, and how a
result of that kind is shown (title, summary, link)."""

from collections.abc import Callable
from dataclasses import dataclass

from django.utils.html import strip_tags
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _

from dissemination.models import StudyDayPage
from practices.models import (
    CasePage,
    Insight,
    InsightIndexPage,
    PracticePage,
    Recommendation,
)

SUMMARY_WORDS = 40


@dataclass(frozen=True)
class Kind:
    slug: str
    label: str
    plural: str
    visible: Callable  # () -> the queryset of what a visitor may see
    summary: Callable  # (item) -> plain text
    links: Callable  # (items, request) -> set item.result_url on each


def page_links(pages, request):
    for page in pages:
        page.result_url = page.get_url(request)


def insight_links(insights, request):
    index_page = InsightIndexPage.objects.live().public().first()
    for insight in insights:
        insight.result_url = (
            index_page.get_url(request)
            + index_page.reverse_subpage("insight", args=(insight.slug,))
            if index_page
            else ""
        )


def recommendation_links(recommendations, request):
    """A recommendation is read with its obstacle, on the obstacle's page."""
    obstacles = [recommendation.obstacle for recommendation in recommendations]
    insight_links(obstacles, request)
    for recommendation in recommendations:
        recommendation.result_url = recommendation.obstacle.result_url


def short(text):
    return Truncator(strip_tags(text or "")).words(SUMMARY_WORDS)


def page_summary(page):
    return page.search_description or short(getattr(page, "summary", ""))


KINDS = [
    Kind(
        "praktijk",
        _("praktijk"),
        _("Praktijken"),
        lambda: PracticePage.objects.live().public(),
        page_summary,
        page_links,
    ),
    Kind(
        "casus",
        _("casus"),
        _("Casussen"),
        lambda: CasePage.objects.live().public(),
        page_summary,
        page_links,
    ),
    Kind(
        "inzicht",
        _("inzicht"),
        _("Inzichten"),
        lambda: Insight.objects.public(),
        lambda insight: short(insight.explanation),
        insight_links,
    ),
    Kind(
        "aanbeveling",
        _("aanbeveling"),
        _("Aanbevelingen"),
        lambda: Recommendation.objects.filter(live=True, obstacle__live=True).select_related(
            "obstacle"
        ),
        lambda recommendation: (
            _("Aanbeveling bij het obstakel ‘%(obstacle)s’")
            % {"obstacle": recommendation.obstacle.title}
        ),
        recommendation_links,
    ),
    Kind(
        "studiedag",
        _("studiedag"),
        _("Studiedagen"),
        lambda: StudyDayPage.objects.live().public(),
        lambda page: page.search_description or short(page.intro),
        page_links,
    ),
]
KINDS_BY_SLUG = {kind.slug: kind for kind in KINDS}
