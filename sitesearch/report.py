"""The editors' report "Zoekopdrachten": what was searched most and what found nothing.

Each row of the log is one search (see `log`), so counting rows counts searches. Both lists are
grouped in SQL by the normalised query and cut to the top LIMIT; each row links to the one step
that helps the next visitor: a synonym or a promoted result for those words."""

from datetime import timedelta
from urllib.parse import urlencode

from django.contrib.auth.mixins import PermissionRequiredMixin
from django.db.models import Count, Max, OuterRef, Q, Subquery
from django.db.models.functions import Lower
from django.urls import reverse, reverse_lazy
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from vocabulary.models import Synonym

from .models import LoggedSearch

REPORT_PERMISSION = "sitesearch.view_search_report"
PERIODS = (30, 90)  # days; the first is the default
LIMIT = 50
SYNONYM_PERMISSIONS = {"add": "vocabulary.add_synonym", "change": "vocabulary.change_synonym"}
PROMOTION_PERMISSION = "wagtailsearchpromotions.add_searchpromotion"


def period_rows(days, today=None):
    """The searches of the last `days` days, today included."""
    today = today or timezone.localdate()
    return LoggedSearch.objects.filter(date__gt=today - timedelta(days=days))


def frequent_searches(days, today=None):
    """The most frequent queries: how often, when last, and what the last search found."""
    rows = period_rows(days, today)
    last_count = (
        rows.filter(query=OuterRef("query")).order_by("-date", "-pk").values("result_count")[:1]
    )
    return list(
        rows.values("query")
        .annotate(
            searches=Count("pk"),
            last_searched=Max("date"),
            last_result_count=Subquery(last_count),
        )
        .order_by("-searches", "-last_searched", "query")[:LIMIT]
    )


def searches_without_results(days, today=None):
    """The queries that found nothing, by how often they did."""
    return list(
        period_rows(days, today)
        .filter(result_count=0)
        .values("query")
        .annotate(searches=Count("pk"), last_searched=Max("date"))
        .order_by("-searches", "-last_searched", "query")[:LIMIT]
    )


def totals(days, today=None):
    return period_rows(days, today).aggregate(
        searches=Count("pk"), without_results=Count("pk", filter=Q(result_count=0))
    )


class SearchReportView(PermissionRequiredMixin, WagtailAdminTemplateMixin, TemplateView):
    permission_required = REPORT_PERMISSION
    raise_exception = True  # a 403 inside the admin, never a second login
    page_title = _("Zoekopdrachten")
    header_icon = "search"
    template_name = "sitesearch/search_report.html"
    breadcrumbs_items = [
        {"url": reverse_lazy("wagtailadmin_home"), "label": _("Home")},
        {"url": "", "label": page_title},
    ]

    def get_period(self):
        try:
            days = int(self.request.GET.get("periode", ""))
        except ValueError:
            return PERIODS[0]
        return days if days in PERIODS else PERIODS[0]

    def add_actions(self, rows):
        """Give each row its links to add a synonym (or edit the existing one for that term)
        and a promoted result, as far as the user may."""
        user = self.request.user
        may_promote = user.has_perm(PROMOTION_PERMISSION)
        existing = {}
        if user.has_perm(SYNONYM_PERMISSIONS["change"]):
            existing = dict(
                Synonym.objects.annotate(key=Lower("term"))
                .filter(key__in={row["query"] for row in rows})
                .values_list("key", "pk")
            )
        may_add_synonym = user.has_perm(SYNONYM_PERMISSIONS["add"])
        for row in rows:
            query = row["query"]
            if query in existing:
                row["synonym_edit_url"] = reverse(
                    "wagtailsnippets_vocabulary_synonym:edit", args=[existing[query]]
                )
            elif may_add_synonym:
                row["synonym_add_url"] = (
                    reverse("wagtailsnippets_vocabulary_synonym:add")
                    + "?"
                    + urlencode({"term": query})
                )
            if may_promote:
                row["promotion_add_url"] = (
                    reverse("sitesearch_promotion_add") + "?" + urlencode({"query": query})
                )
        return rows

    def get_context_data(self, **kwargs):
        days = self.get_period()
        return super().get_context_data(
            days=days,
            periods=PERIODS,
            limit=LIMIT,
            totals=totals(days),
            frequent=self.add_actions(frequent_searches(days)),
            without_results=self.add_actions(searches_without_results(days)),
            **kwargs,
        )
