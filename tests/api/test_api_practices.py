"""The open-data API: contents, filters with the materialenbank's semantics, pagination, CORS
and an OpenAPI description that covers every field served."""

from urllib.parse import urlsplit

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from expected_maturity import expected_maturity

from practices.models import CasePage, Insight, PracticePage

pytestmark = pytest.mark.django_db
PRACTICES = "/api/v2/praktijken/"


def get(client, url, **params):
    response = client.get(url, params)
    assert response.status_code == 200, response.content[:300]
    return response.json()


def listed(client, url=PRACTICES, **params):
    data = get(client, url, limit=100, **params)
    return {item["id"] for item in data["items"]}, data["meta"]


def live():
    return PracticePage.objects.live().public()


def test_a_practice_in_full(client):
    practice = live().filter(materials__document__isnull=False).first()
    data = get(client, f"{PRACTICES}{practice.pk}/")

    assert data["title"] == practice.title
    assert data["summary"] == practice.summary
    assert data["meta"]["html_url"].endswith(practice.url)
    assert data["core_activities"] == [
        {"slug": a.slug, "label": a.name} for a in practice.core_activities.all()
    ]
    assert {t["slug"] for t in data["tags"]} == {t.slug for t in practice.tags.all()}
    assert {c["slug"] for c in data["centres"]} == {c.slug for c in practice.centres}
    assert data["maturity"]["level"] == expected_maturity(practice)
    assert data["maturity"]["explanation"]
    assert [step["value"]["title"] for step in data["steps"]] == [
        block.value["title"] for block in practice.steps
    ]
    document = next(m for m in data["materials"] if m["format"])
    assert urlsplit(document["url"]).scheme == "http"
    download = client.get(urlsplit(document["url"]).path)
    assert download.status_code == 200
    assert b"".join(download.streaming_content)[:4] in (b"%PDF", b"PK\x03\x04")


def test_every_practice_has_its_maturity_level(client):
    items = get(client, PRACTICES, limit=100)["items"]
    practices = {p.pk: p for p in live().prefetch_related("tryouts")}
    assert {i["id"]: i["maturity"]["level"] for i in items} == {
        pk: expected_maturity(p) for pk, p in practices.items()
    }
    assert {i["maturity"]["level"] for i in items} > {"beschreven"}


def test_filters_have_the_materialenbank_semantics(client):
    """OR within a group, AND across groups, by the public slugs."""
    ids, meta = listed(
        client,
        kernactiviteit=["handelingsgericht-advies", "handelingsgerichte-diagnostiek"],
        fase="fase-1",
    )
    expected = {
        p.pk
        for p in live()
        if {a.slug for a in p.core_activities.all()}
        & {"handelingsgericht-advies", "handelingsgerichte-diagnostiek"}
        and "fase-1" in {f.slug for f in p.care_phases.all()}
    }
    assert ids == expected and 0 < len(ids) < live().count()
    assert meta == {"total_count": len(expected), "notices": []}


@pytest.mark.parametrize(
    "params",
    [
        {"q": "ouders"},
        {"niveau_uitwerking": "uitgeprobeerd"},
        {"thema": "ouderbetrokkenheid", "materiaal": "werkblad"},
        {"centrum": "vrij-clb-de-wissel-antwerpen", "doelgroep": "leraar"},
    ],
)
def test_the_api_finds_what_the_materialenbank_finds(client, params):
    page = get(client, "/materialenbank/", format="json", **params)
    ids, meta = listed(client, **params)
    assert meta["notices"] == []
    assert 0 < meta["total_count"] == page["count"] < live().count()
    assert {p.url for p in PracticePage.objects.filter(pk__in=ids)} >= {
        r["url"] for r in page["results"]
    }


def test_unknown_values_and_parameters_are_ignored_with_a_notice(client):
    ids, meta = listed(client, fase=["fase-1", "fase-99"], kleur="blauw")
    assert ids == set(live().filter(care_phases__slug="fase-1").values_list("pk", flat=True))
    assert meta["notices"] == [
        "Onbekende parameter genegeerd: kleur",
        "Onbekende filterwaarde genegeerd: fase=fase-99",
    ]


@pytest.mark.parametrize(
    "params", [{"limit": 101}, {"limit": -1}, {"offset": "x"}, {"fields": "geheim"}]
)
def test_bad_paging_and_fields_are_a_400_with_a_message(client, params):
    response = client.get(PRACTICES, params)
    assert response.status_code == 400
    assert response.json()["message"]


@pytest.mark.parametrize("endpoint", ["praktijken", "casussen", "inzichten"])
@pytest.mark.parametrize(
    "params",
    [
        {"offset": "9223372036854775808"},
        {"offset": "1" * 40},
        {"offset": "-9223372036854775809"},
        {"limit": "9223372036854775808"},
        {"limit": "1e3"},
    ],
)
def test_out_of_range_paging_is_a_400_in_dutch_on_every_endpoint(client, endpoint, params):
    response = client.get(f"/api/v2/{endpoint}/", params)
    assert response.status_code == 400
    assert "moet een geheel getal van 0 tot en met" in response.json()["message"]


