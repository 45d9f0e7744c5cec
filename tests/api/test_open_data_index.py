"""/api/v2/ answers with its endpoints and its documentation; /open-data/ explains it in Dutch."""

import pytest
from django.conf import settings

from api.views import ENDPOINTS

pytestmark = pytest.mark.django_db


def test_the_api_root_lists_every_endpoint_and_links_the_documentation(client):
    response = client.get("/api/v2/")
    assert response.status_code == 200
    data = response.json()
    urls = {endpoint["name"]: endpoint["url"] for endpoint in data["endpoints"]}
    assert set(urls) == {*ENDPOINTS, "taxonomieen"}
    assert data["documentation"] == "http://localhost/open-data/"
    assert data["schema"] == "http://localhost/api/v2/schema/"
    assert data["licence"]["url"] == settings.CONTENT_LICENCE_URL
    # Every URL it names answers.
    for url in [*urls.values(), data["schema"], data["documentation"], data["sitemap"]]:
        assert client.get(url.removeprefix("http://localhost")).status_code == 200, url
    assert [feed["url"] for feed in data["feeds"]] == [
        "http://localhost/materialenbank/feed/",
        "http://localhost/studiedagen/feed/",
    ]
    for feed in data["feeds"]:
        answer = client.get(feed["url"].removeprefix("http://localhost"))
        assert answer["Content-Type"].startswith("application/atom+xml")


def test_the_open_data_page_explains_api_feeds_and_licence_in_dutch(client):
    response = client.get("/open-data/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "<h1>Open data</h1>" in html
    assert "Licentie" in html and settings.CONTENT_LICENCE_NAME in html
    assert 'href="http://localhost/api/v2/praktijken/"' in html
    assert 'href="http://localhost/materialenbank/feed/"' in html
    assert 'href="http://localhost/api/v2/schema/"' in html


def test_every_page_footer_links_open_data(client):
    html = client.get("/").content.decode()
    assert '<a href="/open-data/">Open data</a>' in html


def test_the_openapi_description_speaks_dutch_and_links_the_explanation(client):
    schema = client.get("/api/v2/schema/").json()
    assert schema["info"]["description"].startswith("De gepubliceerde praktijken")
    assert schema["externalDocs"]["url"] == "http://localhost/open-data/"
    listing = schema["paths"]["/praktijken/"]["get"]
    assert listing["responses"]["400"]["description"].startswith("Ongeldige")
    limit = next(p for p in listing["parameters"] if p["name"] == "limit")
    assert limit["description"] == "Items per pagina (standaard 20)."
