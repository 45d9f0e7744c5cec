"""Registering for and cancelling a study day: seats, the waiting list, tokens and e-mails.

Seats are counted while the study day's row is locked (`select_for_update`, inside one
transaction), so two people racing for the last seat are served one after the other on
PostgreSQL: the first gets the seat, the second lands on the waiting list. SQLite serialises
writing transactions by itself. A cancellation promotes the first person on the waiting list in
the same transaction.
"""

from dataclasses import dataclass, field
from urllib.parse import urlencode

from django.core import signing
from django.core.mail import send_mail
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from .models import Registration, RegistrationStatus, StudyDayPage

CANCEL_SALT = "dissemination.registration.cancel"


class RegistrationRefused(Exception):
    """A registration that cannot be accepted; the message is shown to the visitor."""


class CancellationRefused(Exception):
    """A cancellation link that is forged, garbled or no longer valid."""

    def __init__(self, message, status=400):
        super().__init__(message)
        self.status = status


@dataclass
class Applicant:
    """What the registration form collects."""

    name: str
    email: str
    role: str
    centre: object = None
    other_organisation: str = ""
    dietary_needs: str = ""
    sessions: list = field(default_factory=list)


ALREADY_CANCELLED = gettext_lazy("Deze inschrijving is al geannuleerd.")
NO_LONGER_EXISTS = gettext_lazy(
    "Deze inschrijving bestaat niet (meer). Misschien werd ze al verwijderd."
)
DUPLICATE = gettext_lazy("Met dit e-mailadres ben je al ingeschreven voor deze studiedag.")


def register(study_day, applicant, *, today=None):
    """Store a registration: confirmed while seats are left, on the waiting list after that."""
    try:
        with transaction.atomic():
            day = StudyDayPage.objects.select_for_update().get(pk=study_day.pk)
            if not day.registration_open(today):
                raise RegistrationRefused(
                    _("De inschrijvingen voor deze studiedag zijn afgesloten.")
                )
            active = day.registrations.exclude(status=RegistrationStatus.CANCELLED)
            if active.filter(email__iexact=applicant.email).exists():
                raise RegistrationRefused(DUPLICATE)
            confirmed = active.filter(status=RegistrationStatus.CONFIRMED).count()
            registration = Registration.objects.create(
                study_day=day,
                name=applicant.name,
                email=applicant.email,
                centre=applicant.centre,
                other_organisation=applicant.other_organisation,
                role=applicant.role,
                dietary_needs=applicant.dietary_needs,
                status=(
                    RegistrationStatus.CONFIRMED
                    if confirmed < day.capacity
                    else RegistrationStatus.WAITLISTED
                ),
            )
            registration.sessions.set(applicant.sessions)
            transaction.on_commit(lambda: send_registration_mail(registration))
    except IntegrityError as error:  # the unique constraint, should a check ever be bypassed
        raise RegistrationRefused(DUPLICATE) from error
    return registration


def cancel(registration_id):
    """Cancel a registration; a freed seat goes to the first on the waiting list.

    Returns the cancelled registration and the promoted one (or None).
    """
    with transaction.atomic():
        registration = (
            Registration.objects.select_related("study_day").filter(pk=registration_id).first()
        )
        if registration is None:
            raise CancellationRefused(NO_LONGER_EXISTS, status=404)
        StudyDayPage.objects.select_for_update().get(pk=registration.study_day_id)
        registration = Registration.objects.select_for_update().get(pk=registration_id)
        if registration.status == RegistrationStatus.CANCELLED:
            raise CancellationRefused(ALREADY_CANCELLED, status=410)
        freed_seat = registration.status == RegistrationStatus.CONFIRMED
        registration.status = RegistrationStatus.CANCELLED
        registration.cancelled_at = timezone.now()
        registration.save(update_fields=["status", "cancelled_at"])
        promoted = promote_from_waiting_list(registration.study_day) if freed_seat else None
        transaction.on_commit(lambda: send_cancellation_mail(registration))
        if promoted is not None:
            transaction.on_commit(lambda: send_promotion_mail(promoted))
    return registration, promoted


def promote_from_waiting_list(study_day):
    """Give a free seat to the first on the waiting list; the caller holds the day's lock."""
    confirmed = study_day.registrations.filter(status=RegistrationStatus.CONFIRMED).count()
    if confirmed >= study_day.capacity:
        return None
    first = (
        study_day.registrations.select_for_update()
        .filter(status=RegistrationStatus.WAITLISTED)
        .order_by("created_at", "pk")
        .first()
    )
    if first is None:
        return None
    first.status = RegistrationStatus.CONFIRMED
    first.promoted_at = timezone.now()
    first.save(update_fields=["status", "promoted_at"])
    return first


# Cancellation links: a signed registration id. It cannot be guessed or altered, and cancelling
# twice is harmless (the second time the page says it is already cancelled).
def cancel_token(registration):
    return signing.dumps(registration.pk, salt=CANCEL_SALT)


def registration_id_from_token(token):
    try:
        return int(signing.loads(token, salt=CANCEL_SALT))
    except (signing.BadSignature, TypeError, ValueError) as error:
        raise CancellationRefused(
            _(
                "Deze annuleringslink is ongeldig. Gebruik de link uit je bevestigingsmail, "
                "volledig en ongewijzigd."
            )
        ) from error


def cancel_url(registration):
    day = registration.study_day
    query = urlencode({"token": cancel_token(registration)})
    return f"{day.full_url}{day.reverse_subpage('cancel')}?{query}"


def send(registration, subject, template):
    context = {
        "registration": registration,
        "study_day": registration.study_day,
        "cancel_url": cancel_url(registration),
    }
    send_mail(
        subject=subject % {"title": registration.study_day.title},
        message=render_to_string(template, context),
        from_email=None,
        recipient_list=[registration.email],
    )


def send_registration_mail(registration):
    if registration.status == RegistrationStatus.CONFIRMED:
        send(
            registration,
            _("Inschrijving bevestigd: %(title)s"),
            "dissemination/email/confirmed.txt",
        )
    else:
        send(registration, _("Op de wachtlijst: %(title)s"), "dissemination/email/waitlisted.txt")


def send_promotion_mail(registration):
    send(registration, _("Er is een plaats vrij: %(title)s"), "dissemination/email/promoted.txt")


def send_cancellation_mail(registration):
    send(
        registration, _("Inschrijving geannuleerd: %(title)s"), "dissemination/email/cancelled.txt"
    )
