from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views import snippets as snippet_views
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from leersteun.admin_menu import PermissionMenuItem

from . import views
from .documents import may_download
from .filters import CentreFilterSet, MeetingFilterSet, TryOutFilterSet
from .models import Centre, Meeting, Membership, TryOut
from .permissions import hidden_pages


class CentreViewSet(SnippetViewSet):
    model = Centre
    icon = "site"
    menu_label = _("Centra (CLB's)")
    list_display = ["name", "net", "province", "region_type", "is_anchor"]
    list_export = ["name", "slug", "net", "province", "region_type", "is_anchor", "website"]
    filterset_class = CentreFilterSet
    search_fields = ["name"]


class MeetingViewSet(SnippetViewSet):
    model = Meeting
    icon = "calendar-alt"
    menu_label = _("Overleg")
    list_display = ["title", "kind", "date", "place", "online"]
    list_export = ["title", "kind", "date", "place", "online"]
    filterset_class = MeetingFilterSet
    search_fields = ["title", "agenda", "minutes"]
    ordering = ["-date"]


class InstancePermissionMixin:
    """Wagtail's generic edit and delete views check model rights only; ask the permission
    policy about this very record too, so a project worker's own-centre rule holds."""

    def get_object(self, queryset=None):
        instance = super().get_object(queryset)
        if not self.user_has_permission_for_instance(self.permission_required, instance):
            raise PermissionDenied
        return instance


class TryOutEditView(InstancePermissionMixin, snippet_views.EditView):
    pass


class TryOutDeleteView(InstancePermissionMixin, snippet_views.DeleteView):
    pass


class TryOutViewSet(SnippetViewSet):
    model = TryOut
    edit_view_class = TryOutEditView
    delete_view_class = TryOutDeleteView
    icon = "tasks"
    menu_label = _("Uitproberingen")
    list_display = ["practice", "centre", "start_date", "verdict"]
    list_export = ["practice", "centre", "start_date", "end_date", "verdict"]
    filterset_class = TryOutFilterSet
    ordering = ["-start_date"]


class MembershipViewSet(SnippetViewSet):
    model = Membership
    icon = "user"
    menu_label = _("Lidmaatschappen")
    list_display = ["user", "centre"]
    search_fields = ["user__username", "user__first_name", "user__last_name"]


class NetworkViewSetGroup(SnippetViewSetGroup):
    items = (CentreViewSet, MeetingViewSet, TryOutViewSet, MembershipViewSet)
    menu_icon = "group"
    menu_label = _("Netwerk")
    menu_order = 210


register_snippet(NetworkViewSetGroup)


@hooks.register("register_admin_urls")
def register_network_admin_urls():
    reports = [("praktijken", views.PracticeReportView), ("casussen", views.CaseReportView)]
    urls = [path("netwerk/concept/<int:page_id>/", views.page_draft, name="network_page_draft")]
    for prefix, report in reports:
        urls += [
            path(f"netwerk/{prefix}/", report.as_view(), name=report.index_url_name),
            path(
                f"netwerk/{prefix}/resultaten/",
                report.as_view(results_only=True),
                name=report.index_results_url_name,
            ),
        ]
    return urls


@hooks.register("register_reports_menu_item")
def register_practice_report_menu_item():
    return PermissionMenuItem(
        _("Praktijken en niveau"),
        reverse(views.PracticeReportView.index_url_name),
        icon_name=views.PracticeReportView.header_icon,
        order=50,
        permission=views.REPORT_PERMISSION,
    )


@hooks.register("register_reports_menu_item")
def register_case_report_menu_item():
    return PermissionMenuItem(
        _("Casussen"),
        reverse(views.CaseReportView.index_url_name),
        icon_name=views.CaseReportView.header_icon,
        order=51,
        permission=views.REPORT_PERMISSION,
    )


@hooks.register("construct_page_chooser_queryset")
def hide_other_centres_drafts(pages, request):
    """The chooser (browse and search) still offers other centres' published items to link
    to, but none whose draft is not public; the explorer and the admin search leave out other
    centres' items altogether (`CentrePagePermissionPolicy`)."""
    return pages.exclude(pk__in=hidden_pages(request.user).values("pk"))


@hooks.register("before_serve_document")
def serve_documents_by_rights(document, request):
    """A 404, not a 403, for a document the user may not download: its existence stays hidden."""
    if not may_download(request.user, document):
        raise Http404
