"""Every public GET endpoint, for the property-based fuzz tests (tests/fuzz/test_query_strings.py).

Add yours here: a name, its path (or a function that finds one in the demo content) and the
query parameters it understands; the fuzzer mixes those with arbitrary ones.
"""

from collections.abc import Callable
from dataclasses import dataclass

from dissemination.models import StudyDayPage
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

# Wagtail API v2's own parameters.
API_PARAMS = ("limit", "offset", "fields", "order", "site", "rich_text_format")


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


def practice_sheet_url():
    return f"{practice_url()}fiche.pdf"


def practice_api_url():
    return f"/api/v2/praktijken/{PracticePage.objects.live().order_by('pk').first().pk}/"


def practice_embed_url():
    return f"{practice_url()}embed/"


def study_day_url():
    return StudyDayPage.objects.live().order_by("pk").first().url


def registration_url():
    upcoming = StudyDayPage.objects.live().upcoming().first()
    return upcoming.url + "inschrijven/"


def cancel_url():
    return study_day_url() + "annuleren/"


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
    Endpoint("study days", "/studiedagen/"),
    Endpoint("study days feed", "/studiedagen/feed/"),
    Endpoint("study day", study_day_url),
    Endpoint("study day registration form", registration_url),
    Endpoint("study day cancellation", cancel_url, ("token",)),
    Endpoint("spread dashboard", "/verspreiding/", ("net", "provincie")),
    Endpoint(
        "spread figures csv", "/verspreiding/cijfers/adopties-per-status/", ("net", "provincie")
    ),
    Endpoint("adoption report form", "/verspreiding/melden/", ("praktijk",)),
    Endpoint("content page", content_page_url),
    Endpoint("contact", "/contact/"),
    Endpoint("practice sheet (PDF)", practice_sheet_url),
    Endpoint("final report", "/eindrapport/", ("van", "tot")),
    Endpoint("final report (PDF)", "/eindrapport/eindrapport.pdf", ("van", "tot")),
    Endpoint("document download", document_url),
    Endpoint("health check", "/gezondheid/"),
    Endpoint("materialenbank feed", "/materialenbank/feed/", ("q", *FACETS, "sort", "page")),
    Endpoint("practice embed", practice_embed_url),
    Endpoint("sitemap", "/sitemap.xml"),
    Endpoint("robots", "/robots.txt"),
    Endpoint("api practices", "/api/v2/praktijken/", ("q", *FACETS, *API_PARAMS)),
    Endpoint("api practice", practice_api_url, ("fields",)),
    Endpoint(
        "api cases",
        "/api/v2/casussen/",
        ("niveau", "verslag", "type", "diagnostiek", "kernactiviteit", *API_PARAMS),
    ),
    Endpoint(
        "api insights",
        "/api/v2/inzichten/",
        ("q", "soort", "niveau", "kernactiviteit", "thema", "regelgeving", *API_PARAMS),
    ),
    Endpoint("api taxonomies", "/api/v2/taxonomieen/"),
    Endpoint("api schema", "/api/v2/schema/"),
    Endpoint("unknown page", "/bestaat-niet/"),
]


@dataclass(frozen=True)
class PublicForm:
    """A public form: where it posts, the fields it has, and what a submission stores."""

    name: str
    path: str | Callable[[], str]
    fields: tuple[str, ...]
    stored: Callable[[], int]  # how many records the form's submissions have made so far

    def url(self):
        return self.path() if callable(self.path) else self.path


def contact_messages():
    from wagtail.contrib.forms.models import FormSubmission

    return FormSubmission.objects.count()


def adoption_reports():
    from dissemination.models import Adoption

    return Adoption.objects.count()


ADOPTION_REPORT_FIELDS = (
    "practice",
    "centre",
    "status",
    "since",
    "helped",
    "hindered",
    "contact_role",
    "website",
)

PUBLIC_FORMS = [
    PublicForm(
        "contact", "/contact/", ("naam", "e_mailadres", "bericht", "website"), contact_messages
    ),
    PublicForm(
        "adoption report", "/verspreiding/melden/", ADOPTION_REPORT_FIELDS, adoption_reports
    ),
]
