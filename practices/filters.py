import django_filters
from django.utils.translation import gettext_lazy as _

from .models import CasePage, PracticePage
from .search.dutch import build_query
from .search.facets import FacetedFilterSet, FacetFilter


def text_matches(queryset, text):
    """The items of `queryset` that match the text, ranked by the search backend."""
    query = build_query(text)
    if query is None:
        return None
    return queryset.search(query, operator="and").annotate_score("_score").get_queryset()


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
        matches = text_matches(queryset.model.objects.live(), value)
        return queryset if matches is None else queryset.filter(pk__in=matches.values("pk"))


class CaseFilterSet(FacetedFilterSet):
    """The public filters of the case list; the parameter names are a stable interface."""

    niveau = FacetFilter(
        label=_("Onderwijsniveau"), lookup="education_levels__slug", order_field="sort_order"
    )
    verslag = FacetFilter(label=_("Verslag"), lookup="verslag")
    type = FacetFilter(label=_("Type"), lookup="verslag_type")
    diagnostiek = FacetFilter(
        label=_("Classificerende diagnostiek nodig"), lookup="classifying_diagnostics"
    )
    kernactiviteit = FacetFilter(
        label=_("Kernactiviteit"), lookup="core_activities__slug", order_field="sort_order"
    )

    class Meta:
        model = CasePage
        fields = []
