"""Renew the cached thesaurus and corpus when what they are built from changes."""

from django.db import transaction
from django.db.models.signals import post_delete, post_save
from modelsearch.index import get_indexed_models
from wagtail.models import PageViewRestriction
from wagtail.signals import page_unpublished, unpublished

from . import corpus, synonyms
from .tasks import renew_corpus


def forget_synonyms(sender, **kwargs):
    transaction.on_commit(synonyms.forget)


def renew(sender, raw=False, **kwargs):
    # Fixtures and restores (raw saves) index afterwards with `update_index`; otherwise after
    # the commit: the search index is written then too, and the rebuild reads it.
    if not raw:
        transaction.on_commit(renew_corpus)


def forget(sender, **kwargs):
    """Words visitors may no longer see leave at once: the next query rebuilds the corpus."""
    transaction.on_commit(corpus.forget)
    renew(sender)


def connect():
    from .models import Synonym

    for signal in (post_save, post_delete):
        signal.connect(forget_synonyms, sender=Synonym, dispatch_uid=f"synonyms-{signal}")
    for model in get_indexed_models():
        post_save.connect(renew, sender=model, dispatch_uid=f"corpus-save-{model._meta.label}")
        post_delete.connect(forget, sender=model, dispatch_uid=f"corpus-del-{model._meta.label}")
    for signal in (post_save, post_delete):
        signal.connect(forget, sender=PageViewRestriction, dispatch_uid=f"corpus-pvr-{signal}")
    page_unpublished.connect(forget, dispatch_uid="corpus-page-unpublished")
    unpublished.connect(forget, dispatch_uid="corpus-unpublished")
