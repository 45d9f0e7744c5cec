from django.db import migrations

# Wagtail's PostgreSQL search backend matches `(title || body) @@ query`; only an index on that
# very expression lets PostgreSQL avoid reading every index entry.
CREATE = (
    "CREATE INDEX IF NOT EXISTS practices_searchentry_title_body_gin"
    " ON wagtailsearch_indexentry USING GIN ((title || body))"
)
DROP = "DROP INDEX IF EXISTS practices_searchentry_title_body_gin"


def create(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(CREATE)


def drop(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(DROP)


class Migration(migrations.Migration):
    dependencies = [
        ("practices", "0004_material_extracted_text"),
        ("wagtailsearch", "0010_add_text_fields"),
    ]
    operations = [migrations.RunPython(create, drop)]
