from django.db import migrations

CORE_ACTIVITIES = [
    ("consultatieve-leerlingenbegeleiding", "Consultatieve leerlingenbegeleiding",
     "Het CLB coacht (zorg)leraren zodat de school de zorgvraag zelf kan opnemen."),
    ("handelingsgericht-advies", "Handelingsgericht advies",
     "Meteen naar bruikbaar advies zodra de ondersteuningsnoden duidelijk zijn."),
    ("handelingsgerichte-diagnostiek", "Handelingsgerichte diagnostiek",
     "Het diagnostisch traject: intake, strategie, onderzoek, integratie en advies."),
    ("icf-cy", "ICF-CY",
     "Het functioneren van de leerling beschrijven met het ICF-CY-kader."),
]
CARE_PHASES = [
    ("fase-0", "Fase 0: brede basiszorg", "Zorg voor alle leerlingen, in de klas en op school."),
    ("fase-1", "Fase 1: verhoogde zorg", "Extra zorg binnen de school voor leerlingen die meer nodig hebben."),
    ("fase-2", "Fase 2: uitbreiding van zorg", "Het CLB en externen worden betrokken; leersteun komt in beeld."),
    ("fase-3", "Fase 3: individueel aangepast curriculum", "Overstap naar een individueel aangepast curriculum (IAC)."),
]
EDUCATION_LEVELS = [
    ("kleuter-gewoon", "Gewoon kleuteronderwijs"),
    ("kleuter-buitengewoon", "Buitengewoon kleuteronderwijs"),
    ("lager-gewoon", "Gewoon lager onderwijs"),
    ("lager-buitengewoon", "Buitengewoon lager onderwijs"),
    ("secundair-gewoon", "Gewoon secundair onderwijs"),
    ("secundair-buitengewoon", "Buitengewoon secundair onderwijs"),
]
TARGET_GROUPS = [
    ("leerling", "Leerling"),
    ("leraar", "Leraar"),
    ("zorgteam-school", "Zorgteam / school"),
    ("ouders", "Ouders"),
    ("clb-team", "CLB-team"),
]


def seed(apps, schema_editor):
    tables = [
        ("CoreActivity", CORE_ACTIVITIES),
        ("CarePhase", CARE_PHASES),
        ("EducationLevel", EDUCATION_LEVELS),
        ("TargetGroup", TARGET_GROUPS),
    ]
    for model_name, rows in tables:
        model = apps.get_model("practices", model_name)
        for order, row in enumerate(rows):
            slug, name, *description = row
            model.objects.update_or_create(
                slug=slug,
                defaults={"name": name, "description": description[0] if description else "", "sort_order": order},
            )


class Migration(migrations.Migration):
    dependencies = [("practices", "0001_initial")]
    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
