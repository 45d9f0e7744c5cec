from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.contrib.search_promotions import views as promotion_views
from wagtail.search.utils import normalise_query_string

from leersteun.admin_menu import PermissionMenuItem

from .report import REPORT_PERMISSION, SearchReportView


class PromotionCreateView(promotion_views.CreateView):
    """Wagtail's "add promoted result" with `?query=...` prefilling the search words: the search
    report links here. The form still posts to Wagtail's own view."""

    def get_initial(self):
        initial = super().get_initial()
        query = normalise_query_string(self.request.GET.get("query", ""))
        if query:
            initial["query_string"] = query
        return initial


@hooks.register("register_admin_urls")
def register_search_report_urls():
    return [
        path("zoekopdrachten/", SearchReportView.as_view(), name="sitesearch_report"),
        path(
            "zoekopdrachten/aanbevolen-resultaat/",
            PromotionCreateView.as_view(),
            name="sitesearch_promotion_add",
        ),
    ]


@hooks.register("register_reports_menu_item")
def register_search_report_menu_item():
    return PermissionMenuItem(
        _("Zoekopdrachten"),
        reverse("sitesearch_report"),
        icon_name="search",
        order=60,
        permission=REPORT_PERMISSION,
    )
