"""The materialenbank's filters applied outside the listing (the Atom feed, the public API).

The filterset comes from `settings.PRACTICE_FILTERSET`, so every consumer gets the same
parameters, semantics and notices as /materialenbank/, including what other apps add to it.
"""

from django.conf import settings
from django.utils.module_loading import import_string

from vocabulary.query import clean

# Parameters of the listing page itself, not of the selection.
PAGE_PARAMETERS = ("page", "format", "sort")


def practice_filterset_class():
    return import_string(settings.PRACTICE_FILTERSET)


def practice_filterset(params, queryset):
    """The bound, validated filterset over `queryset`, the search words cleaned as the page does."""
    data = params.copy()
    data["q"] = clean(params.get("q"))
    filterset = practice_filterset_class()(data, queryset=queryset)
    filterset.is_valid()
    return filterset


def selection_query(params):
    """The query string of the selection alone ("" when none), e.g. for the feed link."""
    kept = params.copy()
    for name in PAGE_PARAMETERS:
        kept.pop(name, None)
    return kept.urlencode()
