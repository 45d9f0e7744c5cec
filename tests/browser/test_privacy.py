"""No third-party requests and no cookies for visitors, as the privacy page promises.

Only a page with a form sets the one cookie the statement names: the CSRF cookie.
"""

from urllib.parse import urlsplit

import pytest

from tests.browser.portal import PAGE_TYPES, visit

pytestmark = pytest.mark.browser


@pytest.mark.parametrize("page_type", PAGE_TYPES, ids=str)
def test_every_request_stays_on_the_portals_own_origin_and_sets_no_cookie(
    context, page, portal, page_type
):
    origin = urlsplit(portal)
    requests = []
    page.on("request", lambda request: requests.append(request.url))
    visit(page, page_type)
    page.wait_for_load_state("networkidle")
    assert requests, "no requests recorded"
    foreign = [
        url
        for url in requests
        if urlsplit(url).scheme != "data"
        and (urlsplit(url).scheme, urlsplit(url).netloc) != (origin.scheme, origin.netloc)
    ]
    assert foreign == []
    assert {cookie["name"] for cookie in context.cookies()} <= set(page_type.cookies)
