from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models
from django.forms import CheckboxSelectMultiple
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.fields import RichTextField
from wagtail.models import Orderable
from wagtail.search import index

from .forms import MeetingForm, TryOutForm


class Net(models.TextChoices):
    VRIJ = "vrij", _("Vrij CLB Netwerk")
    GO = "go", _("GO!")
    OVSG = "ovsg", _("OVSG")
    POV = "pov", _("POV")


class Province(models.TextChoices):
    ANTWERPEN = "antwerpen", _("Antwerpen")
    LIMBURG = "limburg", _("Limburg")
    OOST_VLAANDEREN = "oost-vlaanderen", _("Oost-Vlaanderen")
    VLAAMS_BRABANT = "vlaams-brabant", _("Vlaams-Brabant")
    WEST_VLAANDEREN = "west-vlaanderen", _("West-Vlaanderen")
    BRUSSEL = "brussel", _("Brussel")


class RegionType(models.TextChoices):
    LANDELIJK = "landelijk", _("landelijk")
    STEDELIJK = "stedelijk", _("stedelijk")
    GROOTSTEDELIJK = "grootstedelijk", _("grootstedelijk")


class Centre(index.Indexed, models.Model):
    """A CLB (pupil guidance centre); five are the anchor centres of the learning network."""

    name = models.CharField(_("naam"), max_length=150, unique=True)
    slug = models.SlugField(_("slug"), max_length=80, unique=True)
    net = models.CharField(_("net"), max_length=10, choices=Net.choices)
    province = models.CharField(_("provincie"), max_length=20, choices=Province.choices)
    region_type = models.CharField(_("type regio"), max_length=20, choices=RegionType.choices)
    is_anchor = models.BooleanField(_("anker-CLB"), default=False)
    website = models.URLField(_("website"), blank=True)

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("net"),
        FieldPanel("province"),
        FieldPanel("region_type"),
        FieldPanel("is_anchor"),
        FieldPanel("website"),
    ]
    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.FilterField("net"),
        index.FilterField("province"),
        index.FilterField("is_anchor"),
    ]

    class Meta:
        ordering = ["-is_anchor", "name"]
        verbose_name = _("centrum (CLB)")
        verbose_name_plural = _("centra (CLB's)")

    def __str__(self):
        return self.name


class CentreContribution(Orderable):
    """A centre that contributed to a page; the concrete models name the page and the centre."""

    panels = [FieldPanel("centre")]

    class Meta(Orderable.Meta):
        abstract = True
        verbose_name = _("bijdragend centrum")
        verbose_name_plural = _("bijdragende centra")

    def __str__(self):
        return str(self.centre)


class Contribution(CentreContribution):
    """A centre that contributed to (developed, refined or tried out) a practice."""

    practice = ParentalKey(
        "practices.PracticePage", on_delete=models.CASCADE, related_name="contributions"
    )
    centre = models.ForeignKey(
        Centre, on_delete=models.PROTECT, related_name="contributions", verbose_name=_("centrum")
    )

    class Meta(CentreContribution.Meta):
        constraints = [
            models.UniqueConstraint(fields=["practice", "centre"], name="unique_contribution")
        ]
        # The centre facet looks up practices by centre: answered from the index alone.
        indexes = [models.Index(fields=["centre", "practice"], name="contribution_centre_practice")]


class CaseContribution(CentreContribution):
    """The centre a case comes from; named like a practice's contributions, so the same
    per-centre rights (`network.permissions`) cover cases."""

    case = ParentalKey("practices.CasePage", on_delete=models.CASCADE, related_name="contributions")
    centre = models.ForeignKey(
        Centre,
        on_delete=models.PROTECT,
        related_name="case_contributions",
        verbose_name=_("centrum"),
    )

    class Meta(CentreContribution.Meta):
        constraints = [
            models.UniqueConstraint(fields=["case", "centre"], name="unique_case_contribution")
        ]


