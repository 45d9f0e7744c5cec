"""Two registrations racing for the last seat, in two real PostgreSQL transactions."""

import threading

import pytest
from django.db import connection, connections
from studyday_testdata import make_study_day
from wagtail.models import Page

from dissemination.models import RegistrationStatus
from dissemination.registration import Applicant, cancel, register

ROUNDS = 5


def race(day, emails):
    """Start one registration per e-mail address at the same moment, each on its own connection."""
    barrier = threading.Barrier(len(emails))
    errors = []

    def attempt(email):
        try:
            barrier.wait(timeout=10)
            register(day, Applicant(name="Racer", email=email, role="andere"))
        except Exception as error:  # reported by the main thread
            errors.append(error)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=attempt, args=(email,)) for email in emails]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert not errors, errors


def in_thread(function, *args):
    """Run on a connection of its own, in autocommit: outside the test's transaction."""
    result = []
    errors = []

    def run():
        try:
            result.append(function(*args))
        except Exception as error:
            errors.append(error)
        finally:
            connections.close_all()

    thread = threading.Thread(target=run)
    thread.start()
    thread.join(timeout=60)
    assert not errors, errors
    return result[0]


@pytest.fixture
def committed_db(db):
    """Study days created and committed outside the test transaction, so the racing threads see
    them; deleted afterwards. (A transactional test would flush the session's demo content.)"""
    if connection.vendor != "postgresql":
        pytest.skip("De race vraagt echte gelijktijdige transacties: alleen op PostgreSQL.")
    created = []

    def create(slug, capacity):
        day = in_thread(make_study_day, slug, 30, capacity)
        created.append(day)
        return day

    yield create
    # Deleted from a fresh copy in its own connection: a stale tree path would corrupt the
    # page tree the rest of the session reads (and backs up).
    for day in created:
        in_thread(lambda pk=day.pk: Page.objects.get(pk=pk).delete())


def test_two_racers_for_the_last_seat_exactly_one_gets_it(committed_db):
    for round_number in range(ROUNDS):
        day = committed_db(f"race-{round_number}", capacity=1)
        race(day, [f"een-{round_number}@example.org", f"twee-{round_number}@example.org"])
        statuses = sorted(day.registrations.values_list("status", flat=True))
        assert statuses == [RegistrationStatus.CONFIRMED, RegistrationStatus.WAITLISTED]


def test_many_racers_fill_the_seats_and_the_rest_waits_then_moves_up(committed_db):
    day = committed_db("race-veel", capacity=3)
    race(day, [f"deelnemer-{n}@example.org" for n in range(8)])
    assert day.registrations.filter(status=RegistrationStatus.CONFIRMED).count() == 3
    waiting = list(
        day.registrations.filter(status=RegistrationStatus.WAITLISTED).order_by("created_at", "pk")
    )
    assert len(waiting) == 5
    confirmed = day.registrations.filter(status=RegistrationStatus.CONFIRMED).first()
    _cancelled, promoted = in_thread(cancel, confirmed.pk)
    assert promoted.pk == waiting[0].pk
    assert day.registrations.filter(status=RegistrationStatus.CONFIRMED).count() == 3
