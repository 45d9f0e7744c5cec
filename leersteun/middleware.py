"""Request-wide behaviour: the admin's own CSP, embeddable views, and a friendly 503 when the
database is away."""

import logging
from functools import wraps

from csp.middleware import CSPMiddleware
from django.conf import settings
from django.db import InterfaceError, OperationalError
from django.http import HttpResponse
from django.template.loader import render_to_string

logger = logging.getLogger(__name__)

DATABASE_UNAVAILABLE = (OperationalError, InterfaceError)


def embeddable(view):
    """Let the configured sites (EMBED_ALLOWED_ORIGINS) show this view's response in a frame.

    Only the decorated view: every other response keeps `frame-ancestors 'none'` and
    X-Frame-Options DENY.
    """

    @wraps(view)
    def wrapped(*args, **kwargs):
        response = view(*args, **kwargs)
        response.xframe_options_exempt = True
        response.embeddable = True
        return response

    return wrapped


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """django-csp with a second policy for the Wagtail admin (see ADMIN_CONTENT_SECURITY_POLICY)
    and frame-ancestors opened to EMBED_ALLOWED_ORIGINS for `@embeddable` views."""

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if (
            not report_only
            and parts.config is None
            and request.path_info.startswith(settings.ADMIN_URL_PREFIX)
        ):
            parts.config = settings.ADMIN_CONTENT_SECURITY_POLICY["DIRECTIVES"]
        if getattr(response, "embeddable", False):
            parts.replace = {
                **(parts.replace or {}),
                "frame-ancestors": ["'self'", *settings.EMBED_ALLOWED_ORIGINS],
            }
        return parts


def database_unavailable_response():
    # Rendered without a request: no context processor, menu or session may touch the database.
    response = HttpResponse(render_to_string("503.html"), status=503)
    response["Retry-After"] = "60"
    return response


class DatabaseUnavailableMiddleware:
    """Answers 503 with a Dutch page when the database cannot be reached.

    Django closes a broken connection at the end of the request, so the next request connects
    afresh and the portal recovers by itself once the database is back.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if isinstance(exception, DATABASE_UNAVAILABLE):
            logger.error("Database unavailable: %s", exception, extra={"path": request.path})
            return database_unavailable_response()
        return None
