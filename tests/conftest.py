from io import StringIO

import pytest
from django.core.cache import cache
from django.core.management import call_command

from leersteun.models import HomePage
from practices.models import PracticeIndexPage


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """Every test starts from the demo content, loaded once per session."""
    with django_db_blocker.unblock():
        call_command("load_demo", allow_production=True, stdout=StringIO())


@pytest.fixture(autouse=True)
def empty_cache():
    """Cached fragments (the menu) must not outlive a test's rolled-back data."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def home(db):
    return HomePage.objects.get()


@pytest.fixture
def materialenbank(db):
    return PracticeIndexPage.objects.get()
