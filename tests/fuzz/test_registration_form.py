"""Property-based fuzzing of the study-day registration form: never a server error, and a
submission stores one whole registration or nothing."""

import pytest
from hypothesis import given
from hypothesis import strategies as st
from test_query_strings import TRICKY_VALUES

from dissemination.models import Registration, StudyDayPage

pytestmark = pytest.mark.django_db

FIELDS = ("name", "email", "centre", "other_organisation", "role", "dietary_needs", "sessie_1")


def field_values(day):
    known = [
        "an@example.org",
        "vrij-clb-waas-en-dender",
        "andere",
        "directie",
        *(str(pk) for pk in day.sessions.values_list("pk", flat=True)),
    ]
    return st.one_of(st.sampled_from(TRICKY_VALUES), st.sampled_from(known), st.text(max_size=300))


@given(data=st.data())
def test_registration_form_stores_a_whole_registration_or_nothing(client, settings, data):
    settings.PUBLIC_FORM_RATE_LIMIT = 10_000
    day = StudyDayPage.objects.live().upcoming().first()
    values = field_values(day)
    post = {
        field: data.draw(values, label=field)
        for field in FIELDS
        if data.draw(st.booleans(), label=f"send {field}")
    }
    before = set(Registration.objects.values_list("pk", flat=True))
    response = client.post(day.url + "inschrijven/", post)
    assert response.status_code in (302, 400), response.status_code
    new = Registration.objects.exclude(pk__in=before)
    if response.status_code == 400:
        assert not new.exists()
        return
    (registration,) = new
    assert registration.study_day_id == day.pk
    assert registration.email == post["email"] and registration.name == post["name"].strip()
    assert registration.centre is not None or registration.other_organisation
    assert registration.sessions.count() == 1
