"""Insights from the practice experience: success factors, preconditions, pitfalls and obstacles,
with recommendations that answer the obstacles.

Insights and recommendations are snippets with drafts, revisions, locking and the moderation
workflow. An insight links to the practices that show it through ``PracticeInsight``, which both
editors show as an inline (see ``links.SharedLinksMixin``). The public pages are two Wagtail pages
(``InsightIndexPage`` with a route per insight, ``RecommendationIndexPage``) so editors keep
their titles and intros and the menu, breadcrumbs and search work as for any page.
"""

from collections import namedtuple

from django.contrib.contenttypes.fields import GenericRelation
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Count, Q
from django.forms import CheckboxSelectMultiple, Select
from django.shortcuts import get_object_or_404
from django.utils import timezone
from django.utils.html import strip_tags
from django.utils.text import Truncator, slugify
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import (
    DraftStateMixin,
    LockableMixin,
    Page,
    PreviewableMixin,
    RevisionMixin,
    WorkflowMixin,
)
from wagtail.search import index
from wagtail.search.queryset import SearchableQuerySetMixin

from ..forms import RecommendationForm
from ..serializers import ChoiceField, LivePagesField, TermsField
from .links import SharedLinksMixin
from .pages import PracticePage

EXPLANATION_FEATURES = ["bold", "italic", "ol", "ul", "link"]


class InsightKind(models.TextChoices):
    SUCCESS_FACTOR = "succesfactor", _("succesfactor")
    PRECONDITION = "randvoorwaarde", _("randvoorwaarde")
    PITFALL = "valkuil", _("valkuil")
    OBSTACLE = "obstakel", _("obstakel")


KIND_PLURALS = {
    InsightKind.SUCCESS_FACTOR: _("Succesfactoren"),
    InsightKind.PRECONDITION: _("Randvoorwaarden"),
    InsightKind.PITFALL: _("Valkuilen"),
    InsightKind.OBSTACLE: _("Obstakels"),
}


class InsightLevel(models.TextChoices):
    CLB = "clb", _("binnen het CLB")
    EDUCATION = "onderwijs", _("binnen onderwijs")
    INTERPLAY = "samenspel", _("samenspel tussen actoren")


class RegulatoryTheme(models.TextChoices):
    """The two regulatory themes of the project, listed on their own."""

    TYPE_WITHOUT_EXTERNAL_DIAGNOSTICS = (
        "type-zonder-externe-diagnostiek",
        _("randvoorwaarde om zonder externe diagnostiek een type te bepalen"),
    )
    RULE_IMPOSING_CLASSIFICATION = (
        "regel-classificerende-diagnostiek",
        _("regel die classificerende diagnostiek oplegt"),
    )


# Which kind each regulatory theme belongs to: a condition is a precondition, a rule an obstacle.
REGULATORY_THEME_KINDS = {
    RegulatoryTheme.TYPE_WITHOUT_EXTERNAL_DIAGNOSTICS: InsightKind.PRECONDITION,
    RegulatoryTheme.RULE_IMPOSING_CLASSIFICATION: InsightKind.OBSTACLE,
}


class Addressee(models.TextChoices):
    GOVERNMENT = "overheid", _("overheid")
    EDUCATION = "onderwijs", _("onderwijs")
    CLB = "clb", _("CLB")


ADDRESSEE_HEADINGS = {
    Addressee.GOVERNMENT: _("Aan de overheid"),
    Addressee.EDUCATION: _("Aan het onderwijs"),
    Addressee.CLB: _("Aan de CLB's"),
}
FORWARDED_TO = {
    Addressee.GOVERNMENT: _("overgemaakt aan de overheid"),
    Addressee.EDUCATION: _("overgemaakt aan het onderwijs"),
    Addressee.CLB: _("overgemaakt aan de CLB's"),
}


class RecommendationStatus(models.TextChoices):
    PROPOSED = "voorgesteld", _("voorgesteld")
    DISCUSSED = "besproken", _("besproken in de stuurgroep")
    FORWARDED = "overgemaakt", _("overgemaakt aan de bestemmeling")


Grouped = namedtuple("Grouped", ["key", "label", "items"])


def group_by(items, attribute, labels):
    """Items grouped by one attribute, groups in the order of `labels`, empty groups left out."""
    groups = {key: [] for key in labels}
    for item in items:
        groups[getattr(item, attribute)].append(item)
    return [Grouped(key, labels[key], members) for key, members in groups.items() if members]


