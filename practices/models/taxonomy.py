"""Taxonomies with a fixed meaning: small models seeded by data migrations, editable by editors.

Their slugs are part of the public URL interface of the materialenbank (?kernactiviteit=...).
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.search import index


class Taxonomy(index.Indexed, models.Model):
    name = models.CharField(_("naam"), max_length=120, unique=True)
    slug = models.SlugField(
        _("slug"),
        max_length=60,
        unique=True,
        help_text=_("Vaste sleutel in webadressen en filters; wijzig niet na publicatie."),
    )
    description = models.TextField(_("omschrijving"), blank=True)
    sort_order = models.PositiveSmallIntegerField(_("volgorde"), default=0)

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("description"),
        FieldPanel("sort_order"),
    ]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        abstract = True
        ordering = ["sort_order", "name"]

    def __str__(self):
        return self.name


class CoreActivity(Taxonomy):
    class Meta(Taxonomy.Meta):
        verbose_name = _("kernactiviteit")
        verbose_name_plural = _("kernactiviteiten")


class CarePhase(Taxonomy):
    class Meta(Taxonomy.Meta):
        verbose_name = _("fase in het zorgcontinuüm")
        verbose_name_plural = _("fasen in het zorgcontinuüm")


class EducationLevel(Taxonomy):
    class Meta(Taxonomy.Meta):
        verbose_name = _("onderwijsniveau")
        verbose_name_plural = _("onderwijsniveaus")


class TargetGroup(Taxonomy):
    class Meta(Taxonomy.Meta):
        verbose_name = _("doelgroep")
        verbose_name_plural = _("doelgroepen")
