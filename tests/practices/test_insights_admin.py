import csv
import io

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.contrib.messages import get_messages
from django.urls import reverse
from openpyxl import load_workbook

# The practice form helpers of the foundation's admin tests (same folder, on pytest's path).
from test_admin import add_url, practice_form
from wagtail.models import WorkflowState
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text

from practices.models import (
    CoreActivity,
    Insight,
    InsightKind,
    PracticeInsight,
    PracticePage,
    Recommendation,
)

pytestmark = pytest.mark.django_db


def url(model, action, *args):
    return reverse(f"wagtailsnippets_practices_{model}:{action}", args=args)


def insight_form(practices=(), **overrides):
    data = nested_form_data(
        {
            "kind": InsightKind.SUCCESS_FACTOR,
            "title": "Samen plannen met het zorgteam",
            "slug": "",
            "level": "onderwijs",
            "explanation": rich_text("<p>Een gedeelde planning maakt de zorg haalbaar.</p>"),
            "tags": "zorgbeleid",
            "regulatory_theme": "",
            "regulation_reference": "",
            "practice_links": inline_formset([{"practice": p.pk} for p in practices]),
        }
    )
    data["core_activities"] = [CoreActivity.objects.get(slug="handelingsgericht-advies").pk]
    data.update(overrides)
    return data


def test_editor_publishes_an_insight_linked_to_practices_and_is_warned_about_drafts(
    admin_client, client
):
    live, draft = PracticePage.objects.live()[:2]
    draft.unpublish()
    data = insight_form(practices=[live, draft])
    data["action-publish"] = "action-publish"
    response = admin_client.post(url("insight", "add"), data)
    assert response.status_code == 302, response.context["form"].errors
    insight = Insight.objects.get(slug="samen-plannen-met-het-zorgteam")
    assert insight.live
    assert set(insight.linked_practice_ids()) == {live.pk, draft.pk}
    warnings = [str(m) for m in get_messages(response.wsgi_request) if m.level_tag == "warning"]
    assert warnings == [
        f"De praktijk ‘{draft.title}’ is niet gepubliceerd: "
        "de koppeling verschijnt pas publiek als de praktijk gepubliceerd is."
    ]
    public = client.get(f"/inzichten/{insight.slug}/").content.decode()
    assert live.title in public
    assert draft.title not in public


@pytest.mark.parametrize(
    ("overrides", "field", "message"),
    [
        ({"kind": ""}, "kind", "Dit is een verplicht veld"),
        ({"kind": "mening"}, "kind", "geen beschikbare keuze"),
        (
            {"kind": InsightKind.OBSTACLE, "regulatory_theme": "regel-classificerende-diagnostiek"},
            "regulation_reference",
            "classificerende diagnostiek oplegt",
        ),
        (
            {"regulatory_theme": "type-zonder-externe-diagnostiek"},
            "regulatory_theme",
            "hoort bij een randvoorwaarde",
        ),
    ],
)
@pytest.mark.parametrize("action", ["action-publish", None])
def test_bad_insight_input_gets_a_dutch_message_and_saves_nothing(
    admin_client, overrides, field, message, action
):
    before = Insight.objects.count()
    data = insight_form(**overrides)
    if action:
        data[action] = action
    response = admin_client.post(url("insight", "add"), data)
    assert response.status_code == 200
    errors = response.context["form"].errors
    assert message in " ".join(errors[field])
    assert Insight.objects.count() == before


def test_the_same_practice_twice_is_a_message_not_a_crash(admin_client):
    practice = PracticePage.objects.live().first()
    data = insight_form(practices=[practice, practice])
    data["action-publish"] = "action-publish"
    response = admin_client.post(url("insight", "add"), data)
    assert response.status_code == 200
    assert not Insight.objects.filter(title="Samen plannen met het zorgteam").exists()


def recommendation_form(**overrides):
    obstacle = Insight.objects.filter(kind=InsightKind.OBSTACLE, live=True).first()
    data = {
        "obstacle": obstacle.pk,
        "addressee": "clb",
        "text": "Bespreek jaarlijks met elke school hoe consultatie verloopt.",
        "status": "voorgesteld",
        "status_date": "2025-05-20",
    }
    data.update(overrides)
    return data


@pytest.mark.parametrize(
    ("overrides", "field", "message"),
    [
        ({"addressee": ""}, "addressee", "Dit is een verplicht veld"),
        ({"status_date": "2999-01-01"}, "status_date", "toekomst"),
        ({"text": ""}, "text", "Dit is een verplicht veld"),
    ],
)
def test_a_recommendation_is_not_published_half(admin_client, overrides, field, message):
    before = Recommendation.objects.count()
    data = recommendation_form(**overrides)
    data["action-publish"] = "action-publish"
    response = admin_client.post(url("recommendation", "add"), data)
    assert response.status_code == 200
    assert message in " ".join(response.context["form"].errors[field])
    assert Recommendation.objects.count() == before


def test_a_recommendation_can_only_answer_an_obstacle(admin_client):
    pitfall = Insight.objects.filter(kind=InsightKind.PITFALL).first()
    data = recommendation_form(obstacle=pitfall.pk)
    data["action-publish"] = "action-publish"
    response = admin_client.post(url("recommendation", "add"), data)
    assert response.status_code == 200
    assert "obstacle" in response.context["form"].errors


def test_published_recommendation_appears_on_the_public_page(admin_client, client):
    data = recommendation_form()
    data["action-publish"] = "action-publish"
    assert admin_client.post(url("recommendation", "add"), data).status_code == 302
    assert data["text"] in client.get("/aanbevelingen/").content.decode()