class InsightQuerySet(SearchableQuerySetMixin, models.QuerySet):
    def public(self):
        return self.filter(live=True)

    def with_practice_count(self, practices=None):
        """Annotate `practice_count`: live practices (within `practices`, if given) showing each."""
        shown = Q(practice_links__practice__live=True)
        if practices is not None:
            shown &= Q(practice_links__practice__in=practices.values("pk"))
        return self.annotate(practice_count=Count("practice_links", filter=shown, distinct=True))

    def shown_by(self, practice):
        return self.filter(practice_links__practice=practice)


class InsightTag(TaggedItemBase):
    content_object = ParentalKey(
        "practices.Insight", on_delete=models.CASCADE, related_name="tagged_items"
    )


class Insight(
    SharedLinksMixin,
    WorkflowMixin,
    DraftStateMixin,
    LockableMixin,
    RevisionMixin,
    PreviewableMixin,
    index.Indexed,
    ClusterableModel,
):
    """A success factor, precondition, pitfall or obstacle that the learning network defined."""

    kind = models.CharField(_("soort"), max_length=20, choices=InsightKind.choices)
    title = models.CharField(_("titel"), max_length=200)
    slug = models.SlugField(
        _("slug"),
        max_length=80,
        unique=True,
        blank=True,
        help_text=_("Het webadres onder /inzichten/; leeg laten maakt het uit de titel."),
    )
    explanation = RichTextField(_("toelichting"), features=EXPLANATION_FEATURES)
    level = models.CharField(_("niveau"), max_length=20, choices=InsightLevel.choices)
    core_activities = ParentalManyToManyField(
        "practices.CoreActivity", verbose_name=_("kernactiviteiten"), related_name="insights"
    )
    tags = ClusterTaggableManager(through=InsightTag, blank=True, verbose_name=_("thema's"))
    regulatory_theme = models.CharField(
        _("regelgevend thema"),
        max_length=40,
        choices=RegulatoryTheme.choices,
        blank=True,
        help_text=_(
            "Een randvoorwaarde om zonder externe diagnostiek een type te bepalen, "
            "of een obstakel: een regel die classificerende diagnostiek oplegt."
        ),
    )
    regulation_reference = models.CharField(
        _("verwijzing naar de regelgeving"),
        max_length=255,
        blank=True,
        help_text=_("Verplicht bij een regel die classificerende diagnostiek oplegt."),
    )

    _revisions = GenericRelation("wagtailcore.Revision", related_query_name="insight")
    workflow_states = GenericRelation(
        "wagtailcore.WorkflowState",
        content_type_field="base_content_type",
        object_id_field="object_id",
        related_query_name="insight",
        for_concrete_model=False,
    )

    objects = InsightQuerySet.as_manager()
    shared_links = {"practice_links": "practice"}

    # The public API (api app); only live insights are served.
    api_fields = [
        APIField("title"),
        APIField("slug"),
        APIField("kind", serializer=ChoiceField()),
        APIField("level", serializer=ChoiceField()),
        APIField("explanation"),
        APIField("core_activities", serializer=TermsField()),
        APIField("tags", serializer=TermsField()),
        APIField("regulatory_theme", serializer=ChoiceField()),
        APIField("regulation_reference"),
        APIField("practice_links", serializer=LivePagesField("practice")),
    ]

    panels = [
        FieldPanel("kind", required_on_save=True),
        FieldPanel("title"),
        FieldPanel("slug"),
        FieldPanel("level"),
        FieldPanel("explanation"),
        FieldPanel("core_activities", widget=CheckboxSelectMultiple),
        FieldPanel("tags"),
        MultiFieldPanel(
            [FieldPanel("regulatory_theme"), FieldPanel("regulation_reference")],
            heading=_("Regelgeving"),
        ),
        InlinePanel(
            "practice_links",
            heading=_("Praktijken die dit tonen"),
            label=_("praktijk"),
            help_text=_("Enkel gepubliceerde praktijken verschijnen op de publieke pagina."),
            panels=[PageChooserPanel("practice", "practices.PracticePage")],
        ),
    ]
    search_fields = [
        index.SearchField("title", boost=3),
        index.AutocompleteField("title"),
        index.SearchField("explanation"),
        index.SearchField("regulation_reference"),
        index.RelatedFields("tags", [index.SearchField("name", boost=2)]),
        index.RelatedFields("core_activities", [index.SearchField("name")]),
        index.FilterField("kind"),
        index.FilterField("level"),
        index.FilterField("live"),
    ]

    class Meta:
        ordering = ["title"]
        verbose_name = _("inzicht")
        verbose_name_plural = _("inzichten")

    def __str__(self):
        return self.title

    @property
    def revisions(self):
        return self._revisions

    def clean(self):
        super().clean()
        if not self.slug and self.title:
            self.slug = slugify(self.title)[:80]
        errors = {}
        theme_kind = REGULATORY_THEME_KINDS.get(self.regulatory_theme)
        if theme_kind and self.kind and self.kind != theme_kind:
            errors["regulatory_theme"] = _(
                "Dit regelgevend thema hoort bij een %(kind)s, niet bij een %(this)s."
            ) % {"kind": theme_kind.label, "this": self.get_kind_display()}
        if (
            self.regulatory_theme == RegulatoryTheme.RULE_IMPOSING_CLASSIFICATION
            and not self.regulation_reference.strip()
        ):
            errors["regulation_reference"] = _(
                "Geef aan welke regel classificerende diagnostiek oplegt."
            )
        if self.pk and self.kind != InsightKind.OBSTACLE:
            answered = Recommendation.objects.filter(obstacle_id=self.pk).count()
            if answered:
                errors["kind"] = _(
                    "Er hangen nog %(count)d aanbevelingen aan dit obstakel; "
                    "koppel ze eerst aan een ander obstakel."
                ) % {"count": answered}
        if errors:
            raise ValidationError(errors)

    @property
    def explanation_text(self):
        return strip_tags(self.explanation)

    def linked_practice_ids(self):
        return [link.practice_id for link in self.practice_links.all()]

    def public_context(self):
        """What the public page of this insight shows: only live practices and recommendations."""
        practices = PracticePage.objects.live().public().filter(pk__in=self.linked_practice_ids())
        # An insight previewed before its first save has no recommendations yet.
        recommendations = (
            self.recommendations.filter(live=True)
            if self.pk and self.kind == InsightKind.OBSTACLE
            else []
        )
        return {
            "insight": self,
            "is_obstacle": self.kind == InsightKind.OBSTACLE,
            "practices": practices.order_by("title"),
            "recommendation_groups": group_by(recommendations, "addressee", ADDRESSEE_HEADINGS),
        }

    def get_preview_template(self, request, mode_name):
        return "practices/insight_page.html"

    def get_preview_context(self, request, mode_name):
        return {
            **super().get_preview_context(request, mode_name),
            **self.public_context(),
            "page": InsightIndexPage.objects.live().first(),
        }

    # Columns of the admin export.
    def core_activity_names(self):
        return [activity.name for activity in self.core_activities.all()]

    def theme_names(self):
        return [tag.name for tag in self.tags.all()]

    def practice_titles(self):
        return [link.practice.title for link in self.practice_links.all()]


