"""The items a text search matches: asked of the search backend once per request, then used as
a plain list of ids by the total, the counts and the page.

The counts query repeats the item condition once per facet group; with the search itself in each
branch, PostgreSQL would match the words again for every group. The ids are therefore read once
(most relevant first, through django-modelsearch) and passed to the database as ONE parameter,
whatever their number: an array on PostgreSQL, a JSON list on SQLite (a list of thousands of
`IN (%s, ...)` placeholders would pass SQLite's limit on parameters).
"""

import json

from django.db.models import BooleanField, Expression, F


def ranked_ids(queryset, query, order_by_relevance=True):
    """The ids of the items of `queryset` that match `query` (a search query object), most
    relevant first (or in no particular order), read without loading the items."""
    results = queryset.search(query, order_by_relevance=order_by_relevance)
    if hasattr(results, "get_queryset"):  # the database backends (PostgreSQL, SQLite)
        return list(results.get_queryset().values_list("pk", flat=True))
    # OpenSearch answers with its own ranking; the items come back in that order.
    return [item.pk for item in results]


class AmongIds(Expression):
    """A condition: the field (the primary key by default) is one of `ids`, sent as one
    parameter."""

    conditional = True
    output_field = BooleanField()

    def __init__(self, ids, field="pk"):
        super().__init__()
        self.ids = [int(pk) for pk in ids]
        self.column = F(field)

    def resolve_expression(
        self, query=None, allow_joins=True, reuse=None, summarize=False, for_save=False
    ):
        clone = self.copy()
        clone.column = self.column.resolve_expression(
            query, allow_joins, reuse, summarize, for_save
        )
        return clone

    def get_source_expressions(self):
        return [self.column]

    def set_source_expressions(self, expressions):
        (self.column,) = expressions

    def as_sql(self, compiler, connection):
        column, params = compiler.compile(self.column)
        if not self.ids:
            return "1 = 0", []
        if connection.vendor == "postgresql":
            return f"{column} = ANY(%s)", [*params, self.ids]
        if connection.vendor == "sqlite":
            return f"{column} IN (SELECT value FROM json_each(%s))", [*params, json.dumps(self.ids)]
        placeholders = ", ".join(["%s"] * len(self.ids))
        return f"{column} IN ({placeholders})", [*params, *self.ids]
