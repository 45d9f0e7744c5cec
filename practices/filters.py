"""Public GET filters (shareable URLs, no JavaScript) and admin listing filters.

Invalid values never fail a request: the materialenbank drops unknown slugs with a notice; the
insight forms leave an invalid field out of the query and show Django's Dutch error next to it.
"""

import django_filters
from django.db import models
from django.forms import CheckboxSelectMultiple
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from taggit.models import Tag
from wagtail.admin.filters import WagtailFilterSet

from vocabulary.query import MAX_QUERY_LENGTH, build_query

from .models import (
    Addressee,
    CasePage,
    CoreActivity,
    Insight,
    InsightKind,
    InsightLevel,
    PracticePage,
    Recommendation,
    RecommendationStatus,
    RegulatoryTheme,
)
from .search.facets import FacetedFilterSet, FacetFilter
from .search.matches import AmongIds, ranked_ids


def text_ranking(queryset, text):
    """{id: position by relevance} of the items of `queryset` that match the text, or None."""
    query = build_query(text)
    if query is None:
        return None
    return {pk: position for position, pk in enumerate(ranked_ids(queryset, query))}


class TextSearchFilterSet(FacetedFilterSet):
    """Facets plus the words typed (`q`): the matches of the vocabulary's query, in relevance."""

    q = django_filters.CharFilter(label=_("Zoekterm"), method="filter_text")

    def filter_text(self, queryset, name, value):
        matches = self.ranked_ids()
        return queryset if matches is None else queryset.filter(AmongIds(matches))

    @cached_property
    def text_query(self):
        """The search query of the words typed; None when they make none (punctuation)."""
        return build_query(self.form.cleaned_data.get("q"))

    @cached_property
    def text_matches(self):
        query = self.text_query
        return None if query is None else ranked_ids(self.queryset, query)

    def ranked_ids(self):
        """The ids of the listed items that match the text, most relevant first (one search
        per request), or None when no words were typed."""
        return self.text_matches


class PracticeFilterSet(TextSearchFilterSet):
    """The public filters of the materialenbank; the parameter names are a stable interface."""

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
    materiaal = FacetFilter(label=_("Soort materiaal"), lookup="materials__kind")
    succesfactor = FacetFilter(
        label=_("Toont succesfactor"),
        lookup="insight_links__insight__slug",
        label_field="title",
        limit_to={"kind": InsightKind.SUCCESS_FACTOR, "live": True},
    )

    class Meta:
        model = PracticePage
        fields = []


def themes_of_published_insights(request=None):
    return (
        Tag.objects.filter(practices_insighttag_items__content_object__live=True)
        .distinct()
        .order_by("name")
    )


class InsightFilterSet(django_filters.FilterSet):
    """The public filters of /inzichten/; parameter names follow the materialenbank's."""

    q = django_filters.CharFilter(
        label=_("Zoek een inzicht"), method="search", max_length=MAX_QUERY_LENGTH
    )
    soort = django_filters.ChoiceFilter(
        label=_("Soort"),
        field_name="kind",
        choices=InsightKind.choices,
        empty_label=_("Alle soorten"),
    )
    niveau = django_filters.ChoiceFilter(
        label=_("Niveau"),
        field_name="level",
        choices=InsightLevel.choices,
        empty_label=_("Alle niveaus"),
    )
    kernactiviteit = django_filters.ModelMultipleChoiceFilter(
        label=_("Kernactiviteit"),
        field_name="core_activities",
        queryset=CoreActivity.objects.all(),
        to_field_name="slug",
        widget=CheckboxSelectMultiple,
        method="filter_related",
    )
    thema = django_filters.ModelChoiceFilter(
        label=_("Thema"),
        field_name="tags",
        queryset=themes_of_published_insights,
        to_field_name="slug",
        empty_label=_("Alle thema's"),
        method="filter_related",
    )
    regelgeving = django_filters.ChoiceFilter(
        label=_("Regelgeving"),
        field_name="regulatory_theme",
        choices=RegulatoryTheme.choices,
        empty_label=_("Alle inzichten"),
    )

    class Meta:
        model = Insight
        fields = []

    def filter_related(self, queryset, name, value):
        """Match any chosen value, through a subquery so the rows are neither joined nor doubled."""
        values = [value] if isinstance(value, models.Model) else list(value)
        if not values:
            return queryset
        return queryset.filter(
            pk__in=Insight.objects.filter(**{f"{name}__in": values}).values("pk")
        )

    def search(self, queryset, name, value):
        ranking = text_ranking(Insight.objects.public(), value)
        return queryset.none() if ranking is None else queryset.filter(pk__in=list(ranking))


class RecommendationFilterSet(django_filters.FilterSet):
    bestemmeling = django_filters.ChoiceFilter(
        label=_("Bestemmeling"),
        field_name="addressee",
        choices=Addressee.choices,
        empty_label=_("Alle bestemmelingen"),
    )
    status = django_filters.ChoiceFilter(
        label=_("Status"),
        choices=RecommendationStatus.choices,
        empty_label=_("Elke status"),
    )

    class Meta:
        model = Recommendation
        fields = []


class InsightAdminFilterSet(WagtailFilterSet):
    kind = django_filters.ChoiceFilter(label=_("Soort"), choices=InsightKind.choices)
    level = django_filters.ChoiceFilter(label=_("Niveau"), choices=InsightLevel.choices)
    core_activities = django_filters.ModelMultipleChoiceFilter(
        label=_("Kernactiviteit"),
        queryset=CoreActivity.objects.all(),
        widget=CheckboxSelectMultiple,
        distinct=True,
    )
    regulatory_theme = django_filters.ChoiceFilter(
        label=_("Regelgeving"), choices=RegulatoryTheme.choices
    )
    live = django_filters.BooleanFilter(label=_("Gepubliceerd"))

    class Meta:
        model = Insight
        fields = ["kind", "level", "core_activities", "regulatory_theme", "live"]


class RecommendationAdminFilterSet(WagtailFilterSet):
    addressee = django_filters.ChoiceFilter(label=_("Bestemmeling"), choices=Addressee.choices)
    status = django_filters.ChoiceFilter(label=_("Status"), choices=RecommendationStatus.choices)
    obstacle = django_filters.ModelChoiceFilter(
        label=_("Obstakel"), queryset=Insight.objects.filter(kind=InsightKind.OBSTACLE)
    )
    live = django_filters.BooleanFilter(label=_("Gepubliceerd"))

    class Meta:
        model = Recommendation
        fields = ["addressee", "status", "obstacle", "live"]


class CaseFilterSet(TextSearchFilterSet):
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
