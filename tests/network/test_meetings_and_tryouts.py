import pytest
from django.urls import reverse
from network_testdata import CENTRE_A, CENTRE_B, PRACTICE_OF_A
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text

from network.models import Centre, Meeting, MeetingKind, TryOut, Verdict
from practices.models import PracticePage

pytestmark = pytest.mark.django_db


def meeting_form(**overrides):
    data = {
        "kind": MeetingKind.CORE_GROUP,
        "title": "Kerngroep: nalezen van nieuwe praktijken",
        "date": "14/03/2024",
        "place": "Prodia, Brussel",
        "agenda": rich_text("<ol><li>Nieuwe praktijken</li></ol>"),
        "minutes": rich_text("<p>Drie praktijken besproken.</p>"),
        "decisions": inline_formset(
            [{"text": "Stap 2 herschrijven.", "owner_role": "prodia", "due_date": "30/04/2024"}]
        ),
        "attachments": inline_formset([]),
    }
    data.update(overrides)
    data = nested_form_data(data)
    data["centres"] = [Centre.objects.get(slug=CENTRE_A).pk]
    data["practices"] = [PracticePage.objects.get(slug=PRACTICE_OF_A).pk]
    return data


def tryout_form(centre_slug=CENTRE_A, **overrides):
    data = {
        "practice": PracticePage.objects.get(slug=PRACTICE_OF_A).pk,
        "centre": Centre.objects.get(slug=centre_slug).pk,
        "start_date": "02/09/2024",
        "end_date": "20/12/2024",
        "participants": inline_formset([{"role": "leraar", "count": "6"}], min=1),
        "went_well": "Leraren gebruikten de checklist elke week.",
        "went_badly": "",
        "changes_made": "",
        "verdict": Verdict.USABLE,
    }
    data.update(overrides)
    return nested_form_data(data)


def test_a_meeting_with_decisions_is_saved(admin_client):
    response = admin_client.post(reverse("wagtailsnippets_network_meeting:add"), meeting_form())
    assert response.status_code == 302
    meeting = Meeting.objects.get(title="Kerngroep: nalezen van nieuwe praktijken")
    assert meeting.date.isoformat() == "2024-03-14"
    assert [(d.owner_role, d.due_date.isoformat()) for d in meeting.decisions.all()] == [
        ("prodia", "2024-04-30")
    ]
    assert list(meeting.practices.values_list("slug", flat=True)) == [PRACTICE_OF_A]


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"date": "2024-14-03"}, "Geef de datum als dd/mm/jjjj"),
        ({"date": "volgende dinsdag"}, "Geef de datum als dd/mm/jjjj"),
        (
            {"decisions": inline_formset([{"text": "Iets beslist.", "owner_role": ""}])},
            "Kies wie deze beslissing opvolgt",
        ),
        ({"place": ""}, "Geef een plaats, of vink ‘online’ aan."),
    ],
)
def test_bad_meeting_input_gets_a_clear_message_and_saves_nothing(admin_client, overrides, message):
    before = Meeting.objects.count()
    response = admin_client.post(
        reverse("wagtailsnippets_network_meeting:add"), meeting_form(**overrides)
    )
    assert response.status_code == 200
    assert message in response.content.decode()
    assert Meeting.objects.count() == before


def test_a_try_out_without_verdict_gets_a_clear_message(admin_client):
    before = TryOut.objects.count()
    response = admin_client.post(
        reverse("wagtailsnippets_network_tryout:add"), tryout_form(verdict="")
    )
    assert response.status_code == 200
    assert "Geef een oordeel" in response.content.decode()
    assert TryOut.objects.count() == before


def test_meetings_filter_by_kind_and_period(admin_client):
    url = reverse("wagtailsnippets_network_meeting:list")
    response = admin_client.get(
        url, {"kind": "stuurgroep", "date_from": "2023-01-01", "date_to": "2023-12-31"}
    )
    expected = [m for m in Meeting.objects.all() if m.kind == "stuurgroep" and m.date.year == 2023]
    assert expected
    html = response.content.decode()
    for meeting in Meeting.objects.all():
        assert (meeting.title in html) == (meeting in expected), meeting.title


