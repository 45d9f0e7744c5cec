"""What the portal offers as open data, for machines (`/api/v2/`) and for people (`/open-data/`).

Both are drawn from one list (`sources`), which itself reads the API's endpoints and the pages
that own a feed, so neither can name an endpoint or a feed that is not served.
"""

from django.conf import settings
from django.http import JsonResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_safe

from dissemination.models import StudyDayIndexPage
from leersteun.absolute_urls import public_url
from practices.models import PracticeIndexPage

from .views import ENDPOINTS

ENDPOINT_DESCRIPTIONS = {
    "praktijken": gettext_lazy(
        "De gepubliceerde goede praktijken, met dezelfde filters als de materialenbank."
    ),
    "casussen": gettext_lazy("De gepubliceerde casussen, met dezelfde filters als de casussen."),
    "inzichten": gettext_lazy(
        "Succesfactoren, randvoorwaarden, valkuilen en obstakels uit het lerend netwerk."
    ),
}


def endpoints(request):
    root = public_url("/api/v2", request)
    listed = [
        {
            "name": name,
            "title": str(endpoint.model._meta.verbose_name_plural),
            "url": f"{root}/{name}/",
            "description": str(ENDPOINT_DESCRIPTIONS[name]),
        }
        for name, endpoint in ENDPOINTS.items()
    ]
    return [
        *listed,
        {
            "name": "taxonomieen",
            "title": _("Filters"),
            "url": public_url(reverse("taxonomies"), request),
            "description": _("Elke filter van de praktijken met de waarden die hij aanvaardt."),
        },
    ]


def feeds(request):
    """The Atom feeds of the live pages that have one."""
    found = []
    for model, title in (
        (PracticeIndexPage, _("Nieuwe en bijgewerkte praktijken")),
        (StudyDayIndexPage, _("Studiedagen")),
    ):
        page = model.objects.live().public().first()
        if page:
            found.append(
                {"title": title, "url": page.get_full_url(request) + page.reverse_subpage("feed")}
            )
    return found


def sources(request):
    return {
        "title": _("Leersteun materialenbank: open data"),
        "description": _(
            "Alleen lezen, zonder sleutel: de gepubliceerde praktijken, casussen en inzichten."
        ),
        "documentation": public_url(reverse("open_data"), request),
        "schema": public_url(reverse("openapi"), request),
        "licence": {"name": settings.CONTENT_LICENCE_NAME, "url": settings.CONTENT_LICENCE_URL},
        "endpoints": endpoints(request),
        "feeds": feeds(request),
        "sitemap": public_url(reverse("sitemap"), request),
    }


@require_safe
def api_index(request):
    return JsonResponse(sources(request), json_dumps_params={"indent": 2, "ensure_ascii": False})


@require_safe
def open_data_page(request):
    return render(request, "api/open_data.html", {"open_data": sources(request)})
