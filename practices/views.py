from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db import IntegrityError, transaction
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import FormView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.log_actions import log
from wagtail.models import Page

from .forms import PrivacyDismissalForm
from .models.privacy import DISMISS_ACTION, PrivacyDismissal, PrivacyGuardedPage


class DismissPrivacyFindingView(WagtailAdminTemplateMixin, FormView):
    """Mark one finding of the latest saved text as not identifying, with a reason.

    Shows the finding in its context and a neutral replacement; the reason is stored with
    who and when, and logged in the page history. Restricted kinds need the redactie
    (``PrivacyGuardedPage.can_dismiss_privacy_finding``), checked here, not only hidden.
    """

    template_name = "practices/admin/privacy_dismiss.html"
    form_class = PrivacyDismissalForm
    page_title = gettext_lazy("Melding van de privacycontrole wegzetten")
    header_icon = "warning"

    def dispatch(self, request, page_id, fingerprint):
        self.page = get_object_or_404(Page, id=page_id).specific
        if not isinstance(self.page, PrivacyGuardedPage):
            raise Http404
        if not self.page.permissions_for_user(request.user).can_edit():
            raise PermissionDenied
        latest = self.page.get_latest_revision_as_object()
        self.finding = next(
            (f for f in latest.privacy_review().open if f.fingerprint == fingerprint), None
        )
        if self.finding is None:
            messages.warning(
                request,
                _("Deze melding hoort niet (meer) bij de laatst bewaarde tekst; niets gewijzigd."),
            )
            return redirect(self.edit_url())
        if not self.page.can_dismiss_privacy_finding(request.user, self.finding):
            messages.error(
                request,
                _(
                    "Een %(kind)s kan alleen de redactie als niet identificerend markeren; "
                    "vervang het door ‘%(replacement)s’ of vraag de redactie."
                )
                % {"kind": self.finding.kind_label, "replacement": self.finding.replacement},
            )
            return redirect(self.edit_url())
        return super().dispatch(request)

    def edit_url(self):
        return reverse("wagtailadmin_pages:edit", args=(self.page.pk,))

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": self.edit_url(), "label": self.page.get_admin_display_title()},
            {"url": "", "label": self.get_page_title()},
        ]

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            finding=self.finding, page=self.page, edit_url=self.edit_url(), **kwargs
        )

    def form_valid(self, form):
        finding, reason = self.finding, form.cleaned_data["reason"]
        try:
            with transaction.atomic():
                PrivacyDismissal.objects.create(
                    page=self.page,
                    fingerprint=finding.fingerprint,
                    field=finding.field,
                    kind=finding.kind,
                    text=finding.text[:255],
                    reason=reason,
                    user=self.request.user,
                )
                log(
                    instance=self.page,
                    action=DISMISS_ACTION,
                    user=self.request.user,
                    data={
                        "text": finding.text,
                        "kind": finding.kind,
                        "field": finding.field,
                        "fingerprint": finding.fingerprint,
                        "reason": reason,
                    },
                )
        except IntegrityError:
            pass  # a double submit: the first request recorded it
        messages.success(
            self.request,
            _("‘%(text)s’ is gemarkeerd als niet identificerend.") % {"text": finding.text},
        )
        return redirect(self.edit_url())
