"""The sector's vocabulary (Flemish CLB and special-education terms) as a first thesaurus.

Editors keep it in the admin (Synoniemen); this only adds the terms that are not there yet.
"""

from django.db import migrations

# (term, equivalents, one way, note)
SECTOR_VOCABULARY = [
    ("HGD", ["handelingsgerichte diagnostiek"], False, ""),
    ("HGA", ["handelingsgericht advies", "handelingsgerichte adviezen"], False, ""),
    (
        "HGW",
        ["handelingsgericht werken", "handelingsgerichte diagnostiek", "handelingsgericht advies"],
        True,
        "Handelingsgericht werken is het kader; HGD en HGA zijn er engere termen van.",
    ),
    (
        "handelingsgericht werken",
        ["HGW", "handelingsgerichte diagnostiek", "handelingsgericht advies"],
        True,
        "",
    ),
    ("CLB", ["centrum voor leerlingenbegeleiding", "centra voor leerlingenbegeleiding"], False, ""),
    ("MDO", ["multidisciplinair overleg"], False, ""),
    ("IAC", ["individueel aangepast curriculum"], False, ""),
    (
        "GC-verslag",
        ["verslag gemeenschappelijk curriculum", "verslag voor leersteun", "gemotiveerd verslag"],
        False,
        "Verslag dat toegang geeft tot leersteun bij het gemeenschappelijk curriculum; "
        "vroeger het gemotiveerd verslag.",
    ),
    ("IAC-verslag", ["verslag individueel aangepast curriculum"], False, ""),
    ("OV4", ["opleidingsvorm 4"], False, "Buitengewoon secundair onderwijs, opleidingsvorm 4."),
    (
        "ICF-CY",
        ["ICF", "internationale classificatie van het functioneren"],
        False,
        "International Classification of Functioning, Disability and Health – Children and Youth.",
    ),
    ("NT2", ["Nederlands als tweede taal", "anderstalige leerlingen"], False, ""),
    (
        "OKAN",
        [
            "onthaalonderwijs voor anderstalige nieuwkomers",
            "anderstalige nieuwkomers",
            "NT2",
            "Nederlands als tweede taal",
        ],
        True,
        "Onthaalonderwijs voor anderstalige nieuwkomers; wie OKAN zoekt, vindt ook NT2.",
    ),
    (
        "anderstalige nieuwkomers",
        ["OKAN", "NT2", "Nederlands als tweede taal", "anderstalige leerlingen"],
        True,
        "",
    ),
    ("TOS", ["taalontwikkelingsstoornis", "taalstoornis"], False, ""),
    ("ASS", ["autismespectrumstoornis", "autisme"], False, ""),
    (
        "ADHD",
        ["aandachtstekortstoornis", "aandachtsstoornis", "aandachtsproblemen", "ADD"],
        False,
        "",
    ),
    (
        "leraar",
        ["leerkracht", "leraren", "leerkrachten", "onderwijzer"],
        False,
        "Vlaams en Nederlands gebruik door elkaar.",
    ),
    ("zorgleraar", ["zorgleerkracht"], False, "Nederlands / Vlaams."),
    (
        "zorgcoördinator",
        ["zorgleraar", "zorgleerkracht"],
        True,
        "In het basisonderwijs is de zorgcoördinator vaak ook zorgleraar; wie zorgleraar "
        "zoekt, krijgt niet elke tekst over de zorgcoördinator.",
    ),
    ("secundair", ["middelbaar"], False, "Vlaams / Nederlands."),
    ("basisschool", ["lagere school"], False, ""),
    ("kleuterklas", ["kleuteronderwijs", "kleuterschool"], False, ""),
    ("dyslexie", ["leesstoornis", "leesproblemen"], False, ""),
    ("dyscalculie", ["rekenstoornis", "rekenproblemen"], False, ""),
    (
        "concentratieproblemen",
        ["aandachtsproblemen", "concentreren", "concentratie"],
        False,
        "",
    ),
    (
        "spijbelen",
        ["schoolverzuim", "problematische afwezigheden", "problematische afwezigheid"],
        False,
        "",
    ),
    (
        "gedragsstoornis",
        ["gedragsproblemen", "gedragsmoeilijkheden", "probleemgedrag", "storend gedrag"],
        False,
        "",
    ),
    (
        "ouderbetrokkenheid",
        ["ouders betrekken", "ouderparticipatie", "samenwerking met ouders", "ouders als partner"],
        False,
        "",
    ),
    ("klasobservatie", ["observatie in de klas", "klasbezoek"], False, ""),
    ("kindgesprek", ["leerlinggesprek", "gesprek met de leerling"], False, ""),
    ("schoolweigering", ["schoolangst", "schoolvermijding"], False, ""),
    (
        "niet naar school",
        ["schoolweigering", "schoolverzuim", "problematische afwezigheden", "spijbelen"],
        True,
        "Zoals ouders en leraren het zeggen: ‘wil niet naar school’.",
    ),
    ("leersteuncentrum", ["LSC", "ondersteuningsnetwerk"], False, "Vroeger ondersteuningsnetwerk."),
    (
        "redelijke aanpassingen",
        ["STICORDI", "compenserende maatregelen", "dispenserende maatregelen"],
        False,
        "STICORDI: stimuleren, compenseren, remediëren, differentiëren, dispenseren.",
    ),
    ("buitengewoon onderwijs", ["BuO", "speciaal onderwijs"], False, "Nederlands: speciaal."),
    ("BuBaO", ["buitengewoon basisonderwijs"], False, ""),
    ("BuSO", ["buitengewoon secundair onderwijs"], False, ""),
    (
        "lezen",
        ["leesproblemen", "leesmotivatie", "dyslexie"],
        True,
        "Engere termen: wie ‘lezen’ zoekt, vindt ook praktijken over leesproblemen.",
    ),
    (
        "rekenen",
        ["rekenproblemen", "dyscalculie", "gecijferd bewustzijn"],
        True,
        "Engere termen: wie ‘rekenen’ zoekt, vindt ook praktijken over rekenproblemen.",
    ),
    # Types of special education (buitengewoon onderwijs) in Flanders.
    (
        "type basisaanbod",
        ["basisaanbod"],
        False,
        "Voor leerlingen voor wie redelijke aanpassingen in het gewoon onderwijs niet volstaan; "
        "vervangt sinds 2015 type 1 en type 8.",
    ),
    ("type 2", ["verstandelijke beperking"], False, ""),
    ("type 3", ["emotionele of gedragsstoornissen", "emotionele stoornis"], False, ""),
    ("type 4", ["motorische beperking"], False, ""),
    ("type 6", ["visuele beperking", "slechtziend", "blind"], False, ""),
    (
        "type 7",
        ["auditieve beperking", "spraak- of taalstoornis", "slechthorend", "doof"],
        False,
        "",
    ),
    ("type 9", ["autismespectrumstoornis", "autisme"], False, "Zonder verstandelijke beperking."),
]


def seed(apps, schema_editor):
    Synonym = apps.get_model("vocabulary", "Synonym")
    for term, equivalents, one_way, note in SECTOR_VOCABULARY:
        if not Synonym.objects.filter(term__iexact=term).exists():
            Synonym.objects.create(
                term=term, equivalents="\n".join(equivalents), one_way=one_way, note=note
            )


def unseed(apps, schema_editor):
    Synonym = apps.get_model("vocabulary", "Synonym")
    for term, *_rest in SECTOR_VOCABULARY:
        Synonym.objects.filter(term__iexact=term).delete()


class Migration(migrations.Migration):
    dependencies = [("vocabulary", "0001_synonym")]

    operations = [migrations.RunPython(seed, unseed)]
