"""Cases (casussen): anonymised descriptions that show when classifying diagnostics was not
needed to decide which verslag a pupil needed."""

from django.core.exceptions import ValidationError
from django.core.validators import MaxLengthValidator
from django.db import models
from django.db.models import Count, Q
from django.forms import CheckboxSelectMultiple
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import (
    FieldPanel,
    InlinePanel,
    MultiFieldPanel,
    ObjectList,
    TabbedInterface,
)
from wagtail.api import APIField
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page
from wagtail.search import index

from ..panels import ContributionsPanel, PrivacyPanel
from ..serializers import ChoiceField, ChoicesField, LivePagesField, TermsField
from ..structured_data import case_structured_data
from .fields import ChoiceListField
from .insights import InsightIndexPage
from .pages import (
    RICH_TEXT_FEATURES,
    SUMMARY_MAX_LENGTH,
    ContributedPage,
    PracticePage,
    SectionIndexPage,
)


class Verslag(models.TextChoices):
    NONE = "geen", _("geen verslag")
    GC = "gc-verslag", _("GC-verslag")
    IAC = "iac-verslag", _("IAC-verslag")
    OV4 = "ov4-verslag", _("OV4-verslag")


class VerslagType(models.TextChoices):
    BASIC = "basisaanbod", _("basisaanbod")
    TYPE_2 = "type-2", _("type 2")
    TYPE_3 = "type-3", _("type 3")
    TYPE_4 = "type-4", _("type 4")
    TYPE_6 = "type-6", _("type 6")
    TYPE_7 = "type-7", _("type 7")
    TYPE_9 = "type-9", _("type 9")


class DiagnosticsNeeded(models.TextChoices):
    YES = "ja", _("ja")
    NO = "nee", _("nee")
    PARTLY = "gedeeltelijk", _("gedeeltelijk")


class HGDPhase(models.TextChoices):
    INTAKE = "intake", _("intake")
    STRATEGY = "strategie", _("strategie")
    RESEARCH = "onderzoek", _("onderzoek")
    INTEGRATION = "integratie", _("integratie")
    ADVICE = "advies", _("advies")


class GradeBand(models.TextChoices):
    PRESCHOOL = "kleuter", _("kleuterschool")
    PRIMARY_1_2 = "lager-1-2", _("1e en 2e leerjaar")
    PRIMARY_3_4 = "lager-3-4", _("3e en 4e leerjaar")
    PRIMARY_5_6 = "lager-5-6", _("5e en 6e leerjaar")
    SECONDARY_1 = "secundair-graad-1", _("1e graad secundair")
    SECONDARY_2 = "secundair-graad-2", _("2e graad secundair")
    SECONDARY_3 = "secundair-graad-3", _("3e graad secundair")


class Requester(models.TextChoices):
    SCHOOL = "school", _("de school (leraar, zorgcoördinator)")
    PARENTS = "ouders", _("de ouders")
    PUPIL = "leerling", _("de leerling")
    CLB = "clb", _("het CLB")
    OTHER = "andere", _("iemand anders")


class CaseIndexPage(SectionIndexPage, Page):
    """The list of cases at /casussen/, filterable, with the 'not needed' summary line."""

    intro = RichTextField(_("inleiding"), blank=True, features=["bold", "italic", "link"])

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    subpage_types = ["practices.CasePage"]
    parent_page_types = ["leersteun.HomePage"]
    max_count = 1

    class Meta:
        verbose_name = _("overzicht casussen")

    def get_context(self, request, *args, **kwargs):
        from ..listing import case_listing_context

        context = super().get_context(request, *args, **kwargs)
        context.update(case_listing_context(self, request))
        return context


