"""Every CSV and XLSX the portal writes escapes a text a spreadsheet would run as a formula.

Each export is downloaded through its real URL by a user allowed to, with records holding a
hostile value, and read back with the csv module or openpyxl.
"""

import csv
import datetime
import io
from collections.abc import Callable
from dataclasses import dataclass

import openpyxl
import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.urls import URLResolver, get_resolver, reverse
from studyday_testdata import make_study_day
from wagtail.admin.views.mixins import SpreadsheetExportMixin
from wagtail.contrib.forms.models import FormSubmission
from wagtail.contrib.redirects.models import Redirect
from wagtail.contrib.search_promotions.models import Query
from wagtail.log_actions import log

from dissemination.models import (
    Adoption,
    AdoptionStatus,
    Registration,
    RegistrationStatus,
    Role,
    SpreadDashboardPage,
)
from leersteun.models import ContactPage
from leersteun.spreadsheets import INJECTION_PREFIXES, protect
from network.factories import CentreFactory
from network.models import Meeting, MeetingKind, TryOut, Verdict
from network.roles import EDITOR
from practices.factories import (
    CarePhaseFactory,
    CoreActivityFactory,
    EducationLevelFactory,
    InsightFactory,
    PracticePageFactory,
    RecommendationFactory,
    TargetGroupFactory,
)
from practices.models import CasePage, PracticeIndexPage, PracticePage

HOSTILE = ['=HYPERLINK("http://x","y")', "+1", "-2+3", "@SUM(A1)", "\t=1+1"]
ORDINARY = "Gewone naam"


def test_protect_escapes_formula_starts_only():
    assert [protect(value) for value in HOSTILE] == [f"'{value}" for value in HOSTILE]
    assert protect("\r=1") == "'\r=1"
    assert protect(ORDINARY) == ORDINARY
    assert protect("a-b = c") == "a-b = c"
    assert protect(-2) == -2
    assert protect(None) is None


# Makers: make(value, n) creates the n-th record (n > 0 when more are made) showing `value`.


def practice(value, n):
    return PracticePageFactory(
        parent=PracticeIndexPage.objects.get(), title=value, slug=f"export-praktijk-{n}"
    )


def centre(value, n):
    return CentreFactory(name=value, slug=f"export-clb-{n}")


def registration(value, n):
    day = make_study_day(f"exportdag-{n}", capacity=5)
    Registration.objects.create(
        study_day=day,
        name=value,
        email=f"deelnemer{n}@example.org",
        role=Role.CLB_STAFF,
        dietary_needs=value,
        status=RegistrationStatus.CONFIRMED,
    )


def adoption(value, n):
    created = Adoption.objects.create(
        practice=practice(value, n), centre=centre(value, n), helped=value, confirmed=True
    )
    created.record_status(AdoptionStatus.IN_USE, datetime.date(2024, 2, 1))


def widely_adopted(value, n):
    """A practice used by more centres than any demo practice: the dashboard's top lists it."""
    adopted = practice(value, n)
    for k in range(5):
        created = Adoption.objects.create(
            practice=adopted, centre=centre(f"Dashboard-CLB {n}-{k}", f"{n}-{k}"), confirmed=True
        )
        created.record_status(AdoptionStatus.IN_USE, datetime.date(2024, 2, 1))


def meeting(value, n):
    Meeting.objects.create(
        kind=MeetingKind.CORE_GROUP, title=value, date=datetime.date(2025, 1, 1), place=value
    )


def tryout(value, n):
    TryOut.objects.create(
        practice=practice(value, n),
        centre=centre(value, n),
        start_date=datetime.date(2025, 1, 1),
        verdict=Verdict.USABLE,
    )


def taxonomy(factory):
    return lambda value, n: factory(name=value, slug=f"export-{n}", description=value)


def insight(value, n):
    InsightFactory(title=value, slug=f"export-inzicht-{n}")


def recommendation(value, n):
    RecommendationFactory(text=value, obstacle__slug=f"export-obstakel-{n}")


def case(value, n):
    """A demo case renamed: the report shows the page's title, the exchange export its draft."""
    page = CasePage.objects.order_by("pk")[n]
    page.title = value
    page.save_revision()
    CasePage.objects.filter(pk=page.pk).update(title=value)


def contact_message(value, n):
    FormSubmission.objects.create(page=ContactPage.objects.get(), form_data={"bericht": value})


def search_term(value, n):
    Query.objects.create(query_string=value).add_hit()


def redirect(value, n):
    Redirect.objects.create(old_path=f"/oud-{n}", redirect_link=value)