class Membership(models.Model):
    """Links an admin user to the centre they work for.

    A user with a centre only gets page rights on practices that centre contributed to (see
    `network.permissions`); Prodia editors and the steering group have no centre.
    """

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="membership",
        verbose_name=_("gebruiker"),
    )
    centre = models.ForeignKey(
        Centre, on_delete=models.PROTECT, related_name="members", verbose_name=_("centrum")
    )

    panels = [FieldPanel("user"), FieldPanel("centre")]

    class Meta:
        ordering = ["centre__name", "user__username"]
        verbose_name = _("lidmaatschap")
        verbose_name_plural = _("lidmaatschappen")
        permissions = [
            (
                "view_network_reports",
                _("Kan concepten, rapporten en exports van het netwerk lezen"),
            ),
        ]

    def __str__(self):
        return f"{self.user} ({self.centre})"


class MeetingKind(models.TextChoices):
    LEARNING_NETWORK = "lerend-netwerk", _("lerend netwerk")
    REGIONAL_NETWORK = "regionaal-lerend-netwerk", _("regionaal lerend netwerk")
    CORE_GROUP = "kerngroep", _("kerngroep")
    STEERING_GROUP = "stuurgroep", _("stuurgroep")
    SOUNDING_BOARD = "klankbordgroep", _("klankbordgroep")


class OwnerRole(models.TextChoices):
    PROJECT_WORKERS = "projectmedewerkers", _("projectmedewerkers")
    PRODIA = "prodia", _("Prodia-redactie")
    CORE_GROUP = "kerngroep", _("kerngroep")
    STEERING_GROUP = "stuurgroep", _("stuurgroep")
    DIRECTORS = "directies", _("directies van de anker-CLB's")


class Meeting(ClusterableModel):
    """A meeting of the learning network or one of the project's groups, with its minutes."""

    base_form_class = MeetingForm

    kind = models.CharField(_("soort"), max_length=30, choices=MeetingKind.choices)
    title = models.CharField(_("titel"), max_length=200)
    date = models.DateField(_("datum"))
    place = models.CharField(
        _("plaats"), max_length=200, blank=True, help_text=_("Leeg laten bij een online overleg.")
    )
    online = models.BooleanField(_("online"), default=False)
    centres = ParentalManyToManyField(
        Centre, blank=True, related_name="meetings", verbose_name=_("deelnemende centra")
    )
    agenda = RichTextField(_("agenda"), blank=True, features=["ol", "ul", "bold", "italic"])
    minutes = RichTextField(
        _("verslag (notulen)"), blank=True, features=["h3", "ol", "ul", "bold", "italic", "link"]
    )
    practices = ParentalManyToManyField(
        "practices.PracticePage",
        blank=True,
        related_name="meetings",
        verbose_name=_("besproken praktijken"),
    )

    panels = [
        FieldPanel("kind"),
        FieldPanel("title"),
        FieldPanel("date"),
        FieldPanel("place"),
        FieldPanel("online"),
        FieldPanel("centres", widget=CheckboxSelectMultiple),
        FieldPanel("agenda"),
        FieldPanel("minutes"),
        InlinePanel("decisions", heading=_("Beslissingen")),
        FieldPanel("practices"),
        InlinePanel("attachments", heading=_("Bijlagen")),
    ]
    search_fields = [
        index.SearchField("title"),
        index.SearchField("agenda"),
        index.SearchField("minutes"),
        index.AutocompleteField("title"),
        index.FilterField("kind"),
        index.FilterField("date"),
    ]

    class Meta:
        ordering = ["-date", "title"]
        verbose_name = _("overleg")
        verbose_name_plural = _("overleggen")

    def __str__(self):
        return f"{self.title} ({self.date:%d/%m/%Y})"

    def clean(self):
        super().clean()
        if not self.online and not self.place:
            raise ValidationError({"place": _("Geef een plaats, of vink ‘online’ aan.")})


class Decision(Orderable):
    meeting = ParentalKey(Meeting, on_delete=models.CASCADE, related_name="decisions")
    text = models.TextField(_("beslissing"))
    owner_role = models.CharField(
        _("eigenaar (rol)"),
        max_length=30,
        choices=OwnerRole.choices,
        help_text=_("Wie de beslissing opvolgt."),
    )
    due_date = models.DateField(_("tegen"), null=True, blank=True)

    panels = [FieldPanel("text"), FieldPanel("owner_role"), FieldPanel("due_date")]

    class Meta(Orderable.Meta):
        verbose_name = _("beslissing")
        verbose_name_plural = _("beslissingen")

    def __str__(self):
        return self.text


