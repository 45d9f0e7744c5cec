"""The words of the published content, for corrections, prefixes, word forms and compounds.

Built from django-modelsearch's index table (the text it indexed, one row per item), limited
to what visitors may see: live pages without view restrictions, and of other indexed models the
items their manager's `public()` (or `live=True`) returns. Drafts never lend their words to a
"Bedoelde je …?". Kept in Django's cache. Reading every published text costs seconds at
thousands of practices, so a save is answered by a rebuild in the background worker
(`tasks.renew_corpus`) while queries go on using the previous corpus; what takes words away
from visitors (an unpublication, a deletion, a view restriction) drops the corpus at once, and
the next query rebuilds it (signals.py).
"""

import bisect
from collections import Counter
from dataclasses import dataclass, field

from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.db import connection
from modelsearch.conf import get_app_config
from modelsearch.index import get_indexed_models
from wagtail.models import Page

from .text import fold, stem, words

CACHE_KEY = "vocabulary:corpus"
CACHE_SECONDS = 24 * 3600
MIN_WORD_LENGTH = 2


@dataclass
class Corpus:
    documents: int = 0
    frequency: dict = field(default_factory=dict)  # folded word -> documents it is in
    forms: dict = field(default_factory=dict)  # stem -> surface forms, most frequent first
    folded: list = field(default_factory=list)  # folded words, sorted (prefix search)

    @classmethod
    def of_texts(cls, texts):
        frequency = Counter()
        surface = Counter()
        documents = 0
        for text in texts:
            documents += 1
            found = {word for word in words(text) if len(word) >= MIN_WORD_LENGTH}
            surface.update(found)
            frequency.update({fold(word) for word in found})
        forms = {}
        for word, _count in surface.most_common():
            forms.setdefault(stem(word), []).append(word)
        return cls(documents, dict(frequency), forms, sorted(frequency))

    def __contains__(self, word):
        return fold(word) in self.frequency

    def share(self, word):
        """The share of the documents a word is in (0 for an unknown word)."""
        return self.frequency.get(fold(word), 0) / (self.documents or 1)

    def forms_of(self, word):
        """The written forms in the corpus of the word's stem (accents and word forms)."""
        return self.forms.get(stem(word), [])

    def completions(self, prefix, limit):
        """The most frequent corpus words that start with `prefix` (folded)."""
        prefix = fold(prefix)
        start = bisect.bisect_left(self.folded, prefix)
        found = []
        for word in self.folded[start:]:
            if not word.startswith(prefix):
                break
            found.append(word)
        return sorted(found, key=lambda w: -self.frequency[w])[:limit]


def visible_object_ids(model):
    """The ids (as index rows store them: text) of the items of `model` visitors may see, or
    None when there is no such notion for the model (its words are left out)."""
    if issubclass(model, Page):
        queryset = model.objects.live().public()
    elif hasattr(model.objects, "public"):
        queryset = model.objects.public()
    elif any(f.name == "live" for f in model._meta.get_fields()):
        queryset = model.objects.filter(live=True)
    else:
        return None
    return [str(pk) for pk in queryset.values_list("pk", flat=True)]


def published_texts():
    IndexEntry = get_app_config().get_model("IndexEntry")
    text_fields = (
        ("title_text", "body_text") if connection.vendor == "postgresql" else ("title", "body")
    )
    for model in get_indexed_models():
        # Only the most specific models: a page's row is stored under its own content type.
        ids = visible_object_ids(model)
        if not ids:
            continue
        content_type = ContentType.objects.get_for_model(model)
        rows = IndexEntry.objects.filter(content_type=content_type, object_id__in=ids).values_list(
            *text_fields
        )
        for title, body in rows.iterator():
            yield f"{title or ''} {body or ''}"


def corpus():
    found = cache.get(CACHE_KEY)
    return rebuild() if found is None else found


def rebuild():
    found = Corpus.of_texts(published_texts())
    cache.set(CACHE_KEY, found, CACHE_SECONDS)
    return found


def forget():
    cache.delete(CACHE_KEY)