def page_with_history(value, n):
    """A published, locked page: the site history, aging and locked pages reports list it."""
    page = practice(value, n)
    moment = datetime.datetime(2025, 1, 1, tzinfo=datetime.UTC)
    PracticePage.objects.filter(pk=page.pk).update(
        live=True, last_published_at=moment, locked=True, locked_at=moment
    )
    log(instance=page, action="wagtail.publish")


@dataclass(frozen=True)
class Export:
    url: Callable[[], str]
    make: Callable[[str, int], None]
    user: str = "editor"
    #: what the export shows of a value: search terms are stored normalised
    shown: Callable[[str], str] = str


def admin_url(name, *args):
    return lambda: reverse(name, args=args)


def snippet(model):
    return admin_url(f"wagtailsnippets_{model}:list")


def contact_submissions():
    return reverse("wagtailforms:list_submissions", args=[ContactPage.objects.get().pk])


def project_export(slug, file_format):
    return lambda: reverse("exchange_export_file", args=[slug, file_format])


def top_practices_csv():
    return f"{SpreadDashboardPage.objects.get().url}cijfers/meest-overgenomen/"


# Wagtail's list exports, by URL name: every one that exists must be listed here (see below).
LIST_EXPORTS = {
    "registrations:index": Export(admin_url("registrations:index"), registration, "admin"),
    "wagtailsnippets_dissemination_adoption:list": Export(
        snippet("dissemination_adoption"), adoption, "admin"
    ),
    "wagtailsnippets_network_centre:list": Export(snippet("network_centre"), centre),
    "wagtailsnippets_network_meeting:list": Export(snippet("network_meeting"), meeting),
    "wagtailsnippets_network_tryout:list": Export(snippet("network_tryout"), tryout),
    "wagtailsnippets_practices_coreactivity:list": Export(
        snippet("practices_coreactivity"), taxonomy(CoreActivityFactory)
    ),
    "wagtailsnippets_practices_carephase:list": Export(
        snippet("practices_carephase"), taxonomy(CarePhaseFactory)
    ),
    "wagtailsnippets_practices_educationlevel:list": Export(
        snippet("practices_educationlevel"), taxonomy(EducationLevelFactory)
    ),
    "wagtailsnippets_practices_targetgroup:list": Export(
        snippet("practices_targetgroup"), taxonomy(TargetGroupFactory)
    ),
    "wagtailsnippets_practices_insight:list": Export(
        snippet("practices_insight"), insight, "admin"
    ),
    "wagtailsnippets_practices_recommendation:list": Export(
        snippet("practices_recommendation"), recommendation, "admin"
    ),
    "network_practice_report": Export(admin_url("network_practice_report"), practice),
    "network_case_report": Export(admin_url("network_case_report"), case),
    # Wagtail's own exports: protected on the mixin they share with ours.
    "wagtailadmin_reports:site_history": Export(
        admin_url("wagtailadmin_reports:site_history"), page_with_history, "admin"
    ),
    "wagtailadmin_reports:aging_pages": Export(
        admin_url("wagtailadmin_reports:aging_pages"), page_with_history, "admin"
    ),
    "wagtailadmin_reports:locked_pages": Export(
        admin_url("wagtailadmin_reports:locked_pages"), page_with_history, "admin"
    ),
    "wagtailsearchpromotions:search_terms": Export(
        admin_url("wagtailsearchpromotions:search_terms"),
        search_term,
        "admin",
        lambda value: value.strip().lower(),
    ),
    "wagtailredirects:index": Export(admin_url("wagtailredirects:index"), redirect, "admin"),
}
# Listed by the enumeration but needing a running workflow to show a row: downloaded, not seeded.
UNSEEDED = {"wagtailadmin_reports:workflow", "wagtailadmin_reports:workflow_tasks"}
OTHER_EXPORTS = {
    "contact form submissions": Export(contact_submissions, contact_message, "admin"),
    "exchange: practices csv": Export(project_export("praktijken", "csv"), practice),
    "exchange: practices xlsx": Export(project_export("praktijken", "xlsx"), practice),
    "exchange: cases csv": Export(project_export("casussen", "csv"), case),
    "exchange: insights xlsx": Export(project_export("inzichten", "xlsx"), insight),
    "dashboard: top practices csv": Export(top_practices_csv, widely_adopted),
}


@pytest.fixture
def users(db, admin_user):
    editor = get_user_model().objects.create_user("redacteur", password="x")
    editor.groups.add(Group.objects.get(name=EDITOR))
    return {"admin": admin_user, "editor": editor}


