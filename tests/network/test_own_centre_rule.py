"""A project worker's practices and cases must name their own centre (issue 6): preselected on
the create form, required by the page form on create and edit, on the server."""

import re

import pytest
from django.urls import reverse
from network_testdata import CASE_OF_A, CENTRE_A, CENTRE_B, as_new_page, case_form_data

from network.models import Centre
from practices.models import CaseIndexPage, CasePage, PracticeIndexPage, PracticePage

MESSAGE = "Vermeld je eigen centrum (Vrij CLB De Wissel Antwerpen) bij de bijdragende centra"
NEW_SLUG = "nieuw-item-van-de-wissel"


@pytest.fixture
def centres(db):
    return Centre.objects.get(slug=CENTRE_A), Centre.objects.get(slug=CENTRE_B)


@pytest.fixture(params=["practice", "case"])
def kind(request, practice_of_a, edit_data):
    """(model, index page, an existing item of centre A, its form data) per item type."""
    if request.param == "practice":
        return PracticePage, PracticeIndexPage.objects.get(), practice_of_a, edit_data
    case = CasePage.objects.get(slug=CASE_OF_A)
    return CasePage, CaseIndexPage.objects.get(), case, case_form_data


def add_url(model, index):
    return reverse("wagtailadmin_pages:add", args=("practices", model._meta.model_name, index.pk))


def edit_url(page):
    return reverse("wagtailadmin_pages:edit", args=[page.pk])


def selected_centres(html):
    """The centres chosen in the contributions rows of a rendered page form (snippet chooser)."""
    chosen = re.findall(r'<input type="hidden" name="contributions-\d+-centre" value="(\d*)"', html)
    return [int(pk) for pk in chosen if pk]


def test_the_create_form_preselects_the_project_workers_centre(client, users, kind, centres):
    model, index, _item, _form_data = kind
    client.force_login(users["project_worker_a"])
    response = client.get(add_url(model, index))
    assert response.status_code == 200
    assert selected_centres(response.content.decode()) == [centres[0].pk]


def test_an_editor_without_centre_gets_no_preselection(client, users, kind):
    model, index, _item, _form_data = kind
    client.force_login(users["editor"])
    html = client.get(add_url(model, index)).content.decode()
    assert selected_centres(html) == []


def test_a_project_worker_cannot_create_an_item_without_their_centre(client, users, kind, centres):
    model, index, item, form_data = kind
    client.force_login(users["project_worker_a"])
    data = as_new_page(form_data(item.get_latest_revision_as_object()), NEW_SLUG, [centres[1]])
    response = client.post(add_url(model, index), data)
    assert response.status_code == 200
    assert MESSAGE in response.content.decode()
    assert not model.objects.filter(slug=NEW_SLUG).exists()

    # With their own centre next to the other one it is saved, and stays theirs to edit.
    data = as_new_page(form_data(item.get_latest_revision_as_object()), NEW_SLUG, centres)
    response = client.post(add_url(model, index), data)
    assert response.status_code == 302
    created = model.objects.get(slug=NEW_SLUG)
    assert {c.centre_id for c in created.contributions.all()} == {c.pk for c in centres}
    assert client.get(edit_url(created)).status_code == 200


def test_a_project_worker_cannot_edit_their_centre_away(client, users, kind, centres):
    model, _index, item, form_data = kind
    client.force_login(users["project_worker_a"])
    data = form_data(item.get_latest_revision_as_object(), title="Zonder ons centrum")
    data["contributions-0-centre"] = centres[1].pk
    response = client.post(edit_url(item), data)
    assert response.status_code == 200
    assert MESSAGE in response.content.decode()
    latest = model.objects.get(pk=item.pk).get_latest_revision_as_object()
    assert latest.title != "Zonder ons centrum"
    assert [c.centre_id for c in latest.contributions.all()] == [centres[0].pk]

    # Deleting the row of their centre is refused the same way.
    data = form_data(item.get_latest_revision_as_object(), title="Zonder ons centrum")
    data["contributions-0-DELETE"] = "1"
    assert MESSAGE in client.post(edit_url(item), data).content.decode()


def test_an_editor_may_save_an_item_of_any_centre(client, users, kind, centres):
    model, index, item, form_data = kind
    client.force_login(users["editor"])
    data = as_new_page(form_data(item.get_latest_revision_as_object()), NEW_SLUG, [centres[1]])
    assert client.post(add_url(model, index), data).status_code == 302
    assert model.objects.filter(slug=NEW_SLUG).exists()


def test_a_centre_named_twice_is_refused_with_a_message(client, users, kind, centres):
    """Two rows with the same centre would break the database's uniqueness: a form error."""
    model, index, item, form_data = kind
    client.force_login(users["editor"])
    data = as_new_page(
        form_data(item.get_latest_revision_as_object()), NEW_SLUG, [centres[1], centres[1]]
    )
    data["action-publish"] = "action-publish"
    response = client.post(add_url(model, index), data)
    assert response.status_code == 200
    assert "Elk centrum staat maar één keer bij de bijdragende centra." in response.content.decode()
    assert not model.objects.filter(slug=NEW_SLUG).exists()


def test_a_centre_removed_and_added_again_in_one_save(client, users, kind, centres):
    model, _index, item, form_data = kind
    client.force_login(users["editor"])
    data = form_data(item.get_latest_revision_as_object())
    data["contributions-0-DELETE"] = "1"
    data["contributions-1-centre"] = centres[0].pk
    data["contributions-1-id"] = ""
    data["contributions-1-ORDER"] = "2"
    data["contributions-1-DELETE"] = ""
    data["contributions-TOTAL_FORMS"] = "2"
    data["action-publish"] = "action-publish"
    response = client.post(edit_url(item), data)
    assert response.status_code == 302
    assert [c.centre_id for c in model.objects.get(pk=item.pk).contributions.all()] == [
        centres[0].pk
    ]
