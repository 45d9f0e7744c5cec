from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .filters import CentreFilterSet
from .models import Centre


class CentreViewSet(SnippetViewSet):
    model = Centre
    icon = "site"
    menu_label = _("Centra (CLB's)")
    menu_order = 210
    add_to_admin_menu = True
    list_display = ["name", "net", "province", "region_type", "is_anchor"]
    list_export = ["name", "slug", "net", "province", "region_type", "is_anchor", "website"]
    filterset_class = CentreFilterSet
    search_fields = ["name"]


register_snippet(CentreViewSet)
