import datetime

from django.core.exceptions import PermissionDenied
from django.db.models import Count, Q
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.admin.views.reports import ReportView

from practices.models import PracticePage

from .filters import PracticeReportFilterSet
from .maturity import MaturityLevel, annotate_maturity
from .models import Centre, Meeting, MeetingKind
from .svgmap import network_map

REPORT_PERMISSION = "network.view_network_reports"


def can_read_drafts(user, page):
    perms = page.permissions_for_user(user)
    return user.has_perm(REPORT_PERMISSION) or perms.can_edit() or perms.can_publish()


def practice_draft(request, page_id):
    """The latest version of a practice, draft or not, for everyone who may read drafts.

    Wagtail's own "view draft" requires edit or publish rights; the steering group has neither
    but reads every draft.
    """
    draft = get_object_or_404(PracticePage, pk=page_id).get_latest_revision_as_object()
    if not can_read_drafts(request.user, draft):
        raise PermissionDenied
    return draft.make_preview_request(request, draft.default_preview_mode)


class PracticeReportView(ReportView):
    """Every practice with its status, centres and maturity; exportable as CSV/XLSX."""

    page_title = _("Praktijken en niveau van uitwerking")
    header_icon = "doc-full-inverse"
    index_url_name = "network_practice_report"
    index_results_url_name = "network_practice_report_results"
    filterset_class = PracticeReportFilterSet
    columns = [
        TitleColumn(
            "title",
            label=_("Praktijk"),
            get_url=lambda page: reverse("network_practice_draft", args=[page.pk]),
        ),
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

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm(REPORT_PERMISSION):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_filename(self):
        return f"praktijken-{datetime.date.today():%Y-%m-%d}"

    def get_queryset(self):
        return (
            annotate_maturity(PracticePage.objects.all())
            .annotate(tryout_count=Count("tryouts", distinct=True))
            .prefetch_related("contributions__centre")
            # What status_string reads, fetched per page of results instead of per row.
            .prefetch_workflow_states()
            .annotate_approved_schedule()
            .order_by("title")
        )

    def decorate_paginated_queryset(self, object_list):
        for page in object_list:
            page.centre_names = ", ".join(centre.name for centre in page.centres)
            page.maturity_label = MaturityLevel(page.maturity).label
        return object_list


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
