import pytest
from django.contrib.auth import get_user_model


@pytest.fixture
def users_by_name(db):
    def get(username):
        return get_user_model().objects.get(username=username)

    return get
