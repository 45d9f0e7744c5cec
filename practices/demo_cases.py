"""Demo cases (casussen): fictional, anonymised, written for the demo; each passes the guard.

Twelve cases cover every verslag and every type; in seven of them classifying diagnostics
was not needed. `load_cases` is idempotent: cases that exist (by slug) are kept.
"""

from network.demo_content import ANCHORS
from network.models import CaseContribution, Centre

from .demo import aware, paragraphs
from .models import (
    CarePhase,
    CaseIndexPage,
    CasePage,
    CasePractice,
    CoreActivity,
    EducationLevel,
    Insight,
    PracticePage,
)

INDEX_INTRO = (
    "<p>Geanonimiseerde casussen uit de anker-CLB's: wanneer was classificerende diagnostiek "
    "niet nodig om te beslissen welk verslag een leerling nodig had, en waarom?</p>"
)
CONSULT = "consultatieve-leerlingenbegeleiding"
HGA = "handelingsgericht-advies"
HGD = "handelingsgerichte-diagnostiek"
ICF = "icf-cy"

CASES = [
    {
        "slug": "taalontwikkeling-kleuter-zonder-verslag",
        "centre": "nbrussel",
        "title": "Een kleuter die weinig spreekt: taalkansen in de klas in plaats van een label",
        "summary": "Een consultatief traject met de kleuterleraar maakte de taalkansen in de klas "
        "sterker; na twaalf weken was een verslag niet meer aan de orde.",
        "levels": ["kleuter-gewoon"],
        "grade": "kleuter",
        "phases": ["fase-1"],
        "asked_by": "school",
        "question": "De kleuterleraar vroeg of er een taalontwikkelingsstoornis speelde: de "
        "kleuter sprak in de klas nauwelijks en antwoordde vaak met één woord.",
        "activities": [CONSULT, ICF],
        "hgd": [],
        "trajectory": [
            "De CLB-medewerker observeerde twee keer in de klas en besprak met de leraar wat "
            "de kleuter al wel deed: wijzen, gebaren en korte zinnen in de poppenhoek.",
            "Samen stelden ze een klasplan op met vaste taalmomenten in kleine groep.",
        ],
        "functions": "Gehoor en zicht zijn in orde. De kleuter begrijpt opdrachten in de "
        "thuistaal vlot; in het Nederlands is de woordenschat nog beperkt.",
        "activities_text": "Speelt graag samen in de bouwhoek; neemt in de kring zelden het woord.",
        "environment": "Een warme klas met een leraar die veel vertelt, maar weinig tijd heeft "
        "voor gesprekjes met één kind. Thuis spreekt het gezin een andere taal.",
        "personal": "Nieuwsgierig en volhardend; kijkt eerst de kat uit de boom.",
        "needs_pupil": "Dagelijks korte gesprekjes in kleine groep, met beeldmateriaal.",
        "needs_teachers": "Voorbeelden van taalstimulerende vragen en een vast moment per dag.",
        "needs_parents": "Aanmoediging om thuis rijk te blijven praten in de eigen taal.",
        "verslag": "geen",
        "type": "",
        "diagnostics": "nee",
        "reasoning": "De taalgroei in de klas toonde dat de kleuter vooral meer taalaanbod "
        "nodig had. Een classificerend onderzoek zou niets veranderd hebben aan wat de klas "
        "moest doen.",
        "rule": "",
        "lessons": "Eerst de klascontext versterken en de groei opvolgen geeft een eerlijker "
        "beeld dan meteen testen.",
        "practices": [
            "consultatie-kleuterklas-taalontwikkeling",
            "meertalige-kleuters-taalontwikkeling-of-achterstand",
        ],
        "published": "2024-10-07T09:00:00",
    },
    {
        "slug": "leesproblemen-derde-leerjaar-basisaanbod",
        "centre": "waas",
        "title": "Hardnekkige leesproblemen: een GC-verslag basisaanbod op basis van "
        "ondersteuningsnoden",
        "summary": "Na een HGD-traject kreeg een leerling van het derde leerjaar een "
        "GC-verslag basisaanbod zonder dyslexieonderzoek.",
        "levels": ["lager-gewoon"],
        "grade": "lager-3-4",
        "phases": ["fase-2"],
        "asked_by": "school",
        "question": "De zorgcoördinator vroeg om een dyslexieonderzoek, omdat de leerling "
        "ondanks twee jaar remediëring traag en foutief bleef lezen.",
        "activities": [HGD, ICF],
        "hgd": ["intake", "strategie", "onderzoek", "integratie", "advies"],
        "trajectory": [
            "In de strategiefase formuleerden school, ouders en CLB samen de vraag: wat heeft "
            "deze leerling nodig om mee te kunnen in de klas?",
            "Het onderzoek bestond uit een leesanalyse, een klasobservatie en een kindgesprek.",
        ],
        "functions": "Verwerkt klanken traag; het begrijpend luisteren is sterk.",
        "activities_text": "Leest technisch op het niveau van het eerste leerjaar; vertelt "
        "verhalen levendig na; doet enthousiast mee in de turnles.",
        "environment": "Een klasteam dat al differentieert; voorleessoftware is op school "
        "beschikbaar maar wordt nog niet gebruikt.",
        "personal": "Verliest moed bij luidop lezen in de klas.",
        "needs_pupil": "Voorleessoftware bij alle vakken en dagelijks kort, gericht leesoefenen.",
        "needs_teachers": "Ondersteuning om leesteksten digitaal klaar te zetten.",
        "needs_parents": "Duidelijke afspraken over leesoefeningen thuis.",
        "verslag": "gc-verslag",
        "type": "basisaanbod",
        "diagnostics": "nee",
        "reasoning": "Het verslag basisaanbod vraagt aangetoonde ondersteuningsnoden en een "
        "onvoldoende respons op de maatregelen van fase 0 tot 2, geen diagnose. Die respons was "
        "goed gedocumenteerd in het leerlingendossier.",
        "rule": "",
        "lessons": "Een goed bijgehouden handelingsplan maakt een dyslexieattest overbodig om "
        "het verslag te onderbouwen.",
        "practices": [
            "hga-na-korte-intake-leesproblemen",
            "verslag-op-basis-van-icf-cy-zonder-label",
        ],
        "published": "2024-10-21T09:00:00",
    },
    {
        "slug": "autisme-vermoeden-type-9-gedeeltelijk",
        "centre": "adite",
        "title": "Een vermoeden van autisme: het beeld was er al, de diagnose nog niet",
        "summary": "Voor een GC-verslag type 9 was een diagnose nodig; het HGD-traject "
        "leverde de ondersteuningsnoden die de klas meteen kon gebruiken.",
        "levels": ["lager-gewoon"],
        "grade": "lager-5-6",
        "phases": ["fase-2"],
        "asked_by": "ouders",
        "question": "De ouders vroegen hoe de school hun kind beter kon helpen bij "
        "onverwachte veranderingen en drukke speeltijden.",
        "activities": [HGD, ICF],
        "hgd": ["intake", "strategie", "onderzoek", "integratie", "advies"],
        "trajectory": [
            "De intake bracht de situaties in kaart waarin het misliep: vervanging, uitstappen "
            "en groepswerk zonder duidelijke rollen.",
            "Een multidisciplinair team deed het classificerend onderzoek; het CLB bracht de "
            "klasobservaties in.",
        ],
        "functions": "Sterk visueel geheugen; prikkels van lawaai en drukte komen hard binnen.",
        "activities_text": "Werkt zelfstandig goed met een dagplanning; speeltijd verloopt "
        "moeizaam.",
        "environment": "Een klas met veel wisselende activiteiten; een rustige hoek ontbreekt.",
        "personal": "Groot rechtvaardigheidsgevoel en een brede interesse in techniek.",
        "needs_pupil": "Een visuele dagplanning, aankondiging van veranderingen en een rustplek.",
        "needs_teachers": "Handvatten om groepswerk te structureren.",
        "needs_parents": "Afstemming over de dagplanning thuis en op school.",
        "verslag": "gc-verslag",
        "type": "type-9",
        "diagnostics": "gedeeltelijk",
        "reasoning": "De ondersteuningsnoden waren zonder diagnose duidelijk en de klas werkte "
        "er al mee. Alleen voor het type vroeg de regelgeving een diagnose.",
        "rule": "Een verslag type 9 vereist een diagnose autismespectrumstoornis, gesteld door "
        "een multidisciplinair team.",
        "rule_insight": "verplichte-diagnose-type-9",
        "lessons": "Wacht niet op de diagnose om de klas te laten starten met wat werkt.",
        "practices": ["icf-cy-ondersteuningsnoden-autisme"],
        "published": "2024-11-04T09:00:00",
    },
    {
        "slug": "gehoorverlies-type-7",
        "centre": "wissel",
        "title": "Gehoorverlies in het tweede leerjaar: audiologisch onderzoek was nodig",
        "summary": "Een leerling met gehoorverlies kreeg een GC-verslag type 7; het "
        "audiologisch onderzoek was een voorwaarde.",
        "levels": ["lager-gewoon"],
        "grade": "lager-1-2",
        "phases": ["fase-2"],
        "asked_by": "clb",
        "question": "De CLB-verpleegkundige zag bij het medisch consult een afwijkende "
        "gehoortest en vroeg samen met de leraar wat de leerling in de klas nodig had.",
        "activities": [HGD, HGA],
        "hgd": ["intake", "onderzoek", "advies"],
        "trajectory": [
            "Na doorverwijzing bevestigde audiologisch onderzoek een blijvend gehoorverlies.",
            "Het CLB vertaalde de resultaten naar klasadviezen.",
        ],
        "functions": "Matig gehoorverlies aan beide oren; goede visuele aandacht.",
        "activities_text": "Volgt klassikale instructie moeilijk bij achtergrondlawaai.",
        "environment": "Een klaslokaal met veel nagalm.",
        "personal": "Leert snel liplezen en vraagt zelf om herhaling.",
        "needs_pupil": "Een FM-systeem en een vaste plek vooraan.",
        "needs_teachers": "Tips voor instructie met visuele ondersteuning.",
        "needs_parents": "Informatie over hoortoestellen en de tegemoetkomingen.",
        "verslag": "gc-verslag",
        "type": "type-7",
        "diagnostics": "ja",
        "reasoning": "Zonder audiologische gegevens kan het CLB een verslag type 7 niet "
        "opmaken; het onderzoek gaf bovendien nodige informatie voor de hulpmiddelen.",
        "rule": "Een verslag type 7 (auditieve beperking) vereist een audiologisch onderzoek "
        "met een vastgesteld gehoorverlies.",
        "lessons": "Ook wanneer een attest nodig is, bepalen de ondersteuningsnoden de klasaanpak.",
        "practices": ["diagnostische-informatie-vertalen-naar-klasadviezen"],
        "published": "2024-11-18T09:00:00",
    },
    {
        "slug": "iac-vijfde-leerjaar-zonder-nieuw-onderzoek",
        "centre": "adite",
        "title": "Een individueel aangepast curriculum in het vijfde leerjaar",
        "summary": "Het IAC-verslag steunde op de schoolloopbaan en het HGD-traject; een "
        "nieuw intelligentieonderzoek was niet nodig.",
        "levels": ["lager-gewoon"],
        "grade": "lager-5-6",
        "phases": ["fase-3"],
        "asked_by": "school",
        "question": "Het klasteam vroeg of de leerling de gemeenschappelijke doelen nog kon "
        "halen en hoe het verder moest.",
        "activities": [HGD, ICF],
        "hgd": ["intake", "strategie", "integratie", "advies"],
        "trajectory": [
            "Het zorgteam legde de maatregelen van de voorbije jaren naast de vorderingen.",
            "In het integratiegesprek kozen school, ouders en leerling samen voor een IAC.",
        ],
        "functions": "Leert traag nieuwe begrippen aan; het praktisch inzicht is sterk.",
        "activities_text": "Werkt in rekenen en taal op het niveau van het derde leerjaar; "
        "helpt graag bij praktische klustaken.",
        "environment": "Een school die al met haalbare doelen per leerling werkt.",
        "personal": "Vriendelijk en behulpzaam; raakt gefrustreerd bij lange instructies.",
        "needs_pupil": "Eigen doelen in taal en rekenen en praktijkgerichte opdrachten.",
        "needs_teachers": "Ondersteuning bij het opstellen van het individueel curriculum.",
        "needs_parents": "Duidelijkheid over wat een IAC betekent voor het getuigschrift.",
        "verslag": "iac-verslag",
        "type": "basisaanbod",
        "diagnostics": "nee",
        "reasoning": "Het dossier toonde dat de gemeenschappelijke doelen niet haalbaar waren, "
        "ook met ruime aanpassingen. Dat volstond voor het verslag.",
        "rule": "",
        "lessons": "Het dossier van fase 0 tot 2 is de sterkste onderbouwing voor een IAC.",
        "practices": ["overleg-iac-gewoon-lager-onderwijs"],
        "published": "2024-12-02T09:00:00",
    },
    {
        "slug": "verstandelijke-beperking-type-2",
        "centre": "adite",
        "title": "Overstap naar buitengewoon lager onderwijs type 2",
        "summary": "Voor een verslag type 2 was een intelligentieonderzoek nodig; het "
        "ICF-CY-beeld bepaalde de keuze van school.",
        "levels": ["lager-gewoon", "lager-buitengewoon"],
        "grade": "lager-3-4",
        "phases": ["fase-3"],
        "asked_by": "ouders",
        "question": "De ouders vroegen welke school hun kind het best kon ondersteunen.",
        "activities": [HGD, ICF],
        "hgd": ["intake", "strategie", "onderzoek", "integratie", "advies"],
        "trajectory": [
            "Het onderzoek combineerde een intelligentietest, een observatie en een "
            "gesprek met de leerling.",
            "De ouders bezochten twee scholen voor buitengewoon onderwijs.",
        ],
        "functions": "Beperkt abstract denken; sterk sociaal aanvoelen.",
        "activities_text": "Leest eenvoudige zinnen; telt tot twintig met materiaal.",
        "environment": "Grote klas; weinig ruimte voor een eigen leerlijn.",
        "personal": "Opgewekt, zoekt graag contact met leeftijdsgenoten.",
        "needs_pupil": "Een aangepaste leerlijn in een kleine groep.",
        "needs_teachers": "Een warme overdracht naar de nieuwe school.",
        "needs_parents": "Begeleiding bij de schoolkeuze.",
        "verslag": "iac-verslag",
        "type": "type-2",
        "diagnostics": "ja",
        "reasoning": "Zonder intelligentieonderzoek kan een verslag type 2 niet worden opgemaakt.",
        "rule": "Een verslag type 2 vereist een verstandelijke beperking, aangetoond met een "
        "gestandaardiseerd intelligentieonderzoek.",
        "lessons": "Betrek ouders vroeg bij het bezoeken van scholen.",
        "practices": ["herorientering-buitengewoon-lager-onderwijs"],
        "published": "2024-12-16T09:00:00",
    },
    {
        "slug": "bestaande-diagnose-ov4-type-9",
        "centre": "wissel",
        "title": "Overstap naar OV4 met een bestaande diagnose: geen nieuw onderzoek",
        "summary": "Een leerling van de eerste graad kreeg een OV4-verslag type 9 op basis "
        "van de bestaande diagnose en een HGD-traject.",
        "levels": ["secundair-gewoon", "secundair-buitengewoon"],
        "grade": "secundair-graad-1",
        "phases": ["fase-3"],
        "asked_by": "leerling",
        "question": "De leerling gaf zelf aan dat de drukte van een grote school te veel werd "
        "en vroeg om een rustiger omgeving.",
        "activities": [HGD, CONSULT],
        "hgd": ["intake", "integratie", "advies"],
        "trajectory": [
            "Het CLB bekeek met de leerling en de ouders welke opleidingsvormen passen.",
            "Het bestaande multidisciplinaire verslag uit de lagere school werd herlezen en "
            "aangevuld met observaties van de klassenraad.",
        ],
        "functions": "Sterk in wiskunde; overprikkeling bij veel lokaalwissels.",
        "activities_text": "Haalt goede resultaten bij schriftelijke toetsen; groepswerk loopt "
        "vaak vast.",
        "environment": "Een school met veel leerlingen en wisselende leraren.",
        "personal": "Denkt graag vooruit en wil een technische richting volgen.",
        "needs_pupil": "Een kleine groep, een vaste leraar per vak en een prikkelarme ruimte.",
        "needs_teachers": "Informatie over de aanpak die in de lagere school werkte.",
        "needs_parents": "Hulp bij het vergelijken van scholen.",
        "verslag": "ov4-verslag",
        "type": "type-9",
        "diagnostics": "nee",
        "reasoning": "De diagnose bestond al; er was geen nieuw classificerend onderzoek nodig. "
        "Het CLB focuste op de ondersteuningsnoden in de nieuwe context.",
        "rule": "",
        "lessons": "Een bestaande diagnose hoeft niet opnieuw; de ondersteuningsnoden wel.",
        "practices": ["overgang-secundair-leerlingen-met-autisme"],
        "published": "2025-01-13T09:00:00",
    },
    {
        "slug": "gedrag-tweede-graad-ov4-type-3",
        "centre": "waas",
        "title": "Gedragsproblemen in de tweede graad: een OV4-verslag type 3",
        "summary": "Na een functionele gedragsanalyse bleek een overstap nodig; voor type 3 "
        "vroeg de regelgeving een psychiatrische diagnose.",
        "levels": ["secundair-gewoon", "secundair-buitengewoon"],
        "grade": "secundair-graad-2",
        "phases": ["fase-2", "fase-3"],
        "asked_by": "school",
        "question": "De klassenraad vroeg hulp bij escalaties in de praktijklessen.",
        "activities": [CONSULT, HGD],
        "hgd": ["intake", "strategie", "onderzoek", "integratie", "advies"],
        "trajectory": [
            "Een functionele gedragsanalyse met het klasteam bracht de uitlokkers in kaart.",
            "Na twee maanden met een gedragsplan bleef de ondersteuning in de school onvoldoende.",
        ],
        "functions": "Impulsief bij frustratie; goede praktische vaardigheden.",
        "activities_text": "Werkt geconcentreerd in de werkplaats bij een vaste begeleider.",
        "environment": "Wisselende leraren en weinig overleg in het klasteam.",
        "personal": "Loyaal tegenover klasgenoten; wantrouwig tegenover nieuwe volwassenen.",
        "needs_pupil": "Een vaste begeleider, duidelijke regels en een time-outplek.",
        "needs_teachers": "Gezamenlijke afspraken in het klasteam.",
        "needs_parents": "Regelmatig contact met één aanspreekpunt.",
        "verslag": "ov4-verslag",
        "type": "type-3",
        "diagnostics": "gedeeltelijk",
        "reasoning": "De ondersteuningsnoden volgden uit de gedragsanalyse; de diagnose was "
        "alleen nodig voor het type.",
        "rule": "Een verslag type 3 vereist een diagnose van een emotionele of "
        "gedragsstoornis door een multidisciplinair team met een psychiater.",
        "lessons": "Een gedragsanalyse met het hele klasteam geeft bruikbare adviezen, "
        "ook los van het verslag.",
        "practices": ["functionele-gedragsanalyse-klasteam-tweede-graad"],
        "published": "2025-01-27T09:00:00",
    },
    {
        "slug": "rekenproblemen-hga-zonder-verslag",
        "centre": "westhoek",
        "title": "Rekenproblemen in het vierde leerjaar: meteen naar handelingsgericht advies",
        "summary": "Na een korte intake kreeg de school een handelingsgericht advies; een "
        "verslag was niet nodig.",
        "levels": ["lager-gewoon"],
        "grade": "lager-3-4",
        "phases": ["fase-1"],
        "asked_by": "school",
        "question": "De leraar vroeg of de leerling dyscalculie had.",
        "activities": [HGA],
        "hgd": [],
        "trajectory": [
            "Een korte intake met de leraar en een gesprek met de leerling toonden dat vooral "
            "de automatisatie van de tafels haperde.",
            "Het CLB gaf een advies met drie concrete maatregelen.",
        ],
        "functions": "Goed probleemoplossend denken; trage automatisatie.",
        "activities_text": "Lost vraagstukken op met een tafelkaart; loopt vast bij tempotoetsen.",
        "environment": "Veel toetsen op tijd in de klas.",
        "personal": "Werkt hard en is perfectionistisch.",
        "needs_pupil": "Een tafelkaart en extra tijd bij toetsen.",
        "needs_teachers": "Een plan om tafels speels in te oefenen.",
        "needs_parents": "",
        "verslag": "geen",
        "type": "",
        "diagnostics": "nee",
        "reasoning": "De maatregelen werkten binnen zes weken; een diagnose zou de aanpak niet "
        "veranderd hebben.",
        "rule": "",
        "lessons": "Een scherpe hulpvraag maakt een lang onderzoek vaak overbodig.",
        "practices": ["van-zorgvraag-naar-advies-bij-rekenproblemen"],
        "published": "2025-02-10T09:00:00",
    },
    {
        "slug": "motorische-beperking-type-4-bestaand-dossier",
        "centre": "westhoek",
        "title": "Een motorische beperking in de kleuterklas: het medisch dossier volstond",
        "summary": "Voor een GC-verslag type 4 gebruikte het CLB het bestaande medische "
        "dossier; het traject ging over de klas.",
        "levels": ["kleuter-gewoon"],
        "grade": "kleuter",
        "phases": ["fase-2"],
        "asked_by": "ouders",
        "question": "De ouders vroegen welke ondersteuning hun kind nodig had bij de overgang "
        "naar de derde kleuterklas.",
        "activities": [HGD, ICF],
        "hgd": ["intake", "integratie", "advies"],
        "trajectory": [
            "Het CLB vroeg met toestemming van de ouders het verslag van de revalidatiedienst op.",
            "Samen met de kinesitherapeut werd de klas aangepast.",
        ],
        "functions": "Beperkte kracht en coördinatie in de benen; goede fijne motoriek.",
        "activities_text": "Beweegt zich met een looprekje in de klas; speelt graag mee in "
        "de huishoek.",
        "environment": "Een klas op de eerste verdieping, zonder lift.",
        "personal": "Doorzetter, vraagt zelf om hulp wanneer nodig.",
        "needs_pupil": "Een klaslokaal op het gelijkvloers en aangepast turnen.",
        "needs_teachers": "Afspraken met de kinesitherapeut over oefeningen in de klas.",
        "needs_parents": "Informatie over vervoer en hulpmiddelen.",
        "verslag": "gc-verslag",
        "type": "type-4",
        "diagnostics": "nee",
        "reasoning": "De medische gegevens bestonden al; er was geen nieuw classificerend "
        "onderzoek nodig.",
        "rule": "",
        "lessons": "Vraag bestaande verslagen op in plaats van opnieuw te laten testen.",
        "practices": ["fijnmotoriek-van-observatie-tot-klasadvies"],
        "published": "2025-02-24T09:00:00",
    },
    {
        "slug": "slechtziendheid-type-6",
        "centre": "waas",
        "title": "Een leerling die slecht ziet: een oogartsverslag als voorwaarde",
        "summary": "Voor een GC-verslag type 6 was een oftalmologisch verslag nodig; de "
        "klasaanpassingen kwamen uit het HGD-traject.",
        "levels": ["secundair-gewoon"],
        "grade": "secundair-graad-1",
        "phases": ["fase-2"],
        "asked_by": "leerling",
        "question": "De leerling vroeg of de leerstof groter kon worden afgedrukt.",
        "activities": [HGD, HGA],
        "hgd": ["intake", "onderzoek", "advies"],
        "trajectory": [
            "Een oogarts bevestigde een blijvende visuele beperking.",
            "Het CLB en de school kozen hulpmiddelen en digitale leerstof.",
        ],
        "functions": "Beperkte gezichtsscherpte; goed auditief geheugen.",
        "activities_text": "Leest vergrote teksten vlot; het bord volgen lukt niet.",
        "environment": "Veel werkbladen op papier en bordnotities.",
        "personal": "Zelfstandig en technisch handig.",
        "needs_pupil": "Digitale leerstof, een vergrootloep en een plaats vooraan.",
        "needs_teachers": "Leerstof tijdig digitaal ter beschikking stellen.",
        "needs_parents": "",
        "verslag": "gc-verslag",
        "type": "type-6",
        "diagnostics": "gedeeltelijk",
        "reasoning": "De ondersteuningsnoden waren zonder verslag duidelijk; alleen het type "
        "vroeg het oftalmologisch verslag.",
        "rule": "Een verslag type 6 vereist een oftalmologisch verslag dat de visuele "
        "beperking vaststelt.",
        "lessons": "Laat de leerling zelf mee de hulpmiddelen kiezen.",
        "practices": ["compenserende-maatregelen-lezen-secundair"],
        "published": "2025-03-10T09:00:00",
    },
    {
        "slug": "faalangst-eerste-graad-zonder-verslag",
        "centre": "waas",
        "title": "Faalangst in de eerste graad: consultatie met het klasteam",
        "summary": "Een leerling met sterke faalangst bleef in het gewoon onderwijs met "
        "klasbrede maatregelen; geen verslag, geen diagnose.",
        "levels": ["secundair-gewoon"],
        "grade": "secundair-graad-1",
        "phases": ["fase-0", "fase-1"],
        "asked_by": "ouders",
        "question": "De ouders vroegen een onderzoek naar een angststoornis, omdat hun kind "
        "voor elke toets buikpijn had.",
        "activities": [CONSULT, HGA],
        "hgd": [],
        "trajectory": [
            "Het CLB besprak met het klasteam hoe toetsen voorspelbaarder konden.",
            "De leerling volgde een korte groepstraining rond faalangst op school.",
        ],
        "functions": "Hoge spanning voor toetsen; goede cognitieve mogelijkheden.",
        "activities_text": "Presteert goed in de les; blokkeert bij toetsen.",
        "environment": "Toetsen worden kort op voorhand aangekondigd.",
        "personal": "Plichtsbewust en gevoelig voor kritiek.",
        "needs_pupil": "Een toetsplanning en oefentoetsen.",
        "needs_teachers": "Afspraken over toetsspreiding in het klasteam.",
        "needs_parents": "Tips om thuis spanning te verminderen.",
        "verslag": "geen",
        "type": "",
        "diagnostics": "nee",
        "reasoning": "De klachten namen af na de klasbrede maatregelen; een diagnose zou geen "
        "extra aanpak opgeleverd hebben.",
        "rule": "",
        "lessons": "Klasbrede maatregelen helpen vaak meer leerlingen dan de aangemelde.",
        "practices": ["faalangst-bespreekbaar-maken-in-de-klas"],
        "published": "2025-03-24T09:00:00",
    },
]