def cells_of(response):
    """Every cell below the header, as the csv module or openpyxl reads it."""
    data = b"".join(response.streaming_content) if response.streaming else response.content
    if data.startswith(b"PK"):
        sheet = openpyxl.load_workbook(io.BytesIO(data)).active
        rows = list(sheet.iter_rows(min_row=2))
        assert all(cell.data_type != "f" for row in rows for cell in row)
        return [cell.value for row in rows for cell in row]
    text = data.decode("utf-8-sig")
    delimiter = ";" if data.startswith("\ufeff".encode()) else ","
    rows = list(csv.reader(io.StringIO(text), delimiter=delimiter))[1:]
    return [cell for row in rows for cell in row]


def download(client, user, url, params=None):
    client.force_login(user)
    response = client.get(url, params or {})
    assert response.status_code == 200, response
    return cells_of(response)


def assert_escaped(cells, shown=str):
    """Each hostile value is there behind a quote, and no text cell starts a formula."""
    for value in map(shown, HOSTILE):
        assert f"'{value}" in cells
        assert value not in cells
    texts = [cell for cell in cells if isinstance(cell, str)]
    assert not [text for text in texts if text.startswith(INJECTION_PREFIXES)]


def seed(export):
    for n, value in enumerate(HOSTILE):
        export.make(value, n)
    export.make(ORDINARY, len(HOSTILE))


@pytest.mark.parametrize("file_format", ["csv", "xlsx"])
@pytest.mark.parametrize("name", sorted(LIST_EXPORTS))
def test_list_exports_escape_formulas(client, users, name, file_format):
    export = LIST_EXPORTS[name]
    seed(export)
    cells = download(client, users[export.user], export.url(), {"export": file_format})
    assert_escaped(cells, export.shown)
    assert export.shown(ORDINARY) in cells


@pytest.mark.parametrize("name", sorted(OTHER_EXPORTS))
def test_other_exports_escape_formulas(client, users, name):
    export = OTHER_EXPORTS[name]
    seed(export)
    params = {"export": "csv"} if name.startswith("contact") else {}
    cells = download(client, users[export.user], export.url(), params)
    assert_escaped(cells)
    assert ORDINARY in cells


def test_contact_submissions_export_as_xlsx_too(client, users):
    seed(OTHER_EXPORTS["contact form submissions"])
    cells = download(client, users["admin"], contact_submissions(), {"export": "xlsx"})
    assert_escaped(cells)


def test_ordinary_values_keep_their_type_in_xlsx(client, users):
    """Dates stay dates and counts stay numbers: only text is escaped."""
    registration(ORDINARY, 0)
    cells = download(client, users["admin"], reverse("registrations:index"), {"export": "xlsx"})
    assert ORDINARY in cells
    assert any(isinstance(cell, datetime.datetime) for cell in cells)
    practice(ORDINARY, 0)
    report = reverse("network_practice_report")
    cells = download(client, users["editor"], report, {"export": "xlsx"})
    assert any(isinstance(cell, int) and not isinstance(cell, bool) for cell in cells)


@pytest.mark.parametrize("name", sorted(UNSEEDED))
@pytest.mark.parametrize("file_format", ["csv", "xlsx"])
def test_workflow_reports_export(client, users, name, file_format):
    cells = download(client, users["admin"], reverse(name), {"export": file_format})
    assert not [cell for cell in cells if str(cell).startswith(INJECTION_PREFIXES)]


def exporting_url_names(patterns, namespace=None):
    for pattern in patterns:
        if isinstance(pattern, URLResolver):
            inner = namespace
            if pattern.namespace:
                inner = f"{namespace}:{pattern.namespace}" if namespace else pattern.namespace
            yield from exporting_url_names(pattern.url_patterns, inner)
            continue
        view = getattr(pattern.callback, "view_class", None)
        kwargs = getattr(pattern.callback, "view_initkwargs", {})
        if (
            view
            and issubclass(view, SpreadsheetExportMixin)
            and kwargs.get("list_export", view.list_export)
            and not kwargs.get("results_only")
        ):
            yield f"{namespace}:{pattern.name}" if namespace else pattern.name


def test_every_list_export_is_tested():
    """A new viewset or report with list_export fails here until it gets a test above."""
    assert set(exporting_url_names(get_resolver().url_patterns)) == set(LIST_EXPORTS) | UNSEEDED


def test_every_export_view_goes_through_the_protection():
    assert SpreadsheetExportMixin.preprocess_field_value.protects_formulas
