import re
from collections import Counter

import pytest
from django.utils.html import escape

from practices.factories import InsightFactory, RecommendationFactory
from practices.models import (
    Addressee,
    Insight,
    InsightIndexPage,
    InsightKind,
    PracticeInsight,
    PracticePage,
    Recommendation,
    RecommendationIndexPage,
)

pytestmark = pytest.mark.django_db

KIND_HEADINGS = {
    "succesfactor": "Succesfactoren",
    "randvoorwaarde": "Randvoorwaarden",
    "valkuil": "Valkuilen",
    "obstakel": "Obstakels",
}


def live_practice_counts():
    """Live practices per insight, counted from the link rows in Python."""
    counts = Counter()
    for link in PracticeInsight.objects.select_related("practice"):
        if link.practice.live:
            counts[link.insight_id] += 1
    return counts


def shown_titles(response):
    return {
        group.key: {insight.title for insight in group.items}
        for group in response.context["groups"]
    }


def test_overview_groups_every_published_insight_by_kind_with_live_practice_counts(client):
    response = client.get("/inzichten/")
    assert response.status_code == 200
    expected = {}
    for insight in Insight.objects.filter(live=True):
        expected.setdefault(insight.kind, set()).add(insight.title)
    assert shown_titles(response) == expected
    assert [group.key for group in response.context["groups"]] == [
        kind for kind in InsightKind.values if kind in expected
    ]
    counts = live_practice_counts()
    for group in response.context["groups"]:
        for insight in group.items:
            assert insight.practice_count == counts[insight.pk], insight.title
    html = response.content.decode()
    for kind, heading in KIND_HEADINGS.items():
        assert f"{heading} <span" in html and f"({len(expected[kind])})" in html, kind
    assert f"{Insight.objects.filter(live=True).count()} inzichten" in html


def test_overview_counts_drop_when_a_practice_is_unpublished(client):
    link = PracticeInsight.objects.filter(insight__live=True, practice__live=True).first()
    before = live_practice_counts()[link.insight_id]
    link.practice.specific.unpublish()
    response = client.get("/inzichten/")
    shown = {i.pk: i.practice_count for g in response.context["groups"] for i in g.items}
    assert shown[link.insight_id] == before - 1


def test_overview_filters_by_level_core_activity_and_theme(client):
    target = Insight.objects.filter(live=True, tags__isnull=False).first()
    activity = target.core_activities.first()
    tag = target.tags.first()
    response = client.get(
        "/inzichten/",
        {"niveau": target.level, "kernactiviteit": activity.slug, "thema": tag.slug},
    )
    expected = {
        insight.title
        for insight in Insight.objects.filter(live=True)
        if insight.level == target.level
        and activity in insight.core_activities.all()
        and tag in insight.tags.all()
    }
    assert target.title in expected
    assert set().union(*shown_titles(response).values()) == expected


def test_overview_matches_any_of_several_core_activities_without_doubles(client):
    slugs = ["handelingsgericht-advies", "icf-cy"]
    response = client.get("/inzichten/", {"kernactiviteit": slugs})
    expected = Insight.objects.filter(live=True, core_activities__slug__in=slugs).distinct()
    shown = [insight.pk for group in response.context["groups"] for insight in group.items]
    assert sorted(shown) == sorted(expected.values_list("pk", flat=True))


def test_regulatory_insights_can_be_listed_on_their_own(client):
    response = client.get("/inzichten/", {"regelgeving": "regel-classificerende-diagnostiek"})
    titles = set().union(*shown_titles(response).values())
    expected = set(
        Insight.objects.filter(
            live=True, regulatory_theme="regel-classificerende-diagnostiek"
        ).values_list("title", flat=True)
    )
    assert titles == expected and len(expected) >= 2


def test_insights_are_searchable(client):
    target = InsightFactory(
        title="Zorgzame rekenhoek",
        explanation="<p>Een kwartiertje vlinderrekenen na de speeltijd.</p>",
    )
    response = client.get("/inzichten/", {"q": "vlinderrekenen"})
    assert set().union(*shown_titles(response).values()) == {target.title}
    hits = [hit.pk for hit in Insight.objects.public().search("rekenhoek")]
    assert hits == [target.pk]


@pytest.mark.parametrize(
    "query",
    [
        {"niveau": "bestaat-niet"},
        {"kernactiviteit": ["bestaat-niet", "icf-cy"]},
        {"thema": "<script>"},
        {"soort": "x" * 500},
        {"regelgeving": "1"},
        {"q": "x" * 1000},
        {"q": "\x00"},
    ],
)
def test_bad_filter_input_is_shown_as_a_form_error_never_a_500(client, query):
    response = client.get("/inzichten/", query)
    assert response.status_code == 200
    assert response.context["filterset"].form.errors
    assert "errorlist" in response.content.decode()


@pytest.mark.parametrize("q", ['"AND OR ( * NEAR', "ouders -", "'; DROP TABLE", "***", "é"])
def test_search_syntax_in_the_query_is_harmless(client, q):
    assert client.get("/inzichten/", {"q": q}).status_code == 200


