from unittest import mock

import pytest
from django.db import InterfaceError, OperationalError

from practices.models import PracticeIndexPage

pytestmark = pytest.mark.django_db


def test_health_check_reports_database_cache_and_storage(client):
    response = client.get("/gezondheid/")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    assert "no-cache" in response["Cache-Control"]
    body = response.json()
    assert body["status"] == "ok"
    assert set(body["checks"]) == {"database", "cache", "storage"}
    assert all(check["ok"] for check in body["checks"].values())


def test_health_check_fails_when_a_dependency_fails_without_telling_why(client):
    with mock.patch(
        "django.core.cache.cache.set", side_effect=ConnectionError("redis://geheim:6379")
    ):
        response = client.get("/gezondheid/")
    assert response.status_code == 503
    body = response.json()
    assert body["status"] == "error"
    assert body["checks"]["cache"] == {"ok": False}
    assert body["checks"]["database"]["ok"]
    assert "geheim" not in response.content.decode()


@pytest.mark.parametrize("error", [OperationalError, InterfaceError])
def test_database_outage_gives_a_friendly_503_and_the_portal_recovers(client, error):
    outage = error("server closed the connection unexpectedly")
    with mock.patch.object(PracticeIndexPage, "get_context", side_effect=outage):
        response = client.get("/materialenbank/")
    assert response.status_code == 503
    assert response["Retry-After"] == "60"
    html = response.content.decode()
    assert "even niet beschikbaar" in html
    assert "Traceback" not in html and "OperationalError" not in html
    # The database is back: the next request is served normally.
    assert client.get("/materialenbank/").status_code == 200


def test_database_outage_outside_a_view_also_gives_the_503_page(client):
    """A failure in a middleware bypasses process_exception: the 500 handler answers 503."""
    client.raise_request_exception = False
    with mock.patch(
        "django.contrib.sessions.middleware.SessionMiddleware.process_request",
        side_effect=OperationalError("could not connect to server"),
    ):
        response = client.get("/")
    assert response.status_code == 503
    assert "even niet beschikbaar" in response.content.decode()
