"""Demo insights and recommendations (idempotent: what exists is kept, what is missing is added).

Fictional content written for this project, linked to the demo practices by slug.
"""

import datetime

from .demo_content import PRACTICES
from .models import (
    CoreActivity,
    Insight,
    InsightIndexPage,
    InsightKind,
    PracticeInsight,
    PracticePage,
    Recommendation,
    RecommendationIndexPage,
)

CONSULTATION = "consultatieve-leerlingenbegeleiding"
HGA = "handelingsgericht-advies"
HGD = "handelingsgerichte-diagnostiek"
ICF = "icf-cy"

INSIGHTS_PAGE = {
    "title": "Inzichten",
    "slug": "inzichten",
    "intro": (
        "<p>Wat het lerend netwerk uit de praktijken leerde: succesfactoren, randvoorwaarden, "
        "valkuilen en obstakels voor consultatie, handelingsgericht advies en handelingsgerichte "
        "diagnostiek, binnen het CLB, binnen onderwijs en in het samenspel tussen actoren.</p>"
    ),
}
RECOMMENDATIONS_PAGE = {
    "title": "Aanbevelingen",
    "slug": "aanbevelingen",
    "intro": (
        "<p>De aanbevelingen van het project aan de overheid, het onderwijs en de CLB's, telkens "
        "met het obstakel waarop ze antwoorden. Klaar om af te drukken voor de studiedag of het "
        "eindrapport.</p>"
    ),
}


def insight(kind, slug, title, level, activities, themes, explanation, practices, **extra):
    return {
        "kind": kind,
        "slug": slug,
        "title": title,
        "level": level,
        "core_activities": activities,
        "themes": themes,
        "explanation": explanation,
        "practices": practices,
        **extra,
    }


SF, PC, PF, OB = (
    InsightKind.SUCCESS_FACTOR,
    InsightKind.PRECONDITION,
    InsightKind.PITFALL,
    InsightKind.OBSTACLE,
)