class PracticeInsight(models.Model):
    """A practice that shows an insight; both sides' revisions hold the link."""

    practice = ParentalKey(
        "practices.PracticePage",
        on_delete=models.CASCADE,
        related_name="insight_links",
        verbose_name=_("praktijk"),
    )
    insight = ParentalKey(
        Insight, on_delete=models.CASCADE, related_name="practice_links", verbose_name=_("inzicht")
    )

    class Meta:
        verbose_name = _("praktijk bij een inzicht")
        verbose_name_plural = _("praktijken bij inzichten")
        constraints = [
            models.UniqueConstraint(fields=["practice", "insight"], name="unique_practice_insight")
        ]

    def __str__(self):
        return f"{self.practice} – {self.insight}"


class Recommendation(
    WorkflowMixin, DraftStateMixin, LockableMixin, RevisionMixin, index.Indexed, models.Model
):
    """A recommendation to government, education or the CLB's that answers an obstacle."""

    base_form_class = RecommendationForm

    obstacle = models.ForeignKey(
        Insight,
        verbose_name=_("obstakel"),
        on_delete=models.CASCADE,
        related_name="recommendations",
        limit_choices_to={"kind": InsightKind.OBSTACLE},
    )
    text = models.TextField(_("aanbeveling"))
    addressee = models.CharField(_("bestemmeling"), max_length=20, choices=Addressee.choices)
    status = models.CharField(
        _("status"),
        max_length=20,
        choices=RecommendationStatus.choices,
        default=RecommendationStatus.PROPOSED,
        help_text=_("Zet de stuurgroep."),
    )
    status_date = models.DateField(_("datum van de status"), default=timezone.localdate)

    _revisions = GenericRelation("wagtailcore.Revision", related_query_name="recommendation")
    workflow_states = GenericRelation(
        "wagtailcore.WorkflowState",
        content_type_field="base_content_type",
        object_id_field="object_id",
        related_query_name="recommendation",
        for_concrete_model=False,
    )

    panels = [
        FieldPanel("obstacle", widget=Select),
        FieldPanel("addressee"),
        FieldPanel("text"),
        MultiFieldPanel([FieldPanel("status"), FieldPanel("status_date")], heading=_("Opvolging")),
    ]
    search_fields = [
        index.SearchField("text"),
        index.AutocompleteField("text"),
        # The obstacle's `live`: a recommendation is shown only with its published obstacle.
        index.RelatedFields("obstacle", [index.SearchField("title"), index.FilterField("live")]),
        index.FilterField("addressee"),
        index.FilterField("status"),
        index.FilterField("live"),
    ]

    class Meta:
        ordering = ["addressee", "obstacle__title", "pk"]
        verbose_name = _("aanbeveling")
        verbose_name_plural = _("aanbevelingen")

    def __str__(self):
        return Truncator(self.text).words(12)

    @property
    def revisions(self):
        return self._revisions

    def clean(self):
        super().clean()
        if self.status_date and self.status_date > timezone.localdate():
            raise ValidationError({"status_date": _("Deze datum ligt in de toekomst.")})

    @property
    def status_label(self):
        if self.status == RecommendationStatus.FORWARDED and self.addressee:
            return FORWARDED_TO[self.addressee]
        return self.get_status_display()