def test_an_offset_past_the_end_is_an_empty_page(client):
    data = get(client, PRACTICES, offset=1_000_000)
    assert data["items"] == [] and data["meta"]["total_count"] == live().count()


def test_pages_follow_each_other_without_gaps_or_doubles(client):
    total = live().count()
    seen = []
    for offset in range(0, total, 10):
        seen += [i["id"] for i in get(client, PRACTICES, limit=10, offset=offset)["items"]]
    assert len(seen) == len(set(seen)) == total


def test_cases_filter_like_the_case_list(client):
    ids, _ = listed(client, "/api/v2/casussen/", diagnostiek="nee", niveau="lager-gewoon")
    expected = set(
        CasePage.objects.live()
        .filter(classifying_diagnostics="nee", education_levels__slug="lager-gewoon")
        .values_list("pk", flat=True)
    )
    assert ids == expected and expected
    case = get(client, f"/api/v2/casussen/{min(ids)}/")
    assert case["classifying_diagnostics"] == {"value": "nee", "label": "nee"}


def test_insights_filter_like_the_insight_page(client):
    ids, meta = listed(client, "/api/v2/inzichten/", soort="obstakel", niveau="x")
    expected = set(Insight.objects.public().filter(kind="obstakel").values_list("pk", flat=True))
    assert ids == expected and expected
    assert len(meta["notices"]) == 1 and meta["notices"][0].startswith("Filter niveau genegeerd")
    insight = get(client, f"/api/v2/inzichten/{min(ids)}/")
    assert urlsplit(insight["meta"]["html_url"]).path.startswith("/inzichten/")
    assert client.get(urlsplit(insight["meta"]["html_url"]).path).status_code == 200


def test_every_taxonomy_value_filters_the_practices(client):
    taxonomies = get(client, "/api/v2/taxonomieen/")
    assert set(taxonomies) >= {"kernactiviteit", "fase", "niveau", "doelgroep", "thema"}
    for name in ("kernactiviteit", "niveau_uitwerking"):
        for value in taxonomies[name]["values"]:
            _, meta = listed(client, **{name: value["slug"]})
            assert meta == {"total_count": value["count"], "notices": []}


def test_cors_lets_any_site_read_the_api_but_nothing_else(client):
    response = client.get(PRACTICES, headers={"Origin": "https://www.prodia.be"})
    assert response["Access-Control-Allow-Origin"] == "*"
    assert "Access-Control-Allow-Credentials" not in response
    preflight = client.options(
        PRACTICES,
        headers={"Origin": "https://www.prodia.be", "Access-Control-Request-Method": "GET"},
    )
    assert set(preflight["Access-Control-Allow-Methods"].split(", ")) == {"GET", "HEAD", "OPTIONS"}
    page = client.get("/materialenbank/", headers={"Origin": "https://www.prodia.be"})
    assert "Access-Control-Allow-Origin" not in page
    assert client.post(PRACTICES, {}).status_code in (403, 405)


def test_the_openapi_description_covers_every_field_served(client):
    schema = get(client, "/api/v2/schema/")
    assert schema["openapi"].startswith("3.0")
    for endpoint, component in [
        ("praktijken", "PracticePage"),
        ("casussen", "CasePage"),
        ("inzichten", "Insight"),
    ]:
        described = schema["components"]["schemas"][component]["properties"]
        item = get(client, f"/api/v2/{endpoint}/", fields="*", limit=1)["items"][0]
        detail = get(client, f"/api/v2/{endpoint}/{item['id']}/")
        for served in (item, detail):
            assert set(served) - {"meta"} <= set(described)
            assert set(served["meta"]) <= set(described["meta"]["properties"])
        parameters = {p["name"] for p in schema["paths"][f"/{endpoint}/"]["get"]["parameters"]}
        assert parameters >= {"limit", "offset", "fields", "kernactiviteit"}
    practice_parameters = schema["paths"]["/praktijken/"]["get"]["parameters"]
    assert {p["name"] for p in practice_parameters} >= {
        "q",
        "kernactiviteit",
        "fase",
        "niveau",
        "doelgroep",
        "thema",
        "centrum",
        "materiaal",
        "niveau_uitwerking",
    }


@pytest.mark.parametrize(
    "url",
    ["/api/v2/praktijken/", "/api/v2/casussen/", "/api/v2/inzichten/", "/materialenbank/feed/"],
)
def test_a_longer_page_costs_no_extra_queries(client, url):
    def queries(limit):
        with CaptureQueriesContext(connection) as captured:
            assert client.get(url, {"limit": limit, "fields": "*"}).status_code == 200
        return len(captured)

    queries(1)  # warm the site root cache
    assert queries(2) == queries(40)
