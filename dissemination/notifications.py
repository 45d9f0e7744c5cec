"""E-mail to the Prodia editors when a centre reports an adoption."""

from django.contrib.auth import get_user_model
from django.core.mail import send_mail
from django.urls import reverse
from django.utils.translation import gettext as _

from leersteun.absolute_urls import admin_url
from network.roles import EDITOR


def editor_addresses():
    users = get_user_model().objects.filter(groups__name=EDITOR, is_active=True).exclude(email="")
    return sorted(set(users.values_list("email", flat=True)))


def notify_editors(request, adoption):
    """Tell the editors a report waits for confirmation; nothing is sent without editors."""
    recipients = editor_addresses()
    if not recipients:
        return
    edit_url = admin_url(reverse("wagtailsnippets_dissemination_adoption:edit", args=[adoption.pk]))
    body = _(
        "Een centrum meldde een adoptie via het publieke formulier.\n\n"
        "Praktijk: %(practice)s\nCentrum: %(centre)s\nStatus: %(status)s\n\n"
        "Bevestig of verwijder de melding in het beheer:\n%(url)s\n"
    ) % {
        "practice": adoption.practice.title,
        "centre": adoption.centre.name,
        "status": adoption.get_status_display(),
        "url": edit_url,
    }
    send_mail(
        _("Nieuwe melding van een adoptie: %(practice)s") % {"practice": adoption.practice.title},
        body,
        None,
        recipients,
    )