class InsightIndexPage(RoutablePageMixin, Page):
    """/inzichten/: every published insight grouped by kind, and a page per insight."""

    intro = RichTextField(_("inleiding"), blank=True, features=["bold", "italic", "link"])

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["leersteun.HomePage"]
    subpage_types = []
    max_count = 1

    class Meta:
        verbose_name = _("overzicht van de inzichten")

    def with_urls(self, insights, request=None):
        """The insights as a list, each with `public_url`: its page below this one."""
        insights = list(insights)
        base_url = self.get_url(request)
        for insight in insights:
            insight.public_url = base_url + self.reverse_subpage("insight", args=(insight.slug,))
        return insights

    def get_sitemap_urls(self, request=None):
        """The overview and the page of every published insight."""
        base_url = self.get_full_url(request)
        return super().get_sitemap_urls(request) + [
            {
                "location": base_url + self.reverse_subpage("insight", args=(insight.slug,)),
                "lastmod": insight.last_published_at,
            }
            for insight in Insight.objects.public().order_by("title")
        ]

    @path("")
    def overview(self, request):
        from ..filters import InsightFilterSet

        filterset = InsightFilterSet(request.GET or None, queryset=Insight.objects.public())
        insights = list(
            filterset.qs.with_practice_count().prefetch_related("core_activities").order_by("title")
        )
        insights.sort(key=lambda insight: list(InsightLevel.values).index(insight.level))
        return self.render(
            request,
            context_overrides={
                "filterset": filterset,
                "insight_count": len(insights),
                "groups": group_by(self.with_urls(insights, request), "kind", KIND_PLURALS),
            },
        )

    @path("<slug:slug>/", name="insight")
    def insight(self, request, slug):
        insight = get_object_or_404(Insight.objects.public(), slug=slug)
        return self.render(
            request,
            template="practices/insight_page.html",
            context_overrides=insight.public_context(),
        )


class RecommendationIndexPage(Page):
    """/aanbevelingen/: every published recommendation by addressee, printable."""

    intro = RichTextField(_("inleiding"), blank=True, features=["bold", "italic", "link"])

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["leersteun.HomePage"]
    subpage_types = []
    max_count = 1

    class Meta:
        verbose_name = _("overzicht van de aanbevelingen")

    @staticmethod
    def public_recommendations():
        return Recommendation.objects.filter(live=True, obstacle__live=True).select_related(
            "obstacle"
        )

    def get_context(self, request, *args, **kwargs):
        from ..filters import RecommendationFilterSet

        context = super().get_context(request, *args, **kwargs)
        filterset = RecommendationFilterSet(
            request.GET or None, queryset=self.public_recommendations()
        )
        recommendations = list(filterset.qs.order_by("obstacle__title", "pk"))
        insights_page = InsightIndexPage.objects.live().first()
        if insights_page:  # without it the obstacles are named, not linked
            insights_page.with_urls([item.obstacle for item in recommendations], request)
        context["filterset"] = filterset
        context["recommendation_count"] = len(recommendations)
        context["groups"] = group_by(recommendations, "addressee", ADDRESSEE_HEADINGS)
        return context


def insight_groups(practice, index_page, request=None):
    """The published insights a practice shows, grouped by kind, linked to their pages."""
    if index_page is None:
        return []
    insights = Insight.objects.public().shown_by(practice).order_by("title")
    return group_by(index_page.with_urls(insights, request), "kind", KIND_PLURALS)


def filter_practices_by_insights(practices, slugs):
    """Practices that show one of the published insights with these slugs (materialenbank facet)."""
    shown = PracticeInsight.objects.filter(insight__live=True, insight__slug__in=slugs)
    return practices.filter(pk__in=shown.values("practice_id"))
