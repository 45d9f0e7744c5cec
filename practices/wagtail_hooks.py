from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .models import CarePhase, CoreActivity, EducationLevel, TargetGroup


class TaxonomyViewSet(SnippetViewSet):
    list_display = ["name", "slug", "sort_order"]
    list_export = ["name", "slug", "description", "sort_order"]
    search_fields = ["name", "description"]
    ordering = ["sort_order", "name"]


class CoreActivityViewSet(TaxonomyViewSet):
    model = CoreActivity
    icon = "pick"


class CarePhaseViewSet(TaxonomyViewSet):
    model = CarePhase
    icon = "order"


class EducationLevelViewSet(TaxonomyViewSet):
    model = EducationLevel
    icon = "group"


class TargetGroupViewSet(TaxonomyViewSet):
    model = TargetGroup
    icon = "user"


class TaxonomyViewSetGroup(SnippetViewSetGroup):
    items = (CoreActivityViewSet, CarePhaseViewSet, EducationLevelViewSet, TargetGroupViewSet)
    menu_icon = "tag"
    menu_label = _("Indeling")
    menu_order = 200


register_snippet(TaxonomyViewSetGroup)
