"""What the visitor typed, made safe, and the search expression it becomes.

`query_for` is the one place where the vocabulary app's query builder (synonyms, typos,
prefixes) is connected; until then a word-OR plain text query."""

import re
import unicodedata

from modelsearch.query import PlainText

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


def fold(text):
    """Lowercase without diacritics, for comparing: 'Heroriëntering' -> 'herorientering'."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def query_for(text):
    """The modelsearch query expression for the cleaned `text` (adapter for vocabulary.query)."""
    return PlainText(text, operator="or")