def test_insight_page_shows_explanation_live_practices_and_recommendations_by_addressee(client):
    obstacle = (
        Insight.objects.filter(live=True, kind=InsightKind.OBSTACLE)
        .filter(recommendations__live=True)
        .first()
    )
    draft_practice = PracticePage.objects.live().exclude(insight_links__insight=obstacle).first()
    PracticeInsight.objects.create(practice=draft_practice, insight=obstacle)
    draft_practice.unpublish()
    hidden = RecommendationFactory(obstacle=obstacle, text="Een verborgen kladversie.", live=False)

    response = client.get(f"/inzichten/{obstacle.slug}/")
    assert response.status_code == 200
    html = response.content.decode()
    assert obstacle.title in html
    assert obstacle.regulation_reference in html
    live_practices = PracticePage.objects.live().filter(insight_links__insight=obstacle)
    assert {p.title for p in response.context["practices"]} == {p.title for p in live_practices}
    for practice in live_practices:
        assert f'href="{practice.url}"' in html
    assert draft_practice.title not in html
    assert hidden.text not in html
    groups = {
        group.key: [r.text for r in group.items]
        for group in response.context["recommendation_groups"]
    }
    for recommendation in obstacle.recommendations.filter(live=True):
        assert recommendation.text in groups[recommendation.addressee]
        assert escape(recommendation.text) in html


def test_practice_page_links_to_its_published_insights(client):
    practice = PracticePage.objects.live().filter(insight_links__insight__live=True).first()
    shown = list(Insight.objects.filter(live=True, practice_links__practice=practice))
    hidden = InsightFactory(title="Nog niet gepubliceerd inzicht", live=False, practices=[practice])
    html = client.get(practice.url).content.decode()
    assert "Inzichten uit deze praktijk" in html
    for insight in shown:
        assert f'href="/inzichten/{insight.slug}/"' in html
        insight_html = client.get(f"/inzichten/{insight.slug}/").content.decode()
        assert f'href="{practice.url}"' in insight_html
    assert hidden.title not in html
    assert client.get(f"/inzichten/{hidden.slug}/").status_code == 404


def test_unpublished_insight_is_nowhere_public(client):
    insight = Insight.objects.filter(live=True).first()
    insight.unpublish()
    assert client.get(f"/inzichten/{insight.slug}/").status_code == 404
    assert insight.title not in client.get("/inzichten/").content.decode()
    groups = client.get("/inzichten/", {"q": insight.title}).context["groups"]
    found = [item for group in groups for item in group.items]
    assert insight.pk not in {item.pk for item in found}


def test_recommendations_page_groups_by_addressee_with_the_obstacle(client):
    hidden_obstacle = RecommendationFactory(text="Aanbeveling bij een klad-obstakel.")
    Insight.objects.filter(pk=hidden_obstacle.obstacle_id).update(live=False)
    hidden_draft = RecommendationFactory(text="Aanbeveling in kladversie.", live=False)

    response = client.get("/aanbevelingen/")
    assert response.status_code == 200
    html = response.content.decode()
    expected = {}
    for recommendation in Recommendation.objects.select_related("obstacle"):
        if recommendation.live and recommendation.obstacle.live:
            expected.setdefault(recommendation.addressee, set()).add(recommendation.text)
    groups = response.context["groups"]
    assert [group.key for group in groups] == [a for a in Addressee.values if a in expected]
    assert {group.key: {r.text for r in group.items} for group in groups} == expected
    assert response.context["recommendation_count"] == sum(len(v) for v in expected.values())
    for group in groups:
        for recommendation in group.items:
            assert f'href="/inzichten/{recommendation.obstacle.slug}/"' in html
    assert hidden_obstacle.text not in html
    assert hidden_draft.text not in html


def test_recommendations_can_be_printed_per_addressee(client):
    response = client.get("/aanbevelingen/", {"bestemmeling": "clb"})
    assert [group.key for group in response.context["groups"]] == ["clb"]
    expected = Recommendation.objects.filter(live=True, obstacle__live=True, addressee="clb")
    assert response.context["recommendation_count"] == expected.count()
    bad = client.get("/aanbevelingen/", {"bestemmeling": "iedereen", "status": "x"})
    assert bad.status_code == 200
    assert (
        bad.context["recommendation_count"]
        == Recommendation.objects.filter(live=True, obstacle__live=True).count()
    )


def test_menu_leads_to_insights_and_recommendations(client):
    html = client.get("/").content.decode()
    nav = re.search(r'<nav class="site-nav".*?</nav>', html, re.S).group(0)
    assert 'href="/inzichten/"' in nav
    assert 'href="/aanbevelingen/"' in nav


def add_insights_with_links(count):
    practices = list(PracticePage.objects.live()[:3])
    for kind in InsightKind.values:
        for _ in range(count):
            insight = InsightFactory(kind=kind, practices=practices)
            insight.tags.add("extra thema")
            insight.save()
            if kind == InsightKind.OBSTACLE:
                RecommendationFactory(obstacle=insight, addressee="onderwijs")


@pytest.mark.parametrize(
    ("url", "params", "queries"),
    [
        ("/inzichten/", {}, 11),
        # One more: the form checks the chosen core activity slugs.
        (
            "/inzichten/",
            {"niveau": "clb", "kernactiviteit": ["icf-cy", "handelingsgericht-advies"]},
            12,
        ),
        ("/aanbevelingen/", {}, 9),
        ("/aanbevelingen/", {"bestemmeling": "overheid"}, 9),
    ],
)
def test_overview_pages_cost_a_fixed_number_of_queries(
    client, django_assert_num_queries, url, params, queries
):
    client.get(url, params)  # warm the site-root and menu caches
    with django_assert_num_queries(queries):
        assert client.get(url, params).status_code == 200
    add_insights_with_links(5)
    with django_assert_num_queries(queries):
        assert client.get(url, params).status_code == 200


def test_overview_pages_are_wagtail_pages_editors_can_edit():
    assert InsightIndexPage.objects.live().get().url == "/inzichten/"
    assert RecommendationIndexPage.objects.live().get().url == "/aanbevelingen/"
