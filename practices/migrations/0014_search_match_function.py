from django.db import migrations

# The text search (practices/search/ranking.py) matches `practices_title_and_body(title, body)`,
# which is `title || body` with its true cost declared. PostgreSQL costs the built-in `||` on
# two search vectors like an integer addition, so at 10,000 practices it chose to concatenate
# every entry's vectors (84 ms for a common word) over reading the matches from a GIN index
# (14 ms). A PL/pgSQL function is never inlined, so its COST reaches the planner; an index on
# the call lets the planner read the matches from the index.
# The index is built CONCURRENTLY: on an existing site, page saves go on writing the search index
# meanwhile (the build reads every entry: 8 s at 100,000 benchmark practices).
CREATE = (
    "CREATE OR REPLACE FUNCTION practices_title_and_body(title tsvector, body tsvector)"
    " RETURNS tsvector LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE COST 1000"
    " AS $$ BEGIN RETURN title || body; END $$",
    "CREATE INDEX CONCURRENTLY IF NOT EXISTS practices_searchentry_match_gin"
    " ON wagtailsearch_indexentry USING GIN (practices_title_and_body(title, body))",
)
DROP = (
    "DROP INDEX CONCURRENTLY IF EXISTS practices_searchentry_match_gin",
    "DROP FUNCTION IF EXISTS practices_title_and_body(tsvector, tsvector)",
)


def run(statements):
    def apply(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            for statement in statements:
                schema_editor.execute(statement)

    return apply


class Migration(migrations.Migration):
    atomic = False  # CREATE INDEX CONCURRENTLY cannot run in a transaction
    dependencies = [("practices", "0013_search_vectors_stored_inline")]
    operations = [migrations.RunPython(run(CREATE), run(DROP))]
