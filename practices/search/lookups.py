import json

from django.db.models import IntegerField, Lookup


@IntegerField.register_lookup
class InIds(Lookup):
    """`id__in_ids=[...]`: membership in a list sent as ONE parameter.

    The ids of a text search are computed once per request and reused by every facet count;
    `__in` would send one parameter per id per use and hit the driver's parameter limit.
    """

    lookup_name = "in_ids"
    prepare_rhs = False

    def as_sql(self, compiler, connection):
        lhs, lhs_params = self.process_lhs(compiler, connection)
        ids = [int(value) for value in self.rhs]
        if connection.vendor == "postgresql":
            return f"{lhs} = ANY(%s::integer[])", [*lhs_params, ids]
        return f"{lhs} IN (SELECT value FROM json_each(%s))", [*lhs_params, json.dumps(ids)]
