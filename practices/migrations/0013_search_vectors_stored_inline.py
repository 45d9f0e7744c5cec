from django.db import migrations

# Ranking reads every matching entry's title and body vectors. Stored out of line (TOAST, the
# default for large values) each read is an extra lookup in another table: ranking a common
# word's 6,500 matches at 10,000 practices took 130 ms, inline (compressed) about 20 ms. MAIN
# keeps a value inline unless the row cannot fit a page. Rows written before this migration keep
# their storage until rewritten (`manage.py update_index`).
COLUMNS = ("title", "body")


def storage(kind):
    def alter(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            schema_editor.execute(
                "ALTER TABLE wagtailsearch_indexentry "
                + ", ".join(f"ALTER COLUMN {column} SET STORAGE {kind}" for column in COLUMNS)
            )

    return alter


class Migration(migrations.Migration):
    dependencies = [
        ("practices", "0012_practicepagetag_practicetag_tag_practice"),
        ("wagtailsearch", "0010_add_text_fields"),
    ]
    operations = [migrations.RunPython(storage("MAIN"), storage("EXTENDED"))]
