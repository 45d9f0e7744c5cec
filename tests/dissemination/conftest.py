import datetime

import pytest
from django.contrib.auth import get_user_model
from django.test import Client, TestCase
from studyday_testdata import form_data, make_study_day

from dissemination.models import Adoption, AdoptionStatus, SpreadDashboardPage
from network.models import Centre
from practices.models import PracticePage


class CommittingClient(Client):
    """A test client whose requests run their on-commit callbacks (the e-mails), as a real
    request's committed transaction would; the test's own transaction never commits."""

    def request(self, **request):
        with TestCase.captureOnCommitCallbacks(execute=True):
            return super().request(**request)


@pytest.fixture
def client():
    return CommittingClient()


@pytest.fixture
def study_day(db):
    return make_study_day("testdag")


@pytest.fixture
def centre(db):
    return Centre.objects.get(slug="vrij-clb-de-wissel-antwerpen")


@pytest.fixture
def register_via_form(client):
    """POST the public form; returns the response (the rate limit is per test: cache cleared)."""

    def post(day, **data):
        return client.post(day.url + "inschrijven/", form_data(day, **data))

    return post


@pytest.fixture
def dashboard(db):
    return SpreadDashboardPage.objects.get()


@pytest.fixture
def user(db):
    """An admin user by username (the demo accounts)."""
    return lambda username: get_user_model().objects.get(username=username)


@pytest.fixture
def outside_centre(db):
    """A centre outside the anchor network without any adoption in the demo."""
    return Centre.objects.filter(is_anchor=False, adoptions__isnull=True).order_by("name").first()


@pytest.fixture
def unadopted_practice(db):
    return (
        PracticePage.objects.live()
        .filter(adoptions__isnull=True, tryouts__isnull=True)
        .order_by("pk")
        .first()
    )


@pytest.fixture
def adopt(db):
    """Create an adoption with its history: adopt(practice, centre, "interesse", "in-gebruik")."""

    def create(practice, centre, *statuses, confirmed=True, start=datetime.date(2024, 2, 1)):
        adoption = Adoption.objects.create(practice=practice, centre=centre, confirmed=confirmed)
        for step, status in enumerate(statuses or [AdoptionStatus.IN_USE]):
            adoption.record_status(status, start + datetime.timedelta(days=30 * step))
        adoption.refresh_from_db()
        return adoption

    return create
