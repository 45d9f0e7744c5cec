from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db import IntegrityError, transaction
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from wagtail.log_actions import log
from wagtail.models import Page

from .models.privacy import DISMISS_ACTION, PrivacyDismissal, PrivacyGuardedPage


@require_POST
def dismiss_privacy_finding(request, page_id, fingerprint):
    """Mark one finding of the latest saved text as not identifying (logged: who and when)."""
    page = get_object_or_404(Page, id=page_id).specific
    if not isinstance(page, PrivacyGuardedPage):
        raise Http404
    if not page.permissions_for_user(request.user).can_edit():
        raise PermissionDenied
    review = page.get_latest_revision_as_object().privacy_review()
    finding = next((f for f in review.open if f.fingerprint == fingerprint), None)
    if finding is None:
        messages.warning(
            request,
            _("Deze melding hoort niet (meer) bij de laatst bewaarde tekst; niets gewijzigd."),
        )
        return redirect("wagtailadmin_pages:edit", page.pk)
    try:
        with transaction.atomic():
            PrivacyDismissal.objects.create(
                page=page,
                fingerprint=finding.fingerprint,
                field=finding.field,
                kind=finding.kind,
                text=finding.text[:255],
                user=request.user,
            )
            log(
                instance=page,
                action=DISMISS_ACTION,
                user=request.user,
                data={
                    "text": finding.text,
                    "kind": finding.kind,
                    "field": finding.field,
                    "fingerprint": finding.fingerprint,
                },
            )
    except IntegrityError:
        pass  # a double click: the first request recorded it
    messages.success(
        request,
        _("‘%(text)s’ is gemarkeerd als niet identificerend.") % {"text": finding.text},
    )
    return redirect("wagtailadmin_pages:edit", page.pk)
