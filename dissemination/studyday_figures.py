"""Per-study-day figures for the dissemination dashboard: live registrations plus the anonymous
tallies kept once a day's registrations were purged (see purge_registrations)."""

from django.db.models import Count, Q, Sum

from .models import RegistrationStatus, StudyDayPage

CONFIRMED = Q(registrations__status=RegistrationStatus.CONFIRMED)
WAITLISTED = Q(registrations__status=RegistrationStatus.WAITLISTED)
ATTENDED = Q(registrations__attended=True) & ~Q(registrations__status=RegistrationStatus.CANCELLED)


def live_counts(days, centres):
    scope = Q() if centres is None else Q(registrations__centre__in=centres)
    return {
        row["pk"]: row
        for row in days.values("pk").annotate(
            registered=Count("registrations", filter=CONFIRMED & scope),
            waitlisted=Count("registrations", filter=WAITLISTED & scope),
            attended=Count("registrations", filter=ATTENDED & scope),
        )
    }


def tallied_counts(days, centres):
    scope = Q() if centres is None else Q(tallies__centre__in=centres)
    return {
        row["pk"]: row
        for row in days.values("pk").annotate(
            registered=Sum("tallies__confirmed", filter=scope, default=0),
            waitlisted=Sum("tallies__waitlisted", filter=scope, default=0),
            attended=Sum("tallies__attended", filter=scope, default=0),
        )
    }


def study_day_rows(centres=None):
    """One dict per live study day, by date: title, url, date, track, capacity, registered
    (confirmed), waitlisted, attended. `centres` (a Centre queryset) restricts the counts to
    registrations from those centres, as the dashboard's net/province filter does."""
    days = StudyDayPage.objects.live().order_by("date", "pk")
    live = live_counts(days, centres)
    tallied = tallied_counts(days, centres)
    return [
        {
            "title": day.title,
            "url": day.url,
            "date": day.date,
            "track": day.track,
            "capacity": day.capacity,
            **{
                key: live[day.pk][key] + tallied[day.pk][key]
                for key in ("registered", "waitlisted", "attended")
            },
        }
        for day in days
    ]
