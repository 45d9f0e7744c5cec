"""Public study-day pages: listing order, feed, JSON-LD, back links; admin rights and export;
the dashboard figures."""

import datetime
import json
import re
import xml.etree.ElementTree as ET
from io import BytesIO

import pytest
from django.contrib.auth import get_user_model
from django.utils import timezone
from openpyxl import load_workbook
from studyday_testdata import make_study_day

from dissemination.models import Registration, RegistrationStatus, StudyDayPage
from dissemination.studyday_figures import study_day_rows
from network.models import Centre
from practices.models import CasePage, Insight, PracticePage

pytestmark = pytest.mark.django_db
ATOM = "{http://www.w3.org/2005/Atom}"


def test_index_lists_upcoming_days_first_then_past_ones(client):
    soon = make_study_day("binnenkort", days_from_today=5)
    later = make_study_day("later", days_from_today=60)
    recent = make_study_day("vorige-week", days_from_today=-7, deadline_days_before=10)
    html = client.get("/studiedagen/").content.decode()
    upcoming, past = html.split('id="past-title"')
    assert upcoming.index(soon.title) < upcoming.index(later.title)
    assert recent.title in past and recent.title not in upcoming
    assert '<link rel="alternate" type="application/atom+xml"' in html


def test_atom_feed_lists_upcoming_and_recent_days(client):
    recent = make_study_day("recent", days_from_today=-20, deadline_days_before=25)
    old = make_study_day("lang-geleden", days_from_today=-400, deadline_days_before=1)
    response = client.get("/studiedagen/feed/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    feed = ET.fromstring(response.content)
    titles = [entry.find(f"{ATOM}title").text for entry in feed.iter(f"{ATOM}entry")]
    expected = list(
        StudyDayPage.objects.live()
        .filter(date__gte=timezone.localdate() - datetime.timedelta(days=180))
        .order_by("-date")
        .values_list("title", flat=True)
    )
    assert titles == expected
    assert recent.title in titles and old.title not in titles


def json_ld(html):
    match = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    return json.loads(match.group(1))


def test_event_json_ld(client, study_day):
    html = client.get(study_day.url).content.decode()
    data = json_ld(html)
    assert data["@type"] == "Event" and data["name"] == study_day.title
    assert data["startDate"].startswith(f"{study_day.date.isoformat()}T09:30:00")
    assert data["endDate"].startswith(f"{study_day.date.isoformat()}T16:00:00")
    assert data["eventAttendanceMode"] == "https://schema.org/OfflineEventAttendanceMode"
    assert data["location"] == {"@type": "Place", "name": "Vergaderzaal De Brug"}
    assert data["organizer"]["name"] == "Prodia" and data["inLanguage"] == "nl-BE"
    assert data["offers"]["availability"] == "https://schema.org/InStock"
    for email in ["a@example.org", "b@example.org"]:
        Registration.objects.create(
            study_day=study_day, name="X", email=email, role="andere", status="bevestigd"
        )
    assert json_ld(client.get(study_day.url).content.decode())["offers"]["availability"] == (
        "https://schema.org/SoldOut"
    )


def test_json_ld_cannot_break_out_of_its_script_element(client):
    day = make_study_day("ontsnapping", online_url="https://example.org/live")
    day.title = "</script><script>alert(1)</script> & meer"
    day.venue = ""
    day.save_revision().publish()
    html = client.get(day.url).content.decode()
    assert "<script>alert(1)" not in html
    data = json_ld(html)
    assert data["name"] == "</script><script>alert(1)</script> & meer"
    assert data["location"] == {"@type": "VirtualLocation", "url": "https://example.org/live"}
    assert data["eventAttendanceMode"].endswith("OnlineEventAttendanceMode")


def test_demo_practice_case_and_insight_link_back_to_their_study_day(client):
    day = StudyDayPage.objects.get(slug="praktijkdag-consultatie-en-hga")
    session = day.sessions.get(title="Workshop: HGA na een korte intake")
    practice, case, insight = (
        session.practices.get(),
        session.cases.get(),
        session.insights.get(),
    )
    day_html = client.get(day.url).content.decode()
    for url in (practice.url, case.url, f"/inzichten/{insight.slug}/"):
        assert f'href="{url}"' in day_html
        page = client.get(url).content.decode()
        assert "Voorgesteld op studiedag" in page and f'href="{day.url}"' in page
    unrelated = PracticePage.objects.live().exclude(study_day_sessions__isnull=False).first()
    assert "Voorgesteld op studiedag" not in client.get(unrelated.url).content.decode()
    assert CasePage.objects.exists() and Insight.objects.exists()


def test_past_day_shows_materials_and_no_form(client):
    day = StudyDayPage.objects.get(slug="praktijkdag-consultatie-en-hga")
    html = client.get(day.url).content.decode()
    assert "Materiaal van de studiedag" in html and "Opname van de plenaire sessie" in html
    assert 'class="registration-form"' not in html
    assert "De inschrijvingen voor deze studiedag zijn afgesloten." in html


def admin_user(username):
    return get_user_model().objects.get(username=username)


@pytest.mark.parametrize(
    ("username", "status"),
    [("redactie", 200), ("admin", 200), ("stuurgroep", 302), ("medewerker-dewissel", 302)],
)
def test_only_editors_see_registrations(client, username, status):
    client.force_login(admin_user(username))
    response = client.get("/beheer/inschrijvingen/")
    assert response.status_code == status
    if status == 200:
        assert "demo.leersteun.invalid" in response.content.decode()
    else:
        assert "demo.leersteun.invalid" not in response.content.decode()
        assert client.get("/beheer/inschrijvingen/?export=csv").status_code == 302


def test_editors_filter_and_export_registrations(client):
    client.force_login(admin_user("redactie"))
    day = StudyDayPage.objects.get(slug="praktijkdag-consultatie-en-hga")
    query = {"study_day": day.pk, "status": "bevestigd", "attended": "true"}
    csv = client.get("/beheer/inschrijvingen/", {**query, "export": "csv"})
    assert csv.status_code == 200
    assert 'filename="inschrijvingen-studiedagen.csv"' in csv["Content-Disposition"]
    rows = b"".join(csv.streaming_content).decode().strip().splitlines()
    expected = day.registrations.filter(status="bevestigd", attended=True)
    assert len(rows) == 1 + expected.count() == 18
    assert "E-mailadres" in rows[0] and "Organisatie" in rows[0]
    xlsx = client.get("/beheer/inschrijvingen/", {**query, "export": "xlsx"})
    sheet = load_workbook(BytesIO(b"".join(xlsx.streaming_content))).active
    emails = {row[2] for row in sheet.iter_rows(min_row=2, values_only=True)}
    assert emails == set(expected.values_list("email", flat=True))


def test_editor_ticks_attendance_but_cannot_add(client):
    client.force_login(admin_user("redactie"))
    registration = Registration.objects.filter(status="bevestigd", attended=False).first()
    response = client.post(
        f"/beheer/inschrijvingen/edit/{registration.pk}/",
        {
            "name": registration.name,
            "email": registration.email,
            "centre": registration.centre_id or "",
            "other_organisation": registration.other_organisation,
            "role": registration.role,
            "dietary_needs": "",
            "attended": "on",
        },
    )
    assert response.status_code == 302
    assert Registration.objects.get(pk=registration.pk).attended
    assert client.get("/beheer/inschrijvingen/new/").status_code == 302
    other = (
        Registration.objects.filter(study_day=registration.study_day, status="bevestigd")
        .exclude(pk=registration.pk)
        .first()
    )
    response = client.post(
        f"/beheer/inschrijvingen/edit/{registration.pk}/",
        {"name": "X", "email": other.email.upper(), "role": registration.role},
    )
    assert response.status_code == 200
    assert "Met dit e-mailadres is al iemand ingeschreven" in response.content.decode()
    assert Registration.objects.get(pk=registration.pk).email == registration.email


def expected_rows(centres=None):
    """The figures counted in Python, straight from the registrations."""
    rows = []
    for day in StudyDayPage.objects.live().order_by("date", "pk"):
        registrations = [
            r
            for r in day.registrations.all()
            if centres is None or r.centre_id in {c.pk for c in centres}
        ]
        rows.append(
            {
                "title": day.title,
                "registered": sum(r.status == RegistrationStatus.CONFIRMED for r in registrations),
                "waitlisted": sum(r.status == RegistrationStatus.WAITLISTED for r in registrations),
                "attended": sum(
                    r.attended and r.status != RegistrationStatus.CANCELLED for r in registrations
                ),
            }
        )
    return rows


def figures(rows):
    keys = ("title", "registered", "waitlisted", "attended")
    return [{key: row[key] for key in keys} for row in rows]


def test_study_day_rows_match_the_registrations(django_assert_max_num_queries):
    day = make_study_day("cijfers", capacity=1)
    for email in ["a@example.org", "b@example.org"]:
        Registration.objects.create(
            study_day=day,
            name="X",
            email=email,
            role="andere",
            status="bevestigd" if email.startswith("a") else "wachtlijst",
        )
    # the days, their live counts, their tallies; and the site's root paths for the URLs
    with django_assert_max_num_queries(4):
        rows = study_day_rows()
    assert figures(rows) == expected_rows()
    demo_past = next(r for r in rows if r["title"].startswith("Praktijkdag"))
    assert (demo_past["registered"], demo_past["attended"], demo_past["capacity"]) == (20, 17, 40)
    assert [r["date"] for r in rows] == sorted(r["date"] for r in rows)
    anchors = Centre.objects.filter(is_anchor=True)
    assert figures(study_day_rows(anchors)) == expected_rows(list(anchors))
    assert sum(r["registered"] for r in study_day_rows(anchors)) < sum(
        r["registered"] for r in rows
    )


def test_study_day_pages_need_no_inline_script_or_style(client, study_day):
    """The strict CSP holds: only the JSON-LD data block, which browsers do not execute."""
    for url in (study_day.url, study_day.url + "inschrijven/", "/studiedagen/"):
        response = client.get(url)
        html = response.content.decode()
        assert not re.search(r"<script(?![^>]*\bsrc=)(?![^>]*application/ld\+json)", html), url
        assert "style=" not in html and not re.search(r"\son[a-z]+=", html), url
        policy = response["Content-Security-Policy"]
        directives = dict(part.strip().split(" ", 1) for part in policy.split(";"))
        assert directives["script-src"] == "'self'"