INSIGHTS = [
    # Success factors: four per level.
    insight(
        SF,
        "vaste-consultatiemomenten",
        "Vaste consultatiemomenten in de schoolkalender",
        "clb",
        [CONSULTATION],
        ["teamprofessionalisering"],
        "Wanneer de CLB-medewerker op vaste momenten op school is, brengen leraren hun vragen "
        "vroeg in. Consultatie wordt dan een gewoonte in plaats van een noodgreep.",
        [
            "consultatie-kleuterklas-taalontwikkeling",
            "coaching-co-teachingduos",
            "consultatie-startende-leraren-klasmanagement",
        ],
    ),
    insight(
        SF,
        "intervisie-binnen-het-clb-team",
        "Intervisie over HGD-trajecten binnen het CLB-team",
        "clb",
        [HGD, ICF],
        ["teamprofessionalisering", "verslag en leersteun"],
        "Teams die hun trajecten regelmatig samen bespreken, durven vaker een verslag te "
        "onderbouwen met een beschrijving van het functioneren in plaats van met een label.",
        ["intervisie-hgd-casussen-clb-team", "icf-cy-gemeenschappelijke-taal-zorgteam"],
    ),
    insight(
        SF,
        "gedeeld-sjabloon-hga",
        "Eén gedeeld sjabloon voor handelingsgericht advies",
        "clb",
        [HGA],
        ["teamprofessionalisering"],
        "Een sjabloon dat vertrekt van de ondersteuningsnoden van leerling, leraar en ouders "
        "helpt medewerkers om meteen naar bruikbare adviezen te gaan.",
        [
            "hga-na-korte-intake-leesproblemen",
            "van-zorgvraag-naar-advies-bij-rekenproblemen",
            "diagnostische-informatie-vertalen-naar-klasadviezen",
        ],
    ),
    insight(
        SF,
        "tijd-voor-vraagverheldering",
        "Tijd voorzien voor vraagverheldering",
        "clb",
        [HGA, HGD],
        ["verslag en leersteun"],
        "Een grondige eerste verkenning van de vraag voorkomt onnodige testen. Centra die daar "
        "uren voor vrijmaken, starten minder vaak een volledig diagnostisch traject.",
        [
            "interne-vorming-van-vraagverheldering-naar-hga",
            "strategiefase-samen-onderzoeksvragen-formuleren",
        ],
    ),
    insight(
        SF,
        "zorgcoordinator-als-spil",
        "De zorgcoördinator als vaste gesprekspartner",
        "onderwijs",
        [CONSULTATION],
        ["klasmanagement"],
        "Een zorgcoördinator die vragen van leraren bundelt en opvolgt, maakt consultatie "
        "haalbaar en zorgt dat adviezen tot in de klas geraken.",
        [
            "handelingsgericht-mdo-in-vijf-stappen",
            "handelingsgerichte-klassenraad-eerste-graad",
            "compacten-en-verrijken-consultatie-zorgteams",
        ],
    ),
    insight(
        SF,
        "brede-basiszorg-eerst",
        "Eerst de brede basiszorg versterken",
        "onderwijs",
        [CONSULTATION, HGA],
        ["klasmanagement", "aandacht en concentratie"],
        "Klasbrede aanpakken in fase 0 lossen veel vragen op voor ze individuele zorgvragen "
        "worden. De school kijkt eerst naar wat de hele klas helpt.",
        [
            "executieve-functies-klasbrede-aanpak",
            "aandachtsproblemen-eerst-de-klascontext",
            "welbevindingsbevraging-klasbrede-zorg",
        ],
    ),
    insight(
        SF,
        "leraar-observeert-mee",
        "Leraren observeren mee",
        "onderwijs",
        [CONSULTATION, HGD],
        ["gedrag"],
        "Wanneer de leraar zelf mee observeert, herkent die sneller wat werkt in de klas en "
        "neemt die de adviezen gemakkelijker over.",
        [
            "consultatie-storend-gedrag-kleuterklas",
            "instapkleuters-moeilijke-start-samen-observeren",
            "fijnmotoriek-van-observatie-tot-klasadvies",
        ],
    ),
    insight(
        SF,
        "schoolbeleid-rond-zorg",
        "Een zorgbeleid dat het team draagt",
        "onderwijs",
        [CONSULTATION],
        ["teamprofessionalisering"],
        "Scholen met een gedragen visie op zorg zien consultatie als ondersteuning van het "
        "team, niet als het doorverwijzen van een leerling.",
        ["handelingsgericht-mdo-in-vijf-stappen", "consultatie-klassenteam-buitengewoon-lager"],
    ),
    insight(
        SF,
        "ouders-vanaf-de-start",
        "Ouders vanaf de start als partner",
        "samenspel",
        [HGA, HGD],
        ["ouderbetrokkenheid"],
        "Ouders die van bij de intake mee de vraag formuleren, herkennen zich in het advies en "
        "vragen minder snel om een label.",
        [
            "gezamenlijke-intake-ouders-school-clb",
            "ouders-als-partner-gespreksleidraad-eerste-contact",
            "verslag-bespreekbaar-maken-school-ouders",
        ],
    ),
    insight(
        SF,
        "gemeenschappelijke-taal-icf-cy",
        "Een gemeenschappelijke taal met ICF-CY",
        "samenspel",
        [ICF],
        ["verslag en leersteun", "teamprofessionalisering"],
        "Wanneer school, ouders, CLB en leersteuncentrum het functioneren in dezelfde termen "
        "beschrijven, gaat het gesprek over wat de leerling nodig heeft.",
        [
            "icf-cy-gemeenschappelijke-taal-zorgteam",
            "verslag-op-basis-van-icf-cy-zonder-label",
            "icf-cy-ondersteuningsnoden-autisme",
        ],
    ),
    insight(
        SF,
        "de-leerling-aan-het-woord",
        "De leerling komt zelf aan het woord",
        "samenspel",
        [HGD, HGA],
        ["welbevinden"],
        "Een kindgesprek in elk traject brengt informatie boven die geen test oplevert, en "
        "maakt de leerling mee-eigenaar van de aanpak.",
        ["kindgesprek-vaste-stap-in-elk-traject", "studiekeuzebegeleiding-met-ondersteuningsnoden"],
    ),
    insight(
        SF,
        "korte-lijnen-met-leersteuncentrum",
        "Korte lijnen met het leersteuncentrum",
        "samenspel",
        [HGA],
        ["verslag en leersteun", "co-teaching"],
        "Afspraken over wie wat opneemt na een verslag zorgen dat leersteun aansluit bij het "
        "advies van het CLB.",
        ["afstemming-clb-school-leersteuncentrum", "overleg-iac-gewoon-lager-onderwijs"],
    ),
    # Preconditions: the first two are the regulatory theme.
    insight(
        PC,
        "functioneren-beschreven-in-icf-cy",
        "Het functioneren is beschreven in ICF-CY-termen",
        "clb",
        [HGD, ICF],
        ["verslag en leersteun"],
        "Om zonder externe diagnostiek een type te bepalen, moet het dossier het functioneren "
        "van de leerling in alle relevante domeinen beschrijven, met de ondersteuningsnoden "
        "die eruit volgen.",
        ["verslag-op-basis-van-icf-cy-zonder-label", "integratiegesprek-gedeeld-beeld"],
        regulatory_theme="type-zonder-externe-diagnostiek",
    ),
    insight(
        PC,
        "handelingsplanning-gedocumenteerd",
        "De handelingsplanning in fase 1 is gedocumenteerd",
        "onderwijs",
        [HGD, CONSULTATION],
        ["verslag en leersteun"],
        "Een type bepalen op basis van handelingsgerichte diagnostiek kan pas als de school "
        "kan tonen welke maatregelen ze nam en wat die opleverden.",
        ["van-zorgvraag-naar-advies-bij-rekenproblemen", "overleg-iac-gewoon-lager-onderwijs"],
        regulatory_theme="type-zonder-externe-diagnostiek",
    ),
    insight(
        PC,
        "mandaat-van-de-directie",
        "Een mandaat van de CLB-directie",
        "clb",
        [HGD],
        ["teamprofessionalisering"],
        "Medewerkers durven pas anders te werken als de directie uitdrukkelijk steunt dat een "
        "verslag niet op een classificerende diagnose hoeft te steunen.",
        ["intervisie-hgd-casussen-clb-team", "interne-vorming-van-vraagverheldering-naar-hga"],
    ),
    insight(
        PC,
        "vorming-voor-nieuwe-medewerkers",
        "Vorming voor nieuwe medewerkers",
        "clb",
        [HGA, HGD],
        ["teamprofessionalisering"],
        "Nieuwe medewerkers leren de handelingsgerichte werkwijze het best van collega's, met "
        "tijd om mee te lopen in trajecten.",
        ["interne-vorming-van-vraagverheldering-naar-hga"],
    ),
    insight(
        PC,
        "overlegtijd-voor-leraren",
        "Overlegtijd voor leraren",
        "onderwijs",
        [CONSULTATION],
        ["klasmanagement"],
        "Consultatie vraagt dat leraren tijd krijgen om samen met de CLB-medewerker naar hun "
        "klas te kijken, binnen de opdracht.",
        ["coaching-co-teachingduos", "consultatie-startende-leraren-klasmanagement"],
    ),
    insight(
        PC,
        "gedeelde-afspraken-over-informatiedeling",
        "Afspraken over het delen van informatie",
        "samenspel",
        [HGA, HGD],
        ["ouderbetrokkenheid"],
        "School, CLB en ouders spreken vooraf af welke informatie gedeeld wordt en met wie, "
        "zodat vertrouwen en privacy samen gaan.",
        ["gezamenlijke-intake-ouders-school-clb", "warme-overdracht-zesde-leerjaar-eerste-jaar"],
    ),
    # Pitfalls.
    insight(
        PF,
        "advies-zonder-klascontext",
        "Adviezen zonder zicht op de klascontext",
        "clb",
        [HGA],
        ["klasmanagement"],
        "Adviezen die enkel op testresultaten steunen, blijken in de klas vaak niet haalbaar. "
        "Wie de klas niet gezien heeft, mist wat er al werkt.",
        [
            "aandachtsproblemen-eerst-de-klascontext",
            "diagnostische-informatie-vertalen-naar-klasadviezen",
        ],
    ),
    insight(
        PF,
        "testen-uit-gewoonte",
        "Testen uit gewoonte",
        "clb",
        [HGD],
        ["verslag en leersteun"],
        "Een vaste testbatterij afnemen voelt veilig, maar beantwoordt zelden de vraag van "
        "school en ouders. Onderzoeksvragen horen de keuze van instrumenten te sturen.",
        ["strategiefase-samen-onderzoeksvragen-formuleren", "intervisie-hgd-casussen-clb-team"],
    ),
    insight(
        PF,
        "consultatie-als-doorverwijzing",
        "Consultatie die een aanmelding wordt",
        "onderwijs",
        [CONSULTATION],
        ["teamprofessionalisering"],
        "Wanneer een consultatievraag meteen als aanmelding van de leerling behandeld wordt, "
        "verliest de school het eigenaarschap over de zorg.",
        ["handelingsgericht-mdo-in-vijf-stappen", "consultatie-storend-gedrag-kleuterklas"],
    ),
    insight(
        PF,
        "te-veel-adviezen-tegelijk",
        "Te veel adviezen tegelijk",
        "onderwijs",
        [HGA],
        ["klasmanagement"],
        "Een lange lijst adviezen overweldigt leraren. Twee of drie haalbare stappen met een "
        "afgesproken evaluatie werken beter.",
        ["hga-na-korte-intake-leesproblemen", "compenserende-maatregelen-lezen-secundair"],
    ),
    insight(
        PF,
        "ouders-pas-op-het-einde",
        "Ouders pas op het einde betrekken",
        "samenspel",
        [HGD],
        ["ouderbetrokkenheid"],
        "Ouders die pas bij het adviesgesprek aan tafel komen, herkennen hun kind niet in het "
        "verslag en zoeken elders een diagnose.",
        ["integratiegesprek-gedeeld-beeld", "verslag-bespreekbaar-maken-school-ouders"],
    ),
    insight(
        PF,
        "label-als-toegangsticket",
        "Het label als toegangsticket",
        "samenspel",
        [HGD, HGA],
        ["verslag en leersteun"],
        "Wanneer alle partners denken dat ondersteuning pas volgt na een diagnose, verschuift "
        "het gesprek van wat de leerling nodig heeft naar welk label past.",
        [
            "verslag-op-basis-van-icf-cy-zonder-label",
            "meertalige-kleuters-taalontwikkeling-of-achterstand",
        ],
    ),
    # Obstacles: the first two are rules that still impose classifying diagnostics.
    insight(
        OB,
        "verplichte-diagnose-type-9",
        "Een verslag type 9 vraagt een externe autismediagnose",
        "samenspel",
        [HGD],
        ["autisme", "verslag en leersteun"],
        "Ook wanneer het functioneren van de leerling goed beschreven is, vraagt de regelgeving "
        "voor type 9 een diagnose van een multidisciplinair team. Gezinnen wachten daardoor "
        "maanden op ondersteuning.",
        ["icf-cy-ondersteuningsnoden-autisme", "herorientering-buitengewoon-lager-onderwijs"],
        regulatory_theme="regel-classificerende-diagnostiek",
        regulation_reference=(
            "Toegangsvoorwaarden verslag type 9: diagnose autismespectrumstoornis door een "
            "multidisciplinair team"
        ),
    ),
    insight(
        OB,
        "medisch-attest-type-7",
        "Een verslag type 7 vraagt een medisch-audiologisch verslag",
        "samenspel",
        [HGD],
        ["verslag en leersteun"],
        "Voor leerlingen met een taalontwikkelingsstoornis blijft een classificerend onderzoek "
        "nodig, ook wanneer het CLB de ondersteuningsnoden al duidelijk beschreef.",
        ["communicatie-kleuters-taalontwikkelingsstoornis"],
        regulatory_theme="regel-classificerende-diagnostiek",
        regulation_reference=(
            "Toegangsvoorwaarden verslag type 7 (spraak- of taalontwikkelingsstoornis): "
            "multidisciplinair onderzoek met medisch-audiologische gegevens"
        ),
    ),
    insight(
        OB,
        "wachtlijsten-externe-diagnostiek",
        "Wachtlijsten voor externe diagnostiek",
        "samenspel",
        [HGD],
        ["verslag en leersteun"],
        "Waar externe diagnostiek nodig blijft, lopen de wachttijden op tot meer dan een jaar. "
        "Intussen blijft de leerling zonder aangepaste ondersteuning.",
        ["schoolweigering-buitengewoon-secundair", "overgang-secundair-leerlingen-met-autisme"],
    ),
    insight(
        OB,
        "caseload-clb-medewerkers",
        "Een hoge caseload per CLB-medewerker",
        "clb",
        [CONSULTATION, HGD],
        ["teamprofessionalisering"],
        "Medewerkers met veel scholen hebben weinig ruimte voor consultatie en grondige "
        "vraagverheldering, en vallen terug op snelle testen.",
        [
            "consultatie-kleuterklas-taalontwikkeling",
            "vroeg-signaleren-problematische-afwezigheden",
        ],
    ),
    insight(
        OB,
        "registratie-gericht-op-verslagen",
        "Registratie die verslagen telt",
        "clb",
        [CONSULTATION],
        ["teamprofessionalisering"],
        "De registratie van het CLB-werk maakt verslagen zichtbaar, maar consultatie en "
        "handelingsgericht advies nauwelijks. Wat niet geteld wordt, krijgt minder tijd.",
        ["coaching-co-teachingduos", "welbevindingsbevraging-klasbrede-zorg"],
    ),
    insight(
        OB,
        "verwachting-van-een-label-op-school",
        "Scholen verwachten een label",
        "onderwijs",
        [HGA],
        ["verslag en leersteun"],
        "Sommige scholen vragen een diagnose voor ze maatregelen nemen, ook in fase 1. Het CLB "
        "moet dan eerst het gesprek over zorg in de klas voeren.",
        ["compenserende-maatregelen-lezen-secundair", "aandachtsproblemen-eerst-de-klascontext"],
    ),
    insight(
        OB,
        "geen-tijd-voor-overleg-op-school",
        "Geen tijd voor overleg op school",
        "onderwijs",
        [CONSULTATION],
        ["klasmanagement"],
        "Zonder vaste overlegmomenten in het lesrooster blijft consultatie beperkt tot korte "
        "gesprekken in de gang.",
        ["consultatie-startende-leraren-klasmanagement", "coaching-co-teachingduos"],
    ),
    insight(
        OB,
        "ongelijke-toegang-tot-leersteun",
        "Ongelijke toegang tot leersteun tussen regio's",
        "samenspel",
        [HGA],
        ["verslag en leersteun"],
        "Het aanbod van leersteuncentra verschilt sterk per regio, waardoor hetzelfde verslag "
        "niet overal tot dezelfde ondersteuning leidt.",
        ["afstemming-clb-school-leersteuncentrum"],
    ),
]

