from django.contrib import messages
from django.utils.translation import gettext as gettext_now
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.ui.tables import Column
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .filters import InsightAdminFilterSet, RecommendationAdminFilterSet
from .models import (
    CarePhase,
    CoreActivity,
    EducationLevel,
    Insight,
    PracticePage,
    Recommendation,
    TargetGroup,
)


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


class InsightViewSet(SnippetViewSet):
    model = Insight
    icon = "tick"
    menu_label = _("Inzichten")
    list_display = [
        "title",
        Column("kind", label=_("soort"), accessor="get_kind_display", sort_key="kind"),
        Column("level", label=_("niveau"), accessor="get_level_display", sort_key="level"),
        Column("practice_count", label=_("gepubliceerde praktijken")),
    ]
    filterset_class = InsightAdminFilterSet
    ordering = ["kind", "title"]
    list_export = [
        "title",
        "get_kind_display",
        "get_level_display",
        "slug",
        "explanation_text",
        "core_activity_names",
        "theme_names",
        "practice_titles",
        "practice_count",
        "get_regulatory_theme_display",
        "regulation_reference",
        "live",
    ]
    export_headings = {
        "title": _("titel"),
        "get_kind_display": _("soort"),
        "get_level_display": _("niveau"),
        "slug": _("slug"),
        "explanation_text": _("toelichting"),
        "core_activity_names": _("kernactiviteiten"),
        "theme_names": _("thema's"),
        "practice_titles": _("gekoppelde praktijken"),
        "practice_count": _("gepubliceerde praktijken"),
        "get_regulatory_theme_display": _("regelgevend thema"),
        "regulation_reference": _("verwijzing naar de regelgeving"),
        "live": _("gepubliceerd"),
    }
    export_filename = "inzichten"

    def get_queryset(self, request):
        return (
            Insight.objects.with_practice_count()
            .prefetch_related("core_activities", "tags", "practice_links__practice")
            .order_by("kind", "title")
        )


class RecommendationViewSet(SnippetViewSet):
    model = Recommendation
    icon = "comment"
    menu_label = _("Aanbevelingen")
    list_display = [
        "__str__",
        Column("addressee", label=_("bestemmeling"), accessor="get_addressee_display"),
        Column("status", label=_("status"), accessor="status_label"),
        Column("status_date", label=_("datum")),
        Column("obstacle", label=_("obstakel")),
    ]
    filterset_class = RecommendationAdminFilterSet
    list_export = [
        "text",
        "get_addressee_display",
        "status_label",
        "status_date",
        "obstacle.title",
        "live",
    ]
    export_headings = {
        "text": _("aanbeveling"),
        "get_addressee_display": _("bestemmeling"),
        "status_label": _("status"),
        "status_date": _("datum van de status"),
        "obstacle.title": _("obstakel"),
        "live": _("gepubliceerd"),
    }
    export_filename = "aanbevelingen"

    def get_queryset(self, request):
        return Recommendation.objects.select_related("obstacle")


class InsightViewSetGroup(SnippetViewSetGroup):
    items = (InsightViewSet, RecommendationViewSet)
    menu_icon = "tick"
    menu_label = _("Inzichten")
    menu_order = 205


register_snippet(InsightViewSetGroup)


def warn_about_unpublished(request, titles, message):
    for title in titles:
        messages.warning(request, message % {"title": title})


@hooks.register("after_create_snippet")
@hooks.register("after_edit_snippet")
def warn_about_unpublished_practices(request, instance):
    """A link to a draft practice is kept but not shown publicly: tell the editor why."""
    if isinstance(instance, Insight):
        drafts = PracticePage.objects.filter(pk__in=instance.linked_practice_ids(), live=False)
        warn_about_unpublished(
            request,
            drafts.values_list("title", flat=True),
            gettext_now(
                "De praktijk ‘%(title)s’ is niet gepubliceerd: "
                "de koppeling verschijnt pas publiek als de praktijk gepubliceerd is."
            ),
        )


@hooks.register("after_create_page")
@hooks.register("after_edit_page")
def warn_about_unpublished_insights(request, page):
    if isinstance(page, PracticePage):
        ids = [link.insight_id for link in page.insight_links.all()]
        warn_about_unpublished(
            request,
            Insight.objects.filter(pk__in=ids, live=False).values_list("title", flat=True),
            gettext_now(
                "Het inzicht ‘%(title)s’ is niet gepubliceerd: "
                "de koppeling verschijnt pas publiek als het inzicht gepubliceerd is."
            ),
        )
