from django.db import models
from django.http import QueryDict
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.forms.models import AbstractEmailForm, AbstractFormField
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index

from practices.listing import PracticeListing
from practices.models import CarePhase, CoreActivity, PracticeIndexPage, PracticePage

from . import spam

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
        "dissemination.SpreadDashboardPage",
        "leersteun.ContentPage",
        "leersteun.ContactPage",
        "reports.FinalReportPage",
    ]
    parent_page_types = ["wagtailcore.Page"]
    max_count = 1

    class Meta:
        verbose_name = _("startpagina")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        materialenbank = PracticeIndexPage.objects.live().first()
        context["materialenbank"] = materialenbank
        if materialenbank is None:
            return context
        # The same numbers as the materialenbank shows (restricted practices left out there too).
        counted = PracticeListing(materialenbank, QueryDict()).counted
        context["practice_count"] = counted.total
        context["core_activities"] = with_counts(CoreActivity, counted.counts["kernactiviteit"])
        context["care_phases"] = with_counts(CarePhase, counted.counts["fase"])
        context["newest_practices"] = PracticePage.with_listing_relations(
            PracticePage.objects.live().public().order_by("-first_published_at", "-pk")
        )[:NEWEST_PRACTICES_ON_HOME]
        return context


def with_counts(taxonomy, counts):
    """Every term of `taxonomy`, in its order, with `practice_count` from {slug: count}."""
    terms = list(taxonomy.objects.all())
    for term in terms:
        term.practice_count = counts.get(term.slug, 0)
    return terms


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


class ContactFormField(AbstractFormField):
    page = ParentalKey("ContactPage", on_delete=models.CASCADE, related_name="form_fields")


class ContactPage(AbstractEmailForm):
    """The contact form (Wagtail's form builder): editors choose the fields and the mailbox.

    Messages are stored as form submissions (viewable and exportable in the admin) and mailed to
    `to_address`; `manage.py purge_contact_messages` deletes them after the retention period.
    """

    intro = RichTextField(_("inleiding"), blank=True, features=["bold", "italic", "link"])
    thank_you_text = RichTextField(
        _("bedankt-tekst"), blank=True, features=["bold", "italic", "link"]
    )

    content_panels = [
        *AbstractEmailForm.content_panels,
        FieldPanel("intro"),
        InlinePanel("form_fields", label=_("velden")),
        FieldPanel("thank_you_text"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("from_address"), FieldPanel("to_address")]),
                FieldPanel("subject"),
            ],
            _("e-mail naar de redactie"),
        ),
    ]
    parent_page_types = ["leersteun.HomePage"]
    subpage_types = []
    max_count = 1

    class Meta:
        verbose_name = _("contactpagina")

    def get_form(self, *args, **kwargs):
        return spam.add_honeypot(super().get_form(*args, **kwargs))

    def serve(self, request, *args, **kwargs):
        if request.method == "POST" and spam.rate_limited(request, "contact"):
            context = self.get_context(request)
            context["form"] = self.get_form(page=self, user=request.user)
            context["rate_limited"] = True
            return TemplateResponse(request, self.get_template(request), context, status=429)
        return super().serve(request, *args, **kwargs)

    def process_form_submission(self, form):
        if spam.caught_in_honeypot(form):
            return None  # answered like a success, so the bot learns nothing; nothing stored
        return super().process_form_submission(form)


def linked_page(verbose_name):
    return models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=verbose_name,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )


@register_setting(icon="link")
class SiteLinks(BaseSiteSetting):
    """The pages every page's footer links to; a link follows its page when editors rename it.

    Set by `leersteun/migrations/0008_…` to the pages `0003` created.
    """

    accessibility_page = linked_page(_("toegankelijkheidsverklaring"))
    privacy_page = linked_page(_("privacyverklaring"))

    panels = [FieldPanel("accessibility_page"), FieldPanel("privacy_page")]

    class Meta:
        verbose_name = _("vaste links in de voettekst")
