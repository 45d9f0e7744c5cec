"""The thesaurus as a lookup table, cached: read once per change, not once per query.

The table maps a folded term ("zorgleraar", "type 2") to the equivalents a search for it adds.
A two-way synonym adds each of its words to every other one; a one-way (narrower) synonym only
adds its equivalents to its term. Saving or deleting a synonym clears the cache (signals.py),
so the next query uses the change; nothing is re-indexed.
"""

from django.core.cache import cache

from .text import fold, words

CACHE_KEY = "vocabulary:synonyms"
CACHE_SECONDS = 24 * 3600


def build_table():
    from .models import Synonym

    table = {}
    for synonym in Synonym.objects.only("term", "equivalents", "one_way"):
        group = [synonym.term, *synonym.equivalent_list]
        sources = group[:1] if synonym.one_way else group
        for source in sources:
            key = key_of(source)
            if not key:
                continue
            added = table.setdefault(key, [])
            for other in group:
                # A term listed as its own synonym (or a loop) adds nothing new.
                if key_of(other) != key and other not in added:
                    added.append(other)
    return table


def key_of(text):
    """How a term is looked up: its folded words, joined by one space."""
    return " ".join(fold(word) for word in words(text))


def table():
    found = cache.get(CACHE_KEY)
    if found is None:
        found = build_table()
        cache.set(CACHE_KEY, found, CACHE_SECONDS)
    return found


def longest_term(table, words_, start, max_words):
    """The longest thesaurus term starting at `words_[start]`: (number of words, equivalents),
    or (1, []) when none does."""
    for length in range(min(max_words, len(words_) - start), 0, -1):
        equivalents = table.get(" ".join(fold(w) for w in words_[start : start + length]))
        if equivalents is not None:
            return length, equivalents
    return 1, []


def forget():
    cache.delete(CACHE_KEY)
