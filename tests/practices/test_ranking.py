"""The text search's ids come from the search index table alone on PostgreSQL: the same
practices in the same order as Wagtail's own search, through the GIN index (issue 3)."""

import pytest
from django.contrib.contenttypes.models import ContentType
from django.db import connection

from practices.models import PracticePage
from practices.search.dutch import build_query
from practices.search.ranking import matching_ids

pytestmark = pytest.mark.django_db


def wagtails_own(text):
    query = build_query(text)
    return list(
        PracticePage.objects.live()
        .search(query, operator="and")
        .get_queryset()
        .values_list("pk", flat=True)
    )


def live_matches(text):
    live = set(PracticePage.objects.live().values_list("pk", flat=True))
    return [pk for pk in matching_ids(PracticePage, build_query(text)) if pk in live]


@pytest.mark.parametrize(
    "text", ["ouders", "leerkrachten", "diagnostische adviezen", "klas leerling", "icf-cy"]
)
def test_the_live_matches_and_their_order_are_wagtails_own(text):
    if connection.vendor != "postgresql":
        pytest.skip("Elders is het Wagtails eigen zoekopdracht.")
    expected = wagtails_own(text)
    assert expected
    assert live_matches(text) == expected


def test_an_unpublished_practice_is_among_the_ids_but_not_among_the_live_matches():
    practice = PracticePage.objects.live().search(build_query("ouders")).get_queryset()[0]
    practice.unpublish()
    assert practice.pk in set(matching_ids(PracticePage, build_query("ouders")))
    assert practice.pk not in live_matches("ouders")
    assert live_matches("ouders") == wagtails_own("ouders")


def test_a_word_nowhere_matches_nothing():
    assert list(matching_ids(PracticePage, build_query("qwxzyklmpf"))) == []


def test_postgresql_starts_from_the_gin_index_on_title_and_body():
    """The match is the expression of migration 0014's index, on the index table itself: no
    concatenation of every entry's vectors, no loop over the pages."""
    if connection.vendor != "postgresql":
        pytest.skip("Plan van PostgreSQL.")
    sql, params = matching_ids(PracticePage, build_query("ouders")).query.sql_with_params()
    with connection.cursor() as cursor:
        # The demo's few entries would be read in one sequential scan: add entries without a
        # page (rolled back with the test) so the planner sees a table worth an index.
        cursor.execute(
            "INSERT INTO wagtailsearch_indexentry (content_type_id, object_id, title,"
            " autocomplete, body, title_norm, title_text, body_text)"
            " SELECT %s, (1000000 + n)::text, to_tsvector('dutch', 'praktijk ' || n),"
            " '', to_tsvector('dutch', 'leerling klas ' || n), 1.0, '', ''"
            " FROM generate_series(1, 20000) n",
            [ContentType.objects.get_for_model(PracticePage).pk],
        )
        cursor.execute("ANALYZE wagtailsearch_indexentry")
        cursor.execute(f"EXPLAIN {sql}", params)
        plan = "\n".join(row[0] for row in cursor.fetchall())
    assert "practices_searchentry_match_gin" in plan
    assert "wagtailcore_page" not in plan
