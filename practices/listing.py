"""Faceted listings (the materialenbank, the cases): filters, text search, sorting, facets and
pagination together, in a fixed number of queries."""

from django.conf import settings
from django.core.paginator import InvalidPage, Paginator
from django.http import Http404
from django.template.loader import render_to_string
from django.utils.functional import cached_property
from django.utils.module_loading import import_string
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

from vocabulary.query import clean, did_you_mean

from .filters import CaseFilterSet
from .models import CasePage, PracticeMaterial, PracticePage
from .search.dutch import query_terms
from .search.highlight import matcher, snippet

SORTS = {
    "relevantie": gettext_lazy("relevantie"),
    "nieuw": gettext_lazy("nieuwste eerst"),
    "titel": gettext_lazy("titel (A-Z)"),
}
MATERIAL_TEXT_FOR_SNIPPETS = 50_000


class FacetedListing:
    """A filtered, faceted, paginated list of live pages, in a fixed number of queries.

    Subclasses set `filterset_class`, `model` and `per_page`, and may order the results.
    """

    filterset_class = None
    model = None
    per_page = 12

    def __init__(self, params):
        self.params = params
        self.q = clean(params.get("q"))
        data = params.copy()
        data["q"] = self.q
        # Restricted pages (Wagtail's privacy setting) are never listed, not even their titles.
        self.base = self.model.objects.live().public()
        self.filterset = self.get_filterset_class()(data, queryset=self.base)
        self.filterset.is_valid()
        self.notices = self.filterset.ignored_notices()

    def get_filterset_class(self):
        return self.filterset_class

    def page(self, number):
        """The page numbered `number`, its results in order; a 404 for what is no page."""
        paginator = Paginator([], self.per_page)
        paginator.count = self.total()  # counted with the facets: no COUNT query of its own
        try:
            page = paginator.page(number or 1)
        except InvalidPage:
            raise Http404(_("Deze pagina bestaat niet.")) from None
        ids = self.counted.page_ids
        found = self.model.with_listing_relations(self.base.filter(pk__in=ids)).in_bulk()
        # A page unpublished or deleted since its id was read is skipped.
        page.object_list = [found[pk] for pk in ids if pk in found]
        return page

    def ordering(self):
        """The name of the order of the results (see the filterset's `orderings`); None for
        the order of the text search's matches (relevance), whenever words were typed."""
        return None if self.q else next(iter(self.filterset.orderings))

    @cached_property
    def counted(self):
        """The number of results, the facet counts and the page's ids (see `count`)."""
        offset = page_offset(self.params.get("page"), self.per_page)
        return self.filterset.count(self.base, (self.ordering(), offset, self.per_page))

    def total(self):
        return self.counted.total

    def facets(self):
        return self.filterset.facets(self.base, self.counted)

    def active_filters(self):
        return self.filterset.active_filters()

    def selection_size(self):
        return len(self.active_filters()) + (1 if self.q else 0)


class PracticeListing(FacetedListing):
    """The materialenbank: facets plus Dutch text search and a choice of sort order."""

    model = PracticePage

    def __init__(self, index_page, params):
        # All practices live under the one materialenbank (max_count=1, parent_page_types).
        super().__init__(params)
        self.per_page = settings.PRACTICES_PER_PAGE
        self.sort = self.parse_sort(params.get("sort"))

    def get_filterset_class(self):
        # Other apps add facets (the network's maturity level) by naming a subclass.
        return import_string(settings.PRACTICE_FILTERSET)

    def parse_sort(self, value):
        default = "relevantie" if self.q else "nieuw"
        if value in (None, ""):
            return default
        if value not in SORTS:
            self.notices.append(
                _("Onbekende sortering genegeerd: %(value)s") % {"value": value[:30]}
            )
            return default
        return "nieuw" if value == "relevantie" and not self.q else value

    def ordering(self):
        return None if self.sort == "relevantie" else self.sort

    def page(self, number):
        page = super().page(number)
        if self.q:
            annotate_matches(page.object_list, self.q)
        return page


class CaseListing(FacetedListing):
    """The case list: facets and the share of cases that needed no classifying diagnostics."""

    filterset_class = CaseFilterSet
    model = CasePage

    def not_needed_summary(self):
        """The summary line for the current selection and, when filtered, for all cases."""
        lines = [not_needed_line(*CasePage.not_needed_counts(self.filterset.qs))]
        if self.active_filters():
            overall = not_needed_line(*CasePage.not_needed_counts(self.base))
            lines.append(_("Over alle casussen: %(line)s") % {"line": overall})
        return lines


def page_offset(number, per_page):
    """Where page `number` starts, read as the paginator reads it (Python's `int()`); 0 for what
    is no page number (the paginator then answers 404)."""
    try:
        return max(int(number or 1) - 1, 0) * per_page
    except (TypeError, ValueError):
        return 0


