"""The privacy guard on pages: review of the text, dismissed findings, blocked publication.

Publishing is refused in two places. The admin form (``PrivacyGuardedPageForm``) refuses
publish, submit-for-moderation and workflow actions with a message next to the findings;
``PrivacyGuardedPage.publish`` refuses every other way a revision goes live (workflow
approval from the dashboard, bulk publishing, scheduled publishing, code).
"""

from dataclasses import dataclass, field

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from wagtail.actions.publish_revision import PublishPermissionError
from wagtail.log_actions import log

from ..forms import PrivacyGuardedPageForm
from ..privacy.review import ReviewFinding, field_text, review

DISMISS_ACTION = "practices.privacy.dismiss"
BLOCKED_ACTION = "practices.privacy.publish_blocked"
#: Wagtail's own text fields every page has: titles and descriptions are public too.
PAGE_TEXT_FIELDS = ("title", "seo_title", "search_description")


class PrivacyDismissal(models.Model):
    """A finding an editor judged not identifying; valid while its context is unchanged."""

    page = models.ForeignKey(
        "wagtailcore.Page", on_delete=models.CASCADE, related_name="privacy_dismissals"
    )
    fingerprint = models.CharField(max_length=64)
    field = models.CharField(_("veld"), max_length=100)
    kind = models.CharField(_("soort"), max_length=30)
    text = models.CharField(_("tekst"), max_length=255)
    reason = models.TextField(_("reden"), help_text=_("Waarom dit gegeven niemand identificeert."))
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(_("gemarkeerd op"), auto_now_add=True)

    class Meta:
        verbose_name = _("melding gemarkeerd als niet identificerend")
        verbose_name_plural = _("meldingen gemarkeerd als niet identificerend")
        constraints = [
            models.UniqueConstraint(
                fields=["page", "fingerprint"], name="unique_privacy_dismissal_per_page"
            )
        ]

    def __str__(self):
        return f"{self.text} ({self.kind})"


@dataclass
class PrivacyReview:
    open: list[ReviewFinding] = field(default_factory=list)
    #: (finding, its PrivacyDismissal)
    dismissed: list[tuple[ReviewFinding, PrivacyDismissal]] = field(default_factory=list)

    def message(self):
        """The one sentence of a refused publication; the panel lists the findings."""
        count = len(self.open)
        return ngettext(
            "Niet gepubliceerd en niet ingediend: %(count)d open melding van de "
            "privacycontrole (zie ‘Privacycontrole’).",
            "Niet gepubliceerd en niet ingediend: %(count)d open meldingen van de "
            "privacycontrole (zie ‘Privacycontrole’).",
            count,
        ) % {"count": count}


class PrivacyBlocked(PublishPermissionError):
    """A revision with open privacy findings may not go live (answered as 403, never 500)."""


class PrivacyGuardedPage:
    """Mixin for page models whose text is scanned for identifying data before publication.

    Subclasses list their own text fields (plain, rich text or StreamField) in
    ``privacy_fields``.
    """

    privacy_fields: tuple[str, ...] = ()
    base_form_class = PrivacyGuardedPageForm

    @classmethod
    def privacy_field_names(cls):
        return (PAGE_TEXT_FIELDS[0], *cls.privacy_fields, *PAGE_TEXT_FIELDS[1:])

    def privacy_texts(self, values=None):
        """(field name, label, plain text) of every text field; ``values`` override them."""
        values = values or {}
        for name in self.privacy_field_names():
            model_field = self._meta.get_field(name)
            value = values[name] if name in values else getattr(self, name)
            yield name, model_field.verbose_name, field_text(model_field, value)

    def can_dismiss_privacy_finding(self, user, finding: ReviewFinding) -> bool:
        """Editors dismiss findings; a checksum-valid rijksregisternummer, an e-mail
        address or a phone number only whoever may publish the page (the redactie)."""
        permissions = self.permissions_for_user(user)
        if not permissions.can_edit():
            return False
        return not finding.restricted or permissions.can_publish()

    def privacy_review(self, values=None):
        findings = review(self.privacy_texts(values))
        dismissals = {}
        if self.pk and findings:
            dismissals = {
                d.fingerprint: d
                for d in PrivacyDismissal.objects.filter(
                    page_id=self.pk, fingerprint__in=[f.fingerprint for f in findings]
                ).select_related("user")
            }
        return PrivacyReview(
            open=[f for f in findings if f.fingerprint not in dismissals],
            dismissed=[
                (f, dismissals[f.fingerprint]) for f in findings if f.fingerprint in dismissals
            ],
        )

    def publish(
        self,
        revision,
        user=None,
        changed=True,
        log_action=True,
        previous_revision=None,
        skip_permission_checks=False,
    ):
        privacy = revision.as_object().privacy_review()
        if privacy.open:
            log(
                instance=self,
                action=BLOCKED_ACTION,
                user=user,
                data={"revision": revision.pk, "open_findings": len(privacy.open)},
            )
            if revision.approved_go_live_at:
                # Unschedule it, so the scheduler does not retry it every run.
                revision.approved_go_live_at = None
                revision.save(update_fields=["approved_go_live_at"])
            if log_action == "wagtail.publish.scheduled":
                # Raising would stop publish_scheduled for every later revision too.
                return None
            raise PrivacyBlocked(privacy.message())
        return super().publish(
            revision,
            user=user,
            changed=changed,
            log_action=log_action,
            previous_revision=previous_revision,
            skip_permission_checks=skip_permission_checks,
        )
