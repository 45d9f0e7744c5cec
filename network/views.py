import datetime

from django.core.exceptions import PermissionDenied
from django.db.models import Count, F, Q
from django.http import Http404
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.admin.views.reports import ReportView, page_types_usage
from wagtail.models import Page

from practices.models import CasePage, PracticePage
from practices.models.pages import ContributedPage

from .filters import CaseReportFilterSet, PracticeReportFilterSet
from .maturity import MaturityLevel, annotate_maturity
from .models import Centre, Meeting, MeetingKind
from .permissions import REPORT_PERMISSION, can_read_drafts, hidden_pages
from .svgmap import network_map


def page_draft(request, page_id):
    """The latest version of a practice or case, draft or not, for everyone who may read drafts.

    Wagtail's own "view draft" requires edit or publish rights; the steering group has neither
    but reads every draft.
    """
    page = get_object_or_404(Page, pk=page_id).specific
    if not isinstance(page, ContributedPage):
        raise Http404
    draft = page.get_latest_revision_as_object()
    if not can_read_drafts(request.user, draft):
        raise PermissionDenied
    return draft.make_preview_request(request, draft.default_preview_mode)


class PageTypesUsageReportView(page_types_usage.PageTypesUsageReportView):
    """Wagtail's page types report, mounted over its own URL (`leersteun.urls`). Where the last
    edited page of a type is one the user may not see named (another centre's draft), it names
    the last edited page they may see."""

    def decorate_paginated_queryset(self, page_types):
        page_types = super().decorate_paginated_queryset(page_types)
        hidden = hidden_pages(self.request.user)
        shown_ids = [item.last_edited_page_id for item in page_types]
        hidden_ids = set(hidden.filter(pk__in=shown_ids).values_list("pk", flat=True))
        for item in page_types:
            if item.last_edited_page_id in hidden_ids:
                item.last_edited_page = (
                    Page.objects.filter(content_type=item)
                    .exclude(pk__in=hidden.values("pk"))
                    # Wagtail's own order for "last edited".
                    .order_by(F("latest_revision_created_at").desc(nulls_last=True), "title", "-pk")
                    .specific()
                    .first()
                )
        return page_types


def draft_url(page):
    return reverse("network_page_draft", args=[page.pk])


class ContributedPageReportView(ReportView):
    """Practices or cases with their centres and status, for editors and the steering group;
    each title opens the latest version, drafts included. Exportable as CSV/XLSX."""

    model = None
    file_prefix = ""

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm(REPORT_PERMISSION):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_filename(self):
        return f"{self.file_prefix}-{datetime.date.today():%Y-%m-%d}"

    def get_queryset(self):
        return (
            self.model.objects.all()
            .prefetch_related("contributions__centre")
            # What status_string reads, fetched per page of results instead of per row.
            .prefetch_workflow_states()
            .annotate_approved_schedule()
            .order_by("title")
        )

    def decorate_paginated_queryset(self, object_list):
        for page in object_list:
            page.centre_names = ", ".join(centre.name for centre in page.centres)
        return object_list


class PracticeReportView(ContributedPageReportView):
    """Every practice with its status, centres and maturity."""

    model = PracticePage
    file_prefix = "praktijken"
    page_title = _("Praktijken en niveau van uitwerking")
    header_icon = "doc-full-inverse"
    index_url_name = "network_practice_report"
    index_results_url_name = "network_practice_report_results"
    filterset_class = PracticeReportFilterSet
    columns = [
        TitleColumn("title", label=_("Praktijk"), get_url=draft_url),
        Column("centre_names", label=_("Centra")),
        Column("status_string", label=_("Status")),
        Column("maturity_label", label=_("Niveau van uitwerking")),
        Column("tried_centres", label=_("Centra met bruikbare uitprobering")),
        Column("tryout_count", label=_("Uitproberingen")),
    ]
    list_export = [
        "title",
        "centre_names",
        "status_string",
        "maturity_label",
        "tried_centres",
        "tryout_count",
        "latest_revision_created_at",
    ]
    export_headings = {
        "title": _("Praktijk"),
        "centre_names": _("Centra"),
        "status_string": _("Status"),
        "maturity_label": _("Niveau van uitwerking"),
        "tried_centres": _("Centra met bruikbare uitprobering"),
        "tryout_count": _("Uitproberingen"),
        "latest_revision_created_at": _("Laatst gewijzigd"),
    }

    def get_queryset(self):
        return annotate_maturity(super().get_queryset()).annotate(
            tryout_count=Count("tryouts", distinct=True)
        )

    def decorate_paginated_queryset(self, object_list):
        for page in super().decorate_paginated_queryset(object_list):
            page.maturity_label = MaturityLevel(page.maturity).label
        return object_list


class CaseReportView(ContributedPageReportView):
    """Every case with its status and centres, drafts included."""

    model = CasePage
    file_prefix = "casussen"
    page_title = _("Casussen")
    header_icon = "clipboard-list"
    index_url_name = "network_case_report"
    index_results_url_name = "network_case_report_results"
    filterset_class = CaseReportFilterSet
    columns = [
        TitleColumn("title", label=_("Casus"), get_url=draft_url),
        Column("centre_names", label=_("Centra")),
        Column("status_string", label=_("Status")),
    ]
    list_export = ["title", "centre_names", "status_string", "latest_revision_created_at"]
    export_headings = {
        "title": _("Casus"),
        "centre_names": _("Centra"),
        "status_string": _("Status"),
        "latest_revision_created_at": _("Laatst gewijzigd"),
    }


def network_overview(request):
    """Public /netwerk/: the anchor centres on a map, what they contributed, the meetings."""
    anchors = list(
        Centre.objects.filter(is_anchor=True)
        .annotate(
            practice_count=Count(
                "contributions__practice",
                filter=Q(contributions__practice__live=True),
                distinct=True,
            ),
            tryout_count=Count("tryouts", filter=Q(tryouts__practice__live=True), distinct=True),
        )
        .order_by("name")
    )
    meeting_counts = dict(
        Meeting.objects.order_by().values("kind").annotate(n=Count("pk")).values_list("kind", "n")
    )
    return render(
        request,
        "network/network_overview.html",
        {
            "map": network_map(anchors),
            "anchors": anchors,
            "meeting_counts": [
                (kind.label, meeting_counts.get(kind.value, 0)) for kind in MeetingKind
            ],
            "meeting_total": sum(meeting_counts.values()),
        },
    )
