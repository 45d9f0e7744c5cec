"""The final report's figures against numbers computed here, independently, in Python."""

import datetime
from collections import Counter
from html import unescape

import pytest
from expected_maturity import expected_maturity
from pdf_checks import read_pdf, text_of

from network.maturity import MaturityLevel
from network.models import Meeting, MeetingKind, TryOut, Verdict
from practices.models import CasePage, CoreActivity, Insight, PracticePage, Recommendation
from reports.forms import Period
from reports.sections import (
    cases,
    cases_by_verslag_and_diagnostics,
    learning_network,
    meetings_per_kind,
    obstacles,
    practices_by_activity_and_maturity,
    practices_per_maturity,
    success_factors,
    tryouts_per_verdict,
)

pytestmark = pytest.mark.django_db

FIRST_HALF_2023 = Period(datetime.date(2023, 1, 1), datetime.date(2023, 6, 30))
WHOLE_PROJECT = Period(datetime.date(2022, 9, 1), datetime.date(2024, 12, 31))


def maturity_in_python(practice):
    return MaturityLevel(expected_maturity(practice))


@pytest.mark.parametrize("period", [FIRST_HALF_2023, WHOLE_PROJECT])
def test_meetings_and_tryouts_count_only_within_the_period(period):
    inside = [m for m in Meeting.objects.all() if period.start <= m.date <= period.end]
    kinds = Counter(m.kind for m in inside)
    assert meetings_per_kind(period) == [(kind.label, kinds[kind.value]) for kind in MeetingKind]
    if period == FIRST_HALF_2023:  # some meetings but not all: the filter matters
        assert 0 < len(inside) < Meeting.objects.count()

    started = Counter(
        t.verdict for t in TryOut.objects.all() if period.start <= t.start_date <= period.end
    )
    assert tryouts_per_verdict(period) == [(v.label, started[v.value]) for v in Verdict]


def test_a_meeting_outside_the_period_is_left_out():
    before = learning_network(None, FIRST_HALF_2023)["meeting_total"]
    Meeting.objects.create(
        kind=MeetingKind.CORE_GROUP, title="Later", date=datetime.date(2023, 7, 1), online=True
    )
    assert learning_network(None, FIRST_HALF_2023)["meeting_total"] == before
    Meeting.objects.create(
        kind=MeetingKind.CORE_GROUP, title="Binnen", date=datetime.date(2023, 6, 30), online=True
    )
    assert learning_network(None, FIRST_HALF_2023)["meeting_total"] == before + 1


def test_practices_by_core_activity_and_maturity():
    live = list(PracticePage.objects.live().prefetch_related("core_activities"))
    levels = {practice.pk: maturity_in_python(practice) for practice in live}
    expected = []
    for activity in CoreActivity.objects.all():
        members = [p for p in live if activity in p.core_activities.all()]
        counts = Counter(levels[p.pk] for p in members)
        expected.append((activity.name, [counts[level] for level in MaturityLevel]))
    assert practices_by_activity_and_maturity() == expected
    per_level = Counter(levels.values())
    assert practices_per_maturity() == [(level.label, per_level[level]) for level in MaturityLevel]
    assert sum(per_level.values()) == len(live) > 0


def test_a_draft_practice_does_not_count():
    before = practices_per_maturity()
    PracticePage.objects.live().first().unpublish()
    after = practices_per_maturity()
    assert sum(n for _l, n in after) == sum(n for _l, n in before) - 1


def test_success_factors_by_level_and_recommendations_by_addressee():
    public = [i for i in Insight.objects.all() if i.live and i.kind == "succesfactor"]
    groups = success_factors(None, WHOLE_PROJECT)["groups"]
    assert {g.key: sorted(i.title for i in g.items) for g in groups} == {
        level: sorted(i.title for i in public if i.level == level)
        for level in {i.level for i in public}
    }
    recommendations = [
        r for r in Recommendation.objects.select_related("obstacle") if r.live and r.obstacle.live
    ]
    by_addressee = {
        g.key: len(g.items) for g in obstacles(None, WHOLE_PROJECT)["recommendation_groups"]
    }
    assert by_addressee == Counter(r.addressee for r in recommendations)


def test_the_share_of_cases_without_classifying_diagnostics(client):
    live = [case for case in CasePage.objects.all() if case.live]
    not_needed = sum(case.classifying_diagnostics == "nee" for case in live)
    data = cases(None, WHOLE_PROJECT)
    assert (data["not_needed"], data["total"]) == (not_needed, len(live))
    assert data["share"] == round(100 * not_needed / len(live))
    assert sum(sum(values) for _label, values in cases_by_verslag_and_diagnostics()) == len(live)

    line = f"In {not_needed} van {len(live)} casussen was classificerende diagnostiek niet nodig."
    assert line in unescape(client.get("/eindrapport/").content.decode())
    assert line in text_of(read_pdf(client.get("/eindrapport/eindrapport.pdf")))
    # The same figure as the case list shows.
    assert line in unescape(client.get("/casussen/").content.decode())


def test_the_meeting_figures_in_the_pdf_follow_the_period(client):
    inside = [
        m for m in Meeting.objects.all() if FIRST_HALF_2023.start <= m.date <= FIRST_HALF_2023.end
    ]
    text = text_of(
        read_pdf(client.get("/eindrapport/eindrapport.pdf?van=2023-01-01&tot=2023-06-30"))
    )
    assert f"{len(inside)} overleggen in de gekozen periode" in text
