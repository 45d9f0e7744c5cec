"""Existing cases get a contributing centre, so the per-centre rights cover them.

A case illustrates practices; it gets the first contributing centre of the first practice it
links. A case that links none stays without centre: its editor picks one on the next save
(the case form requires one).
"""

from django.db import migrations


def give_cases_a_centre(apps, schema_editor):
    CasePage = apps.get_model("practices", "CasePage")
    CasePractice = apps.get_model("practices", "CasePractice")
    Contribution = apps.get_model("network", "Contribution")
    CaseContribution = apps.get_model("network", "CaseContribution")
    for case in CasePage.objects.filter(contributions__isnull=True):
        practice_ids = CasePractice.objects.filter(case_id=case.pk).order_by("sort_order", "pk")
        for practice_id in practice_ids.values_list("practice_id", flat=True):
            contribution = (
                Contribution.objects.filter(practice_id=practice_id)
                .order_by("sort_order", "pk")
                .first()
            )
            if contribution is not None:
                CaseContribution.objects.create(case_id=case.pk, centre_id=contribution.centre_id)
                break


class Migration(migrations.Migration):
    dependencies = [("network", "0008_casecontribution")]
    operations = [migrations.RunPython(give_cases_a_centre, migrations.RunPython.noop)]