def not_needed_line(not_needed, total):
    return ngettext(
        "In %(n)d van %(m)d casus was classificerende diagnostiek niet nodig.",
        "In %(n)d van %(m)d casussen was classificerende diagnostiek niet nodig.",
        total,
    ) % {"n": not_needed, "m": total}


def annotate_matches(practices, q):
    """Give each result a highlighted `snippet` and `found_in`: the materials the words are in."""
    practices = list(practices)
    matches = matcher(query_terms(q))
    materials = {}
    rows = PracticeMaterial.objects.filter(
        practice_id__in=[p.pk for p in practices], document__isnull=False
    ).values_list("practice_id", "title", "document__title", "document__extracted_text")
    for practice_id, title, document_title, text in rows:
        materials.setdefault(practice_id, []).append(
            (title or document_title, (text or "")[:MATERIAL_TEXT_FOR_SNIPPETS])
        )
    for practice in practices:
        practice.found_in = [
            title for title, text in materials.get(practice.pk, []) if snippet(text, matches)
        ]
        practice.snippet = next(
            (found for text in practice.text_sections() if (found := snippet(text, matches))),
            "",
        )
        if not practice.snippet and practice.found_in:
            text = dict(materials[practice.pk])[practice.found_in[0]]
            practice.snippet = snippet(text, matches)


def active_filter_links(listing):
    """Each selected value with the query string that removes just that value."""
    links = []
    for group_label, label, name, value in listing.active_filters():
        params = listing.params.copy()
        params.setlist(name, [v for v in params.getlist(name) if v != value])
        for dropped in ("page", "format"):
            params.pop(dropped, None)
        links.append({"group": group_label, "label": label, "query": params.urlencode()})
    return links


def spelling_link(params, q):
    """ "Bedoelde je …?": the corrected words and the query string that searches them (the
    other filters kept), or None when every word is known."""
    corrected = did_you_mean(q) if q else None
    if not corrected:
        return None
    kept = params.copy()
    for dropped in ("page", "format"):
        kept.pop(dropped, None)
    kept["q"] = corrected
    return {"text": corrected, "query": kept.urlencode()}


def listing_json(request, context):
    """The listing as data: used by the in-page update and by other sites."""
    page = context["practices_page"]
    html = {
        "results": render_to_string("practices/includes/results.html", context, request=request),
        "facets": render_to_string("practices/includes/facets.html", context, request=request),
    }
    return {
        "count": page.paginator.count,
        "page": page.number,
        "num_pages": page.paginator.num_pages,
        "status": context["status_text"],
        "notices": context["listing"].notices,
        "results": [
            {
                "title": practice.title,
                "url": practice.url,
                "summary": practice.summary,
                "snippet": str(getattr(practice, "snippet", "")),
                "found_in": getattr(practice, "found_in", []),
                "core_activities": [a.slug for a in practice.core_activities.all()],
                "care_phases": [p.slug for p in practice.care_phases.all()],
                "centres": [c.slug for c in practice.centres],
                "first_published_at": practice.first_published_at,
            }
            for practice in page.object_list
        ],
        "facets": {
            group["name"]: [
                {
                    "value": o.value,
                    "label": str(o.label),
                    "count": o.count,
                    "selected": o.selected,
                }
                for o in group["options"]
            ]
            for group in context["facets"]
        },
        "html": html,
    }


def status_text(count, q):
    found = ngettext("%(count)d praktijk gevonden", "%(count)d praktijken gevonden", count) % {
        "count": count
    }
    return _("%(found)s voor ‘%(q)s’") % {"found": found, "q": q} if q else found


def listing_context(index_page, request):
    listing = PracticeListing(index_page, request.GET)
    page = listing.page(request.GET.get("page"))
    count = page.paginator.count
    return {
        "listing": listing,
        "practices_page": page,
        "facets": listing.facets(),
        "active_filter_links": active_filter_links(listing),
        "status_text": status_text(count, listing.q),
        "sorts": SORTS,
        "did_you_mean": spelling_link(request.GET, listing.q),
        # Deep combinations add nothing for search engines but crawl cost.
        "noindex": listing.selection_size() >= 2 or bool(listing.q) or page.number > 1,
        "query_without_page": query_string(request.GET, drop=("page", "format")),
    }


def query_string(params, drop=()):
    """The current GET parameters without some of them, ready to append after '?...&'."""
    kept = params.copy()
    for name in drop:
        kept.pop(name, None)
    encoded = kept.urlencode()
    return f"{encoded}&" if encoded else ""


def case_listing_context(index_page, request):
    listing = CaseListing(request.GET)
    page = listing.page(request.GET.get("page"))
    return {
        "listing": listing,
        "cases_page": page,
        "facets": listing.facets(),
        "active_filter_links": active_filter_links(listing),
        "summary_lines": listing.not_needed_summary(),
        "status_text": ngettext(
            "%(count)d casus gevonden", "%(count)d casussen gevonden", page.paginator.count
        )
        % {"count": page.paginator.count},
        "noindex": listing.selection_size() >= 2 or page.number > 1,
        "query_without_page": query_string(request.GET, drop=("page",)),
    }