class CasePage(ContributedPage, Page):
    """One anonymised case: context, question, trajectory, ICF-CY functioning, outcome."""

    summary = models.TextField(
        _("samenvatting"),
        max_length=SUMMARY_MAX_LENGTH,
        validators=[MaxLengthValidator(SUMMARY_MAX_LENGTH)],
        help_text=_("Hoogstens %(max)d tekens; verschijnt in het overzicht.")
        % {"max": SUMMARY_MAX_LENGTH},
    )
    # Context
    education_levels = ParentalManyToManyField(
        "practices.EducationLevel", verbose_name=_("onderwijsniveau"), related_name="cases"
    )
    grade_band = models.CharField(
        _("leerjaar"), max_length=30, choices=GradeBand.choices, blank=True
    )
    start_phases = ParentalManyToManyField(
        "practices.CarePhase",
        verbose_name=_("fase in het zorgcontinuüm bij de start"),
        related_name="cases",
    )
    # Question
    question = RichTextField(_("hulpvraag"), features=RICH_TEXT_FEATURES)
    asked_by = models.CharField(
        _("hulpvraag gesteld door"), max_length=20, choices=Requester.choices
    )
    # Trajectory
    core_activities = ParentalManyToManyField(
        "practices.CoreActivity", verbose_name=_("kernactiviteiten"), related_name="cases"
    )
    hgd_phases = ChoiceListField(
        _("fasen van handelingsgerichte diagnostiek"),
        choices_class=HGDPhase,
        blank=True,
        help_text=_("Alleen de fasen die het traject doorliep."),
    )
    trajectory = RichTextField(_("verloop van het traject"), features=RICH_TEXT_FEATURES)
    # Functioning in ICF-CY terms; each section names strengths as well as limitations.
    icf_functions = RichTextField(
        _("functies"),
        features=RICH_TEXT_FEATURES,
        help_text=_("Ook de sterke kanten en beschermende factoren."),
    )
    icf_activities = RichTextField(_("activiteiten en participatie"), features=RICH_TEXT_FEATURES)
    icf_environment = RichTextField(_("externe factoren"), features=RICH_TEXT_FEATURES)
    icf_personal = RichTextField(
        _("persoonlijke factoren"), blank=True, features=RICH_TEXT_FEATURES
    )
    # Support needs
    needs_pupil = RichTextField(
        _("ondersteuningsnoden van de leerling"), features=RICH_TEXT_FEATURES
    )
    needs_teachers = RichTextField(
        _("ondersteuningsnoden van de leraren"), features=RICH_TEXT_FEATURES
    )
    needs_parents = RichTextField(
        _("ondersteuningsnoden van de ouders"), blank=True, features=RICH_TEXT_FEATURES
    )
    # Outcome
    verslag = models.CharField(_("verslag"), max_length=20, choices=Verslag.choices)
    verslag_type = models.CharField(
        _("type"),
        max_length=20,
        choices=VerslagType.choices,
        blank=True,
        help_text=_("Leeg wanneer er geen verslag kwam."),
    )
    classifying_diagnostics = models.CharField(
        _("classificerende diagnostiek nodig"),
        max_length=20,
        choices=DiagnosticsNeeded.choices,
    )
    reasoning = RichTextField(_("onderbouwing"), features=RICH_TEXT_FEATURES)
    # The regulatory obstacle when one fits; the text says more, or stands alone when none fits.
    forcing_rule = models.ForeignKey(
        "practices.Insight",
        verbose_name=_("regel (regelgevend obstakel)"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="forcing_cases",
        limit_choices_to={"regulatory_theme": "regel-classificerende-diagnostiek"},
        help_text=_("Kies het obstakel uit ‘Inzichten’ dat deze regel beschrijft, als het er is."),
    )
    forcing_rule_text = models.TextField(
        _("regel die classificerende diagnostiek afdwong"),
        blank=True,
        help_text=_(
            "Alleen wanneer classificerende diagnostiek (gedeeltelijk) nodig was: welke "
            "regelgeving of voorwaarde dwong ze af?"
        ),
    )
    lessons = RichTextField(_("wat anderen hieruit kunnen leren"), features=RICH_TEXT_FEATURES)

    privacy_fields = (
        "summary",
        "question",
        "trajectory",
        "icf_functions",
        "icf_activities",
        "icf_environment",
        "icf_personal",
        "needs_pupil",
        "needs_teachers",
        "needs_parents",
        "reasoning",
        "forcing_rule_text",
        "lessons",
    )

    # The public API (api app): choices as {value, label}, taxonomies as {slug, label}.
    api_fields = [
        APIField("summary"),
        APIField("last_published_at"),
        APIField("education_levels", serializer=TermsField()),
        APIField("grade_band", serializer=ChoiceField()),
        APIField("start_phases", serializer=TermsField()),
        APIField("asked_by", serializer=ChoiceField()),
        APIField("core_activities", serializer=TermsField()),
        APIField("hgd_phases", serializer=ChoicesField()),
        *(APIField(name) for name in privacy_fields[1:-3]),
        APIField("verslag", serializer=ChoiceField()),
        APIField("verslag_type", serializer=ChoiceField()),
        APIField("classifying_diagnostics", serializer=ChoiceField()),
        *(APIField(name) for name in privacy_fields[-3:]),
        APIField("practice_links", serializer=LivePagesField("practice")),
    ]

    search_fields = [
        *Page.search_fields,
        index.SearchField("summary", boost=2),
        index.SearchField("question"),
        index.SearchField("trajectory"),
        index.SearchField("reasoning"),
        index.SearchField("lessons"),
        index.FilterField("verslag"),
        index.FilterField("classifying_diagnostics"),
    ]

    context_panels = [
        *Page.content_panels,
        PrivacyPanel(),
        FieldPanel("summary"),
        MultiFieldPanel(
            [
                FieldPanel("education_levels", widget=CheckboxSelectMultiple),
                FieldPanel("grade_band"),
                FieldPanel("start_phases", widget=CheckboxSelectMultiple),
            ],
            heading=_("Context"),
        ),
        FieldPanel("question"),
        FieldPanel("asked_by"),
        ContributionsPanel(heading=_("Bijdragend centrum"), min_num=1),
    ]
    trajectory_panels = [
        FieldPanel("core_activities", widget=CheckboxSelectMultiple),
        FieldPanel("hgd_phases"),
        FieldPanel("trajectory"),
    ]
    functioning_panels = [
        FieldPanel("icf_functions"),
        FieldPanel("icf_activities"),
        FieldPanel("icf_environment"),
        FieldPanel("icf_personal"),
    ]
    needs_panels = [
        FieldPanel("needs_pupil"),
        FieldPanel("needs_teachers"),
        FieldPanel("needs_parents"),
    ]
    outcome_panels = [
        FieldPanel("verslag"),
        FieldPanel("verslag_type"),
        FieldPanel("classifying_diagnostics"),
        FieldPanel("reasoning"),
        FieldPanel("forcing_rule"),
        FieldPanel("forcing_rule_text"),
    ]
    lesson_panels = [
        FieldPanel("lessons"),
        InlinePanel("practice_links", heading=_("Praktijken die deze casus illustreert")),
    ]

    edit_handler = TabbedInterface(
        [
            ObjectList(context_panels, heading=_("Context en hulpvraag")),
            ObjectList(trajectory_panels, heading=_("Traject")),
            ObjectList(functioning_panels, heading=_("Functioneren (ICF-CY)")),
            ObjectList(needs_panels, heading=_("Ondersteuningsnoden")),
            ObjectList(outcome_panels, heading=_("Uitkomst")),
            ObjectList(lesson_panels, heading=_("Leerpunten en praktijken")),
            ObjectList(Page.promote_panels, heading=_("Promotie")),
            ObjectList(Page.settings_panels, heading=_("Instellingen")),
        ]
    )

    parent_page_types = ["practices.CaseIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("casus")
        verbose_name_plural = _("casussen")

    def clean(self):
        super().clean()
        errors = {}
        if self.verslag == Verslag.NONE and self.verslag_type:
            errors["verslag_type"] = _("Zonder verslag is er geen type; laat dit leeg.")
        elif self.verslag and self.verslag != Verslag.NONE and not self.verslag_type:
            errors["verslag_type"] = _("Kies het type dat het verslag vermeldt.")
        needed = self.classifying_diagnostics in (DiagnosticsNeeded.YES, DiagnosticsNeeded.PARTLY)
        has_rule = bool(self.forcing_rule_id or self.forcing_rule_text.strip())
        if needed and not has_rule:
            errors["forcing_rule_text"] = _(
                "Kies de regel bij de regelgevende obstakels of beschrijf welke regel "
                "classificerende diagnostiek afdwong."
            )
        elif self.classifying_diagnostics == DiagnosticsNeeded.NO and has_rule:
            errors["forcing_rule_text"] = _(
                "Classificerende diagnostiek was niet nodig: laat de regel leeg."
            )
        if errors:
            raise ValidationError(errors)

    @classmethod
    def with_listing_relations(cls, queryset):
        return queryset.prefetch_related("education_levels", "core_activities")

    @staticmethod
    def not_needed_counts(queryset):
        """(cases where classifying diagnostics was not needed, all cases) in one query."""
        totals = queryset.aggregate(
            total=Count("pk"),
            not_needed=Count("pk", filter=Q(classifying_diagnostics=DiagnosticsNeeded.NO)),
        )
        return totals["not_needed"], totals["total"]

    def hgd_phase_labels(self):
        return self._meta.get_field("hgd_phases").labels(self.hgd_phases)

    def get_context(self, request, *args, **kwargs):
        self.prefetch_shown_relations("core_activities", "start_phases", "education_levels")
        context = super().get_context(request, *args, **kwargs)
        context["structured_data"] = case_structured_data(self, request)
        ids = [link.practice_id for link in self.practice_links.all()]
        context["practices"] = (
            PracticePage.objects.live().public().filter(id__in=ids).order_by("title")
        )
        context["listing_url"] = self.get_parent().url
        rule = self.forcing_rule
        overview = InsightIndexPage.objects.live().first() if rule and rule.live else None
        context["forcing_rule"] = overview.with_urls([rule], request)[0] if overview else None
        return context


class CasePractice(Orderable):
    """A practice this case illustrates."""

    case = ParentalKey(CasePage, on_delete=models.CASCADE, related_name="practice_links")
    practice = models.ForeignKey(
        PracticePage,
        verbose_name=_("praktijk"),
        on_delete=models.CASCADE,
        related_name="case_links",
    )

    panels = [FieldPanel("practice")]

    class Meta(Orderable.Meta):
        verbose_name = _("geïllustreerde praktijk")
        verbose_name_plural = _("geïllustreerde praktijken")
