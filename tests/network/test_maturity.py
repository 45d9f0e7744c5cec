import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from dissemination.models import Adoption
from network.maturity import (
    BROADLY_TRIED_CENTRES,
    MaturityLevel,
    annotate_maturity,
    maturity_facet_counts,
)
from network.models import Centre, TryOut, Verdict
from practices.models import PracticePage

pytestmark = pytest.mark.django_db


def level_of(practice):
    return annotate_maturity(PracticePage.objects.filter(pk=practice.pk)).get().maturity


def adopting_centres(practice):
    """Centres outside the network with a confirmed adoption in use or embedded, in Python."""
    return {
        a.centre_id
        for a in Adoption.objects.filter(practice=practice).select_related("centre")
        if a.confirmed and a.status in ("in-gebruik", "verankerd") and not a.centre.is_anchor
    }


def expected_level(practice):
    """Independent of the subqueries: count adopting and usable-verdict centres in Python."""
    if adopting_centres(practice):
        return MaturityLevel.DISSEMINATED
    centres = {t.centre_id for t in TryOut.objects.filter(practice=practice) if t.is_usable}
    if len(centres) >= BROADLY_TRIED_CENTRES:
        return MaturityLevel.BROADLY_TRIED
    return MaturityLevel.TRIED if centres else MaturityLevel.DESCRIBED


def try_out(practice, centre, verdict):
    return TryOut.objects.create(
        practice=practice, centre=centre, start_date=datetime.date(2024, 9, 2), verdict=verdict
    )


@pytest.fixture
def untried(db):
    practice = (
        PracticePage.objects.live().filter(tryouts__isnull=True, adoptions__isnull=True).first()
    )
    assert level_of(practice) == MaturityLevel.DESCRIBED
    return practice


def test_each_level_follows_the_records_and_updates_after_a_change(untried):
    anchors = list(Centre.objects.filter(is_anchor=True))
    try_out(untried, anchors[0], Verdict.NOT_USABLE)
    assert level_of(untried) == MaturityLevel.DESCRIBED

    first = try_out(untried, anchors[1], Verdict.USABLE_WITH_CHANGES)
    assert level_of(untried) == MaturityLevel.TRIED
    # A second try-out in the same centre does not count as another centre.
    try_out(untried, anchors[1], Verdict.USABLE)
    try_out(untried, anchors[2], Verdict.USABLE)
    assert level_of(untried) == MaturityLevel.TRIED

    try_out(untried, anchors[3], Verdict.USABLE)
    assert level_of(untried) == MaturityLevel.BROADLY_TRIED

    TryOut.objects.filter(practice=untried, centre=anchors[1]).update(verdict=Verdict.NOT_USABLE)
    assert level_of(untried) == MaturityLevel.TRIED
    first.delete()
    assert level_of(untried) == expected_level(untried)


def test_disseminated_follows_the_confirmed_adoptions_outside_the_network():
    annotated = annotate_maturity(PracticePage.objects.all())
    disseminated = {p.pk for p in annotated if p.maturity == MaturityLevel.DISSEMINATED}
    assert disseminated
    assert disseminated == {p.pk for p in PracticePage.objects.all() if adopting_centres(p)}
    for practice in annotated:
        assert practice.adopting_centres == len(adopting_centres(practice)), practice.slug


def test_every_practice_gets_the_level_its_try_outs_and_adoptions_give_it():
    annotated = {p.pk: p.maturity for p in annotate_maturity(PracticePage.objects.all())}
    for practice in PracticePage.objects.all():
        assert annotated[practice.pk] == expected_level(practice), practice.slug


def test_the_facet_helper_counts_and_filters_by_level():
    live = PracticePage.objects.live()
    counts = maturity_facet_counts(live)
    expected = {level.value: 0 for level in MaturityLevel}
    for practice in live:
        expected[expected_level(practice).value] += 1
    assert counts == expected
    tried = annotate_maturity(live).filter(maturity=MaturityLevel.TRIED)
    assert tried.count() == expected[MaturityLevel.TRIED]


def test_the_practice_page_shows_its_level_and_try_outs(client):
    # Among practices not (yet) spread: their sentence is about the try-outs.
    practice = max(
        (p for p in PracticePage.objects.live() if not adopting_centres(p)),
        key=lambda p: TryOut.objects.filter(practice=p).count(),
    )
    tryouts = TryOut.objects.filter(practice=practice).select_related("centre")
    centres = {t.centre_id for t in tryouts if t.is_usable}
    html = client.get(practice.url).content.decode()
    assert f"Uitgeprobeerd in {len(centres)} centra" in html
    assert str(expected_level(practice).label) in html
    for tryout in tryouts:
        assert tryout.centre.name in html
        assert str(tryout.get_verdict_display()) in html


def test_an_untried_practice_says_so(client, untried):
    html = client.get(untried.url).content.decode()
    assert "nog niet uitgeprobeerd" in html


def queries_for(client, url, params=None):
    with CaptureQueriesContext(connection) as context:
        response = client.get(url, params or {})
    assert response.status_code == 200
    return len(context.captured_queries)


def test_the_practice_report_costs_the_same_queries_whatever_the_number_of_practices(client, users):
    client.force_login(users["steering_group"])
    url = reverse("network_practice_report")
    levels = [expected_level(p) for p in PracticePage.objects.all()]
    assert levels.count(MaturityLevel.BROADLY_TRIED) < levels.count(MaturityLevel.DESCRIBED)
    few = queries_for(client, url, {"maturity": MaturityLevel.BROADLY_TRIED.value})
    many = queries_for(client, url, {"maturity": MaturityLevel.DESCRIBED.value})
    assert few == many


def test_the_report_shows_each_practice_with_its_level(client, users):
    client.force_login(users["editor"])
    response = client.get(reverse("network_practice_report"), {"maturity": "breed-uitgeprobeerd"})
    html = response.content.decode()
    broad = [p for p in PracticePage.objects.all() if expected_level(p) == "breed-uitgeprobeerd"]
    assert broad
    for practice in PracticePage.objects.all():
        assert (practice.title in html) == (practice in broad)


def test_adoptions_from_the_dissemination_hook_make_a_practice_disseminated(monkeypatch, untried):
    """Once `adopting_centres` counts adoptions, the level follows without other changes."""
    from django.db.models import IntegerField, Value

    from network import maturity

    monkeypatch.setattr(maturity, "adopting_centres", lambda: Value(2, output_field=IntegerField()))
    practice = annotate_maturity(PracticePage.objects.filter(pk=untried.pk)).get()
    assert practice.maturity == MaturityLevel.DISSEMINATED
    assert maturity.explain(practice.maturity, 0, 2) == (
        "Verspreid naar 2 centra buiten het netwerk"
    )
