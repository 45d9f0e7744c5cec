import json

import pytest

from practices.models import PracticePage

pytestmark = pytest.mark.django_db

SCRIPT = "<script>alert('xss')</script>"


def posted_rich_text(field_name, text, link_url):
    """What the admin's Draftail editor posts for a paragraph with a link, run through the
    widget exactly as the page edit view does."""
    contentstate = {
        "blocks": [
            {
                "key": "a1b2c",
                "type": "unstyled",
                "text": f"{text} meer",
                "depth": 0,
                "inlineStyleRanges": [],
                "entityRanges": [{"offset": len(text) + 1, "length": 4, "key": 0}],
            }
        ],
        "entityMap": {"0": {"type": "LINK", "mutability": "MUTABLE", "data": {"url": link_url}}},
    }
    form_class = PracticePage.get_edit_handler().get_form_class()
    widget = form_class.base_fields[field_name].widget
    return widget.value_from_datadict({field_name: json.dumps(contentstate)}, {}, field_name)


def test_script_posted_in_a_practice_field_never_reaches_a_visitor(client):
    practice = PracticePage.objects.live().first()
    practice.purpose = posted_rich_text("purpose", SCRIPT, "javascript:alert(1)")
    practice.what_works = posted_rich_text(
        "what_works", '<img src=x onerror="alert(2)">', "https://www.prodia.be/"
    )
    practice.save_revision().publish()

    html = client.get(practice.url).content.decode()
    assert "&lt;script&gt;alert('xss')&lt;/script&gt;" in html
    assert SCRIPT not in html
    assert "&lt;img src=x onerror=" in html
    assert "<img src=x" not in html
    assert "javascript:" not in html
    assert 'href="https://www.prodia.be/"' in html
