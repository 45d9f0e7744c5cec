"""Dutch word normalisation shared by indexing and querying.

PostgreSQL's `dutch` configuration and SQLite's tokenizer disagree, and neither joins irregular
families such as "advies/adviezen" or "diagnostiek/diagnostische". We therefore index, next to
the normal fields, one extra field of the vocabulary's stems (`vocabulary.text.stem`): the same
Python code runs on both sides, so both databases find the same practices.
"""

import re

from wagtail.search.query import And, Or, PlainText

from vocabulary.text import fold, stem

WORD = re.compile(r"\w+(?:-\w+)*", re.UNICODE)
MAX_QUERY_LENGTH = 200
MAX_QUERY_TERMS = 12


def words(text):
    return WORD.findall(text or "")


def stems(text):
    """The set of normalised stems in a text (word order and frequency do not matter here)."""
    return {stem(word) for word in words(text) if len(word) > 1}


def clean_query(raw):
    """What is left of a visitor's query: printable, at most MAX_QUERY_LENGTH characters."""
    text = "".join(char if char.isprintable() else " " for char in (raw or ""))
    return " ".join(text.split())[:MAX_QUERY_LENGTH].strip()


def query_terms(text):
    return [word for word in words(text) if len(word) > 1][:MAX_QUERY_TERMS]


def build_query(text):
    """All words must match; each word matches as typed or by its normalised stem."""
    terms = query_terms(text)
    if not terms:
        return None
    parts = []
    for term in terms:
        # Lower case: upper-case AND/OR/NEAR are operators in SQLite's full-text syntax.
        term = term.lower()
        normalised = stem(term)
        variants = [PlainText(term)]
        if normalised != fold(term):
            variants.append(PlainText(normalised))
        parts.append(variants[0] if len(variants) == 1 else Or(variants))
    return parts[0] if len(parts) == 1 else And(parts)
