"""Accessibility checks on uploaded PDF materials (EN 301 549 clause 10 counts documents too).

Pure functions on a binary file object, so the model and the backfill migration share them.
"""

from pypdf import PdfReader
from pypdf.errors import PdfReadError

NO_TEXT = "no-text"
NO_LANGUAGE = "no-language"
NO_TITLE = "no-title"
UNREADABLE = "unreadable"

# A text layer on none of the first pages means a scan; reading further only costs time.
PAGES_TO_SCAN_FOR_TEXT = 10


def pdf_accessibility_issues(fileobj):
    """The accessibility issue codes of a PDF, in a stable order; empty when none were found."""
    try:
        reader = PdfReader(fileobj)
        issues = []
        pages = reader.pages[:PAGES_TO_SCAN_FOR_TEXT]
        if not any((page.extract_text() or "").strip() for page in pages):
            issues.append(NO_TEXT)
        if not str(reader.root_object.get("/Lang") or "").strip():
            issues.append(NO_LANGUAGE)
        if not (reader.metadata and (reader.metadata.title or "").strip()):
            issues.append(NO_TITLE)
    except (PdfReadError, ValueError, KeyError, TypeError):
        return [UNREADABLE]
    return issues
