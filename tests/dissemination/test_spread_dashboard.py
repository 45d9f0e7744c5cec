import csv
import datetime
import io
from collections import Counter, defaultdict

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from dissemination import figures
from dissemination.models import Adoption, AdoptionStatus
from network.maturity import BROADLY_TRIED_CENTRES, MaturityLevel
from network.models import Centre, Province, TryOut
from practices.models import CoreActivity, PracticePage

pytestmark = pytest.mark.django_db
ADOPTED = {"in-gebruik", "verankerd"}


def counted(centres=None):
    """Confirmed adoptions of live practices, filtered in Python."""
    return [
        a
        for a in Adoption.objects.select_related("centre", "practice").prefetch_related(
            "status_changes"
        )
        if a.confirmed and a.practice.live and (centres is None or a.centre in centres)
    ]


def expected_maturity(practice):
    usable = {t.centre_id for t in TryOut.objects.filter(practice=practice) if t.is_usable}
    adopting = {
        a.centre_id
        for a in Adoption.objects.filter(practice=practice).select_related("centre")
        if a.confirmed and a.status in ADOPTED and not a.centre.is_anchor
    }
    if adopting:
        return MaturityLevel.DISSEMINATED
    if len(usable) >= BROADLY_TRIED_CENTRES:
        return MaturityLevel.BROADLY_TRIED
    return MaturityLevel.TRIED if usable else MaturityLevel.DESCRIBED


def csv_rows(response):
    body = response.content.decode("utf-8")
    assert body.startswith("\ufeff")
    return list(csv.reader(io.StringIO(body[1:]), delimiter=";"))


def test_practices_per_core_activity_and_level():
    expected = defaultdict(Counter)
    for practice in PracticePage.objects.live():
        level = expected_maturity(practice)
        for activity in practice.core_activities.all():
            expected[activity.pk][level.value] += 1
    rows = figures.practices_per_core_activity()
    assert [activity for activity, _ in rows] == list(CoreActivity.objects.all())
    for activity, counts in rows:
        assert counts == {level: expected[activity.pk][level] for level in MaturityLevel.values}
    assert sum(counts[MaturityLevel.DISSEMINATED] for _, counts in rows) > 0


def test_adoptions_per_status_count_only_confirmed_ones():
    expected = Counter(a.status for a in counted())
    assert figures.adoptions_per_status(Centre.objects.all()) == {
        status: expected[status] for status in AdoptionStatus.values
    }
    assert sum(expected.values()) < Adoption.objects.count()  # the demo's drafts stay out


def test_reach_per_province_counts_outside_centres_with_a_confirmed_adoption():
    reached = {a.centre_id for a in counted()}
    rows = figures.reach_per_province(Centre.objects.all())
    assert [row.province for row in rows] == list(Province)
    for row in rows:
        centres = [c for c in Centre.objects.filter(province=row.province) if not c.is_anchor]
        assert row.centres == len(centres)
        assert row.reached == len([c for c in centres if c.pk in reached])
    assert sum(row.reached for row in rows) == 15 - len(
        {a.centre_id for a in Adoption.objects.all()} - reached
    )


def test_cumulative_adoptions_per_month_start_at_the_first_status_change():
    starts = sorted(min(c.date for c in a.status_changes.all()) for a in counted())
    points = figures.cumulative_adoptions_per_month(Centre.objects.all())
    assert points[0][0] == f"{starts[0]:%Y-%m}" and points[-1][0] == f"{starts[-1]:%Y-%m}"
    assert points[-1][1] == len(starts)
    for label, total in points:
        assert total == len([s for s in starts if f"{s:%Y-%m}" <= label])
    labels = [label for label, _ in points]
    assert labels == sorted(set(labels))  # every month once, in order


def test_most_adopted_practices_rank_by_centres_using_them():
    by_practice = defaultdict(set)
    for adoption in counted():
        if adoption.status in ADOPTED:
            by_practice[adoption.practice].add(adoption.centre_id)
    expected = sorted(by_practice.items(), key=lambda item: (-len(item[1]), item[0].title))[:10]
    top = figures.most_adopted_practices(Centre.objects.all())
    assert [(p.pk, p.adopting) for p in top] == [(p.pk, len(c)) for p, c in expected]


