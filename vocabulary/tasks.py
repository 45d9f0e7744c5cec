"""Work for the background worker (`manage.py db_worker --backend imports`)."""

from django.core.cache import cache
from django_tasks import task

from . import corpus

PENDING_KEY = "vocabulary:corpus-pending"
PENDING_SECONDS = 600  # a rebuild that never ran (a stopped worker) is asked for again after this


def renew_corpus():
    """Have the worker rebuild the corpus, once however many saves ask meanwhile."""
    if cache.add(PENDING_KEY, True, PENDING_SECONDS):
        rebuild_corpus.enqueue()


@task(backend="imports")
def rebuild_corpus():
    """Read the published texts again; saves arriving meanwhile ask for the next rebuild."""
    cache.delete(PENDING_KEY)
    corpus.rebuild()
