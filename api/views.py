"""The public, read-only API (Wagtail API v2): live public pages and insights only.

Each page endpoint serves one page type and filters with the same filterset, and so the same
public parameter names and semantics, as its public listing (/materialenbank/, /casussen/).
Unknown filter values are ignored and reported in `meta.notices`, as the listings do.
"""

from django.http import JsonResponse, QueryDict
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe
from wagtail.api import APIField
from wagtail.api.querysets import get_public_pages_queryset
from wagtail.api.v2.filters import OrderingFilter
from wagtail.api.v2.utils import BadRequestError
from wagtail.api.v2.views import BaseAPIViewSet, PagesAPIViewSet

from network.maturity import annotate_maturity
from practices.filters import CaseFilterSet, InsightFilterSet
from practices.models import CasePage, Insight, InsightIndexPage, PracticePage
from practices.selection import practice_filterset, practice_filterset_class

from .pagination import BoundedPagination
from .serializers import InsightUrlField, MaturityField

# Wagtail's own text search is replaced by the listings' `q` (Dutch normalisation, same hits).
WAGTAIL_SEARCH_PARAMETERS = {"search", "search_operator"}


def filter_notices(filterset):
    """Dutch notices for what the filterset left out: unknown facet values, invalid fields."""
    notices = list(filterset.ignored_notices()) if hasattr(filterset, "ignored_notices") else []
    for name, errors in filterset.form.errors.items():
        notices += [
            _("Filter %(name)s genegeerd: %(error)s") % {"name": name, "error": error}
            for error in errors
        ]
    return notices


class FilteredViewSetMixin:
    """Applies a django-filter FilterSet to the listing and reports what it ignored.

    Unknown parameters are ignored with a notice too, as on the public listings, rather than
    Wagtail's 400: a shared URL with one stale parameter keeps working.
    """

    filterset_class = None
    pagination_class = BoundedPagination

    @classmethod
    def get_filterset_class(cls):
        return cls.filterset_class

    def check_query_parameters(self, queryset):
        known = self.known_query_parameters.union(self.get_filterset_class().base_filters)
        self.notices = [
            _("Onbekende parameter genegeerd: %(name)s") % {"name": name[:60]}
            for name in sorted(set(self.request.GET) - known)
        ]

    def make_filterset(self, queryset):
        filterset = self.get_filterset_class()(self.request.GET, queryset=queryset)
        filterset.is_valid()
        return filterset

    def filtered(self, queryset):
        if self.action != "listing_view":
            return queryset
        filterset = self.make_filterset(queryset)
        self.notices = [*getattr(self, "notices", []), *filter_notices(filterset)]
        return filterset.qs

    def get_paginated_response(self, data):
        response = super().get_paginated_response(data)
        response.data["meta"]["notices"] = self.notices
        return response


class LivePagesAPIViewSet(FilteredViewSetMixin, PagesAPIViewSet):
    """One page type; live pages without view restrictions (Wagtail's public queryset)."""

    # The listings' filters replace Wagtail's per-field filters, tree filters and search.
    filter_backends = [OrderingFilter]
    known_query_parameters = PagesAPIViewSet.known_query_parameters.difference(
        {*WAGTAIL_SEARCH_PARAMETERS, "type", "child_of", "ancestor_of", "descendant_of"},
        {"translation_of", "locale"},
    )
    listing_default_fields = [
        *PagesAPIViewSet.listing_default_fields,
        "last_published_at",
        "summary",
    ]
    ordering = ("-first_published_at", "-pk")
    # What the API fields read, fetched once per response rather than once per item.
    prefetch = ()

    def get_queryset(self):
        try:
            public = get_public_pages_queryset(self.request, self.model)
        except ValueError as error:  # an unknown ?site=
            raise BadRequestError(str(error)) from error
        return self.prepare(self.filtered(public)).order_by(*self.ordering)

    def prepare(self, queryset):
        relations = self.model.with_listing_relations(queryset).select_related("locale")
        return relations.prefetch_related(*self.prefetch)

    def get_object(self):
        # The specific page as the queryset built it (annotations included), not a fresh copy.
        return BaseAPIViewSet.get_object(self)


class PracticesAPIViewSet(LivePagesAPIViewSet):
    model = PracticePage
    body_fields = [
        *PagesAPIViewSet.body_fields,
        APIField("maturity", serializer=MaturityField()),
    ]
    listing_default_fields = [*LivePagesAPIViewSet.listing_default_fields, "maturity"]
    prefetch = (
        "education_levels",
        "target_groups",
        "tags",
        "materials__document",
        "related_links__related",
    )

    @classmethod
    def get_filterset_class(cls):
        # The materialenbank's filterset, with what other apps add to it (maturity level).
        return practice_filterset_class()

    def make_filterset(self, queryset):
        return practice_filterset(self.request.GET, queryset)

    def prepare(self, queryset):
        return annotate_maturity(super().prepare(queryset))


class CasesAPIViewSet(LivePagesAPIViewSet):
    model = CasePage
    filterset_class = CaseFilterSet
    prefetch = ("start_phases", "practice_links__practice")


class InsightsAPIViewSet(FilteredViewSetMixin, BaseAPIViewSet):
    """Published insights (a snippet, not a page), filtered as on /inzichten/."""

    model = Insight
    filterset_class = InsightFilterSet
    filter_backends = [OrderingFilter]
    known_query_parameters = BaseAPIViewSet.known_query_parameters.difference(
        WAGTAIL_SEARCH_PARAMETERS
    )
    meta_fields = [*BaseAPIViewSet.meta_fields, APIField("html_url", serializer=InsightUrlField())]
    listing_default_fields = [
        *BaseAPIViewSet.listing_default_fields,
        "html_url",
        "title",
        "slug",
        "kind",
        "level",
    ]
    ordering = ("title", "pk")

    def get_queryset(self):
        public = Insight.objects.public()
        return (
            self.filtered(public)
            .prefetch_related("core_activities", "tags", "practice_links__practice")
            .order_by(*self.ordering)
        )

    def get_serializer_context(self):
        context = super().get_serializer_context()
        context["insight_index"] = InsightIndexPage.objects.live().public().first()
        return context


@require_safe
def taxonomies_view(request):
    """The practices endpoint's filters and the values each accepts, with live practice counts."""
    filterset_class = practice_filterset_class()
    public = get_public_pages_queryset(request, PracticePage)
    facets = filterset_class(QueryDict(), queryset=public).facets(public)
    return JsonResponse(
        {
            group["name"]: {
                "label": str(group["label"]),
                "values": [
                    {"slug": o.value, "label": str(o.label), "count": o.count}
                    for o in group["options"]
                    # Themes and centres that only drafts use are not public.
                    if o.count or not filterset_class.base_filters[group["name"]].only_used
                ],
            }
            for group in facets
        },
        json_dumps_params={"ensure_ascii": False},
    )


# URL name → endpoint. (DRF's as_view() clears a viewset's own `name`, so it is kept here.)
ENDPOINTS = {
    "praktijken": PracticesAPIViewSet,
    "casussen": CasesAPIViewSet,
    "inzichten": InsightsAPIViewSet,
}
