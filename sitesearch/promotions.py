"""Editors' promoted results (wagtail.contrib.search_promotions) for a query."""

from django.db.models import Q
from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.models import Page
from wagtail.search.utils import normalise_query_string

from .log import normalise


def promoted_results(text):
    """The promotions of the query, in the editors' order; a page only while a visitor may see
    it. Read without `Query.get`, which would create a Query row for every search.

    A promotion matches the words as Wagtail normalises them (lower case) and as the query log
    counts them (also without accents), since the search report adds promotions for the
    logged form."""
    query_strings = {normalise_query_string(text), normalise(text)}
    return list(
        SearchPromotion.objects.filter(query__query_string__in=query_strings)
        .filter(Q(page__isnull=True) | Q(page__in=Page.objects.live().public()))
        .select_related("page")
        .order_by("sort_order")
    )
