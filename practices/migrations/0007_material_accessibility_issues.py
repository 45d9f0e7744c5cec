from django.db import migrations, models

from practices.document_checks import pdf_accessibility_issues


def check_existing_pdfs(apps, schema_editor):
    """Existing PDFs get their warnings too, not only the ones uploaded from now on."""
    MaterialDocument = apps.get_model("practices", "MaterialDocument")
    for document in MaterialDocument.objects.filter(file__iendswith=".pdf"):
        try:
            with document.file.open("rb") as handle:
                issues = pdf_accessibility_issues(handle)
        except FileNotFoundError:
            continue
        MaterialDocument.objects.filter(pk=document.pk).update(accessibility_issues=issues)


class Migration(migrations.Migration):

    dependencies = [
        ('practices', '0006_insights_and_recommendations'),
    ]

    operations = [
        migrations.AddField(
            model_name='materialdocument',
            name='accessibility_issues',
            field=models.JSONField(blank=True, default=list, editable=False, verbose_name='toegankelijkheidsproblemen'),
        ),
        migrations.RunPython(check_existing_pdfs, migrations.RunPython.noop),
    ]
