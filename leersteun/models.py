from django.db.models import Count, Q
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index

from practices.models import CarePhase, CoreActivity, PracticeIndexPage, PracticePage

NEWEST_PRACTICES_ON_HOME = 6


class HomePage(Page):
    """The portal's home: what the materialenbank is, and the ways into it."""

    intro = RichTextField(_("inleiding"), features=["bold", "italic", "link"])
    body = RichTextField(
        _("uitleg"), blank=True, features=["h2", "h3", "bold", "italic", "ul", "link"]
    )

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]
    search_fields = [*Page.search_fields, index.SearchField("intro"), index.SearchField("body")]
    subpage_types = [
        "practices.PracticeIndexPage",
        "practices.InsightIndexPage",
        "practices.RecommendationIndexPage",
        "practices.CaseIndexPage",
        "leersteun.ContentPage",
    ]
    parent_page_types = ["wagtailcore.Page"]
    max_count = 1

    class Meta:
        verbose_name = _("startpagina")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        live = PracticePage.objects.live()
        live_filter = Q(practices__live=True)
        context["materialenbank"] = PracticeIndexPage.objects.live().first()
        context["newest_practices"] = PracticePage.with_listing_relations(
            live.order_by("-first_published_at")
        )[:NEWEST_PRACTICES_ON_HOME]
        context["practice_count"] = live.count()
        context["core_activities"] = CoreActivity.objects.annotate(
            practice_count=Count("practices", filter=live_filter, distinct=True)
        )
        context["care_phases"] = CarePhase.objects.annotate(
            practice_count=Count("practices", filter=live_filter, distinct=True)
        )
        return context


class ContentPage(Page):
    """A plain page of text: about the project, accessibility statement, privacy."""

    intro = RichTextField(_("inleiding"), blank=True, features=["bold", "italic", "link"])
    body = RichTextField(
        _("inhoud"), features=["h2", "h3", "bold", "italic", "ol", "ul", "link", "document-link"]
    )

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]
    search_fields = [*Page.search_fields, index.SearchField("intro"), index.SearchField("body")]
    subpage_types = ["leersteun.ContentPage"]

    class Meta:
        verbose_name = _("inhoudspagina")
