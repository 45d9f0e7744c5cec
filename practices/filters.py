import django_filters
from django.utils.translation import gettext_lazy as _

from .models import PracticePage
from .search.dutch import build_query
from .search.facets import FacetedFilterSet, FacetFilter


def text_ranking(queryset, text):
    """{id: position by relevance} of the items of `queryset` that match the text, or None.

    One query; the backend orders by its own score (bm25 ascending on SQLite, ts_rank
    descending on PostgreSQL), so the position is the portable measure of relevance.
    """
    query = build_query(text)
    if query is None:
        return None
    matches = queryset.search(query, operator="and").get_queryset().values_list("pk", flat=True)
    return {pk: position for position, pk in enumerate(matches)}


class PracticeFilterSet(FacetedFilterSet):
    """The public filters of the materialenbank; the parameter names are a stable interface."""

    q = django_filters.CharFilter(label=_("Zoekterm"), method="filter_text")
    kernactiviteit = FacetFilter(
        label=_("Kernactiviteit"), lookup="core_activities__slug", order_field="sort_order"
    )
    fase = FacetFilter(
        label=_("Fase in het zorgcontinuüm"), lookup="care_phases__slug", order_field="sort_order"
    )
    niveau = FacetFilter(
        label=_("Onderwijsniveau"), lookup="education_levels__slug", order_field="sort_order"
    )
    doelgroep = FacetFilter(
        label=_("Doelgroep"), lookup="target_groups__slug", order_field="sort_order"
    )
    thema = FacetFilter(label=_("Thema"), lookup="tags__slug", only_used=True)
    centrum = FacetFilter(label=_("Centrum"), lookup="contributions__centre__slug", only_used=True)
    materiaal = FacetFilter(label=_("Soort materiaal"), lookup="materials__kind", repeats=True)

    class Meta:
        model = PracticePage
        fields = []

    def filter_text(self, queryset, name, value):
        ranking = self.text_ranking()
        return queryset if ranking is None else queryset.filter(id__in_ids=list(ranking))

    def text_ranking(self):
        """The text search runs once per request; every facet count reuses its ids."""
        if not hasattr(self, "_text_ranking"):
            self._text_ranking = text_ranking(self.queryset, self.form.cleaned_data.get("q"))
        return self._text_ranking
