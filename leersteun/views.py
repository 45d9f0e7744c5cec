import logging
import sys
import time
import uuid

from django.conf import settings
from django.core.cache import cache
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db import connection
from django.http import JsonResponse
from django.shortcuts import render
from django.urls import reverse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_safe
from django.views.defaults import server_error as default_server_error

from .absolute_urls import public_url
from .middleware import DATABASE_UNAVAILABLE, database_unavailable_response

logger = logging.getLogger(__name__)


def check_database():
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        cursor.fetchone()


def check_cache():
    key = f"gezondheid:{uuid.uuid4().hex}"
    cache.set(key, "ok", timeout=10)
    if cache.get(key) != "ok":
        raise RuntimeError("cache did not return the value just stored")
    cache.delete(key)


def check_storage():
    # Write and remove a small file: a fresh deployment has no media directory yet, and a
    # read-only or full volume must fail the check too.
    name = default_storage.save(f"gezondheid/{uuid.uuid4().hex}.txt", ContentFile(b"ok"))
    default_storage.delete(name)


CHECKS = {"database": check_database, "cache": check_cache, "storage": check_storage}


@never_cache
@require_GET
def health(request):
    """For the load balancer: 200 when database, cache and storage answer, 503 otherwise.

    Failures are logged, not shown: the endpoint is public.
    """
    results = {}
    for name, check in CHECKS.items():
        started = time.perf_counter()
        try:
            check()
        except Exception:
            logger.exception("Health check %s failed", name)
            results[name] = {"ok": False}
        else:
            results[name] = {"ok": True, "ms": round((time.perf_counter() - started) * 1000, 1)}
    healthy = all(result["ok"] for result in results.values())
    return JsonResponse(
        {"status": "ok" if healthy else "error", "checks": results}, status=200 if healthy else 503
    )


def server_error(request):
    """The 500 handler, except for a database outage outside a view (e.g. saving the session)."""
    if isinstance(sys.exc_info()[1], DATABASE_UNAVAILABLE):
        return database_unavailable_response()
    return default_server_error(request)


@require_safe
def robots_txt(request):
    """Everything may be crawled except the admin; the sitemap lists the published pages."""
    context = {
        "admin_prefix": settings.ADMIN_URL_PREFIX,
        "sitemap_url": public_url(reverse("sitemap"), request),
    }
    return render(request, "leersteun/robots.txt", context, content_type="text/plain")