def test_practice_editor_links_insights_and_the_link_waits_for_publication(admin_client):
    insight = Insight.objects.filter(live=True).first()
    data = practice_form(
        **{"insight_links-TOTAL_FORMS": "1", "insight_links-0-insight": str(insight.pk)}
    )
    response = admin_client.post(add_url(PracticePage.objects.first().get_parent()), data)
    assert response.status_code == 302
    practice = PracticePage.objects.get(slug="samen-kijken-naar-de-klas")
    assert not practice.live
    assert practice.get_latest_revision_as_object().insight_links.get().insight == insight

    edit = admin_client.get(reverse("wagtailadmin_pages:edit", args=(practice.pk,)))
    assert "Inzichten die deze praktijk toont" in edit.content.decode()
    assert f'value="{insight.pk}"' in edit.content.decode()

    data["action-publish"] = "publish"
    for relation, row in (
        ("insight_links", practice.insight_links.get()),
        ("contributions", practice.contributions.get()),
    ):
        data |= {f"{relation}-0-id": str(row.pk), f"{relation}-INITIAL_FORMS": "1"}
    response = admin_client.post(reverse("wagtailadmin_pages:edit", args=(practice.pk,)), data)
    assert response.status_code == 302
    assert PracticeInsight.objects.filter(practice=practice, insight=insight).exists()


def read_csv(response):
    body = b"".join(response.streaming_content).decode("utf-8-sig")
    return list(csv.DictReader(io.StringIO(body)))


def test_insights_export_as_csv_with_their_practices(admin_client):
    response = admin_client.get(url("insight", "list"), {"export": "csv"})
    assert response.status_code == 200
    rows = read_csv(response)
    assert len(rows) == Insight.objects.count()
    insight = Insight.objects.filter(practice_links__isnull=False).first()
    row = next(row for row in rows if row["titel"] == insight.title)
    assert row["soort"] == insight.get_kind_display()
    titles = {link.practice.title for link in insight.practice_links.all()}
    assert all(title in row["gekoppelde praktijken"] for title in titles)
    live = sum(1 for link in insight.practice_links.all() if link.practice.live)
    assert row["gepubliceerde praktijken"] == str(live)


def test_insights_export_as_xlsx_follows_the_admin_filter(admin_client):
    response = admin_client.get(url("insight", "list"), {"export": "xlsx", "kind": "obstakel"})
    assert response.status_code == 200
    sheet = load_workbook(io.BytesIO(b"".join(response.streaming_content))).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:3] == ("titel", "soort", "niveau")
    obstacles = Insight.objects.filter(kind=InsightKind.OBSTACLE)
    assert sorted(row[0] for row in rows[1:]) == sorted(obstacles.values_list("title", flat=True))
    assert {row[1] for row in rows[1:]} == {"obstakel"}


def test_recommendations_export_with_obstacle_and_status(admin_client):
    response = admin_client.get(url("recommendation", "list"), {"export": "csv"})
    rows = read_csv(response)
    assert len(rows) == Recommendation.objects.count()
    for recommendation in Recommendation.objects.select_related("obstacle"):
        row = next(row for row in rows if row["aanbeveling"] == recommendation.text)
        assert row["obstakel"] == recommendation.obstacle.title
        assert row["status"] == recommendation.status_label
        assert row["bestemmeling"] == recommendation.get_addressee_display()


def test_admin_listing_filters_and_searches_insights(admin_client):
    response = admin_client.get(url("insight", "list"), {"level": "clb", "kind": "valkuil"})
    shown = {insight.pk for insight in response.context["object_list"]}
    assert shown == set(
        Insight.objects.filter(level="clb", kind="valkuil").values_list("pk", flat=True)
    )
    target = Insight.objects.get(slug="testen-uit-gewoonte")
    response = admin_client.get(url("insight", "list"), {"q": "gewoonte"})
    assert [insight.pk for insight in response.context["object_list"]] == [target.pk]


def test_project_worker_submits_an_insight_to_moderation_and_cannot_publish(client):
    worker = get_user_model().objects.create_user("tester", password="wachtwoord-123")
    worker.groups.add(Group.objects.get(name="Projectmedewerker"))
    client.force_login(worker)
    data = insight_form()
    data["action-submit"] = "action-submit"
    response = client.post(url("insight", "add"), data)
    assert response.status_code == 302
    insight = Insight.objects.get(slug="samen-plannen-met-het-zorgteam")
    assert not insight.live
    state = WorkflowState.objects.get(base_content_type__model="insight", object_id=str(insight.pk))
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert not worker.has_perm("practices.publish_insight")
    assert state.workflow.name == "Redactie"
    assert (
        Group.objects.get(name="Prodia-redactie")
        .permissions.filter(codename="publish_insight")
        .exists()
    )


def test_insight_edit_form_shows_linked_practices_and_preview_renders_the_public_page(
    admin_client,
):
    insight = Insight.objects.filter(live=True, practice_links__isnull=False).first()
    response = admin_client.get(url("insight", "edit", insight.pk))
    assert response.status_code == 200
    html = response.content.decode()
    assert "Praktijken die dit tonen" in html
    for link in insight.practice_links.all():
        assert link.practice.title in html

    preview = insight.make_preview_request()
    assert preview.status_code == 200
    preview_html = preview.content.decode()
    assert insight.title in preview_html
    for practice in PracticePage.objects.live().filter(insight_links__insight=insight):
        assert practice.title in preview_html


def test_a_new_obstacle_can_be_previewed_before_its_first_save():
    practice = PracticePage.objects.live().first()
    obstacle = Insight(kind=InsightKind.OBSTACLE, title="Nog te bewaren obstakel", level="clb")
    obstacle.practice_links = [PracticeInsight(practice=practice)]
    html = obstacle.make_preview_request().content.decode()
    assert "Nog te bewaren obstakel" in html
    assert practice.title in html
    assert "nog geen aanbevelingen" in html
