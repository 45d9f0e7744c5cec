import datetime

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from practices.factories import InsightFactory, RecommendationFactory
from practices.models import (
    Insight,
    InsightKind,
    PracticeInsight,
    PracticePage,
    RegulatoryTheme,
    filter_practices_by_insights,
)

pytestmark = pytest.mark.django_db


def linked(practice, insight):
    return PracticeInsight.objects.filter(practice=practice, insight=insight).exists()


def unlinked_pair():
    """A live demo practice and a live demo insight that are not linked yet."""
    insight = Insight.objects.filter(live=True).first()
    practice = PracticePage.objects.live().exclude(insight_links__insight=insight).first()
    return practice, insight


@pytest.mark.parametrize(
    ("kind", "theme", "reference", "field"),
    [
        (
            InsightKind.OBSTACLE,
            RegulatoryTheme.TYPE_WITHOUT_EXTERNAL_DIAGNOSTICS,
            "",
            "regulatory_theme",
        ),
        (
            InsightKind.SUCCESS_FACTOR,
            RegulatoryTheme.RULE_IMPOSING_CLASSIFICATION,
            "Regel X",
            "regulatory_theme",
        ),
        (
            InsightKind.OBSTACLE,
            RegulatoryTheme.RULE_IMPOSING_CLASSIFICATION,
            "  ",
            "regulation_reference",
        ),
    ],
)
def test_regulatory_themes_belong_to_their_kind_and_rules_need_a_reference(
    kind, theme, reference, field
):
    insight = InsightFactory.build(
        kind=kind, regulatory_theme=theme, regulation_reference=reference
    )
    with pytest.raises(ValidationError) as error:
        insight.full_clean(exclude=["core_activities"])
    assert field in error.value.message_dict


def test_a_valid_regulatory_obstacle_passes_and_gets_a_slug_from_its_title():
    insight = InsightFactory.build(
        kind=InsightKind.OBSTACLE,
        title="Een regel die een label vraagt",
        slug="",
        regulatory_theme=RegulatoryTheme.RULE_IMPOSING_CLASSIFICATION,
        regulation_reference="Toegangsvoorwaarden verslag type 9",
    )
    insight.full_clean(exclude=["core_activities"])
    assert insight.slug == "een-regel-die-een-label-vraagt"


def test_an_insight_needs_a_kind():
    insight = InsightFactory.build(kind="")
    with pytest.raises(ValidationError) as error:
        insight.full_clean(exclude=["core_activities"])
    assert "kind" in error.value.message_dict


def test_an_obstacle_with_recommendations_cannot_change_kind():
    recommendation = RecommendationFactory()
    obstacle = recommendation.obstacle
    obstacle.kind = InsightKind.PITFALL
    with pytest.raises(ValidationError) as error:
        obstacle.full_clean(exclude=["core_activities"])
    assert "aanbevelingen" in " ".join(error.value.message_dict["kind"])


def test_a_recommendation_answers_an_obstacle_and_is_not_dated_in_the_future():
    success_factor = InsightFactory(kind=InsightKind.SUCCESS_FACTOR)
    recommendation = RecommendationFactory.build(obstacle=success_factor, addressee="")
    with pytest.raises(ValidationError) as error:
        recommendation.full_clean()
    assert {"obstacle", "addressee"} <= set(error.value.message_dict)

    obstacle = InsightFactory(kind=InsightKind.OBSTACLE)
    tomorrow = timezone.localdate() + datetime.timedelta(days=1)
    recommendation = RecommendationFactory.build(obstacle=obstacle, status_date=tomorrow)
    with pytest.raises(ValidationError) as error:
        recommendation.full_clean()
    assert set(error.value.message_dict) == {"status_date"}
    recommendation.status_date = timezone.localdate()
    recommendation.full_clean()


def test_forwarded_status_names_the_addressee():
    recommendation = RecommendationFactory.build(status="overgemaakt", addressee="onderwijs")
    assert recommendation.status_label == "overgemaakt aan het onderwijs"
    recommendation.status = "besproken"
    assert recommendation.status_label == "besproken in de stuurgroep"


def test_a_link_published_from_the_insight_survives_publishing_an_older_practice_draft():
    practice, insight = unlinked_pair()
    practice_draft = practice.get_latest_revision_as_object()
    practice_draft.summary = "Een herwerkte samenvatting."
    older_practice_revision = practice_draft.save_revision()

    insight_draft = insight.get_latest_revision_as_object()
    insight_draft.practice_links.add(PracticeInsight(practice=practice))
    insight_draft.save_revision().publish()
    assert linked(practice, insight)

    older_practice_revision.publish()
    assert linked(practice, insight)
    assert PracticePage.objects.get(pk=practice.pk).summary == "Een herwerkte samenvatting."


def test_a_link_removed_from_the_practice_stays_removed_when_an_older_insight_draft_publishes():
    link = PracticeInsight.objects.filter(insight__live=True, practice__live=True).first()
    practice, insight = link.practice.specific, link.insight
    insight_draft = insight.get_latest_revision_as_object()
    insight_draft.title = "Een scherpere titel"
    older_insight_revision = insight_draft.save_revision()

    practice_draft = practice.get_latest_revision_as_object()
    practice_draft.insight_links = [
        row for row in practice_draft.insight_links.all() if row.insight_id != insight.pk
    ]
    practice_draft.save_revision().publish()
    assert not linked(practice, insight)

    older_insight_revision.publish()
    assert not linked(practice, insight)
    assert Insight.objects.get(pk=insight.pk).title == "Een scherpere titel"


def test_a_link_in_a_draft_waits_for_publication_and_shows_in_the_editor():
    practice, insight = unlinked_pair()
    draft = insight.get_latest_revision_as_object()
    draft.practice_links.add(PracticeInsight(practice=practice))
    revision = draft.save_revision()
    assert not linked(practice, insight)
    reopened = Insight.objects.get(pk=insight.pk).get_latest_revision_as_object()
    assert practice.pk in reopened.linked_practice_ids()
    revision.publish()
    assert linked(practice, insight)


def test_practice_count_and_facet_helper_count_only_live_practices():
    insight = Insight.objects.filter(live=True).order_by("pk").first()
    links = PracticeInsight.objects.filter(insight=insight)
    live_ids = {link.practice_id for link in links if link.practice.live}
    assert Insight.objects.with_practice_count().get(pk=insight.pk).practice_count == len(live_ids)

    draft = PracticePage.objects.get(pk=next(iter(live_ids)))
    draft.unpublish()
    annotated = Insight.objects.with_practice_count().get(pk=insight.pk)
    assert annotated.practice_count == len(live_ids) - 1
    shown = filter_practices_by_insights(PracticePage.objects.live(), [insight.slug])
    assert set(shown.values_list("pk", flat=True)) == live_ids - {draft.pk}


def test_facet_helper_ignores_unpublished_insights():
    link = PracticeInsight.objects.filter(insight__live=True).first()
    Insight.objects.filter(pk=link.insight_id).update(live=False)
    shown = filter_practices_by_insights(PracticePage.objects.all(), [link.insight.slug])
    assert not shown.exists()
