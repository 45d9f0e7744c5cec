"""Adoptions (olievlek): a practice taken up by a centre, with the history of its status.

The history is the record: every status change is an `AdoptionStatusChange` row, never
overwritten. `Adoption.status` and `Adoption.status_since` mirror the latest row so that lists,
filters and the maturity subquery stay simple; `Adoption.sync_status()` is the only place that
writes them, called whenever a history row is saved or deleted.
"""

import datetime

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel

from network.maturity import ADOPTED_STATUSES
from practices.models.pages import validate_contact_role

from ..admin_forms import AdoptionAdminForm


class AdoptionStatus(models.TextChoices):
    INTEREST = "interesse", _("interesse")
    EXPLORING = "verkenning", _("verkenning")
    IN_USE = "in-gebruik", _("in gebruik")
    EMBEDDED = "verankerd", _("verankerd")
    STOPPED = "gestopt", _("gestopt")

    @classmethod
    def adopted(cls):
        """The statuses that count as "taken up" (maturity level verspreid, most adopted)."""
        return [cls(value) for value in ADOPTED_STATUSES]


class AdoptionQuerySet(models.QuerySet):
    def confirmed(self):
        """What counts anywhere public: confirmed by an editor, of a published practice."""
        return self.filter(confirmed=True, practice__live=True)


class Adoption(ClusterableModel):
    """A practice taken up by a centre. Public reports arrive unconfirmed (a draft)."""

    base_form_class = AdoptionAdminForm

    practice = models.ForeignKey(
        "practices.PracticePage",
        on_delete=models.CASCADE,
        related_name="adoptions",
        verbose_name=_("praktijk"),
    )
    centre = models.ForeignKey(
        "network.Centre",
        on_delete=models.PROTECT,
        related_name="adoptions",
        verbose_name=_("centrum"),
    )
    status = models.CharField(
        _("huidige status"),
        max_length=20,
        choices=AdoptionStatus.choices,
        editable=False,
        default=AdoptionStatus.INTEREST,
    )
    status_since = models.DateField(_("sinds"), null=True, editable=False)
    helped = models.TextField(
        _("wat hielp"), blank=True, help_text=_("Voedt de succesfactoren en randvoorwaarden.")
    )
    hindered = models.TextField(
        _("wat hinderde"), blank=True, help_text=_("Voedt de valkuilen en obstakels.")
    )
    contact_role = models.CharField(
        _("contact (rol)"),
        max_length=200,
        blank=True,
        validators=[validate_contact_role],
        help_text=_("Een functie of dienst, geen persoonlijk e-mailadres."),
    )
    confirmed = models.BooleanField(
        _("bevestigd"),
        default=False,
        help_text=_("Alleen bevestigde adopties tellen mee in de publieke cijfers."),
    )
    reported_publicly = models.BooleanField(_("gemeld via het formulier"), default=False)
    created_at = models.DateTimeField(_("geregistreerd op"), auto_now_add=True)

    objects = AdoptionQuerySet.as_manager()

    panels = [
        FieldPanel("practice"),
        FieldPanel("centre"),
        InlinePanel(
            "status_changes",
            heading=_("Statusgeschiedenis"),
            label=_("Statuswijziging"),
            min_num=1,
            help_text=_(
                "Een nieuwe status voeg je toe als nieuwe rij; eerdere rijen blijven bewaard."
            ),
        ),
        MultiFieldPanel(
            [FieldPanel("helped"), FieldPanel("hindered")], heading=_("Wat hielp, wat hinderde")
        ),
        FieldPanel("contact_role"),
        FieldPanel("confirmed"),
    ]

    class Meta:
        ordering = ["-status_since", "practice__title"]
        verbose_name = _("adoptie")
        verbose_name_plural = _("adopties")
        constraints = [
            # Reports may repeat a pair; editors keep one confirmed record per practice and centre.
            models.UniqueConstraint(
                fields=["practice", "centre"],
                condition=models.Q(confirmed=True),
                name="one_confirmed_adoption_per_practice_and_centre",
            )
        ]

    def __str__(self):
        return f"{self.practice} – {self.centre}"

    def clean(self):
        super().clean()
        if (
            self.confirmed
            and self.practice_id
            and self.centre_id
            and Adoption.objects.filter(
                practice_id=self.practice_id, centre_id=self.centre_id, confirmed=True
            )
            .exclude(pk=self.pk)
            .exists()
        ):
            raise ValidationError(
                {
                    "confirmed": _(
                        "Dit centrum heeft al een bevestigde adoptie van deze praktijk: "
                        "voeg de nieuwe status daar toe."
                    )
                }
            )

    def record_status(self, status, date, note=""):
        """Add a row to the history now (the current status follows from it).

        Not `self.status_changes.create()`: modelcluster defers that until the adoption is saved.
        """
        return AdoptionStatusChange.objects.create(
            adoption=self, status=status, date=date, note=note
        )

    def sync_status(self):
        """Mirror the latest history row on the adoption: the one place that writes them."""
        latest = AdoptionStatusChange.objects.filter(adoption=self).order_by("-date", "-pk").first()
        if latest is not None:
            Adoption.objects.filter(pk=self.pk).update(
                status=latest.status, status_since=latest.date
            )
            self.status, self.status_since = latest.status, latest.date


class AdoptionStatusChange(models.Model):
    """One step in an adoption's history: from this date on, the adoption had this status."""

    adoption = ParentalKey(Adoption, on_delete=models.CASCADE, related_name="status_changes")
    status = models.CharField(_("status"), max_length=20, choices=AdoptionStatus.choices)
    date = models.DateField(_("datum"), default=datetime.date.today)
    note = models.CharField(_("toelichting"), max_length=300, blank=True)

    panels = [FieldPanel("status"), FieldPanel("date"), FieldPanel("note")]

    class Meta:
        ordering = ["date", "pk"]
        verbose_name = _("statuswijziging")
        verbose_name_plural = _("statusgeschiedenis")

    def __str__(self):
        return f"{self.get_status_display()} ({self.date:%d/%m/%Y})"

    def clean(self):
        super().clean()
        if self.date and self.date > datetime.date.today():
            raise ValidationError(
                {"date": _("Een statuswijziging kan niet in de toekomst liggen.")}
            )


@receiver(post_save, sender=AdoptionStatusChange)
@receiver(post_delete, sender=AdoptionStatusChange)
def keep_current_status_in_sync(sender, instance, raw=False, **kwargs):
    if raw:
        return
    adoption = Adoption.objects.filter(pk=instance.adoption_id).first()
    if adoption is not None:  # gone already when the adoption itself is deleted
        adoption.sync_status()
