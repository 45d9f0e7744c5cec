import re

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxLengthValidator
from django.db import models
from django.db.models import Prefetch, prefetch_related_objects
from django.forms import CheckboxSelectMultiple
from django.http import JsonResponse
from django.template.response import TemplateResponse
from django.utils.html import escape, strip_tags
from django.utils.module_loading import import_string
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from taggit.models import TaggedItemBase
from wagtail.admin.panels import (
    FieldPanel,
    HelpPanel,
    InlinePanel,
    MultiFieldPanel,
    ObjectList,
    TabbedInterface,
)
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path, re_path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page, PagePermissionTester
from wagtail.search import index

from leersteun.middleware import embeddable

from ..blocks import StepBlock
from ..events import searched
from ..forms import ContributedPageForm
from ..panels import ContributionsPanel, PrivacyPanel
from ..search.dutch import stems
from ..selection import selection_query
from ..serializers import CentresField, LivePagesField, MaterialsField, TermsField
from ..structured_data import practice_structured_data
from .links import SharedLinksMixin
from .privacy import PrivacyGuardedPage

RICH_TEXT_SECTIONS = (
    "purpose",
    "what_works",
    "pitfalls",
    "preconditions",
    "getting_started",
    "experiences",
)
TAXONOMY_FIELDS = ("core_activities", "care_phases", "education_levels", "target_groups")
RICH_TEXT_FEATURES = ["h3", "bold", "italic", "ol", "ul", "link", "document-link"]
SUMMARY_MAX_LENGTH = 300
EMAIL_PATTERN = re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+")


def validate_contact_role(value):
    """A contact is a role or service: personal data does not belong on a public page."""
    if value and EMAIL_PATTERN.search(value):
        raise ValidationError(
            _(
                "Vermeld een rol of dienst, geen e-mailadres: "
                "persoonsgegevens horen niet op een publieke pagina."
            ),
            code="email",
        )


class MaterialKind(models.TextChoices):
    WORKSHEET = "werkblad", _("werkblad")
    STEP_PLAN = "stappenplan", _("stappenplan")
    CHECKLIST = "checklist", _("checklist")
    PRESENTATION = "presentatie", _("presentatie")
    TEMPLATE = "sjabloon", _("sjabloon")
    VIDEO = "video-link", _("video-link")
    OTHER = "andere", _("andere")


class SectionPermissionTester(PagePermissionTester):
    """A section's index page is the redactie's: whoever may not publish there keeps only the
    right to add items below it, so they neither edit, submit, move nor delete the index."""

    def __init__(self, user, page):
        super().__init__(user, page)
        if user.is_active and not user.is_superuser and "publish" not in self.permissions:
            self.permissions &= {"add"}


class SectionIndexPage:
    """Mixin for the index pages project workers add their practices and cases under."""

    def permissions_for_user(self, user):
        return SectionPermissionTester(user, self)


class PracticeIndexPage(SectionIndexPage, RoutablePageMixin, Page):
    """The materialenbank: lists the published practices below it."""

    intro = RichTextField(_("inleiding"), blank=True, features=["bold", "italic", "link"])

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    subpage_types = ["practices.PracticePage"]
    parent_page_types = ["leersteun.HomePage"]
    max_count = 1

    class Meta:
        verbose_name = _("materialenbank")

    def get_context(self, request, *args, **kwargs):
        # Imported here: the listing module builds on these models.
        from ..listing import listing_context

        context = super().get_context(request, *args, **kwargs)
        context.update(listing_context(self, request))
        context["feed_url"] = self.feed_url(request)
        searched.send(
            sender=type(self),
            request=request,
            query=context["listing"].q,
            result_count=context["practices_page"].paginator.count,
        )
        return context

    @path("")
    def listing(self, request):
        if request.GET.get("format") == "json":
            from ..listing import listing_json

            return JsonResponse(listing_json(request, self.get_context(request)))
        return self.render(request)

    @path("feed/", name="feed")
    def feed(self, request):
        """Atom feed of new and updated practices, with the same filters as the listing."""
        from ..feeds import PracticeFeed

        return PracticeFeed()(request, index_page=self)

    def feed_url(self, request):
        """The feed of the current selection (filters and search words, not page or order)."""
        query = selection_query(request.GET)
        return self.get_url(request) + self.reverse_subpage("feed") + (f"?{query}" if query else "")


class PracticePageTag(TaggedItemBase):
    content_object = ParentalKey(
        "practices.PracticePage", on_delete=models.CASCADE, related_name="tagged_items"
    )

    class Meta:
        # The theme facet looks up practices by tag: answered from the index alone.
        indexes = [models.Index(fields=["tag", "content_object"], name="practicetag_tag_practice")]