# (obstacle slug, addressee, status, status date, text)
RECOMMENDATIONS = [
    (
        "verplichte-diagnose-type-9",
        "overheid",
        "overgemaakt",
        "2025-03-14",
        "Laat een verslag type 9 toe op basis van een grondige handelingsgerichte diagnostiek "
        "met een ICF-CY-beschrijving, zonder verplichte externe diagnose.",
    ),
    (
        "verplichte-diagnose-type-9",
        "clb",
        "besproken",
        "2025-02-06",
        "Documenteer bij elk traject voor type 9 hoe het functioneren beschreven werd, zodat "
        "het netwerk kan tonen dat een externe diagnose niet altijd nodig is.",
    ),
    (
        "medisch-attest-type-7",
        "overheid",
        "besproken",
        "2025-02-06",
        "Onderzoek welke gegevens voor een verslag type 7 echt een medisch onderzoek vragen en "
        "welke het CLB zelf kan aanleveren.",
    ),
    (
        "wachtlijsten-externe-diagnostiek",
        "overheid",
        "voorgesteld",
        "2025-04-22",
        "Voorzie bijkomende capaciteit voor multidisciplinaire diagnostiek waar de regelgeving "
        "die blijft vragen.",
    ),
    (
        "wachtlijsten-externe-diagnostiek",
        "onderwijs",
        "voorgesteld",
        "2025-04-22",
        "Start ondersteunende maatregelen in de klas zonder te wachten op het resultaat van een "
        "externe diagnose.",
    ),
    (
        "caseload-clb-medewerkers",
        "overheid",
        "overgemaakt",
        "2025-03-14",
        "Houd bij de omkadering van de CLB's rekening met de tijd die consultatie en "
        "vraagverheldering vragen.",
    ),
    (
        "caseload-clb-medewerkers",
        "clb",
        "besproken",
        "2025-01-16",
        "Maak in de jaarplanning van elk team uitdrukkelijk tijd vrij voor consultatie op vaste "
        "momenten.",
    ),
    (
        "registratie-gericht-op-verslagen",
        "clb",
        "voorgesteld",
        "2025-05-08",
        "Registreer consultaties en handelingsgerichte adviezen even zorgvuldig als verslagen, "
        "zodat de directie ziet waar de tijd naartoe gaat.",
    ),
    (
        "verwachting-van-een-label-op-school",
        "onderwijs",
        "overgemaakt",
        "2025-03-14",
        "Neem in het zorgbeleid op dat maatregelen in fase 0 en 1 geen diagnose vereisen.",
    ),
    (
        "verwachting-van-een-label-op-school",
        "clb",
        "besproken",
        "2025-02-06",
        "Bespreek met elke school bij de start van het schooljaar wat het CLB in fase 1 kan "
        "bieden zonder diagnostisch traject.",
    ),
    (
        "geen-tijd-voor-overleg-op-school",
        "onderwijs",
        "besproken",
        "2025-01-16",
        "Plan vaste momenten voor klasoverleg met de zorgcoördinator en het CLB in het "
        "lessenrooster.",
    ),
    (
        "ongelijke-toegang-tot-leersteun",
        "onderwijs",
        "voorgesteld",
        "2025-05-08",
        "Maak per scholengemeenschap afspraken met het leersteuncentrum over wie welke "
        "ondersteuning opneemt na een verslag.",
    ),
]


