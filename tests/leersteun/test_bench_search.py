"""`make bench` at a tiny size: its data loads, and its SQL floor gives the page's own answer."""

from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from django.db import connection

from leersteun.management.commands.bench_search import Command
from practices.models import PracticePage

pytestmark = pytest.mark.django_db


@pytest.fixture
def postgresql():
    if connection.vendor != "postgresql":
        pytest.skip("De benchmark draait op PostgreSQL.")


def test_the_benchmark_measures_every_kind_against_a_floor_with_the_same_answer(postgresql):
    size = PracticePage.objects.count() + 40
    out = StringIO()
    # The command stops with an error when a floor's total, counts or page of ids differ.
    call_command("bench_search", sizes=str(size), repeat=1, stdout=out)
    report = out.getvalue()
    assert PracticePage.objects.live().count() >= size - 1
    for kind in ("geen filter", "4 facetten", "tekst (vaak)", "tekst (vaak), herhaald"):
        assert f"| {kind} |" in report
    assert "| tekst + facetten |" in report and "| sorteer titel, p. 3 |" in report


def test_a_floor_with_another_answer_stops_the_benchmark(postgresql, client, monkeypatch):
    command = Command()
    command.stdout = StringIO()
    real_floor = command.sql_floor

    def wrong_order(params):
        rows, ids = real_floor(params)
        return rows, ids[::-1]

    params = {"sort": "titel"}
    answer = client.get("/materialenbank/", {**params, "format": "json"}).json()
    command.check_floor("sorteer titel", params, answer)  # the real floor passes
    monkeypatch.setattr(command, "sql_floor", wrong_order)
    with pytest.raises(CommandError, match="ander antwoord"):
        command.check_floor("sorteer titel", params, answer)