class ContributedPage(PrivacyGuardedPage):
    """A page (practice or case) whose contributing centres scope who may edit it.

    The `contributions` relation is declared by the network app (a `ParentalKey` to this
    page); the rights are checked by the tester named in `settings.PRACTICE_PERMISSION_TESTER`,
    so this app imports nothing from network.
    """

    base_form_class = ContributedPageForm

    @staticmethod
    def permission_tester_class():
        return import_string(settings.PRACTICE_PERMISSION_TESTER)

    def permissions_for_user(self, user):
        return self.permission_tester_class()(user, self)

    @property
    def centres(self):
        return [contribution.centre for contribution in self.contributions.all()]

    def prefetch_shown_relations(self, *relations):
        """Load what the page and its structured data both show once, the centres included.

        Only for a page read from the database: a preview keeps its relations in memory
        (modelcluster), and those must win over the saved ones.
        """
        if self.pk is None or getattr(self, "_cluster_related_objects", None):
            return
        contributions = type(self).contributions.rel.related_model.objects.select_related("centre")
        prefetch_related_objects(
            [self], *relations, Prefetch("contributions", queryset=contributions)
        )


class PracticePage(RoutablePageMixin, SharedLinksMixin, ContributedPage, Page):
    """One good practice: described, tried out and transferable to another centre."""

    # Where a search found the words; set on search results (`practices.listing`). The defaults
    # spare every other card a failed template lookup, which costs a dir() of this class.
    snippet = ""
    found_in = ()

    summary = models.TextField(
        _("samenvatting"),
        max_length=SUMMARY_MAX_LENGTH,
        validators=[MaxLengthValidator(SUMMARY_MAX_LENGTH)],
        help_text=_("Kort en helder, hoogstens %(max)d tekens; verschijnt in de overzichten.")
        % {"max": SUMMARY_MAX_LENGTH},
    )
    purpose = RichTextField(_("aanleiding en doel"), features=RICH_TEXT_FEATURES)
    steps = StreamField(
        [("step", StepBlock())],
        verbose_name=_("werkwijze"),
        help_text=_("De stappen van de werkwijze, in volgorde."),
    )
    what_works = RichTextField(_("wat werkt (succesfactoren)"), features=RICH_TEXT_FEATURES)
    pitfalls = RichTextField(_("valkuilen"), blank=True, features=RICH_TEXT_FEATURES)
    preconditions = RichTextField(_("randvoorwaarden"), blank=True, features=RICH_TEXT_FEATURES)
    getting_started = RichTextField(
        _("zo start je lokaal"),
        blank=True,
        features=RICH_TEXT_FEATURES,
        help_text=_("Hoe een ander centrum met deze praktijk kan beginnen."),
    )
    experiences = RichTextField(_("ervaringen"), blank=True, features=RICH_TEXT_FEATURES)

    core_activities = ParentalManyToManyField(
        "practices.CoreActivity", verbose_name=_("kernactiviteiten"), related_name="practices"
    )
    care_phases = ParentalManyToManyField(
        "practices.CarePhase",
        verbose_name=_("fasen in het zorgcontinuüm"),
        related_name="practices",
    )
    education_levels = ParentalManyToManyField(
        "practices.EducationLevel", verbose_name=_("onderwijsniveaus"), related_name="practices"
    )
    target_groups = ParentalManyToManyField(
        "practices.TargetGroup", verbose_name=_("doelgroepen"), related_name="practices"
    )
    tags = ClusterTaggableManager(through=PracticePageTag, blank=True, verbose_name=_("thema's"))
    contact_role = models.CharField(
        _("contact (rol)"),
        max_length=200,
        validators=[validate_contact_role],
        help_text=_(
            "Een functie of dienst, geen persoonlijk e-mailadres; "
            "bijvoorbeeld ‘HGD-coördinator, Vrij CLB Waas en Dender’."
        ),
    )
    last_reviewed = models.DateField(_("laatst nagekeken op"), null=True, blank=True)
    # The key a spreadsheet import matches rows on (see the exchange app); never shown publicly.
    external_id = models.CharField(
        _("externe id"),
        max_length=100,
        unique=True,
        null=True,
        blank=True,
        editable=False,
        help_text=_("Vaste sleutel uit een importbestand."),
    )

    # Links to insights live in both sides' revisions (practices.models.links).
    shared_links = {"insight_links": "insight"}

    search_fields = [
        *Page.search_fields,
        index.SearchField("summary", boost=2),
        index.SearchField("purpose"),
        index.SearchField("steps"),
        index.SearchField("what_works"),
        index.SearchField("pitfalls"),
        index.SearchField("preconditions"),
        index.SearchField("getting_started"),
        index.SearchField("experiences"),
        index.RelatedFields("tags", [index.SearchField("name", boost=2)]),
        index.RelatedFields("core_activities", [index.SearchField("name")]),
        index.RelatedFields("care_phases", [index.SearchField("name")]),
        index.RelatedFields("education_levels", [index.SearchField("name")]),
        index.RelatedFields("target_groups", [index.SearchField("name")]),
        index.SearchField("material_text"),
        index.SearchField("normalized_text"),
    ]

    privacy_fields = ("summary", "purpose", "steps", *RICH_TEXT_SECTIONS[1:], "contact_role")

    # The public API (api app); the network adds the maturity level there.
    api_fields = [
        APIField("summary"),
        APIField("last_published_at"),
        APIField("purpose"),
        APIField("steps"),
        *(APIField(name) for name in RICH_TEXT_SECTIONS[1:]),
        *(APIField(name, serializer=TermsField()) for name in TAXONOMY_FIELDS),
        APIField("tags", serializer=TermsField()),
        APIField("centres", serializer=CentresField()),
        APIField("materials", serializer=MaterialsField()),
        APIField("related_links", serializer=LivePagesField("related")),
        APIField("contact_role"),
        APIField("last_reviewed"),
    ]

    content_panels = [
        *Page.content_panels,
        PrivacyPanel(),
        FieldPanel("summary"),
        FieldPanel("purpose"),
    ]
    method_panels = [FieldPanel("steps")]
    insight_panels = [
        FieldPanel("what_works"),
        FieldPanel("pitfalls"),
        FieldPanel("preconditions"),
        InlinePanel(
            "insight_links",
            heading=_("Inzichten die deze praktijk toont"),
            label=_("inzicht"),
            help_text=_("Enkel gepubliceerde inzichten verschijnen op de publieke pagina."),
            panels=[FieldPanel("insight")],
        ),
    ]
    transfer_panels = [FieldPanel("getting_started"), FieldPanel("experiences")]
    classification_panels = [
        MultiFieldPanel(
            [
                FieldPanel("core_activities", widget=CheckboxSelectMultiple),
                FieldPanel("care_phases", widget=CheckboxSelectMultiple),
                FieldPanel("education_levels", widget=CheckboxSelectMultiple),
                FieldPanel("target_groups", widget=CheckboxSelectMultiple),
            ],
            heading=_("Indeling"),
        ),
        FieldPanel("tags"),
        ContributionsPanel(heading=_("Bijdragende centra"), min_num=1),
        FieldPanel("contact_role"),
        FieldPanel("last_reviewed"),
    ]
    material_panels = [
        HelpPanel(
            _(
                "Toegestaan: PDF, DOCX, XLSX, PPTX, ODT, ODS en ODP tot 25 MB. "
                "Een video voeg je toe als link."
            )
        ),
        InlinePanel("materials", heading=_("Materialen")),
        InlinePanel("related_links", heading=_("Verwante praktijken")),
    ]

    edit_handler = TabbedInterface(
        [
            ObjectList(content_panels, heading=_("Aanleiding en doel")),
            ObjectList(method_panels, heading=_("Werkwijze")),
            ObjectList(insight_panels, heading=_("Wat werkt, valkuilen, randvoorwaarden")),
            ObjectList(transfer_panels, heading=_("Lokaal starten en ervaringen")),
            ObjectList(classification_panels, heading=_("Indeling en centra")),
            ObjectList(material_panels, heading=_("Materialen")),
            ObjectList(Page.promote_panels, heading=_("Promotie")),
            ObjectList(Page.settings_panels, heading=_("Instellingen")),
        ]
    )

    parent_page_types = ["practices.PracticeIndexPage"]
    subpage_types = []
    # A copy is another practice: it must not take over the import key.
    exclude_fields_in_copy = ["external_id"]

    class Meta:
        verbose_name = _("goede praktijk")
        verbose_name_plural = _("goede praktijken")

    @classmethod
    def with_listing_relations(cls, queryset):
        """Prefetch what a listing card shows: a page of results costs a fixed number of queries."""
        contributions = cls.contributions.rel.related_model.objects.select_related("centre")
        return queryset.prefetch_related(
            "core_activities", "care_phases", Prefetch("contributions", queryset=contributions)
        )

    def material_text(self):
        """Text extracted from the attached documents, so search finds words inside them."""
        return " ".join(
            material.document.extracted_text
            for material in self.materials.all()
            if material.document_id
        )

    def text_sections(self):
        """The readable text of the practice, section by section (snippets and the index)."""
        steps = [
            f"{block.value['title']}. {strip_tags(block.value['description'].source)}"
            for block in self.steps
        ]
        rich = [strip_tags(getattr(self, name)) for name in RICH_TEXT_SECTIONS]
        return [self.title, self.summary, rich[0], *steps, *rich[1:]]

    def normalized_text(self):
        """Normalised Dutch stems of everything searchable (see practices.search.dutch)."""
        parts = [
            *self.text_sections(),
            *(tag.name for tag in self.tags.all()),
            *(t.name for field in TAXONOMY_FIELDS for t in getattr(self, field).all()),
            self.material_text(),
        ]
        return " ".join(sorted(stems(" ".join(parts))))

    def live_related_practices(self):
        ids = [link.related_id for link in self.related_links.all()]
        return PracticePage.objects.live().public().filter(id__in=ids).specific().order_by("title")

    def public_context(self, request):
        """What the page and its printable sheet show besides the page's own fields."""
        from .insights import InsightIndexPage, insight_groups

        return {
            "page_url": self.get_full_url(request),
            "licence_name": settings.CONTENT_LICENCE_NAME,
            "licence_url": settings.CONTENT_LICENCE_URL,
            "materials": self.materials.select_related("document"),
            "related_practices": self.live_related_practices(),
            "listing_url": self.get_parent().url,
            "insight_groups": insight_groups(
                self, InsightIndexPage.objects.live().first(), request
            ),
        }

    @path("")
    def practice(self, request):
        return self.render(request)

    @path("embed/", name="embed")
    @embeddable
    def embed(self, request):
        """A small card (title, summary, link) that other sites show in an iframe.

        Served like the page itself: live pages only, behind the same view restrictions.
        """
        return TemplateResponse(request, "practices/practice_embed.html", {"page": self})

    def embed_code(self, request):
        """The iframe another site pastes to show the card (plain text, shown in a textarea)."""
        url = self.get_full_url(request) + self.reverse_subpage("embed")
        return (
            f'<iframe src="{escape(url)}" title="{escape(self.title)}" '
            'width="100%" height="280" loading="lazy"></iframe>'
        )

    def get_context(self, request, *args, **kwargs):
        self.prefetch_shown_relations(*TAXONOMY_FIELDS, "tags")
        context = super().get_context(request, *args, **kwargs)
        context.update(self.public_context(request))
        context["structured_data"] = practice_structured_data(self, request)
        context["embed_code"] = self.embed_code(request)
        # Only a live page has a sheet; a preview of a new page may have no URL yet.
        url = self.get_url(request) if self.live else None
        context["sheet_url"] = url + self.reverse_subpage("sheet").rstrip("/") if url else None
        return context

    # Wagtail routes "fiche.pdf" as "fiche.pdf/" (see leersteun.urls); its URL has no slash.
    @re_path(r"^fiche\.pdf/$", name="sheet")
    def sheet(self, request):
        """The practice sheet (PDF); drawn by the reports app, named by a setting."""
        return import_string(settings.PRACTICE_SHEET_VIEW)(request, self)


