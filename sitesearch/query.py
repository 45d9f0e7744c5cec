"""What the visitor typed, made safe, and the search expression it becomes (the vocabulary
app's: synonyms, word forms, typing mistakes, the last word as a prefix)."""

import re
import unicodedata

from vocabulary.query import build_query
from vocabulary.text import fold

MAX_QUERY_LENGTH = 200
SPACES = re.compile(r"\s+")


def clean(text):
    """The query without control characters and surrounding or repeated spaces, at most
    MAX_QUERY_LENGTH characters; returns (text, was_truncated)."""
    text = "".join(
        " " if unicodedata.category(char).startswith("C") else char for char in str(text or "")
    )
    text = SPACES.sub(" ", text).strip()
    if len(text) > MAX_QUERY_LENGTH:
        return text[:MAX_QUERY_LENGTH].rstrip(), True
    return text, False


def query_for(text):
    """The modelsearch query expression for the cleaned `text`, or None when it has no word
    worth searching (only stop words or signs)."""
    return build_query(text)


__all__ = ["clean", "fold", "query_for"]
