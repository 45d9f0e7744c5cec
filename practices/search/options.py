"""The facet data (the options of every group, and the values of every listed item) changes
rarely: keep it, and know when it changed.

One version token in the cache (shared between processes: Redis in production, files in
development) stands for the current facet data. Saving or deleting a row of any model the facets
read (the items, their link tables, the taxonomies, and what a derived value depends on) sets a
new token, at once and again when the transaction commits, so a request running meanwhile cannot
keep old data. The option rows are cached under the token; the in-memory facet index
(`index.py`) is rebuilt when the token it was built for is no longer current.
"""

import uuid

from django.apps import apps
from django.core.cache import cache
from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save
from wagtail.models import COMMENTS_RELATION_NAME
from wagtail.signals import post_page_move

CACHE_SECONDS = 3600
KEY_PREFIX = "facet-options"
VERSION_KEY = "facet-data-version"
# What saving a draft (and the editor's autosave) or locking writes on a page: nothing a facet,
# a listing or its order reads.
PAGE_BOOKKEEPING_FIELDS = frozenset(
    {
        COMMENTS_RELATION_NAME,
        "latest_revision",
        "latest_revision_created_at",
        "draft_title",
        "has_unpublished_changes",
        "numchild",
        "locked",
        "locked_at",
        "locked_by",
    }
)
_watched_classes = set()


def data_version():
    """The token of the current facet data (a new one when the cache has none)."""
    version = cache.get(VERSION_KEY)
    if version is None:
        cache.add(VERSION_KEY, uuid.uuid4().hex, None)
        version = cache.get(VERSION_KEY)
    return version


def cache_key(filterset_class, version):
    return f"{KEY_PREFIX}:{filterset_class.__module__}.{filterset_class.__qualname__}:{version}"


def cached_option_rows(filterset_class, compute):
    """The option rows of a filterset, from the cache or computed (and stored).

    Only watched classes are cached: nothing else would ever make their entry old."""
    if filterset_class not in _watched_classes:
        return compute()
    key = cache_key(filterset_class, data_version())
    rows = cache.get(key)
    if rows is None:
        rows = compute()
        cache.set(key, rows, CACHE_SECONDS)
    return rows


def restricted_paths():
    """The paths of the view-restricted pages (Wagtail's privacy setting), cached under the facet
    data version, which a view restriction's change renews."""
    key = f"{KEY_PREFIX}:restricted-paths:{data_version()}"
    paths = cache.get(key)
    if paths is None:
        restrictions = apps.get_model("wagtailcore.PageViewRestriction").objects
        paths = sorted(restrictions.values_list("page__path", flat=True))
        cache.set(key, paths, CACHE_SECONDS)
    return paths


def public(queryset):
    """`queryset.public()` without its query per call (see `restricted_paths`)."""
    for path in restricted_paths():
        queryset = queryset.exclude(path__startswith=path)
    return queryset


def public_pages(pages, paths=None):
    """The live pages among `pages` (already loaded) outside every view-restricted subtree;
    `paths`, when the caller already has them, saves reading `restricted_paths()` again."""
    paths = tuple(restricted_paths() if paths is None else paths)
    return [page for page in pages if page.live and not page.path.startswith(paths)]


def forget_facet_data(update_fields=None, **kwargs):
    """Make the cached options and every process's facet index old (a signal receiver too)."""
    if update_fields and set(update_fields) <= PAGE_BOOKKEEPING_FIELDS:
        return

    def renew():
        cache.set(VERSION_KEY, uuid.uuid4().hex, None)

    renew()
    transaction.on_commit(renew)


def lookup_models(model, lookup):
    """The models along an ORM lookup path, with the through tables of many-to-many steps."""
    models = set()
    current = model
    for name in lookup.split("__")[:-1]:
        field = current._meta.get_field(name)
        through = getattr(getattr(field, "remote_field", None), "through", None)
        if through is not None:
            models.add(through)
        current = field.related_model
        models.add(current)
    return models


def facet_models(filterset_class):
    """Every model whose rows can change the options or the counts of a faceted filterset: the
    items, every model along every facet's lookup, and what a facet says it depends on."""
    model = filterset_class._meta.model
    # A view restriction changes which pages a public listing shows.
    models = {model, apps.get_model("wagtailcore.PageViewRestriction")}
    for flt in filterset_class.base_filters.values():
        lookup = getattr(flt, "lookup", None)
        if lookup is None:
            continue
        models |= lookup_models(model, lookup)
        models |= {apps.get_model(label) for label in flt.depends_on}
    return models


def watch(*filterset_classes):
    """Renew the facet data version whenever a model the facets read changes, or a page moves
    (Wagtail saves a moved page as a plain Page and rewrites its descendants' paths in SQL)."""
    post_page_move.connect(forget_facet_data, weak=False, dispatch_uid=f"{KEY_PREFIX}:move")
    for filterset_class in filterset_classes:
        _watched_classes.add(filterset_class)
        for model in facet_models(filterset_class):
            uid = f"{KEY_PREFIX}:{model._meta.label}"
            post_save.connect(forget_facet_data, sender=model, weak=False, dispatch_uid=uid)
            post_delete.connect(forget_facet_data, sender=model, weak=False, dispatch_uid=uid)
            m2m_changed.connect(forget_facet_data, sender=model, weak=False, dispatch_uid=uid)
