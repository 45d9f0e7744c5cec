"""The portal search: one text search per kind of content, a count per kind (the facet) and
one page of results, grouped by kind in the order of KINDS, each kind's in its own relevance.

The work is a fixed number of queries: a count per kind, and a slice of the one or two kinds
the requested page spans."""

from django.core.paginator import InvalidPage, Paginator
from django.utils.functional import cached_property
from wagtail.search.backends import get_search_backend

from vocabulary.query import build_query

from .kinds import KINDS, KINDS_BY_SLUG

PER_PAGE = 20


class Result:
    def __init__(self, kind, item):
        self.kind = kind
        self.item = item
        self.title = str(item)
        self.summary = kind.summary(item)
        self.url = item.result_url


class PortalSearch:
    def __init__(self, text, kind_slug=None):
        self.text = text
        self.kind = KINDS_BY_SLUG.get(kind_slug)

    @cached_property
    def searches(self):
        """{kind slug: the search results of that kind} (lazy: nothing asked yet)."""
        query, backend = build_query(self.text), get_search_backend()
        if query is None:
            return {kind.slug: kind.visible().none() for kind in KINDS}
        return {kind.slug: backend.search(query, kind.visible()) for kind in KINDS}

    @cached_property
    def counts(self):
        return {slug: results.count() for slug, results in self.searches.items()}

    @property
    def total(self):
        return sum(self.counts.values())

    def facet(self):
        """Every kind with its count and whether it is the one selected."""
        return [
            {"kind": kind, "count": self.counts[kind.slug], "selected": kind == self.kind}
            for kind in KINDS
        ]

    def selected_kinds(self):
        return [self.kind] if self.kind else KINDS

    def page(self, number, request):
        """Page `number` (a Django Page whose object_list holds Results); InvalidPage when
        there is no such page."""
        kinds = self.selected_kinds()
        paginator = Paginator(range(sum(self.counts[k.slug] for k in kinds)), PER_PAGE)
        page = paginator.page(number or 1)
        start, stop = page.start_index() - 1, page.end_index()
        results, offset = [], 0
        for kind in kinds:
            count = self.counts[kind.slug]
            lo, hi = max(start - offset, 0), min(stop - offset, count)
            if lo < hi:
                items = list(self.searches[kind.slug][lo:hi])
                kind.links(items, request)
                results += [Result(kind, item) for item in items]
            offset += count
        page.object_list = results
        return page


__all__ = ["PortalSearch", "InvalidPage", "PER_PAGE"]
