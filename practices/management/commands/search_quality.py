"""Score the materialenbank's search on the quality set (tests/search/quality_set.json).

A query scores when each practice it should find is among its first three results, searched
as a visitor searches: through the materialenbank's listing (filters, relevance order).
"""

import json
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand
from django.db import connection
from django.http import QueryDict

from practices.listing import PracticeListing
from practices.models import PracticeIndexPage

QUALITY_SET = Path(settings.BASE_DIR) / "tests" / "search" / "quality_set.json"
TOP = 3


def load_cases(path=QUALITY_SET):
    return json.loads(Path(path).read_text(encoding="utf-8"))["queries"]


def first_results(index_page, q, count=TOP):
    params = QueryDict(mutable=True)
    params["q"] = q
    page = PracticeListing(index_page, params).page(1)
    return [practice.slug for practice in page.object_list[:count]]


def score(cases):
    """(share of the cases that pass, [(case, first results, passed)])."""
    index_page = PracticeIndexPage.objects.get()
    outcomes = []
    for case in cases:
        found = first_results(index_page, case["query"])
        outcomes.append((case, found, set(case["expected"]) <= set(found)))
    passed = sum(1 for *_rest, ok in outcomes if ok)
    return passed / (len(outcomes) or 1), outcomes


class Command(BaseCommand):
    help = "Toont de score van de zoekfunctie op de kwaliteitsset, voor de huidige database."

    def add_arguments(self, parser):
        parser.add_argument("--set", default=str(QUALITY_SET), help="Pad naar de kwaliteitsset.")
        parser.add_argument(
            "--failures", action="store_true", help="Toon de zoekopdrachten die niet slagen."
        )

    def handle(self, *args, **options):
        share, outcomes = score(load_cases(options["set"]))
        passed = sum(1 for *_rest, ok in outcomes if ok)
        if options["failures"]:
            for case, found, ok in outcomes:
                if not ok:
                    self.stdout.write(
                        f"✗ {case['query']!r}: verwacht {case['expected']}, gevonden {found}"
                    )
        self.stdout.write(
            f"{connection.vendor}: {passed}/{len(outcomes)} zoekopdrachten geslaagd "
            f"({share:.1%}), top {TOP}"
        )