class MeetingAttachment(Orderable):
    meeting = ParentalKey(Meeting, on_delete=models.CASCADE, related_name="attachments")
    document = models.ForeignKey(
        settings.WAGTAILDOCS_DOCUMENT_MODEL,
        on_delete=models.PROTECT,
        related_name="meeting_links",
        verbose_name=_("document"),
    )

    panels = [FieldPanel("document")]

    class Meta(Orderable.Meta):
        verbose_name = _("bijlage")
        verbose_name_plural = _("bijlagen")


class Verdict(models.TextChoices):
    USABLE = "bruikbaar", _("bruikbaar")
    USABLE_WITH_CHANGES = "bruikbaar-met-aanpassingen", _("bruikbaar met aanpassingen")
    NOT_USABLE = "niet-bruikbaar", _("niet bruikbaar in deze context")

    @classmethod
    def usable(cls):
        """The verdicts that count towards a practice's maturity."""
        return [cls.USABLE, cls.USABLE_WITH_CHANGES]


class ParticipantRole(models.TextChoices):
    CLB_STAFF = "clb-medewerker", _("CLB-medewerkers")
    CARE_COORDINATORS = "zorgcoordinator", _("zorgcoördinatoren")
    TEACHERS = "leraar", _("leraren")
    SCHOOL_LEADERS = "directie", _("directies")
    PARENTS = "ouder", _("ouders")
    PUPILS = "leerling", _("leerlingen")
    PARTNERS = "partner", _("partners (ondersteuningsnetwerk, welzijn)")


class TryOut(ClusterableModel):
    """A small-scale try-out of a practice at a centre, with its evaluation.

    Participants are counted per role, never named.
    """

    base_form_class = TryOutForm

    practice = models.ForeignKey(
        "practices.PracticePage",
        on_delete=models.CASCADE,
        related_name="tryouts",
        verbose_name=_("praktijk"),
    )
    centre = models.ForeignKey(
        Centre, on_delete=models.PROTECT, related_name="tryouts", verbose_name=_("centrum")
    )
    start_date = models.DateField(_("van"))
    end_date = models.DateField(_("tot"), null=True, blank=True)
    went_well = models.TextField(_("wat goed liep"), blank=True)
    went_badly = models.TextField(_("wat niet goed liep"), blank=True)
    changes_made = models.TextField(
        _("aanpassingen aan de praktijk"),
        blank=True,
        help_text=_("Wat werd achteraf in de beschrijving van de praktijk veranderd?"),
    )
    verdict = models.CharField(_("oordeel"), max_length=30, choices=Verdict.choices)

    panels = [
        FieldPanel("practice"),
        FieldPanel("centre"),
        FieldPanel("start_date"),
        FieldPanel("end_date"),
        InlinePanel("participants", heading=_("Deelnemers (aantallen, geen namen)"), min_num=1),
        FieldPanel("went_well"),
        FieldPanel("went_badly"),
        FieldPanel("changes_made"),
        FieldPanel("verdict"),
    ]

    class Meta:
        ordering = ["-start_date"]
        verbose_name = _("uitprobering")
        verbose_name_plural = _("uitproberingen")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(end_date__isnull=True)
                | models.Q(end_date__gte=models.F("start_date")),
                name="tryout_period_in_order",
            )
        ]
        # The maturity level counts a practice's usable try-outs' centres: an index-only read.
        indexes = [
            models.Index(fields=["practice", "verdict", "centre"], name="tryout_practice_verdict")
        ]

    def __str__(self):
        return f"{self.practice} – {self.centre}"

    def clean(self):
        super().clean()
        if self.end_date and self.start_date and self.end_date < self.start_date:
            raise ValidationError({"end_date": _("Het einde ligt vóór het begin.")})

    @property
    def is_usable(self):
        return self.verdict in Verdict.usable()


class TryOutParticipant(Orderable):
    tryout = ParentalKey(TryOut, on_delete=models.CASCADE, related_name="participants")
    role = models.CharField(_("rol"), max_length=30, choices=ParticipantRole.choices)
    count = models.PositiveSmallIntegerField(_("aantal"), validators=[MinValueValidator(1)])

    panels = [FieldPanel("role"), FieldPanel("count")]

    class Meta(Orderable.Meta):
        verbose_name = _("deelnemers")
        verbose_name_plural = _("deelnemers")

    def __str__(self):
        return f"{self.count} {self.get_role_display()}"
