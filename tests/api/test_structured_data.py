"""schema.org JSON-LD on practice and case pages: present, valid JSON, the page's own facts."""

import json
import re

import pytest

from practices.factories import PracticePageFactory
from practices.models import CasePage, PracticePage

pytestmark = pytest.mark.django_db
LD_JSON = re.compile(r'<script type="application/ld\+json">(.*?)</script>', re.S)


def structured_data(client, url):
    html = client.get(url).content.decode()
    blocks = LD_JSON.findall(html)
    assert len(blocks) == 1
    return json.loads(blocks[0])


def test_a_practice_is_a_learning_resource(client):
    practice = PracticePage.objects.live().filter(tags__isnull=False).first()
    data = structured_data(client, practice.url)
    assert data["@context"] == "https://schema.org"
    assert data["@type"] == "LearningResource"
    assert data["name"] == practice.title
    assert data["description"] == practice.summary
    assert data["url"].endswith(practice.url)
    assert data["inLanguage"] == "nl-BE"
    assert data["license"] == "https://creativecommons.org/licenses/by/4.0/"
    assert data["publisher"]["name"] == "Prodia"
    assert data["dateModified"][:19] == practice.last_published_at.isoformat()[:19]
    assert set(data["keywords"]) >= {tag.name for tag in practice.tags.all()}
    assert data["educationalLevel"] == [e.name for e in practice.education_levels.all()]
    assert data["audience"] == [
        {"@type": "EducationalAudience", "educationalRole": t.name}
        for t in practice.target_groups.all()
    ]


def test_a_case_is_a_creative_work(client):
    case = CasePage.objects.live().first()
    data = structured_data(client, case.url)
    assert data["@type"] == "CreativeWork"
    assert data["name"] == case.title
    assert data["educationalLevel"] == [e.name for e in case.education_levels.all()]


def test_text_cannot_break_out_of_the_script_block(client, materialenbank):
    practice = PracticePageFactory(
        parent=materialenbank, summary="Gebruik </script><script>alert(1)</script> & meer."
    )
    practice.save_revision().publish()
    html = client.get(practice.url).content.decode()
    assert "<script>alert(1)" not in html
    data = structured_data(client, practice.url)
    assert data["description"] == practice.summary
