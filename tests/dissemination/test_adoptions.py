import datetime

import pytest
from django.urls import reverse
from wagtail.test.utils.form_data import inline_formset, nested_form_data

from dissemination.demo_adoptions import ADOPTION_COUNT, load_adoptions
from dissemination.models import Adoption, AdoptionStatus, AdoptionStatusChange
from leersteun.models import HomePage
from network.maturity import MaturityLevel, annotate_maturity, explain
from network.models import Centre
from practices.models import PracticePage

pytestmark = pytest.mark.django_db


def level_of(practice):
    return annotate_maturity(PracticePage.objects.filter(pk=practice.pk)).get()


def test_the_adopted_statuses_are_the_ones_maturity_counts():
    assert {s.value for s in AdoptionStatus.adopted()} == {"in-gebruik", "verankerd"}


def test_each_status_change_adds_a_row_and_the_latest_is_the_current_status(
    adopt, unadopted_practice, outside_centre
):
    adoption = adopt(unadopted_practice, outside_centre, "interesse", "verkenning")
    assert (adoption.status, adoption.status_since) == ("verkenning", datetime.date(2024, 3, 2))

    adoption.record_status(AdoptionStatus.IN_USE, datetime.date(2024, 9, 1), "na de proef")
    adoption.refresh_from_db()
    assert adoption.status == AdoptionStatus.IN_USE
    assert adoption.status_since == datetime.date(2024, 9, 1)
    history = list(adoption.status_changes.values_list("status", "date"))
    assert history == [
        ("interesse", datetime.date(2024, 2, 1)),
        ("verkenning", datetime.date(2024, 3, 2)),
        ("in-gebruik", datetime.date(2024, 9, 1)),
    ]

    # A late entry of an earlier step keeps the history in date order, not in entry order.
    adoption.record_status(AdoptionStatus.EXPLORING, datetime.date(2024, 5, 1))
    adoption.refresh_from_db()
    assert adoption.status == AdoptionStatus.IN_USE
    assert adoption.status_changes.count() == 4


def test_a_status_change_in_the_future_is_refused(adopt, unadopted_practice, outside_centre):
    adoption = adopt(unadopted_practice, outside_centre)
    change = AdoptionStatusChange(
        adoption=adoption, status="gestopt", date=datetime.date.today() + datetime.timedelta(1)
    )
    with pytest.raises(Exception, match="toekomst"):
        change.full_clean()


def test_an_email_address_is_refused_as_contact(adopt, unadopted_practice, outside_centre):
    adoption = adopt(unadopted_practice, outside_centre)
    adoption.contact_role = "zorgcoördinator, an.peeters@clb.be"
    with pytest.raises(Exception, match="geen e-mailadres"):
        adoption.full_clean()


def test_verspreid_is_reached_by_one_centre_outside_the_network_using_the_practice(
    adopt, unadopted_practice, outside_centre
):
    assert level_of(unadopted_practice).maturity == MaturityLevel.DESCRIBED
    adopt(unadopted_practice, outside_centre, "interesse", "verkenning", "in-gebruik")
    practice = level_of(unadopted_practice)
    assert (practice.maturity, practice.adopting_centres) == (MaturityLevel.DISSEMINATED, 1)
    assert explain(practice.maturity, 0, 1) == "Verspreid naar 1 centrum buiten het netwerk"


@pytest.mark.parametrize(
    "case",
    ["anchor centre", "stopped", "unconfirmed", "only interest"],
)
def test_verspreid_stays_out_of_reach(case, adopt, unadopted_practice, outside_centre):
    if case == "anchor centre":
        adopt(unadopted_practice, Centre.objects.filter(is_anchor=True).first(), "verankerd")
    elif case == "stopped":
        adopt(unadopted_practice, outside_centre, "in-gebruik", "gestopt")
    elif case == "unconfirmed":
        adopt(unadopted_practice, outside_centre, "verankerd", confirmed=False)
    else:
        adopt(unadopted_practice, outside_centre, "interesse")
    practice = level_of(unadopted_practice)
    assert (practice.maturity, practice.adopting_centres) == (MaturityLevel.DESCRIBED, 0)


def test_two_adoptions_by_one_centre_count_once_and_the_page_says_so(
    client, adopt, unadopted_practice
):
    centres = list(Centre.objects.filter(is_anchor=False).order_by("name")[:2])
    adopt(unadopted_practice, centres[0], "in-gebruik")
    adopt(unadopted_practice, centres[0], "verankerd", confirmed=False)
    adopt(unadopted_practice, centres[1], "verankerd")
    assert level_of(unadopted_practice).adopting_centres == 2
    html = client.get(unadopted_practice.url).content.decode()
    assert "Verspreid naar 2 centra buiten het netwerk" in html


def test_the_demo_has_forty_adoptions_by_fifteen_outside_centres_and_is_idempotent():
    adoptions = list(Adoption.objects.select_related("centre").prefetch_related("status_changes"))
    assert len(adoptions) == ADOPTION_COUNT
    assert len({a.centre_id for a in adoptions}) == 15
    assert not any(a.centre.is_anchor for a in adoptions)
    assert {a.status for a in adoptions} == set(AdoptionStatus.values)
    dates = [change.date for a in adoptions for change in a.status_changes.all()]
    assert min(dates).year == 2023 and max(dates).year == 2025
    for adoption in adoptions:  # the mirrored status is the latest history row
        latest = max(adoption.status_changes.all(), key=lambda c: (c.date, c.pk))
        assert (adoption.status, adoption.status_since) == (latest.status, latest.date)
    levels = annotate_maturity(PracticePage.objects.live()).values_list("maturity", flat=True)
    assert MaturityLevel.DISSEMINATED in set(levels)

    rows_before = AdoptionStatusChange.objects.count()
    load_adoptions(HomePage.objects.get())
    assert Adoption.objects.count() == ADOPTION_COUNT
    assert AdoptionStatusChange.objects.count() == rows_before


