import pytest

from practices.factories import PracticePageFactory
from practices.models import CasePage, Recommendation
from sitesearch.models import LoggedSearch

pytestmark = pytest.mark.django_db


def test_portal_search_lists_kinds_and_logs_once(client):
    response = client.get("/zoeken/", {"q": "leerling"})
    assert response.status_code == 200
    assert "Praktijken (" in response.content.decode()
    assert LoggedSearch.objects.filter(query="leerling", kind="portaal").count() == 1
    client.get("/zoeken/", {"q": "leerling", "soort": "casus"}, HTTP_REFERER="/zoeken/?q=leerling")
    assert LoggedSearch.objects.filter(query="leerling").count() == 1


@pytest.mark.parametrize(
    "q",
    [
        "x" * 5000,
        "a\x00b\x1f",
        "\"quote' OR 1=1",
        "de het een",
        "*-()",
        "",
    ],
)
def test_bad_input_is_no_error(client, q):
    assert client.get("/zoeken/", {"q": q}).status_code == 200
    assert client.get("/zoeken/suggesties/", {"q": q}).status_code == 200


def publish(page, django_capture_on_commit_callbacks):
    """Publish and run the on-commit search indexing a real request would trigger."""
    with django_capture_on_commit_callbacks(execute=True):
        page.save_revision().publish()


def found_titles(client, q, **params):
    response = client.get("/zoeken/", {"q": q, **params})
    assert response.status_code == 200
    return [result.title for result in response.context["results_page"].object_list]


def test_only_published_public_content_is_found(
    client, materialenbank, django_capture_on_commit_callbacks
):
    draft = PracticePageFactory(
        parent=materialenbank, title="Zwiebelkuchen-overleg in concept", live=False
    )
    with django_capture_on_commit_callbacks(execute=True):
        draft.save_revision()
    assert found_titles(client, "zwiebelkuchen") == []
    publish(draft, django_capture_on_commit_callbacks)
    assert found_titles(client, "zwiebelkuchen") == ["Zwiebelkuchen-overleg in concept"]
    draft.refresh_from_db()
    with django_capture_on_commit_callbacks(execute=True):
        draft.unpublish()
    assert found_titles(client, "zwiebelkuchen") == []


def test_every_kind_is_found_and_can_be_chosen(client):
    response = client.get("/zoeken/", {"q": "leerling"})
    counts = {entry["kind"].slug: entry["count"] for entry in response.context["facet"]}
    assert set(counts) == {"praktijk", "casus", "inzicht", "aanbeveling", "studiedag"}
    assert counts["praktijk"] and counts["casus"] and counts["inzicht"]
    only_cases = client.get("/zoeken/", {"q": "leerling", "soort": "casus"})
    kinds = {result.kind.slug for result in only_cases.context["results_page"].object_list}
    assert kinds == {"casus"}


def test_a_recommendation_of_an_unpublished_obstacle_is_not_found(client):
    recommendation = Recommendation.objects.filter(live=True, obstacle__live=True).first()
    words = recommendation.text.split()[:6]
    assert recommendation.text[:40] in " ".join(
        str(r.item.text) for r in search_items(client, " ".join(words), "aanbeveling")
    )
    recommendation.obstacle.unpublish()
    assert recommendation.pk not in {
        r.item.pk for r in search_items(client, " ".join(words), "aanbeveling")
    }


def search_items(client, q, kind):
    return client.get("/zoeken/", {"q": q, "soort": kind}).context["results_page"].object_list


def test_the_cases_list_searches_the_words_typed(client):
    case = CasePage.objects.live().get(slug="taalontwikkeling-kleuter-zonder-verslag")
    everything = client.get("/casussen/").context["cases_page"].paginator.count
    response = client.get("/casussen/", {"q": case.title})
    assert response.context["cases_page"].object_list[0] == case
    assert response.context["cases_page"].paginator.count < everything
    assert f'value="{case.title}"' in response.content.decode()


def test_a_published_practice_is_suggested_at_once(
    client, materialenbank, django_capture_on_commit_callbacks
):
    client.get("/zoeken/suggesties/", {"q": "quokka"})  # fills the cached candidates
    practice = PracticePageFactory(parent=materialenbank, title="Quokka-overleg", live=False)
    publish(practice, django_capture_on_commit_callbacks)
    labels = [
        s["label"] for s in client.get("/zoeken/suggesties/", {"q": "quokka"}).json()["suggestions"]
    ]
    assert labels == ["Quokka-overleg"]
