"""Every public GET endpoint, for the property-based fuzz tests (tests/fuzz/test_query_strings.py).

Add yours here: a name, its path (or a function that finds one in the demo content) and the
query parameters it understands; the fuzzer mixes those with arbitrary ones.
"""

from collections.abc import Callable
from dataclasses import dataclass

from leersteun.models import ContentPage
from practices.models import CasePage, Insight, MaterialDocument, PracticePage

FACETS = (
    "kernactiviteit",
    "fase",
    "niveau",
    "doelgroep",
    "thema",
    "centrum",
    "materiaal",
    "succesfactor",
    "niveau_uitwerking",
)


@dataclass(frozen=True)
class Endpoint:
    name: str
    path: str | Callable[[], str]
    params: tuple[str, ...] = ()

    def url(self):
        return self.path() if callable(self.path) else self.path


def practice_url():
    return PracticePage.objects.live().order_by("pk").first().url


def document_url():
    return MaterialDocument.objects.order_by("pk").first().url


def case_url():
    return CasePage.objects.live().order_by("pk").first().url


def insight_url():
    return f"/inzichten/{Insight.objects.public().order_by('pk').first().slug}/"


def content_page_url():
    return ContentPage.objects.live().order_by("pk").first().url


ENDPOINTS = [
    Endpoint("home", "/"),
    Endpoint(
        "materialenbank",
        "/materialenbank/",
        ("q", *FACETS, "sort", "page", "format"),
    ),
    Endpoint("practice page", practice_url),
    Endpoint(
        "cases",
        "/casussen/",
        ("niveau", "verslag", "type", "diagnostiek", "kernactiviteit", "page"),
    ),
    Endpoint("case page", case_url),
    Endpoint(
        "insights",
        "/inzichten/",
        ("q", "soort", "niveau", "kernactiviteit", "thema", "regelgeving"),
    ),
    Endpoint("insight page", insight_url),
    Endpoint("recommendations", "/aanbevelingen/", ("bestemmeling", "status")),
    Endpoint("network", "/netwerk/"),
    Endpoint("content page", content_page_url),
    Endpoint("document download", document_url),
    Endpoint("health check", "/gezondheid/"),
    Endpoint("unknown page", "/bestaat-niet/"),
]
