"""Highlighted snippets: where in a text the words of a query matched."""

from django.utils.html import escape
from django.utils.safestring import mark_safe

from vocabulary.text import fold, stem

from .dutch import WORD

WINDOW = 14  # words of context on each side of the first match


def matcher(terms):
    """A predicate telling whether a word of a text matches one of the query terms."""
    folded = {fold(term) for term in terms}
    stemmed = {stem(term) for term in terms}
    return lambda word: fold(word) in folded or stem(word) in stemmed


def snippet(text, matches):
    """An escaped excerpt around the first matching word, every match wrapped in <mark>.

    Returns an empty string when nothing in the text matches.
    """
    found = [m for m in WORD.finditer(text) if matches(m.group())]
    if not found:
        return ""
    tokens = list(WORD.finditer(text))
    first = next(i for i, token in enumerate(tokens) if token.start() == found[0].start())
    start_token = max(0, first - WINDOW)
    end_token = min(len(tokens) - 1, first + WINDOW)
    start = tokens[start_token].start()
    end = tokens[end_token].end()
    pieces = ["…" if start_token > 0 else ""]
    cursor = start
    for match in found:
        if match.start() < start or match.end() > end:
            continue
        pieces += [escape(text[cursor : match.start()]), f"<mark>{escape(match.group())}</mark>"]
        cursor = match.end()
    pieces.append(escape(text[cursor:end]))
    pieces.append("…" if end_token < len(tokens) - 1 else "")
    return mark_safe("".join(pieces))  # noqa: S308 - every piece of text above is escaped
