"""Production warns while the portal does not know its public address (see absolute_urls.py)."""

from urllib.parse import urlsplit

from django.conf import settings
from django.core.checks import Tags, Warning, register
from django.db import DatabaseError

LOCAL_HOSTS = {"localhost", "127.0.0.1", "[::1]", "::1", "0.0.0.0", "testserver", ""}


def is_local(hostname):
    return (hostname or "").lower() in LOCAL_HOSTS or (hostname or "").endswith(".localhost")


@register(Tags.urls)
def check_admin_base_url(app_configs=None, **kwargs):
    if settings.DEBUG or not is_local(urlsplit(settings.WAGTAILADMIN_BASE_URL).hostname):
        return []
    return [
        Warning(
            f"WAGTAILADMIN_BASE_URL is {settings.WAGTAILADMIN_BASE_URL!r}: links in workflow "
            "e-mails lead nowhere.",
            hint="Set WAGTAILADMIN_BASE_URL to the admin's public address, e.g. "
            "https://materialenbank.example.org.",
            id="leersteun.W001",
        )
    ]


@register(Tags.database)
def check_public_site_address(app_configs=None, databases=None, **kwargs):
    """Database checks run with `check --database default` and before `migrate`."""
    if settings.DEBUG or not databases:
        return []
    from wagtail.models import Site

    try:
        site = Site.objects.filter(is_default_site=True).first()
    except DatabaseError:  # not migrated yet
        return []
    if site is None or not is_local(site.hostname):
        return []
    return [
        Warning(
            f"The default Wagtail site's address is {site.root_url}: QR codes, the API, feeds, "
            "the sitemap and e-mails would link there.",
            hint="Set the public address: `manage.py configure_site --url https://…` or "
            "Instellingen → Sites in the admin.",
            id="leersteun.W002",
        )
    ]
