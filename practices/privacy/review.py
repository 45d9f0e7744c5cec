"""The privacy review of a page: every text field scanned at once, findings mapped back.

A page's text fields (plain text, rich text as plain text, the text inside StreamField
blocks) are joined into one document, so Deduce runs once per page, not once per field.
Each field is a :class:`Segment` of that document: a finding maps back to its field and
to an offset in the field's own plain text, which is what the editor sees highlighted.

A :class:`ReviewFinding` carries a fingerprint of its field, kind, text and the words
around it in its paragraph: marking it as not identifying holds only while that context is
unchanged.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from functools import lru_cache
from html.parser import HTMLParser

from wagtail.fields import RichTextField

from .engine import scan
from .finding import (
    BIRTH_DATE_REPLACEMENT,
    DATUM,
    EMAIL,
    KIND_LABELS,
    REPLACEMENTS,
    RIJKSREGISTERNUMMER,
    TELEFOON,
    Finding,
)
from .rules import BIRTH_CUE_RE, is_valid_rijksregisternummer

#: Characters of context on either side, within the paragraph, that the fingerprint (and
#: the editor) sees: another paragraph changing does not bring a dismissed finding back.
CONTEXT_CHARS = 60
#: Fields are separated by a blank line: a sentence (and a name) never runs across two.
SEPARATOR = "\n\n"
_BLOCK_TAGS = frozenset(
    {"p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "div", "tr", "ul", "ol"}
)


class _TextExtractor(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts = []

    def handle_starttag(self, tag, attrs):
        if tag == "br" or tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data):
        self.parts.append(data)


def html_to_text(html: str) -> str:
    """Rich text as the reader sees it: one line per paragraph or list item."""
    parser = _TextExtractor()
    parser.feed(html or "")
    parser.close()
    lines = (
        re.sub(r"[ \t\r\f\v]+", " ", line).strip() for line in "".join(parser.parts).split("\n")
    )
    return "\n".join(line for line in lines if line)


def field_text(field, value) -> str:
    """The plain text of a model field's value (``field`` is the model field)."""
    if isinstance(field, RichTextField):
        return html_to_text(value)
    return value_text(value)


def value_text(value) -> str:
    """The plain text of a value: a string, rich text, or a StreamField value."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value.strip()
    source = getattr(value, "source", None)  # wagtail.rich_text.RichText
    if isinstance(source, str):
        return html_to_text(source)
    if hasattr(value, "raw_data") or isinstance(value, list | tuple):  # StreamValue, ListValue
        return "\n".join(filter(None, (value_text(getattr(b, "value", b)) for b in value)))
    if isinstance(value, dict):  # StructValue
        return "\n".join(filter(None, (value_text(v) for v in value.values())))
    return ""


@dataclass(frozen=True)
class Segment:
    field: str
    label: str
    start: int
    text: str

    @property
    def end(self) -> int:
        return self.start + len(self.text)


@dataclass(frozen=True)
class ReviewFinding:
    """A finding placed in its field, with the context the editor sees."""

    field: str
    field_label: str
    kind: str
    text: str
    before: str
    after: str
    #: Offset of the finding in the field's plain text.
    start: int

    @property
    def kind_label(self) -> str:
        return str(KIND_LABELS.get(self.kind, self.kind))

    @property
    def checksum_valid(self) -> bool:
        """A rijksregisternummer whose check digits add up (else a possible typing error)."""
        return self.kind == RIJKSREGISTERNUMMER and is_valid_rijksregisternummer(self.text)

    @property
    def restricted(self) -> bool:
        """Only the redactie may dismiss it: data that identifies on its own."""
        return self.kind in (EMAIL, TELEFOON) or self.checksum_valid

    @property
    def replacement(self) -> str:
        """A neutral wording to put in its place."""
        if self.kind == DATUM and BIRTH_CUE_RE.search(self.before[-25:]):
            return str(BIRTH_DATE_REPLACEMENT)
        return str(REPLACEMENTS.get(self.kind, REPLACEMENTS["andere"]))

    @property
    def fingerprint(self) -> str:
        """Stable while the finding and the words around it in its field are unchanged."""
        parts = (self.field, self.kind, self.text, self.before, self.after)
        normalised = "\x1f".join(re.sub(r"\s+", " ", part).strip() for part in parts)
        return hashlib.sha256(normalised.encode()).hexdigest()


def document(fields) -> tuple[str, list[Segment]]:
    """Join ``(field, label, plain text)`` triples into one text and its segment map."""
    segments, offset = [], 0
    for field, label, text in fields:
        if not text:
            continue
        segments.append(Segment(field, str(label), offset, text))
        offset += len(text) + len(SEPARATOR)
    return SEPARATOR.join(s.text for s in segments), segments


@lru_cache(maxsize=256)
def _scan(text: str) -> tuple[Finding, ...]:
    # The edit view, the form and the publish guard look at the same text in one request.
    return tuple(scan(text))


def review(fields) -> list[ReviewFinding]:
    """Scan ``(field, label, plain text)`` triples; findings in document order."""
    text, segments = document(fields)
    found = []
    for finding in _scan(text):
        segment = next(s for s in segments if s.start <= finding.start < s.end)
        start = finding.start - segment.start
        end = min(finding.end, segment.end) - segment.start
        found.append(
            ReviewFinding(
                field=segment.field,
                field_label=segment.label,
                kind=finding.kind,
                text=segment.text[start:end],
                before=segment.text[max(0, start - CONTEXT_CHARS) : start].rsplit("\n", 1)[-1],
                after=segment.text[end : end + CONTEXT_CHARS].split("\n", 1)[0],
                start=start,
            )
        )
    return found
