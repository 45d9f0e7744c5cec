"""Absolute addresses come from one place.

The public site's address is the Wagtail Site that editors set (Instellingen → Sites: host name
and port, `Site.root_url`), the admin's is WAGTAILADMIN_BASE_URL. Nothing builds an address from
the incoming request's Host header: a QR code, a feed or an e-mail must lead to the address the
portal is published at, whichever name or port the request that made it came in on.
"""

from django.conf import settings
from wagtail.models import Site


def site_root_url(request=None):
    """The root URL (no trailing slash) of the request's site, or of the default site."""
    site = Site.find_for_request(request) if request is not None else None
    if site is None:
        site = Site.objects.filter(is_default_site=True).first()
    return site.root_url if site else ""


def public_url(path, request=None):
    """An absolute URL of `path` (starting with /) on the public site."""
    return site_root_url(request) + path


def admin_url(path):
    """An absolute URL of `path` (starting with /) in the admin, for e-mails."""
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path