def test_the_page_shows_every_chart_with_its_table_and_download(client, dashboard):
    response = client.get(dashboard.url)
    assert response.status_code == 200
    html = response.content.decode()
    for chart_id in (
        "praktijken-per-kernactiviteit",
        "adopties-per-status",
        "bereik-per-provincie",
        "adopties-per-maand",
        "meest-overgenomen",
    ):
        assert f'id="{chart_id}"' in html
        assert f"/verspreiding/cijfers/{chart_id}/" in html
    top = figures.most_adopted_practices(Centre.objects.all())[0]
    assert f'<a href="{top.url}">' in html


def test_the_filters_restrict_the_adopting_centres_and_the_csv_follows(client, dashboard):
    go_antwerp = [c for c in Centre.objects.all() if (c.net, c.province) == ("go", "antwerpen")]
    expected = Counter(a.status for a in counted(go_antwerp))
    assert 0 < sum(expected.values()) < len(counted())
    response = client.get(dashboard.url, {"net": "go", "provincie": "antwerpen"})
    chart = response.context["charts"]["adopties_per_status"]
    assert {row[0]: row[1] for row in chart.rows} == {
        str(s.label): expected[s.value] for s in AdoptionStatus
    }
    assert "net=go&amp;provincie=antwerpen" in response.content.decode()
    rows = csv_rows(
        client.get(
            f"{dashboard.url}cijfers/adopties-per-status/",
            {"net": "go", "provincie": "antwerpen"},
        )
    )
    assert rows[0] == ["Status", "Adopties"]
    assert {row[0]: int(row[1]) for row in rows[1:]} == {
        str(s.label): expected[s.value] for s in AdoptionStatus
    }


def test_the_reach_csv_has_dutch_headers_and_the_shares(client, dashboard):
    rows = csv_rows(client.get(f"{dashboard.url}cijfers/bereik-per-provincie/"))
    assert rows[0] == ["Provincie", "Centra", "Bereikt", "Aandeel (%)"]
    assert [row[0] for row in rows[1:]] == [str(p.label) for p in Province]
    for _name, centres, reached, share in rows[1:]:
        assert int(share) == (round(int(reached) * 100 / int(centres)) if int(centres) else 0)
    response = client.get(f"{dashboard.url}cijfers/adopties-per-maand/")
    assert response["Content-Disposition"].startswith('attachment; filename="adopties-per-maand')


@pytest.mark.parametrize(
    "params", [{"net": "onbekend"}, {"provincie": "<script>"}, {"net": "go", "provincie": "mars"}]
)
def test_unknown_filter_values_are_ignored_with_a_notice(client, dashboard, params):
    response = client.get(dashboard.url, params)
    assert response.status_code == 200
    html = response.content.decode()
    assert "werd genegeerd" in html
    assert "<script>" not in html.split("<main", 1)[1]
    csv_response = client.get(f"{dashboard.url}cijfers/adopties-per-status/", params)
    assert csv_response.status_code == 200


def test_an_unknown_chart_is_not_found(client, dashboard):
    assert client.get(f"{dashboard.url}cijfers/bestaat-niet/").status_code == 404


def test_user_text_is_shown_as_text_and_drafts_stay_out(client, dashboard, adopt, outside_centre):
    practice = PracticePage.objects.live().first()
    confirmed = adopt(practice, outside_centre, "in-gebruik", start=datetime.date(2025, 11, 1))
    Adoption.objects.filter(pk=confirmed.pk).update(helped="<b>vet</b> & <script>x()</script>")
    draft = adopt(
        practice, Centre.objects.filter(is_anchor=False).last(), "verankerd", confirmed=False
    )
    Adoption.objects.filter(pk=draft.pk).update(helped="Nog niet bevestigd")
    html = client.get(dashboard.url).content.decode()
    assert "&lt;b&gt;vet&lt;/b&gt; &amp; &lt;script&gt;x()&lt;/script&gt;" in html
    assert "Nog niet bevestigd" not in html


def queries_for(client, url, params=None):
    with CaptureQueriesContext(connection) as context:
        assert client.get(url, params or {}).status_code == 200
    return len(context.captured_queries)


def test_the_page_costs_a_fixed_number_of_queries(client, dashboard, adopt):
    client.get(dashboard.url)  # warm the site root cache
    unfiltered = queries_for(client, dashboard.url)
    assert queries_for(client, dashboard.url, {"net": "pov"}) == unfiltered
    practices = PracticePage.objects.live().filter(adoptions__isnull=True)[:3]
    for practice, centre in zip(practices, Centre.objects.filter(is_anchor=False), strict=False):
        adopt(practice, centre, "interesse", "verankerd")
    client.get(dashboard.url)  # the new adoptions renewed the cached restricted pages
    assert queries_for(client, dashboard.url) == unfiltered
