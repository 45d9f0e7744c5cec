"""Editors' promoted results (wagtail.contrib.search_promotions) for a query."""

from django.db.models import Q
from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.models import Page
from wagtail.search.utils import normalise_query_string


def promoted_results(text):
    """The promotions of the query, in the editors' order; a page only while a visitor may see
    it. Read without `Query.get`, which would create a Query row for every search."""
    return list(
        SearchPromotion.objects.filter(query__query_string=normalise_query_string(text))
        .filter(Q(page__isnull=True) | Q(page__in=Page.objects.live().public()))
        .select_related("page")
        .order_by("sort_order")
    )
