from django.contrib import messages
from django.shortcuts import redirect
from django.urls import path
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from wagtail import hooks
from wagtail.log_actions import LogFormatter
from wagtail.models import Page
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .models import CarePhase, CoreActivity, EducationLevel, TargetGroup
from .models.privacy import BLOCKED_ACTION, DISMISS_ACTION, PrivacyGuardedPage
from .privacy import KIND_LABELS
from .views import dismiss_privacy_finding


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


@hooks.register("register_admin_urls")
def register_privacy_urls():
    return [
        path(
            "privacy/<int:page_id>/niet-identificerend/<str:fingerprint>/",
            dismiss_privacy_finding,
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
            return _("‘%(text)s’ (%(kind)s) gemarkeerd als niet identificerend") % {
                "text": data.get("text", ""),
                "kind": KIND_LABELS.get(data.get("kind"), data.get("kind", "")),
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
