"""`make bench` at a tiny size: its data loads, and its SQL floor gives the page's own answer."""

from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from django.db import connection
from wagtail.models import PageViewRestriction

from leersteun.management.commands.bench_search import Command
from practices.models import PracticePage
from practices.models.insights import Insight, InsightKind

pytestmark = pytest.mark.django_db
URL = "/materialenbank/"


@pytest.fixture
def postgresql():
    if connection.vendor != "postgresql":
        pytest.skip("De benchmark draait op PostgreSQL.")


@pytest.fixture
def command():
    command = Command()
    command.stdout = StringIO()
    return command


def check(command, client, params):
    answer = client.get(URL, {**params, "format": "json"}).json()
    command.check_floor(str(params), command.floor_statements(params), answer)
    return answer


def test_the_benchmark_measures_every_kind_against_a_floor_with_the_same_answer(postgresql):
    size = PracticePage.objects.count() + 40
    out = StringIO()
    # The command stops with an error when a floor's total, counts or page of ids differ.
    call_command("bench_search", sizes=str(size), repeat=1, stdout=out)
    report = out.getvalue()
    assert PracticePage.objects.live().count() >= size - 1
    for kind in (
        "geen filter",
        "1 facet",
        "4 facetten",
        "tekst (vaak)",
        "tekst (zeldzaam)",
        "tekst + facetten",
        "sorteer titel, p. 3",
        "hele portaal",
        "suggesties",
    ):
        assert f"| {kind} |" in report


@pytest.mark.parametrize(
    "params",
    [
        {"sort": "relevantie"},  # no words: newest first, as the page
        {"q": "!!", "sort": "relevantie"},  # words that make no query
        {"q": "  ouders  ", "page": "2"},
        {"q": "ouders", "sort": "titel", "materiaal": ["werkblad", "checklist"]},
        {"sort": "onbekend", "fase": "fase-1"},
    ],
)
def test_the_floor_answers_as_the_page(postgresql, command, client, params):
    assert check(command, client, params)["count"] > 0


def test_the_floor_counts_and_filters_the_success_factors(postgresql, command, client):
    factor = Insight.objects.filter(
        kind=InsightKind.SUCCESS_FACTOR, live=True, practice_links__isnull=False
    ).first()
    answer = check(command, client, {"succesfactor": factor.slug})
    assert 0 < answer["count"] < PracticePage.objects.live().count()


def test_the_floor_leaves_out_restricted_practices(postgresql, command, client):
    practice = PracticePage.objects.live().order_by("-first_published_at", "-pk").first()
    PageViewRestriction.objects.create(page=practice, restriction_type=PageViewRestriction.LOGIN)
    answer = check(command, client, {})
    assert practice.url not in [result["url"] for result in answer["results"]]


def test_parameters_the_floor_cannot_answer_stop_the_benchmark(postgresql, command):
    with pytest.raises(CommandError, match="niveau_uitwerking"):
        command.floor_statements({"niveau_uitwerking": "verankerd"})


def test_a_floor_with_another_answer_stops_the_benchmark(postgresql, command, client):
    params = {"sort": "titel"}
    answer = client.get(URL, {**params, "format": "json"}).json()
    statements = command.floor_statements(params)
    command.check_floor("sorteer titel", statements, answer)  # the real floor passes
    rows, ids = command.run_floor(statements)
    wrong_answers = [
        (rows, ids[::-1]),  # another order
        ([(group, value, count + 1) for group, value, count in rows], ids),  # other counts
    ]
    for wrong in wrong_answers:
        command.run_floor = lambda statements, wrong=wrong: wrong
        with pytest.raises(CommandError, match="ander antwoord"):
            command.check_floor("sorteer titel", statements, answer)
