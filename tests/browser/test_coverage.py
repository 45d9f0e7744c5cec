import pytest
from wagtail.models import Page

from tests.browser.portal import PAGE_TYPES, describe_page_types

pytestmark = [pytest.mark.browser, pytest.mark.django_db]


def test_every_live_page_model_has_a_page_type_in_the_browser_tests():
    print(f"\nPaginatypes in de browsertests:\n{describe_page_types()}")
    live_models = {
        page.specific_class._meta.label for page in Page.objects.live().filter(depth__gt=1)
    }
    covered = {page_type.model for page_type in PAGE_TYPES}
    assert live_models - covered == set(), (
        "Voeg deze paginatypes toe aan PAGE_TYPES in tests/browser/portal.py"
    )
    assert {"not-found", "server-error"} <= {page_type.name for page_type in PAGE_TYPES}
