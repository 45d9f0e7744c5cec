"""Clear the cached thesaurus and corpus when what they are built from changes."""

from django.db import transaction
from django.db.models.signals import post_delete, post_save
from modelsearch.index import get_indexed_models
from wagtail.models import PageViewRestriction

from . import corpus, synonyms


def forget_synonyms(sender, **kwargs):
    transaction.on_commit(synonyms.forget)


def forget_corpus(sender, **kwargs):
    # After the commit: the search index is written then too, and the next query reads it.
    transaction.on_commit(corpus.forget)


def connect():
    from .models import Synonym

    for signal in (post_save, post_delete):
        signal.connect(forget_synonyms, sender=Synonym, dispatch_uid=f"synonyms-{signal}")
        for model in (*get_indexed_models(), PageViewRestriction):
            signal.connect(
                forget_corpus, sender=model, dispatch_uid=f"corpus-{model._meta.label}-{signal}"
            )
