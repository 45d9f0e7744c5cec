"""The final report: /eindrapport/ and /eindrapport/eindrapport.pdf."""

import datetime
import re
from html import unescape

import pytest
from pdf_checks import assert_tagged, raster_images, read_pdf, text_of

from network.models import Meeting, MeetingKind
from practices.models import Insight, Recommendation
from reports.models import FinalReportPage
from reports.sections import SECTIONS

pytestmark = pytest.mark.django_db

PDF = "/eindrapport/eindrapport.pdf"
DATE_NOTICE = "Geef een datum als JJJJ-MM-DD"


@pytest.fixture
def report(db):
    return FinalReportPage.objects.live().get()


def test_the_report_page_shows_every_section_and_links_the_pdf_of_its_period(client, report):
    html = client.get(report.url).content.decode()
    assert f"<h1>{report.title}</h1>" in html
    for section in SECTIONS:
        assert f'<h2 id="h-{section.slug}">{section.title}</h2>' in html
    assert "van 1 september 2022 tot en met 31 december 2024" in html
    assert f'href="{PDF}?van=2022-09-01&amp;tot=2024-12-31"' in html
    assert "Het project Professionalisering Leersteun versterkt" in html  # the editors' goals


def test_the_pdf_is_tagged_with_a_table_of_contents_that_has_the_right_page_numbers(client, report):
    reader = read_pdf(client.get(PDF))
    assert_tagged(reader, report.title)
    pages = [" ".join(page.extract_text().split()) for page in reader.pages]
    toc = next(text for text in pages if text.startswith("Inhoud"))
    for section in SECTIONS:
        match = re.search(rf"{re.escape(str(section.title))}[ .]*?(\d+)", toc)
        assert match, f"{section.title} not in the table of contents"
        page_number = int(match.group(1))
        assert pages[page_number - 1].startswith(str(section.title)), section.title
    assert re.search(r"Pagina 3 van \d+", pages[2])


def test_the_charts_in_the_pdf_are_vector_graphics(client):
    reader = read_pdf(client.get(PDF))
    text = text_of(reader)
    assert "Praktijken per kernactiviteit en niveau van uitwerking" in text
    assert "Overleggen per soort" in text
    assert raster_images(reader) == []
    drawn = b"".join(page.get_contents().get_data() for page in reader.pages)
    assert drawn.count(b" re") > 10  # the bars are rectangles drawn in the page content


@pytest.mark.parametrize(
    ("query", "notice"),
    [
        ("van=2023-13-45", DATE_NOTICE),
        ("tot=gisteren", DATE_NOTICE),
        ("van=2024-06-01&tot=2023-01-01", "De begindatum ligt na de einddatum."),
    ],
)
def test_a_bad_period_gives_a_dutch_notice_and_the_default_period(client, report, query, notice):
    response = client.get(f"{report.url}?{query}")
    assert response.status_code == 200
    html = response.content.decode()
    assert notice in html
    assert "van 1 september 2022 tot en met 31 december 2024" in html
    pdf = text_of(read_pdf(client.get(f"{PDF}?{query}")))
    assert "van 1 september 2022 tot en met 31 december 2024" in pdf


def test_a_chosen_period_shows_in_the_page_and_the_pdf(client, report):
    query = "van=2023-01-01&tot=2023-06-30"
    html = client.get(f"{report.url}?{query}").content.decode()
    assert "van 1 januari 2023 tot en met 30 juni 2023" in html
    assert f'href="{PDF}?van=2023-01-01&amp;tot=2023-06-30"' in html
    assert "van 1 januari 2023 tot en met 30 juni 2023" in text_of(
        read_pdf(client.get(f"{PDF}?{query}"))
    )


def test_editors_choose_the_default_period(client, report):
    report.period_start = datetime.date(2023, 9, 1)
    report.period_end = datetime.date(2023, 12, 31)
    report.save_revision().publish()
    assert (
        "van 1 september 2023 tot en met 31 december 2023"
        in client.get(report.url).content.decode()
    )


def test_drafts_never_appear_in_the_report(client, report):
    success_factor = Insight.objects.public().filter(kind="succesfactor").first()
    recommendation = Recommendation.objects.filter(live=True).first()
    assert success_factor.title in text_of(read_pdf(client.get(PDF)))
    success_factor.unpublish()
    recommendation.unpublish()
    html = unescape(client.get(report.url).content.decode())
    pdf = text_of(read_pdf(client.get(PDF)))
    for text in (html, pdf):
        assert success_factor.title not in text
        assert " ".join(recommendation.text.split()) not in text


def test_the_final_report_page_is_not_served_as_a_draft(client, report):
    report.unpublish()
    assert client.get(report.url).status_code == 404
    assert client.get(PDF).status_code == 404


def test_the_cached_pdf_follows_a_change_in_the_data(client):
    url = f"{PDF}?van=2023-01-01&tot=2023-06-30"
    count = int(
        re.search(
            r"(\d+) overleggen in de gekozen periode", text_of(read_pdf(client.get(url)))
        ).group(1)
    )
    Meeting.objects.create(
        kind=MeetingKind.STEERING_GROUP, title="Extra", date=datetime.date(2023, 3, 1), online=True
    )
    assert f"{count + 1} overleggen in de gekozen periode" in text_of(read_pdf(client.get(url)))
