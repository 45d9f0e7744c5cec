"""The text search's matches: django-modelsearch's own answer, read once as ids and passed on
to the counts as one parameter, however many there are."""

import pytest

from practices.factories import PracticePageFactory
from practices.models import PracticePage
from practices.search.matches import AmongIds, ranked_ids
from vocabulary.query import build_query

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("text", ["ouders", "leerkrachten", "diagnostische adviezen", "icf-cy"])
def test_the_ids_and_their_order_are_the_backends_own(text):
    query = build_query(text)
    live = PracticePage.objects.live().public()
    expected = [practice.pk for practice in live.search(query)]
    assert expected
    assert ranked_ids(live, query) == expected


def test_an_unpublished_practice_is_not_among_the_live_matches():
    live = PracticePage.objects.live()
    practice = live.search(build_query("ouders"))[0]
    practice.unpublish()
    assert practice.pk not in ranked_ids(PracticePage.objects.live(), build_query("ouders"))


def test_a_word_nowhere_matches_nothing():
    assert ranked_ids(PracticePage.objects.live(), build_query("qwxzyklmpf")) == []


def test_any_number_of_ids_is_one_parameter():
    """More ids than SQLite accepts parameters in one statement (32,766)."""
    practice = PracticePageFactory()
    ids = [*range(10**9, 10**9 + 40_000), practice.pk]
    among = PracticePage.objects.filter(AmongIds(ids))
    assert list(among.values_list("pk", flat=True)) == [practice.pk]
    assert not PracticePage.objects.filter(AmongIds([])).exists()
    assert PracticePage.objects.filter(AmongIds(ids, field="page_ptr_id")).count() == 1