def get_or_create_page(home, model, data):
    page = model.objects.child_of(home).first()
    if page is None:
        page = model(
            title=data["title"], slug=data["slug"], intro=data["intro"], show_in_menus=True
        )
        home.add_child(instance=page)
        page.save_revision().publish()
    return page


def load_insights(home, stdout=None):
    """Create the overview pages and the missing insights and recommendations, then publish."""
    get_or_create_page(home, InsightIndexPage, INSIGHTS_PAGE)
    get_or_create_page(home, RecommendationIndexPage, RECOMMENDATIONS_PAGE)
    activities = {activity.slug: activity for activity in CoreActivity.objects.all()}
    practices = {
        practice.slug: practice
        for practice in PracticePage.objects.filter(slug__in=[p["slug"] for p in PRACTICES])
    }
    existing = set(Insight.objects.values_list("slug", flat=True))
    created = 0
    for data in INSIGHTS:
        if data["slug"] in existing:
            continue
        item = Insight(
            kind=data["kind"],
            slug=data["slug"],
            title=data["title"],
            level=data["level"],
            explanation=f"<p>{data['explanation']}</p>",
            regulatory_theme=data.get("regulatory_theme", ""),
            regulation_reference=data.get("regulation_reference", ""),
            live=False,
        )
        item.core_activities = [activities[slug] for slug in data["core_activities"]]
        item.tags.add(*data["themes"])
        item.practice_links = [PracticeInsight(practice=practices[s]) for s in data["practices"]]
        item.full_clean()
        item.save()
        item.save_revision().publish()
        created += 1
    recommendations = 0
    obstacles = {obstacle.slug: obstacle for obstacle in Insight.objects.filter(kind=OB)}
    for slug, addressee, status, date, text in RECOMMENDATIONS:
        if Recommendation.objects.filter(obstacle=obstacles[slug], text=text).exists():
            continue
        recommendation = Recommendation(
            obstacle=obstacles[slug],
            addressee=addressee,
            status=status,
            status_date=datetime.date.fromisoformat(date),
            text=text,
            live=False,
        )
        recommendation.full_clean()
        recommendation.save()
        recommendation.save_revision().publish()
        recommendations += 1
    if stdout:
        stdout.write(
            f"  inzichten: {created} toegevoegd; aanbevelingen: {recommendations} toegevoegd"
        )