class PracticeMaterial(Orderable):
    """A material attached to a practice: an uploaded document, or a link for videos."""

    practice = ParentalKey(PracticePage, on_delete=models.CASCADE, related_name="materials")
    document = models.ForeignKey(
        settings.WAGTAILDOCS_DOCUMENT_MODEL,
        verbose_name=_("document"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="practice_links",
    )
    link = models.URLField(_("link"), blank=True, help_text=_("Voor een video of externe bron."))
    title = models.CharField(
        _("titel"),
        max_length=200,
        blank=True,
        help_text=_("Laat leeg om de documenttitel te tonen."),
    )
    kind = models.CharField(_("soort"), max_length=20, choices=MaterialKind.choices)

    panels = [FieldPanel("kind"), FieldPanel("document"), FieldPanel("link"), FieldPanel("title")]

    class Meta(Orderable.Meta):
        verbose_name = _("materiaal")
        verbose_name_plural = _("materialen")

    def clean(self):
        super().clean()
        if bool(self.document_id) == bool(self.link):
            raise ValidationError(
                _("Kies een document óf geef een link, niet allebei of geen van beide.")
            )
        if self.link and not self.title:
            raise ValidationError({"title": _("Geef een titel voor deze link.")})

    @property
    def display_title(self):
        if self.title:
            return self.title
        return self.document.title if self.document else self.link

    @property
    def url(self):
        return self.document.url if self.document else self.link

    def __str__(self):
        return self.display_title


class RelatedPractice(Orderable):
    practice = ParentalKey(PracticePage, on_delete=models.CASCADE, related_name="related_links")
    related = models.ForeignKey(
        PracticePage,
        verbose_name=_("verwante praktijk"),
        on_delete=models.CASCADE,
        related_name="+",
    )

    panels = [FieldPanel("related")]

    class Meta(Orderable.Meta):
        verbose_name = _("verwante praktijk")
        verbose_name_plural = _("verwante praktijken")
