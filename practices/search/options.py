"""The facet options (value, label, order of every group) change rarely: cache them.

One cache entry per faceted filterset holds the rows of its options query. Saving or deleting a
row of any model the options are read from (the taxonomy, and for `only_used` groups every model
along the relation: a new tag on a practice offers a new theme) drops every entry, at once and
again when the transaction commits, so a request running meanwhile cannot keep old rows.
"""

from django.core.cache import cache
from django.db import transaction
from django.db.models.signals import post_delete, post_save

CACHE_SECONDS = 3600
KEY_PREFIX = "facet-options"
_watched_classes = set()


def cache_key(filterset_class):
    return f"{KEY_PREFIX}:{filterset_class.__module__}.{filterset_class.__qualname__}"


def cached_option_rows(filterset_class, compute):
    """The option rows of a filterset, from the cache or computed (and stored).

    Only watched classes are cached: nothing else would ever drop their entry."""
    if filterset_class not in _watched_classes:
        return compute()
    key = cache_key(filterset_class)
    rows = cache.get(key)
    if rows is None:
        rows = compute()
        cache.set(key, rows, CACHE_SECONDS)
    return rows


def forget_options(**kwargs):
    # Every process watches every class: the cache (Redis) is shared between processes.
    keys = [cache_key(cls) for cls in _watched_classes]
    cache.delete_many(keys)
    transaction.on_commit(lambda: cache.delete_many(keys))


def option_models(filterset_class):
    """Every model whose rows can change the options of a faceted filterset."""
    model = filterset_class._meta.model
    models = set()
    for flt in filterset_class.base_filters.values():
        lookup = getattr(flt, "lookup", None)
        if lookup is None or "__" not in lookup or flt.extra.get("choices"):
            continue
        current = model
        for name in lookup.split("__")[:-1]:
            field = current._meta.get_field(name)
            through = getattr(getattr(field, "remote_field", None), "through", None)
            if through is not None and flt.only_used:
                models.add(through)
            current = field.related_model
            if flt.only_used:
                models.add(current)
        models.add(current)
    return models


def watch(*filterset_classes):
    """Drop the cached options whenever a model they are read from changes."""
    for filterset_class in filterset_classes:
        _watched_classes.add(filterset_class)
        for model in option_models(filterset_class):
            uid = f"{KEY_PREFIX}:{model._meta.label}"
            post_save.connect(forget_options, sender=model, weak=False, dispatch_uid=uid)
            post_delete.connect(forget_options, sender=model, weak=False, dispatch_uid=uid)
