"""The materialenbank's answer from SQL: counts like a brute-force count, pages in every order,
every change seen at once; page links that do not grow with the number of results."""

import datetime
import re

import pytest
from django.db import connection
from django.http import QueryDict
from expected_maturity import expected_maturity
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from wagtail.models import PageViewRestriction

from network.filters import MaterialenbankFilterSet
from network.models import Centre, TryOut, Verdict
from practices.filters import text_ranking
from practices.models import InsightKind, PracticePage

pytestmark = pytest.mark.django_db
URL = "/materialenbank/"


def all_pages(client, **params):
    """Every result's URL, page after page, and the number of pages."""
    urls, page = [], 1
    while True:
        data = client.get(URL, {**params, "page": page, "format": "json"}).json()
        urls += [r["url"] for r in data["results"]]
        if page >= data["num_pages"]:
            return urls, data["num_pages"]
        page += 1


@pytest.mark.parametrize("params", [{"q": "ouders"}, {"q": "ouders", "fase": "fase-1"}])
def test_relevance_pages_follow_the_backends_order(client, settings, params):
    settings.PRACTICES_PER_PAGE = 3
    urls, pages = all_pages(client, **params)
    # Independently: the backend's ranking of every live practice, then the phase filter.
    ranked = text_ranking(PracticePage.objects.live(), params["q"])
    practices = PracticePage.objects.live().filter(pk__in=list(ranked))
    if "fase" in params:
        practices = practices.filter(care_phases__slug=params["fase"])
    expected = sorted(practices, key=lambda p: ranked[p.pk])
    assert pages > 1
    assert urls == [p.url for p in expected]


@pytest.mark.parametrize("page", ["99", "99999999999999999999", "-1", "0", "2.5", "²"])
def test_a_page_that_is_not_a_page_of_relevance_results_is_not_found(client, page):
    assert client.get(URL, {"q": "ouders", "page": page}).status_code == 404


def test_a_new_theme_is_offered_at_once(client):
    """The options are cached; tagging a practice drops them."""
    assert "nieuw-thema-perf" not in themes(client)
    practice = PracticePage.objects.live().first()
    practice.tags.add("nieuw thema perf")
    practice.save()
    assert "nieuw-thema-perf" in themes(client)


def themes(client):
    return {o["value"] for o in client.get(URL, {"format": "json"}).json()["facets"]["thema"]}


def test_page_links_do_not_grow_with_the_number_of_results(client, settings):
    settings.PRACTICES_PER_PAGE = 1
    live = PracticePage.objects.live().count()
    html = client.get(URL, {"page": 1}).content.decode()
    start = html.index('<nav class="pagination"')
    nav = html[start : html.index("</nav>", start)]
    linked = [int(n) for n in re.findall(r"page=(\d+)", nav)]
    assert live > 10
    # The current page, two after it, the last one and "next": never one link per page.
    assert sorted(set(linked)) == [2, 3, live]
    assert "…" in nav


# -- the counts against a brute-force count --------------------------------------------------

VALUES = {
    "kernactiviteit": lambda p: {a.slug for a in p.core_activities.all()},
    "fase": lambda p: {a.slug for a in p.care_phases.all()},
    "niveau": lambda p: {a.slug for a in p.education_levels.all()},
    "doelgroep": lambda p: {a.slug for a in p.target_groups.all()},
    "thema": lambda p: {t.slug for t in p.tags.all()},
    "centrum": lambda p: {c.centre.slug for c in p.contributions.all()},
    "materiaal": lambda p: {m.kind for m in p.materials.all()},
    "succesfactor": lambda p: {
        link.insight.slug
        for link in p.insight_links.all()
        if link.insight.kind == InsightKind.SUCCESS_FACTOR and link.insight.live
    },
    "niveau_uitwerking": lambda p: {expected_maturity(p)},
}
WORDS = [None, "ouders", "observatie", "leerling", "qwxzyklmpf"]


@pytest.fixture(scope="module")
def practices(django_db_blocker):
    """Every live practice with its values per group, read in Python (not through the facets)."""
    with django_db_blocker.unblock():
        live = PracticePage.objects.live().prefetch_related(
            "core_activities",
            "care_phases",
            "education_levels",
            "target_groups",
            "tags",
            "contributions__centre",
            "materials",
            "insight_links__insight",
        )
        options = MaterialenbankFilterSet(QueryDict(), queryset=live).options
        return (
            {p.pk: {group: values(p) for group, values in VALUES.items()} for p in live},
            {group: [o.value for o in options[group]] for group in VALUES},
        )


@settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck))
@given(data=st.data(), word=st.sampled_from(WORDS), offset=st.integers(min_value=0, max_value=12))
def test_the_counts_and_pages_are_a_brute_force_count(practices, data, word, offset):
    items, options = practices
    selected = {
        group: data.draw(st.lists(st.sampled_from(values), unique=True, max_size=2))
        for group, values in options.items()
        if values
    }
    params = QueryDict(mutable=True)
    for group, values in selected.items():
        params.setlist(group, values)
    base = PracticePage.objects.live().public()
    if word:
        params["q"] = word
    filterset = MaterialenbankFilterSet(params, queryset=base)
    answer = filterset.count(base, (None, offset, 5))
    searched = None if word is None else text_ranking(base, word)

    def matches(pk, except_group=None):
        return (searched is None or pk in searched) and all(
            items[pk][group] & set(values)
            for group, values in selected.items()
            if values and group != except_group
        )

    if searched is None:  # no words: the first ordering (newest first)
        order = base.order_by("-first_published_at", "-pk").values_list("pk", flat=True)
    else:
        order = sorted(searched, key=searched.get)
    results = [pk for pk in order if matches(pk)]
    assert answer.total == len(results)
    assert answer.page_ids == results[offset : offset + 5]
    for group, values in options.items():
        for value in values:
            expected = sum(1 for pk in items if matches(pk, group) and value in items[pk][group])
            assert answer.counts[group].get(str(value), 0) == expected, (group, value)


