"""Dutch word normalisation shared by indexing and querying.

PostgreSQL's `dutch` configuration and SQLite's tokenizer disagree, and neither joins irregular
families such as "advies/adviezen" or "diagnostiek/diagnostische". We therefore index, next to
the normal fields, one extra field of the vocabulary's stems (`vocabulary.text.stem`): the same
Python code runs on both sides, so both databases find the same practices.
"""

import re

from vocabulary.text import stem

WORD = re.compile(r"\w+(?:-\w+)*", re.UNICODE)
MAX_QUERY_TERMS = 12


def words(text):
    return WORD.findall(text or "")


def stems(text):
    """The set of normalised stems in a text (word order and frequency do not matter here)."""
    return {stem(word) for word in words(text) if len(word) > 1}


def query_terms(text):
    return [word for word in words(text) if len(word) > 1][:MAX_QUERY_TERMS]
