from django.contrib import messages
from django.shortcuts import redirect
from django.urls import path
from django.utils.translation import gettext as gettext_now
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from wagtail import hooks
from wagtail.admin.ui.tables import Column
from wagtail.log_actions import LogFormatter
from wagtail.models import Page
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
from .models.privacy import BLOCKED_ACTION, DISMISS_ACTION, PrivacyGuardedPage
from .privacy import KIND_LABELS
from .views import DismissPrivacyFindingView


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


@hooks.register("register_admin_urls")
def register_privacy_urls():
    return [
        path(
            "privacy/<int:page_id>/niet-identificerend/<str:fingerprint>/",
            DismissPrivacyFindingView.as_view(),
            name="practices_privacy_dismiss",
        )
    ]


@hooks.register("register_log_actions")
def register_privacy_log_actions(actions):
    @actions.register_action(DISMISS_ACTION)
    class DismissFormatter(LogFormatter):
        label = _("Privacycontrole: melding niet identificerend")

        def format_message(self, log_entry):
            data = log_entry.data or {}
            return _("‘%(text)s’ (%(kind)s) gemarkeerd als niet identificerend: %(reason)s") % {
                "text": data.get("text", ""),
                "kind": KIND_LABELS.get(data.get("kind"), data.get("kind", "")),
                "reason": data.get("reason") or _("geen reden opgegeven"),
            }

    @actions.register_action(BLOCKED_ACTION)
    class BlockedFormatter(LogFormatter):
        label = _("Privacycontrole: publicatie geweigerd")

        def format_message(self, log_entry):
            return _("Publicatie geweigerd: %(count)s open melding(en) van de privacycontrole") % {
                "count": (log_entry.data or {}).get("open_findings", "?")
            }


def warn_about_open_findings(request, page):
    """Saving runs the scan: the editor hears about findings right away."""
    if isinstance(page, PrivacyGuardedPage) and (count := len(page.privacy_review().open)):
        messages.warning(
            request,
            ngettext(
                "De privacycontrole vond %(count)d mogelijk identificerend gegeven; "
                "zie ‘Privacycontrole’ bovenaan het formulier.",
                "De privacycontrole vond %(count)d mogelijk identificerende gegevens; "
                "zie ‘Privacycontrole’ bovenaan het formulier.",
                count,
            )
            % {"count": count},
        )


hooks.register("after_create_page", warn_about_open_findings)
hooks.register("after_edit_page", warn_about_open_findings)


@hooks.register("before_bulk_action")
def refuse_bulk_publishing_with_open_findings(request, action_type, objects, action_view):
    if action_type != "publish":
        return None
    blocked = [
        page.title
        for page in objects
        if isinstance(page, Page)
        and isinstance(page.specific, PrivacyGuardedPage)
        and page.specific.get_latest_revision_as_object().privacy_review().open
    ]
    if not blocked:
        return None
    messages.error(
        request,
        _("Niets gepubliceerd: de privacycontrole heeft open meldingen in %(titles)s.")
        % {"titles": ", ".join(f"‘{title}’" for title in blocked)},
    )
    return redirect(action_view.next_url)
