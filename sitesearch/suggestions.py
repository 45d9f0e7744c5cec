"""Suggestions while typing: practice titles, themes and thesaurus terms that a word of them
starts with what was typed, accents and case aside.

The candidates are a few thousand short strings: kept as one cached list (cleared when a page is
published or unpublished, else renewed after CACHE_SECONDS) and matched in Python, so a request
costs one cache read."""

import re

from django.core.cache import cache
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from taggit.models import Tag

from practices.models import PracticeIndexPage, PracticePage
from vocabulary.models import Synonym
from vocabulary.text import fold

CACHE_KEY = "sitesearch-suggestion-candidates"
CACHE_SECONDS = 300
MIN_LENGTH = 2
LIMIT = 8
NON_WORD = re.compile(r"[\W_]+")


def searchable(text):
    """' ' + the folded words of `text` separated by single spaces, for word-prefix tests."""
    return " " + NON_WORD.sub(" ", fold(text)).strip()


def build_candidates():
    """[(searchable label, label, kind, url)] in the order suggestions are offered."""
    candidates = []
    index_page = PracticeIndexPage.objects.live().public().first()
    if index_page:
        base = index_page.url
        # Every practice is a child of the one materialenbank page.
        practices = PracticePage.objects.live().public().child_of(index_page)
        candidates += [
            (searchable(title), title, "praktijk", f"{base}{slug}/")
            for title, slug in practices.order_by("title").values_list("title", "slug")
        ]
        themes = (
            Tag.objects.filter(practices_practicepagetag_items__content_object__in=practices)
            .distinct()
            .order_by("name")
            .values_list("name", "slug")
        )
        candidates += [
            (searchable(name), name, "thema", f"{base}?{urlencode({'thema': slug})}")
            for name, slug in themes
        ]
    search_url = reverse("sitesearch:search")
    candidates += [
        (searchable(term), term, "term", f"{search_url}?{urlencode({'q': term})}")
        for term in sorted(set(Synonym.objects.values_list("term", flat=True)))
    ]
    return candidates


def candidates():
    return cache.get_or_set(CACHE_KEY, build_candidates, CACHE_SECONDS)


def forget_candidates(**kwargs):
    cache.delete(CACHE_KEY)


def suggestions(text, request=None):
    """At most LIMIT suggestions for `text`: labels that start with it first, then labels with a
    later word that starts with it."""
    prefix = searchable(text)
    if len(prefix.strip()) < MIN_LENGTH:
        return []
    starts, inside = [], []
    for label, title, kind, url in candidates():
        position = label.find(prefix)
        if position == 0:
            starts.append((title, kind, url))
        elif position > 0:
            inside.append((title, kind, url))
        if len(starts) >= LIMIT:
            break
    labels = {"praktijk": _("Praktijk"), "thema": _("Thema"), "term": _("Zoekterm")}
    return [
        {"label": title, "kind": kind, "kind_label": labels[kind], "url": url}
        for title, kind, url in (starts + inside)[:LIMIT]
    ]
