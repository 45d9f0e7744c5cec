"""Shared data for the study-day tests: a study day with parallel sessions, the form's data."""

import datetime

from django.utils import timezone

from dissemination.models import StudyDayIndexPage, StudyDayPage, StudyDaySession, Track


def make_study_day(slug, days_from_today=30, capacity=2, deadline_days_before=1, **fields):
    """A live study day below /studiedagen/ with a plenary and two parallel sessions."""
    date = timezone.localdate() + datetime.timedelta(days=days_from_today)
    day = StudyDayPage(
        title=f"Studiedag {slug}",
        slug=slug,
        date=date,
        start_time=datetime.time(9, 30),
        end_time=datetime.time(16, 0),
        venue="Vergaderzaal De Brug",
        track=Track.PRACTICE,
        intro="<p>Een test.</p>",
        capacity=capacity,
        registration_deadline=date - datetime.timedelta(days=deadline_days_before),
        **fields,
    )
    day.sessions = [
        StudyDaySession(
            start_time=datetime.time(9, 30), end_time=datetime.time(10, 30), title="Plenair"
        ),
        StudyDaySession(
            start_time=datetime.time(11, 0),
            end_time=datetime.time(12, 0),
            title="Workshop A",
            room="A",
        ),
        StudyDaySession(
            start_time=datetime.time(11, 0),
            end_time=datetime.time(12, 0),
            title="Workshop B",
            room="B",
        ),
    ]
    StudyDayIndexPage.objects.get().add_child(instance=day)
    day.save_revision().publish()
    return StudyDayPage.objects.get(pk=day.pk)


def form_data(day, email="an.peeters@example.org", **overrides):
    workshop = day.sessions.get(title="Workshop A")
    return {
        "name": "An Peeters",
        "email": email,
        "centre": "vrij-clb-de-wissel-antwerpen",
        "other_organisation": "",
        "role": "clb-medewerker",
        "dietary_needs": "",
        "sessie_1": str(workshop.pk),
        "website": "",
        **overrides,
    }