def get_or_create_case_index(home):
    """The /casussen/ page; migration 0007 creates it when the home page already exists."""
    index = CaseIndexPage.objects.child_of(home).first()
    if index is None:
        index = CaseIndexPage(
            title="Casussen", slug="casussen", intro=INDEX_INTRO, show_in_menus=True
        )
        home.add_child(instance=index)
        index.save_revision().publish()
    return index


def build_case(data, taxonomies, centres):
    case = CasePage(
        title=data["title"],
        slug=data["slug"],
        summary=data["summary"],
        grade_band=data["grade"],
        question=paragraphs(data["question"]),
        asked_by=data["asked_by"],
        hgd_phases=data["hgd"],
        trajectory=paragraphs(data["trajectory"]),
        icf_functions=paragraphs(data["functions"]),
        icf_activities=paragraphs(data["activities_text"]),
        icf_environment=paragraphs(data["environment"]),
        icf_personal=paragraphs(data["personal"]),
        needs_pupil=paragraphs(data["needs_pupil"]),
        needs_teachers=paragraphs(data["needs_teachers"]),
        needs_parents=paragraphs(data["needs_parents"]) if data["needs_parents"] else "",
        verslag=data["verslag"],
        verslag_type=data["type"],
        classifying_diagnostics=data["diagnostics"],
        reasoning=paragraphs(data["reasoning"]),
        forcing_rule=Insight.objects.filter(slug=data.get("rule_insight") or None).first(),
        forcing_rule_text=data["rule"],
        lessons=paragraphs(data["lessons"]),
        live=False,
    )
    case.education_levels = [taxonomies["levels"][s] for s in data["levels"]]
    case.start_phases = [taxonomies["phases"][s] for s in data["phases"]]
    case.core_activities = [taxonomies["activities"][s] for s in data["activities"]]
    practices = PracticePage.objects.filter(slug__in=data["practices"])
    case.practice_links = [CasePractice(practice=practice) for practice in practices]
    case.contributions = [CaseContribution(centre=centres[ANCHORS[data["centre"]]])]
    return case


def load_cases(home, stdout=None):
    """Create the missing demo cases and publish each once (through the privacy guard)."""
    index = get_or_create_case_index(home)
    taxonomies = {
        "levels": {t.slug: t for t in EducationLevel.objects.all()},
        "phases": {t.slug: t for t in CarePhase.objects.all()},
        "activities": {t.slug: t for t in CoreActivity.objects.all()},
    }
    centres = {centre.slug: centre for centre in Centre.objects.all()}
    existing = set(CasePage.objects.child_of(index).values_list("slug", flat=True))
    added = 0
    for data in CASES:
        if data["slug"] in existing:
            continue
        case = build_case(data, taxonomies, centres)
        index.add_child(instance=case)
        case.save_revision().publish()
        published = aware(data["published"])
        CasePage.objects.filter(pk=case.pk).update(
            first_published_at=published, last_published_at=published
        )
        added += 1
    if stdout:
        stdout.write(f"  casussen: {added} toegevoegd, {len(existing)} bestonden al")
    return index