# -- the listing --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sort", "ordering", "params"),
    [
        ("nieuw", ("-first_published_at", "-pk"), {}),
        ("titel", ("title", "pk"), {"fase": "fase-1"}),
        ("titel", ("title", "pk"), {"q": "ouders"}),
    ],
)
def test_pages_follow_the_databases_order(client, settings, sort, ordering, params):
    settings.PRACTICES_PER_PAGE = 4
    urls, pages = all_pages(client, sort=sort, **params)
    practices = PracticePage.objects.live()
    if "fase" in params:
        practices = practices.filter(care_phases__slug=params["fase"])
    if "q" in params:
        practices = practices.filter(pk__in=list(text_ranking(practices, params["q"])))
    assert pages > 1
    assert urls == [p.url for p in practices.order_by(*ordering)]


def count_of(client, **params):
    return client.get(URL, {**params, "format": "json"}).json()["count"]


def test_a_published_or_unpublished_practice_counts_at_once(client):
    before = count_of(client)
    practice = PracticePage.objects.live().first()
    practice.unpublish()
    assert count_of(client) == before - 1
    practice.save_revision().publish()
    assert count_of(client) == before


def test_a_try_out_moves_a_practice_to_its_new_maturity_level_at_once(client):
    practice = (
        PracticePage.objects.live().filter(tryouts__isnull=True, adoptions__isnull=True).first()
    )
    before = levels(client)
    TryOut.objects.create(
        practice=practice,
        centre=Centre.objects.filter(is_anchor=True).first(),
        start_date=datetime.date(2024, 9, 2),
        verdict=Verdict.USABLE,
    )
    after = levels(client)
    assert after["beschreven"] == before["beschreven"] - 1
    assert after["uitgeprobeerd"] == before["uitgeprobeerd"] + 1


def levels(client):
    facets = client.get(URL, {"format": "json"}).json()["facets"]
    return {o["value"]: o["count"] for o in facets["niveau_uitwerking"]}


def test_a_common_word_is_matched_through_the_gin_index_with_its_vectors_inline():
    """On PostgreSQL the search vectors stay in the row (not TOAST) and the site's connections
    cost random reads like an SSD's, so a word in most practices is not matched by a full scan
    of `title || body` for every entry."""
    if connection.vendor != "postgresql":
        pytest.skip("Opslag en planner van PostgreSQL.")
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT attname, attstorage FROM pg_attribute WHERE attrelid ="
            " 'wagtailsearch_indexentry'::regclass AND attname IN ('title', 'body')"
        )
        assert dict(cursor.fetchall()) == {"title": "m", "body": "m"}
        cursor.execute("SHOW random_page_cost")
        assert float(cursor.fetchone()[0]) == pytest.approx(1.1)
        cursor.execute("SHOW jit")  # compiling a page's queries costs more than it saves
        assert cursor.fetchone()[0] == "off"


def test_a_page_number_is_read_as_the_paginator_reads_it(client, settings):
    settings.PRACTICES_PER_PAGE = 4
    second = [r["url"] for r in client.get(URL, {"page": "2", "format": "json"}).json()["results"]]
    for page in ("+2", " 2", "02"):
        data = client.get(URL, {"page": page, "format": "json"}).json()
        assert (data["page"], [r["url"] for r in data["results"]]) == (2, second), page


def test_a_draft_changes_nothing_until_it_is_published(client):
    practice = PracticePage.objects.live().first()
    practice.title = "1, 2, 3: een nieuwe titel, nog niet gepubliceerd"  # first by title
    revision = practice.save_revision()
    first = client.get(URL, {"sort": "titel", "format": "json"}).json()["results"][0]
    assert first["title"] != practice.title
    revision.publish()
    first = client.get(URL, {"sort": "titel", "format": "json"}).json()["results"][0]
    assert first["title"] == practice.title


def test_a_practice_unpublished_in_bulk_is_never_shown(client):
    """A bulk update sends no signal; the listing asks the database, so it is gone at once."""
    newest = client.get(URL, {"format": "json"}).json()["results"][0]
    practice = PracticePage.objects.get(url_path__endswith=newest["url"].split("/")[-2] + "/")
    PracticePage.objects.filter(pk=practice.pk).update(live=False)
    response = client.get(URL, {"format": "json"})
    assert response.status_code == 200
    assert newest["url"] not in [r["url"] for r in response.json()["results"]]


def test_a_view_restricted_practice_is_never_listed_nor_counted(client):
    """Wagtail's privacy setting on a practice keeps its title, snippet and counts out of the
    materialenbank, at once, for every visitor; lifting it lists the practice again."""
    practice = PracticePage.objects.live().search("ouders").get_queryset()[0]
    before = client.get(URL, {"q": "ouders", "format": "json"}).json()
    assert practice.url in all_pages(client, q="ouders")[0]
    restriction = PageViewRestriction.objects.create(
        page=practice, restriction_type=PageViewRestriction.LOGIN
    )
    after = client.get(URL, {"q": "ouders", "format": "json"}).json()
    assert after["count"] == before["count"] - 1
    assert practice.url not in all_pages(client, q="ouders")[0]
    assert practice.url not in all_pages(client)[0]
    restriction.delete()
    assert client.get(URL, {"q": "ouders", "format": "json"}).json()["count"] == before["count"]
