"""purge_registrations: personal data goes after the retention time, the anonymous counts stay."""

from io import StringIO

import pytest
from django.core.management import call_command
from studyday_testdata import make_study_day

from dissemination.models import Registration, RegistrationTally, StudyDayPage
from dissemination.studyday_figures import study_day_rows
from network.models import Centre

pytestmark = pytest.mark.django_db


def purge(*args):
    out = StringIO()
    call_command("purge_registrations", *args, stdout=out)
    return out.getvalue()


def add(day, email, centre=None, status="bevestigd", attended=False):
    return Registration.objects.create(
        study_day=day,
        name="X",
        email=email,
        centre=centre,
        other_organisation="" if centre else "Andere",
        role="andere",
        status=status,
        attended=attended,
    )


@pytest.fixture
def days(settings):
    settings.REGISTRATION_RETENTION_DAYS = 90
    expired = make_study_day("verlopen", days_from_today=-91, deadline_days_before=5, capacity=3)
    kept = make_study_day("bewaard", days_from_today=-90, deadline_days_before=5)
    wissel, brussel = Centre.objects.filter(
        slug__in=["vrij-clb-de-wissel-antwerpen", "clb-n-brussel"]
    ).order_by("slug")
    add(expired, "a@example.org", wissel, attended=True)
    add(expired, "b@example.org", wissel)
    add(expired, "c@example.org", brussel, attended=True)
    add(expired, "d@example.org", None, status="wachtlijst")
    add(expired, "e@example.org", brussel, status="geannuleerd", attended=True)
    add(kept, "f@example.org", wissel)
    return expired, kept, wissel, brussel


def test_dry_run_deletes_nothing(days):
    expired, kept, *_ = days
    before = Registration.objects.count()
    out = purge("--dry-run")
    assert "5 inschrijvingen zou verwijderen" in out
    assert Registration.objects.count() == before
    assert not RegistrationTally.objects.exists()


def test_purge_deletes_expired_registrations_and_keeps_the_figures(days):
    expired, kept, wissel, brussel = days
    figures_before = {row["title"]: row for row in study_day_rows()}
    anchors = Centre.objects.filter(slug=wissel.slug)
    per_centre_before = {row["title"]: row for row in study_day_rows(anchors)}
    out = purge()
    assert "Studiedag verlopen" in out and "5 inschrijvingen verwijderd" in out
    assert not Registration.objects.filter(study_day=expired).exists()
    assert Registration.objects.filter(study_day=kept).count() == 1
    # Demo days are recent: untouched.
    assert (
        Registration.objects.filter(study_day__slug="praktijkdag-consultatie-en-hga").count() == 22
    )
    assert {row["title"]: row for row in study_day_rows()} == figures_before
    assert {row["title"]: row for row in study_day_rows(anchors)} == per_centre_before
    expired_row = figures_before[expired.title]
    assert (expired_row["registered"], expired_row["waitlisted"], expired_row["attended"]) == (
        3,
        1,
        2,
    )
    tallies = {
        (t.centre_id, t.confirmed, t.waitlisted, t.attended)
        for t in RegistrationTally.objects.filter(study_day=expired)
    }
    assert tallies == {(wissel.pk, 2, 0, 1), (brussel.pk, 1, 0, 1), (None, 0, 1, 0)}
    # Nothing left to purge: a second run changes nothing.
    assert "0 inschrijvingen verwijderd" in purge()
    assert RegistrationTally.objects.filter(study_day=expired).count() == 3


def test_retention_is_configurable(days, settings):
    expired, kept, *_ = days
    settings.REGISTRATION_RETENTION_DAYS = 30
    purge()
    assert not Registration.objects.filter(study_day__in=[expired, kept]).exists()
    assert StudyDayPage.objects.filter(pk__in=[expired.pk, kept.pk]).count() == 2
