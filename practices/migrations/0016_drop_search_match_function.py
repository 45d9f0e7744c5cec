from django.db import migrations

# The text search goes through django-modelsearch's own query again (practices/search/matches.py),
# which never calls the function migration 0014 made: drop it and its index. Reversing this
# migration makes them again (0014's statements).
DROP = (
    "DROP INDEX CONCURRENTLY IF EXISTS practices_searchentry_match_gin",
    "DROP FUNCTION IF EXISTS practices_title_and_body(tsvector, tsvector)",
)
CREATE = (
    "CREATE OR REPLACE FUNCTION practices_title_and_body(title tsvector, body tsvector)"
    " RETURNS tsvector LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE COST 1000"
    " AS $$ BEGIN RETURN title || body; END $$",
    "CREATE INDEX CONCURRENTLY IF NOT EXISTS practices_searchentry_match_gin"
    " ON wagtailsearch_indexentry USING GIN (practices_title_and_body(title, body))",
)


def run(statements):
    def apply(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            for statement in statements:
                schema_editor.execute(statement)

    return apply


class Migration(migrations.Migration):
    atomic = False  # DROP INDEX CONCURRENTLY cannot run in a transaction
    dependencies = [("practices", "0015_privacy_dismissal_reason")]
    operations = [migrations.RunPython(run(DROP), run(CREATE))]
