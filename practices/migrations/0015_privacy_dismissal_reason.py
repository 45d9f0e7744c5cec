from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("practices", "0014_search_match_function"),
    ]

    operations = [
        # Dismissals made before a reason was required say so instead of staying empty.
        migrations.AddField(
            model_name="privacydismissal",
            name="reason",
            field=models.TextField(
                default="(geen reden gevraagd: gemarkeerd voor de reden verplicht werd)",
                help_text="Waarom dit gegeven niemand identificeert.",
                verbose_name="reden",
            ),
            preserve_default=False,
        ),
    ]
