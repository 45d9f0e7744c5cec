import pytest
from django.contrib.auth import get_user_model
from network_testdata import CENTRE_A, PRACTICE_OF_A, USERNAMES, edit_form_data

from practices.models import PracticePage


@pytest.fixture
def users(db):
    User = get_user_model()
    return {role: User.objects.get(username=name) for role, name in USERNAMES.items()}


@pytest.fixture
def practice_of_a(db):
    practice = PracticePage.objects.get(slug=PRACTICE_OF_A)
    assert {c.centre.slug for c in practice.contributions.all()} == {CENTRE_A}
    return practice


@pytest.fixture
def edit_data():
    return edit_form_data
