from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel
from wagtail.models import Orderable
from wagtail.search import index


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


class Contribution(Orderable):
    """A centre that contributed to (developed, refined or tried out) a practice."""

    practice = ParentalKey(
        "practices.PracticePage", on_delete=models.CASCADE, related_name="contributions"
    )
    centre = models.ForeignKey(
        Centre, on_delete=models.PROTECT, related_name="contributions", verbose_name=_("centrum")
    )

    panels = [FieldPanel("centre")]

    class Meta(Orderable.Meta):
        verbose_name = _("bijdragend centrum")
        verbose_name_plural = _("bijdragende centra")
        constraints = [
            models.UniqueConstraint(fields=["practice", "centre"], name="unique_contribution")
        ]

    def __str__(self):
        return str(self.centre)
