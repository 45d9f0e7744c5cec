"""The demo study days: sensible whenever they are loaded, and loading twice changes nothing."""

from io import StringIO

import pytest
from django.core.management import call_command
from django.utils import timezone

from dissemination.models import Registration, StudyDayMaterial, StudyDayPage, StudyDaySession

pytestmark = pytest.mark.django_db


def counts():
    return {
        "days": StudyDayPage.objects.count(),
        "sessions": StudyDaySession.objects.count(),
        "materials": StudyDayMaterial.objects.count(),
        "registrations": Registration.objects.count(),
        "session_choices": Registration.sessions.through.objects.count(),
        "presented": sum(
            s.practices.count() + s.cases.count() + s.insights.count()
            for s in StudyDaySession.objects.all()
        ),
    }


def test_demo_has_a_past_praktijk_day_and_an_open_beleid_day_with_30_registrations():
    today = timezone.localdate()
    past, upcoming = StudyDayPage.objects.live().order_by("date")
    assert (past.track, upcoming.track) == ("praktijk", "beleid")
    assert past.date < today and past.materials.count() == 2
    assert past.registrations.filter(attended=True).count() == 17
    assert upcoming.registration_open() and upcoming.seats_left() > 0
    assert Registration.objects.count() == 30
    assert all(r.email.endswith("@demo.leersteun.invalid") for r in Registration.objects.all())
    assert all(day.parallel_slots() for day in (past, upcoming))
    assert counts()["presented"] >= 10


def test_loading_the_demo_twice_gives_the_same_study_days():
    before = counts()
    call_command("load_demo", allow_production=True, stdout=StringIO())
    assert counts() == before
