"""Filters for the insights: public GET forms (shareable URLs, no JavaScript) and admin listings.

Invalid values never fail a request: django-filter leaves an invalid field out of the query and
the form shows Django's Dutch error next to it.
"""

import re

import django_filters
from django.db import models
from django.forms import CheckboxSelectMultiple
from django.utils.translation import gettext_lazy as _
from taggit.models import Tag
from wagtail.admin.filters import WagtailFilterSet

from .models import (
    Addressee,
    CoreActivity,
    Insight,
    InsightKind,
    InsightLevel,
    Recommendation,
    RecommendationStatus,
    RegulatoryTheme,
)

SEARCH_MAX_LENGTH = 200
WORD = re.compile(r"\w+")


def themes_of_published_insights(request=None):
    return (
        Tag.objects.filter(practices_insighttag_items__content_object__live=True)
        .distinct()
        .order_by("name")
    )


class InsightFilterSet(django_filters.FilterSet):
    """The public filters of /inzichten/; parameter names follow the materialenbank's."""

    q = django_filters.CharFilter(
        label=_("Zoek een inzicht"), method="search", max_length=SEARCH_MAX_LENGTH
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
        # Plain lower-case words only: quotes and upper-case AND/OR/NEAR are full-text syntax.
        words = " ".join(WORD.findall(value.lower()))
        if not words:
            return queryset.none()
        hits = Insight.objects.public().search(words, operator="and")
        return queryset.filter(pk__in=[hit.pk for hit in hits])


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
