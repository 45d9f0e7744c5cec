"""Writing the query log: once per search, in one insert, never failing the request.

A search is counted when the visitor asks it, not again when they refine it. The rule: a
request with search words is logged unless it is a later page (`page`), a data request
(`format`), or came from the same page with the same words (its Referer, which browsers send
for links and forms within the site): so clicking a filter, sorting or paging is not a new
search, while typing other words is. Rows older than SEARCH_LOG_RETENTION_DAYS are deleted by
`manage.py purge_search_log`."""

import logging
from datetime import timedelta
from urllib.parse import parse_qs, urlsplit

from django.conf import settings
from django.db import DatabaseError, transaction
from django.utils import timezone

from vocabulary.query import clean
from vocabulary.text import fold

from .models import LoggedSearch, SearchKind

logger = logging.getLogger(__name__)


def normalise(text):
    """The form a query is counted under: cleaned, lowercase, without accents."""
    return fold(clean(text))


def is_new_search(request, text):
    if not text or "page" in request.GET or "format" in request.GET:
        return False
    referer = urlsplit(request.headers.get("referer", ""))
    if referer.path != request.path:
        return True
    earlier = parse_qs(referer.query).get("q", [""])[0]
    return normalise(earlier) != normalise(text)


def record(request, text, kind, result_count):
    """Log the search if it is a new one (see the module's rule)."""
    if not is_new_search(request, text):
        return
    try:
        with transaction.atomic():  # a failed insert must not break the caller's transaction
            LoggedSearch.objects.create(query=normalise(text), kind=kind, result_count=result_count)
    except DatabaseError:
        logger.warning("Search not logged", exc_info=True)


def log_materialenbank_search(sender, request, query, result_count, **kwargs):
    record(request, query, SearchKind.MATERIALENBANK, result_count)


def purge(today=None):
    """Delete the rows older than the retention period; returns how many."""
    today = today or timezone.localdate()
    cutoff = today - timedelta(days=settings.SEARCH_LOG_RETENTION_DAYS)
    return LoggedSearch.objects.filter(date__lt=cutoff).delete()[0]