def edit_data(adoption, new_rows=(), **overrides):
    rows = [
        {"id": c.pk, "status": c.status, "date": c.date.isoformat(), "note": c.note}
        for c in adoption.status_changes.all()
    ]
    fields = {
        "practice": adoption.practice_id,
        "centre": adoption.centre_id,
        "helped": adoption.helped,
        "hindered": adoption.hindered,
        "contact_role": adoption.contact_role,
        "confirmed": "on" if adoption.confirmed else "",
        **overrides,
    }
    return nested_form_data(
        {
            **fields,
            "status_changes": inline_formset([*rows, *new_rows], initial=len(rows), min=1),
        }
    )


def is_denied(response):
    """Wagtail answers a refused admin view with a redirect to the dashboard."""
    return response.status_code == 302 and response.url == reverse("wagtailadmin_home")


def edit_url(adoption):
    return reverse("wagtailsnippets_dissemination_adoption:edit", args=[adoption.pk])


def test_an_editor_adds_a_status_in_the_admin_and_the_history_is_not_overwritten(
    client, user, adopt, unadopted_practice, outside_centre
):
    adoption = adopt(unadopted_practice, outside_centre, "interesse", "verkenning")
    client.force_login(user("redactie"))
    data = edit_data(
        adoption, new_rows=[{"status": "in-gebruik", "date": "2024-10-01", "note": ""}]
    )
    # An attempt to rewrite the first row and to delete the second is ignored.
    data["status_changes-0-status"] = "verankerd"
    data["status_changes-1-DELETE"] = "1"
    response = client.post(edit_url(adoption), data)
    assert response.status_code == 302, response.context["form"].errors
    adoption.refresh_from_db()
    assert list(adoption.status_changes.values_list("status", flat=True)) == [
        "interesse",
        "verkenning",
        "in-gebruik",
    ]
    assert adoption.status == "in-gebruik"


def test_confirming_a_second_record_of_the_same_centre_and_practice_is_refused(
    client, user, adopt, unadopted_practice, outside_centre
):
    adopt(unadopted_practice, outside_centre, "in-gebruik")
    report = adopt(unadopted_practice, outside_centre, "verankerd", confirmed=False)
    client.force_login(user("redactie"))
    response = client.post(edit_url(report), edit_data(report, confirmed="on"))
    assert response.status_code == 200
    assert "voeg de nieuwe status daar toe" in response.content.decode()
    report.refresh_from_db()
    assert not report.confirmed


def test_project_workers_change_the_adoptions_they_follow_up_only(client, user, adopt):
    worker = user("medewerker-dewissel")
    own_centre = worker.membership.centre
    own_practice = PracticePage.objects.filter(contributions__centre=own_centre).first()
    other_practice = PracticePage.objects.exclude(contributions__centre=own_centre).first()
    outside = Centre.objects.filter(is_anchor=False).order_by("name")
    followed = adopt(own_practice, outside[0])
    own = adopt(other_practice, own_centre)
    foreign = adopt(other_practice, outside[1])
    client.force_login(worker)
    assert client.get(edit_url(followed)).status_code == 200
    assert client.get(edit_url(own)).status_code == 200
    assert is_denied(client.get(edit_url(foreign)))
    assert is_denied(client.post(edit_url(foreign), edit_data(foreign, helped="overschreven")))
    foreign.refresh_from_db()
    assert foreign.helped == ""
    # Recording another centre's adoption of a practice they did not contribute is refused.
    add_url = reverse("wagtailsnippets_dissemination_adoption:add")
    data = edit_data(foreign)
    data.update({"status_changes-INITIAL_FORMS": "0", "status_changes-0-id": ""})
    response = client.post(add_url, data)
    assert response.status_code == 200
    assert "van je eigen centrum" in response.content.decode()


def test_the_steering_group_reads_and_exports_but_does_not_change(client, user, adopt):
    adoption = Adoption.objects.filter(confirmed=True).first()
    client.force_login(user("stuurgroep"))
    listing = reverse("wagtailsnippets_dissemination_adoption:list")
    assert client.get(listing).status_code == 200
    export = client.get(listing, {"export": "csv"})
    assert export.status_code == 200
    content = b"".join(export.streaming_content).decode()
    assert adoption.centre.name in content
    assert is_denied(client.get(edit_url(adoption)))


def test_the_admin_list_filters_by_net_province_status_and_confirmation(client, user):
    client.force_login(user("redactie"))
    listing = reverse("wagtailsnippets_dissemination_adoption:list")
    params = {"net": "vrij", "province": "antwerpen", "status": "in-gebruik", "confirmed": "true"}
    expected = {
        a
        for a in Adoption.objects.select_related("centre")
        if (a.centre.net, a.centre.province, a.status, a.confirmed)
        == ("vrij", "antwerpen", "in-gebruik", True)
    }
    assert expected
    response = client.get(listing, params)
    assert set(response.context["object_list"]) == expected