def test_tryouts_filter_by_verdict(admin_client):
    url = reverse("wagtailsnippets_network_tryout:list")
    response = admin_client.get(url, {"verdict": Verdict.NOT_USABLE})
    shown = {row.pk for row in response.context["object_list"]}
    assert shown == set(
        TryOut.objects.filter(verdict=Verdict.NOT_USABLE).values_list("pk", flat=True)
    )
    assert shown


def test_a_project_worker_records_try_outs_of_their_own_centre_only(client, users):
    client.force_login(users["project_worker_a"])
    add = reverse("wagtailsnippets_network_tryout:add")
    response = client.post(add, tryout_form(centre_slug=CENTRE_B))
    assert response.status_code == 200
    assert "eigen centrum" in response.content.decode()
    assert not TryOut.objects.filter(start_date="2024-09-02").exists()

    response = client.post(add, tryout_form(centre_slug=CENTRE_A))
    assert response.status_code == 302
    assert TryOut.objects.get(start_date="2024-09-02").centre.slug == CENTRE_A


def test_a_project_worker_cannot_change_another_centres_try_out(client, users):
    other = TryOut.objects.exclude(centre__slug=CENTRE_A).first()
    own = TryOut.objects.filter(centre__slug=CENTRE_A).first()
    client.force_login(users["project_worker_a"])
    edit = reverse("wagtailsnippets_network_tryout:edit", args=[own.pk])
    assert client.get(edit).status_code == 200
    response = client.post(
        reverse("wagtailsnippets_network_tryout:edit", args=[other.pk]),
        tryout_form(centre_slug=CENTRE_A, went_well="Overgenomen."),
    )
    assert response.status_code == 302
    assert response["Location"] == reverse("wagtailadmin_home")
    other.refresh_from_db()
    assert other.went_well != "Overgenomen."
    assert other.centre.slug != CENTRE_A
    response = client.post(reverse("wagtailsnippets_network_tryout:delete", args=[other.pk]))
    assert response["Location"] == reverse("wagtailadmin_home")
    assert TryOut.objects.filter(pk=other.pk).exists()


def test_the_steering_group_reads_meetings_but_cannot_add_them(client, users):
    client.force_login(users["steering_group"])
    assert client.get(reverse("wagtailsnippets_network_meeting:list")).status_code == 200
    before = Meeting.objects.count()
    response = client.post(reverse("wagtailsnippets_network_meeting:add"), meeting_form())
    assert response.status_code == 302
    assert Meeting.objects.count() == before


def test_a_project_workers_explorer_starts_at_their_sections_with_their_items(
    client, users, materialenbank
):
    from practices.models import CaseIndexPage, CasePage

    client.force_login(users["project_worker_b"])
    response = client.get(reverse("wagtailadmin_explore_root"))
    assert response.status_code == 302
    # Rights on the materialenbank and the cases: the explorer opens at their common parent,
    # which lists just those two sections.
    home = materialenbank.get_parent()
    assert response["Location"] == reverse("wagtailadmin_explore", args=[home.pk])
    listed = {page.pk for page in client.get(response["Location"]).context["pages"]}
    assert listed == {materialenbank.pk, CaseIndexPage.objects.get().pk}
    response = client.get(reverse("wagtailadmin_explore", args=[materialenbank.pk]))
    listed = {page.pk for page in response.context["pages"]}
    own = set(
        PracticePage.objects.filter(contributions__centre__slug=CENTRE_B).values_list(
            "pk", flat=True
        )
    )
    assert listed == own
    # The cases section lists their centre's cases only, as the materialenbank does.
    index = CaseIndexPage.objects.get()
    listed = {
        page.pk
        for page in client.get(reverse("wagtailadmin_explore", args=[index.pk])).context["pages"]
    }
    own_cases = CasePage.objects.filter(contributions__centre__slug=CENTRE_B)
    assert listed == set(own_cases.values_list("pk", flat=True))
    assert 0 < len(listed) < CasePage.objects.count()
