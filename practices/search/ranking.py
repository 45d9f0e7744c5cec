"""The ids of the items that match a text search, most relevant first.

Wagtail's PostgreSQL backend matches from the model's table: it joins every listed page to its
search index entry (on a text id) and tests `title || body` there, one page at a time. For a
common word at 100,000 practices that loop took about 0.6 s, although a GIN index finds the
entries in a few milliseconds. Here the same match and the same ranking (Wagtail's own tsquery
and ts_rank expressions) run on the index table alone, through the GIN index on
`practices_title_and_body(title, body)` (migration 0014: `title || body` with its true cost, so
the planner does not prefer concatenating every entry). Other backends (SQLite's FTS5,
OpenSearch) are asked through Wagtail as usual.

The index holds every item of the model, drafts and unpublished pages included: the ids are
always to be narrowed to the items listed (the facet index does, `pk__in` does).
"""

from django.contrib.postgres.search import SearchVectorField
from django.db.models import BigIntegerField, F, Func
from django.db.models.functions import Cast
from modelsearch.utils import get_descendants_content_types_pks
from wagtail.search.backends import get_search_backend

MATCH_FUNCTION = "practices_title_and_body"  # created by migration 0014


def matching_ids(model, query):
    """A queryset of the ids of `model`'s indexed items that match `query` (a Wagtail search
    query, every word required), most relevant first, ties broken by the highest id as Wagtail
    does."""
    # Imported here: the module reads the app registry, which models importing this are filling.
    from modelsearch.backends.database.postgres.postgres import PostgresSearchBackend

    backend = get_search_backend()
    if not isinstance(backend, PostgresSearchBackend):
        results = backend.search(query, model.objects.only("pk"), operator="and")
        if hasattr(results, "get_queryset"):  # Wagtail's other database backends (SQLite)
            return results.get_queryset().values_list("pk", flat=True)
        # OpenSearch ranks; Wagtail then loads the items (only their ids) in that order.
        return [item.pk for item in results]
    return (
        ranked_entries(model, query, backend)
        .order_by(F("rank").desc(), F("item").desc())
        .values_list("item", flat=True)
    )


def ranked_entries(model, query, backend=None):
    """`model`'s search index entries (PostgreSQL) that match `query`, annotated with the id
    of their item (`item`) and Wagtail's relevance (`rank`: title rank times `title_norm`, plus
    body rank), in no order."""
    from modelsearch.backends.database.postgres.postgres import IndexEntry

    backend = backend or get_search_backend()
    compiler = backend.query_compiler_class(model.objects.all(), query, operator="and")
    config = compiler.get_config(backend)
    rank = compiler.build_tsrank(F("title"), compiler.query, config=config) * F(
        "title_norm"
    ) + compiler.build_tsrank(F("body"), compiler.query, config=config)
    return (
        IndexEntry.objects.filter(content_type_id__in=get_descendants_content_types_pks(model))
        .annotate(
            _vector_=Func(
                F("title"), F("body"), function=MATCH_FUNCTION, output_field=SearchVectorField()
            )
        )
        .filter(_vector_=compiler.build_tsquery(compiler.query, config=config))
        .annotate(item=Cast("object_id", BigIntegerField()), rank=rank)
    )
