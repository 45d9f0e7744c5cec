"""Property-based fuzzing of every public GET endpoint's query string: never a server error."""

from urllib.parse import quote_from_bytes, urlencode

import pytest
from endpoints import ENDPOINTS
from hypothesis import given
from hypothesis import strategies as st

from network.models import Centre
from practices.models import CarePhase, CoreActivity, EducationLevel, TargetGroup

pytestmark = pytest.mark.django_db

TRICKY_VALUES = [
    "",
    "0",
    "-1",
    "1e9",
    "99999999999999999999999",
    "NaN",
    "null",
    "[]",
    "{}",
    "' OR 1=1 --",
    '"><script>alert(1)</script>',
    "%00",
    "\x00",
    "../../etc/passwd",
    "ŝţřïñğ 🙂",
    "a" * 5000,
    "json",
    "csv",
]


def known_slugs():
    slugs = []
    for model in (CoreActivity, CarePhase, EducationLevel, TargetGroup, Centre):
        slugs += list(model.objects.values_list("slug", flat=True))
    return slugs


def values(slugs):
    return st.one_of(
        st.sampled_from(TRICKY_VALUES),
        st.sampled_from(slugs),
        st.integers(min_value=-(2**70), max_value=2**70).map(str),
        st.text(max_size=80),
    )


def query_strings(endpoint, slugs):
    """Well-formed pairs (with repeats) on the endpoint's own parameters and arbitrary ones,
    or raw bytes percent-encoded as they come (invalid UTF-8 included), or raw text."""
    keys = st.one_of(st.sampled_from(endpoint.params or ("page",)), st.text(max_size=20))
    pairs = st.lists(st.tuples(keys, values(slugs)), max_size=8).map(urlencode)
    raw_bytes = st.binary(max_size=200).map(lambda b: quote_from_bytes(b, safe="=&"))
    raw_text = st.text(alphabet=st.characters(codec="ascii"), max_size=200)
    return st.one_of(pairs, raw_bytes, raw_text)


@given(data=st.data())
def test_no_public_get_endpoint_fails_on_any_query_string(client, data):
    endpoint = data.draw(st.sampled_from(ENDPOINTS), label="endpoint")
    query = data.draw(query_strings(endpoint, known_slugs()), label="query")
    url = endpoint.url()
    response = client.get(f"{url}?{query}")
    assert response.status_code < 500, (endpoint.name, url, query, response.status_code)
