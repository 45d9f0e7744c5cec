from django.http import Http404, JsonResponse
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from dissemination.models import StudyDayIndexPage
from practices.models import (
    CaseIndexPage,
    InsightIndexPage,
    PracticeIndexPage,
    RecommendationIndexPage,
)
from vocabulary.query import MAX_QUERY_LENGTH, cut

from .kinds import KINDS_BY_SLUG
from .log import record
from .models import SearchKind
from .promotions import promoted_results
from .search import InvalidPage, PortalSearch
from .suggestions import suggestions

SECTION_MODELS = [
    PracticeIndexPage,
    CaseIndexPage,
    InsightIndexPage,
    RecommendationIndexPage,
    StudyDayIndexPage,
]


def read_query(request):
    """The cleaned words and the notices about what was changed in them."""
    text, truncated = cut(request.GET.get("q", ""))
    notices = []
    if truncated:
        notices.append(
            _("Je zoekopdracht was te lang: we zochten op de eerste %(max)d tekens.")
            % {"max": MAX_QUERY_LENGTH}
        )
    return text, notices


@require_GET
def search(request):
    text, notices = read_query(request)
    kind_slug = request.GET.get("soort") or None
    if kind_slug and kind_slug not in KINDS_BY_SLUG:
        notices.append(_("Onbekende soort genegeerd: %(value)s") % {"value": kind_slug[:30]})
        kind_slug = None
    context = {"q": text, "notices": notices}
    if not text:
        sections = (model.objects.live().public().first() for model in SECTION_MODELS)
        context["sections"] = [page for page in sections if page]
        return TemplateResponse(request, "sitesearch/search.html", context)

    portal_search = PortalSearch(text, kind_slug)
    try:
        page = portal_search.page(request.GET.get("page"), request)
    except InvalidPage:
        raise Http404(_("Deze pagina bestaat niet.")) from None
    record(request, text, SearchKind.PORTAL, portal_search.total)
    kept = request.GET.copy()
    kept.pop("page", None)
    kept["q"] = text
    context.update(
        search=portal_search,
        facet=portal_search.facet(),
        results_page=page,
        promotions=promoted_results(text) if page.number == 1 else [],
        query_without_page=kept.urlencode() + "&",
    )
    return TemplateResponse(request, "sitesearch/search.html", context)


@require_GET
def suggest(request):
    text, _notices = read_query(request)
    return JsonResponse({"q": text, "suggestions": suggestions(text, request)})
