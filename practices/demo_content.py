"""Demo content for the Leersteun materialenbank.

Pure data, no Django imports: a seeding command or the test suite can turn these
dicts into practice pages, taxonomy links, tags and generated material documents.
All practices are fictional and name roles only, never persons.

Run this module directly to check the coverage constraints of the data set.
"""

HOME_INTRO = (
    "De Leersteun materialenbank bundelt goede praktijken van CLB's rond consultatieve "
    "leerlingenbegeleiding, handelingsgericht advies en handelingsgerichte diagnostiek. "
    "Zoek op trefwoord of filter op kernactiviteit, fase van het zorgcontinuüm, "
    "onderwijsniveau of doelgroep, lees hoe een collega-CLB het aanpakte en download de "
    "werkbladen, checklists en sjablonen om er in je eigen team mee aan de slag te gaan."
)

ABOUT_PAGE = {
    "title": "Over het project",
    "intro": (
        "Deze materialenbank is een onderdeel van het project Professionalisering Leersteun. "
        "Ze maakt de goede praktijken van vijf anker-CLB's beschikbaar voor alle centra in "
        "Vlaanderen en Brussel."
    ),
    "body_paragraphs": [
        (
            "Sinds september 2023 geldt in Vlaanderen het decreet leersteun. Extra ondersteuning "
            "voor een leerling in het gewoon onderwijs, en de toegang tot het buitengewoon "
            "onderwijs, hangen af van een verslag dat het CLB opmaakt. Daardoor groeit bij "
            "ouders, scholen en partners de druk om snel een diagnose of label te vragen, ook "
            "wanneer dat voor de begeleiding van de leerling weinig toevoegt."
        ),
        (
            "Het project Professionalisering Leersteun wil daar een antwoord op bieden door de "
            "kernopdracht van de CLB's te versterken. De steuncellen van de CLB-netwerken werken "
            "daarvoor samen met Prodia, het Vlaamse project dat diagnostische protocollen en "
            "implementatiemateriaal ontwikkelt."
        ),
        (
            "Het project zet in op drie kernactiviteiten. Bij consultatieve leerlingenbegeleiding "
            "coacht het CLB leraren en zorgteams, zodat de school zorgvragen zelf kan opnemen, "
            "vooral in fase 0 en fase 1 van het zorgcontinuüm. Handelingsgericht advies gaat "
            "meteen naar bruikbare adviezen zodra de ondersteuningsnoden duidelijk zijn. "
            "Handelingsgerichte diagnostiek doorloopt de fasen intake, strategie, onderzoek, "
            "integratie en advies en beschrijft het functioneren van de leerling met het "
            "ICF-CY-kader."
        ),
        (
            "Vijf anker-CLB's vormen samen een lerend netwerk: Vrij CLB De Wissel Antwerpen, "
            "CLB N-Brussel, GO! CLB Limburg Noord Adite, Vrij CLB Waas en Dender en Vrij CLB "
            "Westhoek-Houtland. Hun projectmedewerkers verzamelen, verfijnen en ontwikkelen goede "
            "praktijken, proberen ze op kleine schaal uit en evalueren ze samen."
        ),
        (
            "Naast praktijken documenteert het netwerk ook casussen. Die tonen dat een "
            "classificerende diagnose niet altijd nodig is om te bepalen welk verslag een "
            "leerling nodig heeft. Het project brengt daarnaast succesfactoren, randvoorwaarden, "
            "valkuilen en obstakels in kaart en formuleert aanbevelingen voor de overheid, het "
            "onderwijs en de CLB's."
        ),
        (
            "Wat in de anker-CLB's werkt, moet zich als een olievlek verspreiden naar alle "
            "centra. Daarom staan de praktijken met hun materialen in deze materialenbank en op "
            "de website van Prodia, en kan elk centrum laten weten welke praktijk het zelf "
            "overneemt."
        ),
        (
            "Op studiedagen komen CLB-medewerkers en directies samen. Het praktijkgedeelte laat "
            "medewerkers kennismaken met de goede praktijken en de materialen; het "
            "beleidsgedeelte helpt directies om de voorwaarden te scheppen waarin hun team die "
            "praktijken duurzaam kan toepassen."
        ),
    ],
}

CORE_ACTIVITIES = [
    "consultatieve-leerlingenbegeleiding",
    "handelingsgericht-advies",
    "handelingsgerichte-diagnostiek",
    "icf-cy",
]
CARE_PHASES = ["fase-0", "fase-1", "fase-2", "fase-3"]
EDUCATION_LEVELS = [
    "kleuter-gewoon",
    "kleuter-buitengewoon",
    "lager-gewoon",
    "lager-buitengewoon",
    "secundair-gewoon",
    "secundair-buitengewoon",
]
TARGET_GROUPS = ["leerling", "leraar", "zorgteam-school", "ouders", "clb-team"]
CENTRES = [
    "vrij-clb-de-wissel-antwerpen",
    "clb-n-brussel",
    "go-clb-limburg-noord-adite",
    "vrij-clb-waas-en-dender",
    "vrij-clb-westhoek-houtland",
]
MATERIAL_KINDS = ["werkblad", "stappenplan", "checklist", "presentatie", "sjabloon", "andere"]
MATERIAL_FORMATS = ["pdf", "docx"]

PRACTICES = [
    {
        "slug": "consultatie-kleuterklas-taalontwikkeling",
        "title": "Vaste consultatiemomenten rond taalontwikkeling in de kleuterklas",
        "summary": (
            "De CLB-medewerker plant per trimester consultatiemomenten met kleuterleraren en "
            "zorgcoördinator. Zorgen over taalontwikkeling worden zo vroeg besproken en eerst "
            "in de klas aangepakt, nog voor een individueel traject nodig is."
        ),
        "core_activities": ["consultatieve-leerlingenbegeleiding"],
        "care_phases": ["fase-0", "fase-1"],
        "education_levels": ["kleuter-gewoon"],
        "target_groups": ["leraar", "zorgteam-school"],
        "themes": ["taalontwikkeling", "meertaligheid"],
        "centres": ["clb-n-brussel"],
        "contact_role": "Trajectbegeleider basisonderwijs, CLB N-Brussel",
        "purpose": (
            "Kleuterleraren signaleerden vaak pas in de derde kleuterklas dat een kleuter "
            "‘weinig taal’ had, waarna snel een aanmelding voor onderzoek volgde. We wilden die "
            "vragen veel vroeger opvangen en de leraar sterker maken in het observeren en "
            "stimuleren van taal. De consultatie kijkt naar wat in de klas kan veranderen, niet "
            "naar wat er met het kind mis zou zijn."
        ),
        "steps": [
            (
                "Vaste momenten afspreken",
                "Bij de start van het schooljaar leggen CLB en zorgcoördinator per trimester een "
                "consultatieblok vast. Leraren schrijven er zelf een vraag voor in.",
            ),
            (
                "Vraag verhelderen",
                "De leraar beschrijft wat ze ziet en wat ze al probeerde. De CLB-medewerker "
                "vraagt door naar momenten waarop de kleuter wél veel taal gebruikt.",
            ),
            (
                "Gericht observeren",
                "Twee weken lang observeert de leraar tijdens kringgesprek en vrij spel met een "
                "korte kijkwijzer. Waar het kan, kijkt de zorgleraar één keer mee.",
            ),
            (
                "Een klasaanpak kiezen",
                "Leraar en CLB kiezen samen één of twee haalbare acties, zoals meer open vragen "
                "in de kring of een taalrijke hoek, en spreken af wanneer ze het effect bekijken.",
            ),
            (
                "Evalueren en beslissen",
                "Na zes weken bekijken ze de evolutie. Alleen als de kleuter nauwelijks "
                "vooruitgaat, bespreekt het zorgteam een volgende stap in het zorgcontinuüm.",
            ),
        ],
        "what_works": [
            "Vaste momenten verlagen de drempel: leraren brengen ook kleine twijfels in.",
            "De kijkwijzer geeft leraar en CLB dezelfde woorden om over taalgedrag te praten.",
            "Door te vertrekken van wat al werkt, voelt de leraar zich gesteund en niet "
            "gecontroleerd.",
        ],
        "pitfalls": [
            "De consultatie kan een verkapte aanmelding worden waarin de leraar het probleem "
            "doorgeeft aan het CLB.",
            "Een trage verwerving van het Nederlands wordt bij meertalige kleuters soms te snel "
            "als stoornis gezien.",
        ],
        "preconditions": [
            "De directie voorziet tijd, zodat leraren niet tijdens hun speeltijdtoezicht moeten "
            "overleggen.",
            "De CLB-medewerker heeft basiskennis van taalverwerving bij meertalige kinderen.",
        ],
        "getting_started": (
            "Start in één school met een geëngageerde zorgcoördinator en twee of drie "
            "kleuterklassen. Pas de kijkwijzer aan de woorden van het team aan en evalueer na een "
            "trimester samen of de momenten de moeite waard waren."
        ),
        "experiences": (
            "Een kleuterleraar uit de tweede kleuterklas: ‘Ik dacht dat ik een onderzoek nodig "
            "had, maar eigenlijk zocht ik iemand die met mij naar mijn kringmoment keek.’"
        ),
        "materials": [
            {
                "title": "Kijkwijzer taalgedrag in de kleuterklas",
                "kind": "werkblad",
                "format": "pdf",
                "lines": [
                    "Kijkwijzer taalgedrag in de kleuterklas",
                    "Situatie: kringgesprek, vrij spel, eetmoment of buitenspel",
                    "Neemt de kleuter zelf het woord? Hoe vaak en bij wie?",
                    "Begrijpt de kleuter korte opdrachten zonder gebaren of prenten?",
                    "Welke taal gebruikt de kleuter met leeftijdsgenoten?",
                    "Waarin is de kleuter sterk in communicatie: gebaren, mimiek, spel?",
                    "Wat helpt: kleine groep, beeldmateriaal, herhaling, een vaste buddy?",
                    "Mijn vraag voor de volgende consultatie:",
                ],
            }
        ],
        "reviewed": "2023-03-14",
        "published": "2023-01-19T10:15:00",
    },
    {
        "slug": "hga-na-korte-intake-leesproblemen",
        "title": "Handelingsgericht advies na een korte intake bij leesproblemen",
        "summary": (
            "Wanneer de leesproblemen van een leerling al goed in kaart zijn gebracht, slaat het "
            "CLB een volledig onderzoek over. Na één intakegesprek volgt meteen een "
            "handelingsgericht advies voor leraar, ouders en leerling."
        ),
        "core_activities": ["handelingsgericht-advies"],
        "care_phases": ["fase-1", "fase-2"],
        "education_levels": ["lager-gewoon"],
        "target_groups": ["leerling", "leraar", "ouders"],
        "themes": ["leesproblemen", "ouderbetrokkenheid"],
        "centres": ["vrij-clb-waas-en-dender"],
        "contact_role": "Psycholoog en ankerfiguur HGA, Vrij CLB Waas en Dender",
        "purpose": (
            "Scholen brengen vaak een map vol toetsresultaten, remediëringsverslagen en "
            "logopedische gegevens mee bij een aanmelding. Een bijkomend onderzoek levert dan "
            "weinig nieuws op en laat het kind en de ouders maanden wachten. We wilden nagaan of "
            "een goed voorbereide intake volstaat om tot bruikbare afspraken te komen."
        ),
        "steps": [
            (
                "Beschikbare gegevens verzamelen",
                "De zorgcoördinator bundelt vooraf de toetsen, het handelingsplan en wat de "
                "logopedist of bijlesleraar vaststelde. Het CLB leest dit vóór het gesprek.",
            ),
            (
                "Intakegesprek met ouders, leraar en leerling",
                "In één gesprek van een uur worden de ondersteuningsnoden samen geformuleerd. "
                "De leerling vertelt zelf wat lezen moeilijk of net haalbaar maakt.",
            ),
            (
                "Beslissen of onderzoek nodig is",
                "Het CLB toetst af of er nog open vragen zijn die een onderzoek kan beantwoorden. "
                "Zijn die er niet, dan gaat het traject rechtstreeks naar advies.",
            ),
            (
                "Advies op maat opstellen",
                "Het advies beschrijft concrete maatregelen voor de klas, thuis en de "
                "remediëring, met wie wat doet en wanneer het opnieuw bekeken wordt.",
            ),
            (
                "Opvolging plannen",
                "Na een periode van acht à tien weken volgt een kort evaluatiegesprek op school, "
                "waarop ook de leerling aanwezig is.",
            ),
        ],
        "what_works": [
            "De ouders voelen dat hun verhaal ernstig genomen wordt zonder extra testen.",
            "Een goed gevuld leerlingendossier maakt het verschil tussen een intake en een "
            "volledig traject.",
            "Het advies is kort en concreet, zodat de leraar het de volgende dag kan toepassen.",
        ],
        "pitfalls": [
            "Ouders kunnen het gevoel hebben dat hun kind ‘niet echt onderzocht’ is; leg daarom "
            "expliciet uit waarom een onderzoek niets zou toevoegen.",
        ],
        "preconditions": [
            "De school heeft de zorg in fase 1 goed gedocumenteerd, met de effecten van "
            "eerdere maatregelen.",
            "Het CLB-team heeft een gedeelde visie over wanneer een onderzoek nodig is.",
        ],
        "getting_started": (
            "Spreek in het team af welke informatie minimaal in het dossier moet zitten vooraleer "
            "je rechtstreeks naar advies gaat. Probeer het uit bij enkele aanmeldingen voor "
            "lezen en bespreek achteraf met de scholen hoe zij het ervaren hebben."
        ),
        "experiences": (
            "Een moeder vertelde achteraf dat ze opgelucht was: ‘We hadden al zoveel testen "
            "gehad. Nu gingen we naar huis met een plan.’"
        ),
        "materials": [
            {
                "title": "Checklist: is een onderzoek nog nodig?",
                "kind": "checklist",
                "format": "docx",
                "lines": [
                    "Checklist: is een onderzoek nog nodig?",
                    "De hulpvraag van ouders, leraar en leerling is helder geformuleerd.",
                    "Er zijn toetsgegevens over minstens twee meetmomenten.",
                    "De effecten van eerdere maatregelen in de klas zijn beschreven.",
                    "Externe gegevens (logopedie, bijles) zijn beschikbaar en recent.",
                    "Er blijft geen vraag over die enkel een onderzoek kan beantwoorden.",
                    "Alle betrokkenen gaan akkoord om rechtstreeks naar advies te gaan.",
                ],
            },
            {
                "title": "Adviesformulier lezen",
                "kind": "sjabloon",
                "format": "docx",
                "lines": [
                    "Adviesformulier lezen",
                    "Ondersteuningsnoden van de leerling",
                    "Wat de leraar in de klas doet",
                    "Wat de ouders thuis doen",
                    "Wat de leerling zelf probeert",
                    "Afspraken over remediëring en hulpmiddelen",
                    "Datum en deelnemers van de evaluatie",
                ],
            },
        ],
        "reviewed": "2023-04-03",
        "published": "2023-02-08T14:30:00",
    },
    {
        "slug": "verslag-op-basis-van-icf-cy-zonder-label",
        "title": "Een verslag onderbouwen met ICF-CY in plaats van een classificerende diagnose",
        "summary": (
            "Dit HGD-traject beschrijft het functioneren van de leerling met ICF-CY en leidt daar "
            "rechtstreeks de ondersteuningsnoden en het passende verslag uit af, zonder eerst "
            "een label te moeten toekennen."
        ),
        "core_activities": ["handelingsgerichte-diagnostiek", "icf-cy"],
        "care_phases": ["fase-2", "fase-3"],
        "education_levels": ["lager-gewoon", "lager-buitengewoon"],
        "target_groups": ["leerling", "ouders", "clb-team"],
        "themes": ["verslag en leersteun", "rekenen"],
        "centres": ["vrij-clb-de-wissel-antwerpen", "go-clb-limburg-noord-adite"],
        "contact_role": "Projectmedewerker Professionalisering Leersteun, Vrij CLB De Wissel",
        "purpose": (
            "Sinds het decreet leersteun vragen ouders en scholen vaker naar een diagnose, omdat "
            "ze denken dat een verslag er niet zonder kan. Dat klopt niet altijd. Met deze "
            "werkwijze tonen we dat een zorgvuldige beschrijving van het functioneren even sterk "
            "onderbouwt waarom een leerling leersteun of een aangepast curriculum nodig heeft."
        ),
        "steps": [
            (
                "Intake met focus op functioneren",
                "Het intakegesprek peilt naar wat de leerling doet en kan in de klas, thuis en "
                "op de speelplaats, en naar de omgevingsfactoren die helpen of hinderen.",
            ),
            (
                "ICF-CY-schema invullen",
                "Het CLB-team vult samen met leraar en ouders de domeinen functies, activiteiten, "
                "participatie en externe en persoonlijke factoren in.",
            ),
            (
                "Gericht onderzoek",
                "Alleen waar het schema vragen openlaat, volgt een gerichte observatie of test.",
            ),
            (
                "Ondersteuningsnoden formuleren",
                "Per domein beschrijft het team wat de leerling, de leraar en de ouders nodig "
                "hebben. Die noden vormen de kern van de motivering in het verslag.",
            ),
            (
                "Verslag en adviesgesprek",
                "In het adviesgesprek wordt het verslag toegelicht in gewone taal, met het "
                "ICF-CY-schema als visuele samenvatting erbij.",
            ),
        ],
        "what_works": [
            "Ouders herkennen hun kind in een beschrijving van het dagelijkse functioneren "
            "beter dan in een label.",
            "Het schema maakt zichtbaar dat ook de klascontext deel van de oplossing is.",
            "Intern overleg over moeilijke casussen geeft medewerkers vertrouwen om zonder "
            "label te motiveren.",
        ],
        "pitfalls": [
            "Een ICF-CY-schema dat enkel als bijlage wordt ingevuld, verandert niets aan het "
            "denken; het moet het gesprek sturen.",
            "Externe partners verwachten soms nog een diagnose en stellen het verslag in vraag.",
        ],
        "preconditions": [
            "De directie van het CLB draagt de keuze om niet standaard te classificeren mee uit.",
            "Medewerkers krijgen vorming in het gebruik van ICF-CY.",
        ],
        "getting_started": (
            "Kies enkele aanmeldingen waarin een verslag waarschijnlijk is en werk die uit met "
            "een ICF-CY-schema. Bespreek ze in een intervisie en verzamel de formuleringen die "
            "goed werkten in een gedeeld document."
        ),
        "experiences": (
            "Een CLB-psycholoog: ‘Ik was bang dat het verslag zwakker zou zijn zonder diagnose. "
            "Het omgekeerde bleek waar: het leest concreter en de school weet wat te doen.’"
        ),
        "materials": [
            {
                "title": "ICF-CY-schema voor het verslag",
                "kind": "sjabloon",
                "format": "docx",
                "lines": [
                    "ICF-CY-schema voor het verslag",
                    "Functies: wat merken we op het vlak van leren, aandacht, taal, motoriek?",
                    "Activiteiten: welke taken lukken wel, welke niet?",
                    "Participatie: hoe neemt de leerling deel aan klas- en schoolleven?",
                    "Externe factoren: wat in de omgeving helpt of belemmert?",
                    "Persoonlijke factoren: interesses, motivatie, zelfbeeld",
                    "Ondersteuningsnoden van leerling, leraar en ouders",
                    "Conclusie: welk verslag en waarom",
                ],
            }
        ],
        "reviewed": "2023-06-20",
        "published": "2023-03-02T09:40:00",
    },
    {
        "slug": "gezamenlijke-intake-ouders-school-clb",
        "title": "Gezamenlijke intake met ouders, school en CLB aan één tafel",
        "summary": (
            "In plaats van aparte gesprekken met ouders en school start het HGD-traject met één "
            "gezamenlijke intake. Iedereen hoort meteen elkaars kijk en de hulpvraag wordt samen "
            "geformuleerd."
        ),
        "core_activities": ["handelingsgerichte-diagnostiek"],
        "care_phases": ["fase-2"],
        "education_levels": ["lager-gewoon", "secundair-gewoon"],
        "target_groups": ["ouders", "zorgteam-school", "leerling"],
        "themes": ["ouderbetrokkenheid", "verslag en leersteun"],
        "centres": ["vrij-clb-westhoek-houtland"],
        "contact_role": "Maatschappelijk werker en HGD-coach, Vrij CLB Westhoek-Houtland",
        "purpose": (
            "Ouders en school vertelden ons vaak een heel ander verhaal over dezelfde leerling. "
            "Door eerst apart te praten, werd het CLB de brug tussen twee kampen. Een gezamenlijke "
            "intake maakt van ouders en school partners die samen een vraag stellen."
        ),
        "steps": [
            (
                "Voorbereiden met een korte vragenlijst",
                "Ouders en school vullen vooraf elk dezelfde vijf vragen in over sterktes, "
                "zorgen en verwachtingen.",
            ),
            (
                "Gesprek openen met sterktes",
                "Het gesprek start met wat goed gaat. De CLB-medewerker vat de overeenkomsten "
                "tussen beide vragenlijsten hardop samen.",
            ),
            (
                "Verschillen benoemen",
                "Waar ouders en school iets anders zien, wordt dat niet weggepraat maar als "
                "informatie genoteerd: in welke context loopt het anders?",
            ),
            (
                "Gezamenlijke hulpvraag formuleren",
                "Samen formuleren de deelnemers één of twee vragen waar het traject antwoord "
                "op moet geven. De leerling krijgt een eigen moment om zijn vraag te stellen.",
            ),
        ],
        "what_works": [
            "De vragenlijst vooraf zorgt dat ouders met een voorbereid verhaal binnenkomen.",
            "Starten met sterktes haalt de spanning uit het gesprek.",
            "Een gedeelde hulpvraag voorkomt dat het traject later opnieuw moet starten.",
        ],
        "pitfalls": [
            "Bij een groot aantal schoolmedewerkers aan tafel voelen ouders zich in de "
            "minderheid; beperk de school tot twee personen.",
            "Spanningen uit het verleden komen soms in het gesprek terecht en vragen een "
            "stevige gespreksleiding.",
        ],
        "preconditions": [
            "De CLB-medewerker heeft ervaring met het leiden van meerpartijengesprekken.",
            "Er is een neutrale, rustige ruimte zonder klasonderbreking.",
        ],
        "getting_started": (
            "Gebruik de vragenlijst eerst bij trajecten waar de relatie tussen ouders en school "
            "goed is, om vertrouwd te raken met de gespreksopbouw. Breid daarna uit naar "
            "moeilijkere situaties."
        ),
        "experiences": (
            "Een zorgcoördinator uit het secundair onderwijs: ‘Voor het eerst hoorde ik ouders "
            "vertellen hoe hun zoon thuis plant en organiseert. Dat veranderde onze aanpak.’"
        ),
        "materials": [
            {
                "title": "Voorbereidende vragenlijst voor de intake",
                "kind": "werkblad",
                "format": "docx",
                "lines": [
                    "Voorbereidende vragenlijst voor de gezamenlijke intake",
                    "Waar is uw kind of de leerling goed in?",
                    "Wat loopt op dit moment moeilijk?",
                    "Wat hebt u al geprobeerd en wat hielp?",
                    "Wat hoopt u dat het CLB-traject oplevert?",
                    "Wat wilt u zeker vertellen tijdens het gesprek?",
                ],
            }
        ],
        "reviewed": "2023-03-27",
        "published": "2023-03-21T11:05:00",
    },
    {
        "slug": "handelingsgericht-mdo-in-vijf-stappen",
        "title": "Een handelingsgericht MDO in vijf stappen",
        "summary": (
            "Een vaste structuur voor het multidisciplinair overleg: van zorgvraag over "
            "sterktes en noden naar concrete afspraken. Zo levert elk MDO een plan op in plaats "
            "van een lange lijst leerlingen die ‘opgevolgd’ worden."
        ),
        "core_activities": [
            "consultatieve-leerlingenbegeleiding",
            "handelingsgericht-advies",
        ],
        "care_phases": ["fase-1", "fase-2"],
        "education_levels": ["lager-gewoon", "kleuter-gewoon"],
        "target_groups": ["zorgteam-school", "leraar", "clb-team"],
        "themes": ["teamprofessionalisering", "gedrag"],
        "centres": ["vrij-clb-waas-en-dender", "vrij-clb-westhoek-houtland"],
        "contact_role": "Teamverantwoordelijke basisonderwijs, Vrij CLB Waas en Dender",
        "purpose": (
            "Veel MDO's liepen uit omdat elke leerling uitgebreid werd besproken zonder duidelijk "
            "eindpunt. De CLB-medewerker zat er vaak als toehoorder bij. Met een vaste structuur "
            "wilden we het overleg korter en doelgerichter maken en de rol van het CLB als "
            "consulent versterken."
        ),
        "steps": [
            (
                "Vraag van de leraar vooraf",
                "De leraar noteert per leerling één concrete vraag op het agendablad. Leerlingen "
                "zonder vraag worden niet besproken.",
            ),
            (
                "Beeld schetsen in vijf minuten",
                "De leraar vertelt kort wat hij ziet, met aandacht voor wat wel lukt.",
            ),
            (
                "Ondersteuningsnoden benoemen",
                "Het team formuleert wat de leerling en de leraar nodig hebben. De "
                "CLB-medewerker helpt om van probleemomschrijving naar noden te gaan.",
            ),
            (
                "Afspraken maken",
                "Er wordt afgesproken wie wat doet, tegen wanneer en hoe het effect zichtbaar "
                "wordt.",
            ),
            (
                "Terugblikken op vorige afspraken",
                "Bij het volgende MDO opent de bespreking met de afspraken van de vorige keer.",
            ),
        ],
        "what_works": [
            "De verplichte vraag vooraf filtert bespreking die enkel informeert.",
            "Een zichtbare klok houdt iedereen bij de tijd zonder dat de voorzitter moet "
            "onderbreken.",
            "Leraren gaan buiten met iets dat ze morgen kunnen doen.",
        ],
        "pitfalls": [
            "Bij complexe situaties is vijf minuten te kort; plan dan een apart overleg in "
            "plaats van het MDO te laten uitlopen.",
        ],
        "preconditions": [
            "De zorgcoördinator zit het MDO voor en bewaakt de structuur.",
            "Afspraken worden bijgehouden in het leerlingvolgsysteem van de school.",
        ],
        "getting_started": (
            "Stel de structuur voor op een personeelsvergadering en probeer ze drie MDO's lang "
            "uit. Evalueer daarna met leraren wat ze anders willen."
        ),
        "experiences": (
            "Een leraar van het vierde leerjaar: ‘Vroeger ging ik buiten met het gevoel dat "
            "iedereen bezorgd was. Nu ga ik buiten met een plan.’"
        ),
        "materials": [
            {
                "title": "Agendablad MDO",
                "kind": "sjabloon",
                "format": "docx",
                "lines": [
                    "Agendablad multidisciplinair overleg",
                    "Leerling (initialen) en klas",
                    "Mijn vraag voor het team",
                    "Wat lukt al goed?",
                    "Wat heb ik al geprobeerd?",
                    "Afspraak: wie, wat, tegen wanneer",
                ],
            },
            {
                "title": "Stappen van een handelingsgericht MDO",
                "kind": "stappenplan",
                "format": "pdf",
                "lines": [
                    "Stappen van een handelingsgericht MDO",
                    "Stap 1: terugblik op de afspraken van vorige keer",
                    "Stap 2: vraag van de leraar voorlezen",
                    "Stap 3: beeld in vijf minuten, met sterktes",
                    "Stap 4: ondersteuningsnoden van leerling en leraar",
                    "Stap 5: afspraken noteren en evaluatiemoment plannen",
                ],
            },
        ],
        "reviewed": "2023-04-18",
        "published": "2023-04-05T15:20:00",
    },
    {
        "slug": "handelingsgerichte-klassenraad-eerste-graad",
        "title": "De handelingsgerichte klassenraad in de eerste graad",
        "summary": (
            "Het CLB coacht de klassenraad in de eerste graad om te vertrekken van "
            "ondersteuningsnoden in plaats van cijfers. Klasbrede afspraken krijgen voorrang op "
            "individuele maatregelen voor enkele leerlingen."
        ),
        "core_activities": ["consultatieve-leerlingenbegeleiding"],
        "care_phases": ["fase-0", "fase-1"],
        "education_levels": ["secundair-gewoon"],
        "target_groups": ["leraar", "zorgteam-school"],
        "themes": ["klasmanagement", "overgang lager-secundair"],
        "centres": ["go-clb-limburg-noord-adite"],
        "contact_role": "CLB-anker secundair onderwijs, GO! CLB Limburg Noord Adite",
        "purpose": (
            "In de klassenraden van het eerste jaar werden vooral tekorten overlopen. Leraren "
            "voelden zich machteloos en de lijst met individuele maatregelen groeide elk "
            "trimester. Het doel was de klassenraad te laten nadenken over wat de hele klas "
            "nodig heeft en pas daarna over individuele leerlingen."
        ),
        "steps": [
            (
                "Klasprofiel opmaken",
                "De klastitularis maakt voor de klassenraad een kort profiel van de klasgroep: "
                "sfeer, werkhouding, sterke punten en aandachtspunten.",
            ),
            (
                "Klasbrede noden bespreken",
                "De klassenraad bepaalt eerst één of twee acties die voor de hele klas gelden, "
                "bijvoorbeeld een vaste planningsroutine of een duidelijke start van de les.",
            ),
            (
                "Individuele leerlingen bespreken",
                "Pas daarna komen leerlingen aan bod voor wie de klasbrede aanpak niet volstaat, "
                "met een concrete vraag van een vakleraar.",
            ),
            (
                "Nabespreking met de CLB-medewerker",
                "Na de klassenraad reflecteert de CLB-medewerker kort met de leerlingenbegeleider "
                "over wat werkte in de bespreking.",
            ),
        ],
        "what_works": [
            "Het klasprofiel maakt patronen zichtbaar die in een bespreking per leerling "
            "verloren gaan.",
            "Vakleraren ervaren klasbrede afspraken als haalbaarder dan tien verschillende "
            "individuele maatregelen.",
        ],
        "pitfalls": [
            "Als de CLB-medewerker de bespreking overneemt, leunt de school opnieuw achterover.",
            "Bij een volle agenda schuift het klasprofiel ongemerkt naar het einde van de "
            "vergadering.",
        ],
        "preconditions": [
            "De directie erkent de klassenraad als pedagogisch overleg en niet enkel als "
            "rapportvergadering.",
        ],
        "getting_started": (
            "Kies één klasgroep in het eerste jaar waar de klassenraad openstaat voor een andere "
            "aanpak. Werk met het klasprofiel tijdens één trimester en laat de klastitularis zelf "
            "de ervaring voorstellen aan collega's."
        ),
        "experiences": (
            "Een leerlingenbegeleider: ‘Door eerst over de klas te praten, zagen we dat de helft "
            "van de ‘probleemleerlingen’ vooral last had van het rommelige begin van elke les.’"
        ),
        "materials": [
            {
                "title": "Klasprofiel voor de klassenraad",
                "kind": "werkblad",
                "format": "pdf",
                "lines": [
                    "Klasprofiel voor de klassenraad",
                    "Sfeer en groepsdynamiek in de klas",
                    "Werkhouding: start van de les, huiswerk, planning",
                    "Sterke punten van deze klasgroep",
                    "Aandachtspunten die bij meerdere vakken terugkomen",
                    "Voorstel voor één klasbrede afspraak",
                ],
            }
        ],
        "reviewed": "2023-05-09",
        "published": "2023-04-24T10:00:00",
    },
    {
        "slug": "warme-overdracht-zesde-leerjaar-eerste-jaar",
        "title": "Warme overdracht van het zesde leerjaar naar het eerste jaar secundair",
        "summary": (
            "Bij de overstap naar het secundair brengt het CLB basisschool, secundaire school, "
            "ouders en leerling samen voor een overdrachtsgesprek. De ondersteuningsnoden en wat "
            "al werkte, reizen zo mee met de leerling."
        ),
        "core_activities": [
            "handelingsgericht-advies",
            "consultatieve-leerlingenbegeleiding",
        ],
        "care_phases": ["fase-1", "fase-2"],
        "education_levels": ["lager-gewoon", "secundair-gewoon"],
        "target_groups": ["leerling", "ouders", "zorgteam-school"],
        "themes": ["overgang lager-secundair", "ouderbetrokkenheid"],
        "centres": ["vrij-clb-de-wissel-antwerpen", "vrij-clb-waas-en-dender"],
        "contact_role": "Onthaalmedewerker overgang basis-secundair, Vrij CLB De Wissel",
        "purpose": (
            "Leerlingen met ondersteuningsnoden verliezen bij de overstap vaak wat in de "
            "basisschool was opgebouwd. De secundaire school ontdekt pas na de eerste "
            "rapporten wat een leerling nodig heeft. Een warme overdracht wil dat voorkomen, "
            "met de leerling en de ouders als eigenaars van de informatie."
        ),
        "steps": [
            (
                "Leerlingen selecteren",
                "In het voorjaar bespreekt de zorgcoördinator van de basisschool met het CLB "
                "welke leerlingen baat hebben bij een warme overdracht.",
            ),
            (
                "Toestemming en voorbereiding",
                "Ouders geven toestemming en bereiden met hun kind een ‘dit ben ik’-fiche voor. "
                "De leraar van het zesde leerjaar noteert wat in de klas hielp.",
            ),
            (
                "Overdrachtsgesprek",
                "Na de inschrijving zit de leerlingenbegeleider van de secundaire school samen "
                "met ouders, leerling en basisschool. Het CLB leidt het gesprek.",
            ),
            (
                "Afspraken voor de eerste weken",
                "Er worden enkele concrete afspraken gemaakt voor de eerste schoolweken, zoals "
                "een vast aanspreekpunt of een aangepaste agenda.",
            ),
            (
                "Opvolging na de herfstvakantie",
                "Het CLB-team van de secundaire school neemt contact op met de leerling om te "
                "horen hoe de start verliep.",
            ),
        ],
        "what_works": [
            "De fiche in de woorden van de leerling maakt het gesprek persoonlijk.",
            "Een vast aanspreekpunt in de eerste weken geeft leerling en ouders houvast.",
            "De basisschool voelt haar werk gewaardeerd als het wordt doorgegeven.",
        ],
        "pitfalls": [
            "Te veel informatie doorgeven kan een leerling vastzetten in een beeld; beperk je tot "
            "wat helpt.",
            "Wanneer de secundaire school pas laat bekend is, komt het gesprek te laat.",
        ],
        "preconditions": [
            "Ouders geven uitdrukkelijk toestemming voor de overdracht.",
            "De CLB-teams van basis en secundair stemmen onderling af wie het gesprek leidt.",
        ],
        "getting_started": (
            "Maak afspraken met de secundaire scholen waar de meeste leerlingen uit je "
            "basisscholen naartoe gaan. Start met een kleine groep leerlingen en gebruik de "
            "fiche als vast vertrekpunt."
        ),
        "experiences": (
            "Een leerling van het eerste jaar vertelde: ‘Ik moest niet alles opnieuw uitleggen. "
            "Mijn titularis wist al dat ik beter vooraan zit.’"
        ),
        "materials": [
            {
                "title": "Fiche ‘Dit ben ik’",
                "kind": "werkblad",
                "format": "pdf",
                "lines": [
                    "Fiche ‘Dit ben ik’ voor de overstap naar het secundair",
                    "Dit doe ik graag en hier ben ik goed in",
                    "Dit vind ik moeilijk op school",
                    "Dit helpt mij in de klas",
                    "Dit wil ik dat mijn nieuwe leraren weten",
                    "Hier maak ik me zorgen over",
                    "Bij deze persoon wil ik terecht kunnen",
                ],
            },
            {
                "title": "Leidraad overdrachtsgesprek",
                "kind": "stappenplan",
                "format": "docx",
                "lines": [
                    "Leidraad overdrachtsgesprek",
                    "Kennismaking en doel van het gesprek",
                    "De leerling stelt de fiche ‘Dit ben ik’ voor",
                    "De basisschool vertelt wat in de klas hielp",
                    "Ouders vullen aan vanuit thuis",
                    "Afspraken voor de eerste schoolweken",
                    "Wie volgt op en wanneer",
                ],
            },
        ],
        "reviewed": "2023-06-05",
        "published": "2023-05-11T13:45:00",
    },
    {
        "slug": "vroeg-signaleren-problematische-afwezigheden",
        "title": "Problematische afwezigheden vroeg signaleren en samen aanpakken",
        "summary": (
            "School en CLB spreken drempels af waarop afwezigheden besproken worden, nog voor er "
            "sprake is van spijbelen. De aanpak combineert een open gesprek met de leerling en "
            "ouders met kleine aanpassingen op school."
        ),
        "core_activities": [
            "consultatieve-leerlingenbegeleiding",
            "handelingsgericht-advies",
        ],
        "care_phases": ["fase-0", "fase-1"],
        "education_levels": ["secundair-gewoon", "lager-gewoon"],
        "target_groups": ["leerling", "ouders", "zorgteam-school"],
        "themes": ["schoolverzuim", "welbevinden"],
        "centres": ["clb-n-brussel", "vrij-clb-de-wissel-antwerpen"],
        "contact_role": "Ankerfiguur leerplicht en schoolverzuim, CLB N-Brussel",
        "purpose": (
            "Het CLB kwam vaak pas in beeld wanneer een leerling al weken weg was en het contact "
            "met school verbroken leek. Achter veel afwezigheden zaten angst, zorgtaken thuis of "
            "conflicten met medeleerlingen. We wilden samen met scholen vroeger en minder "
            "bestraffend reageren."
        ),
        "steps": [
            (
                "Signaaldrempels afspreken",
                "School en CLB spreken af bij welk patroon van afwezigheden, zoals herhaalde "
                "maandagen of losse halve dagen, er een gesprek volgt.",
            ),
            (
                "Eerste gesprek op school",
                "De klastitularis of leerlingenbegeleider spreekt de leerling aan met open "
                "vragen, zonder beschuldiging.",
            ),
            (
                "Consultatie met het CLB",
                "Lukt het eerste gesprek niet of blijft het patroon bestaan, dan bespreekt de "
                "school de situatie met de CLB-medewerker.",
            ),
            (
                "Gesprek met ouders en leerling",
                "Samen zoeken school, CLB, ouders en leerling naar wat de aanwezigheid "
                "moeilijk maakt en wat kan helpen.",
            ),
            (
                "Kleine stappen terug",
                "Er wordt een haalbaar plan afgesproken met een opbouw in aanwezigheid en een "
                "vertrouwenspersoon op school.",
            ),
        ],
        "what_works": [
            "Een open vraag als ‘Hoe gaat het eigenlijk met je?’ opent meer dan een "
            "aanwezigheidslijst.",
            "Duidelijke drempels voorkomen dat elke leraar het anders inschat.",
            "Een vertrouwenspersoon op school maakt het makkelijker om terug te keren.",
        ],
        "pitfalls": [
            "Als het gesprek vooral over regels en sancties gaat, haakt de leerling af.",
            "Registratieproblemen maken dat signalen laat opvallen.",
        ],
        "preconditions": [
            "De school registreert afwezigheden stipt en deelt ze tijdig met het CLB.",
            "Er is een afgesproken aanspreekpunt op school.",
        ],
        "getting_started": (
            "Bekijk samen met een school de afwezigheden van het voorbije trimester en zoek welke "
            "patronen vroeg hadden kunnen opvallen. Spreek op basis daarvan drempels af en "
            "evalueer die na enkele maanden."
        ),
        "experiences": (
            "Een leerlingenbegeleider uit het tweede jaar: ‘We ontdekten dat een leerling elke "
            "maandag thuisbleef om voor een jonger broertje te zorgen. Dat los je niet op met "
            "een strafstudie.’"
        ),
        "materials": [
            {
                "title": "Gespreksleidraad eerste gesprek over afwezigheden",
                "kind": "andere",
                "format": "pdf",
                "lines": [
                    "Gespreksleidraad eerste gesprek over afwezigheden",
                    "Ik merk dat je de laatste weken een aantal keer afwezig was.",
                    "Hoe gaat het op dit moment met jou, op school en thuis?",
                    "Zijn er momenten of lessen waar je tegen opziet?",
                    "Wat zou het makkelijker maken om naar school te komen?",
                    "Met wie op school zou je daar verder over willen praten?",
                    "Afspraak: wanneer spreken we elkaar opnieuw?",
                ],
            }
        ],
        "reviewed": "2023-06-29",
        "published": "2023-06-07T09:10:00",
    },
    {
        "slug": "coaching-co-teachingduos",
        "title": "Coaching van co-teachingduo's door de CLB-medewerker",
        "summary": (
            "De CLB-medewerker begeleidt koppels van leraar en zorgleraar die samen lesgeven. "
            "Door klasobservatie en korte reflectiegesprekken leren ze beter inspelen op "
            "verschillen tussen leerlingen in de gewone klas."
        ),
        "core_activities": ["consultatieve-leerlingenbegeleiding"],
        "care_phases": ["fase-0", "fase-1"],
        "education_levels": ["lager-gewoon", "secundair-gewoon"],
        "target_groups": ["leraar"],
        "themes": ["co-teaching", "klasmanagement"],
        "centres": ["vrij-clb-westhoek-houtland"],
        "contact_role": "Consultatieve begeleider, Vrij CLB Westhoek-Houtland",
        "purpose": (
            "Scholen zetten steeds vaker in op co-teaching, maar duo's vallen snel terug op een "
            "model waarbij de ene leraar lesgeeft en de andere rondloopt. Het CLB wil deze duo's "
            "ondersteunen zodat ze de verschillende vormen van samen lesgeven bewust inzetten "
            "voor leerlingen met uiteenlopende noden."
        ),
        "steps": [
            (
                "Startgesprek met het duo",
                "Het duo bespreekt met de CLB-medewerker zijn verwachtingen, rolverdeling en de "
                "leerlingen voor wie het extra wil differentiëren.",
            ),
            (
                "Klasobservatie",
                "De CLB-medewerker observeert een les met aandacht voor de gekozen vorm van "
                "co-teaching en hoe leerlingen daarop reageren.",
            ),
            (
                "Reflectiegesprek",
                "Het duo reflecteert aan de hand van enkele vragen op wat het zag en kiest een "
                "nieuwe vorm of aanpassing om uit te proberen.",
            ),
            (
                "Tweede observatie en afronding",
                "Na enkele weken volgt een tweede observatie en een afrondend gesprek over wat "
                "het duo zelfstandig verder zet.",
            ),
        ],
        "what_works": [
            "De observatie focust op leerlingen, niet op de leraren, wat veiligheid geeft.",
            "Duo's ontdekken vormen zoals stations- of parallelonderwijs die ze nog niet "
            "gebruikten.",
        ],
        "pitfalls": [
            "Wanneer de co-teacher voortdurend wordt weggeroepen voor vervangingen, valt de "
            "samenwerking stil.",
        ],
        "preconditions": [
            "Het duo heeft wekelijks een vast moment om samen voor te bereiden.",
            "De CLB-medewerker kent de basismodellen van co-teaching.",
        ],
        "getting_started": (
            "Bied de coaching aan als vrijwillig aanbod aan één of twee duo's die er zelf om "
            "vragen. Hun ervaringen overtuigen collega's vaak meer dan een vorming."
        ),
        "experiences": (
            "Een zorgleraar uit het derde leerjaar: ‘Ik was gewoon de extra hulp in de klas. Nu "
            "geven we echt samen les, en de leerlingen merken dat.’"
        ),
        "materials": [
            {
                "title": "Reflectievragen voor co-teachingduo's",
                "kind": "werkblad",
                "format": "docx",
                "lines": [
                    "Reflectievragen voor co-teachingduo's",
                    "Welke vorm van co-teaching gebruikten we vandaag?",
                    "Welke leerlingen hadden er het meest baat bij?",
                    "Wie nam welke rol op en klopte dat met onze afspraak?",
                    "Wat zouden we de volgende keer anders doen?",
                    "Welke vorm willen we nog uitproberen?",
                ],
            },
            {
                "title": "Vormen van co-teaching op een rij",
                "kind": "presentatie",
                "format": "pdf",
                "lines": [
                    "Vormen van co-teaching op een rij",
                    "Eén leraar geeft les, de andere observeert",
                    "Eén leraar geeft les, de andere ondersteunt",
                    "Stationsonderwijs: leerlingen wisselen tussen hoeken",
                    "Parallel lesgeven in twee kleinere groepen",
                    "Alternatief lesgeven: een kleine groep krijgt extra instructie",
                    "Teamteaching: beide leraren geven samen instructie",
                ],
            },
        ],
        "reviewed": "2023-08-28",
        "published": "2023-06-26T16:00:00",
    },
    {
        "slug": "icf-cy-ondersteuningsnoden-autisme",
        "title": "Ondersteuningsnoden bij autisme in kaart brengen met ICF-CY",
        "summary": (
            "Bij jongeren met autisme gebruikt het CLB het ICF-CY-kader om samen met jongere, "
            "ouders en school te beschrijven in welke situaties ondersteuning nodig is, en waar "
            "de jongere juist zelfstandig functioneert."
        ),
        "core_activities": ["icf-cy", "handelingsgerichte-diagnostiek"],
        "care_phases": ["fase-2", "fase-3"],
        "education_levels": ["secundair-buitengewoon", "secundair-gewoon"],
        "target_groups": ["leerling", "ouders", "leraar"],
        "themes": ["autisme", "welbevinden"],
        "centres": ["go-clb-limburg-noord-adite", "clb-n-brussel"],
        "contact_role": "Psycholoog en referentiepersoon autisme, GO! CLB Limburg Noord Adite",
        "purpose": (
            "Een diagnose autisme zegt weinig over wat een jongere op school concreet nodig "
            "heeft. Twee jongeren met dezelfde diagnose kunnen totaal verschillende noden "
            "hebben. Met ICF-CY willen we het gesprek verschuiven van het label naar het "
            "functioneren in concrete schoolsituaties."
        ),
        "steps": [
            (
                "Situaties verzamelen",
                "Jongere, ouders en leraren noteren elk een aantal schoolsituaties die vlot lopen "
                "en die moeilijk lopen, zoals groepswerk, de refter of een onverwachte vervanging.",
            ),
            (
                "Ordenen in het ICF-CY-kader",
                "De CLB-medewerker ordent de situaties in de domeinen van ICF-CY en zoekt naar "
                "gemeenschappelijke omgevingsfactoren.",
            ),
            (
                "Bespreking met de jongere",
                "De jongere krijgt het schema eerst te zien en mag aanvullen of corrigeren.",
            ),
            (
                "Noden vertalen naar afspraken",
                "Samen met school en ouders worden de noden omgezet in concrete afspraken, zoals "
                "een prikkelarme werkplek of een vooraf gedeelde dagplanning.",
            ),
        ],
        "what_works": [
            "De jongere voelt zich serieus genomen als hij als eerste het schema ziet.",
            "Omgevingsfactoren worden zichtbaar, waardoor de school ziet wat zij kan aanpassen.",
            "Hetzelfde schema kan bij een nieuw schooljaar opnieuw gebruikt worden.",
        ],
        "pitfalls": [
            "Wanneer het schema te veel domeinen bevat, verliest het zijn overzicht; beperk je "
            "tot de situaties die er echt toe doen.",
        ],
        "preconditions": [
            "De jongere stemt in met het delen van het schema met de school.",
            "De school is bereid om omgevingsfactoren aan te passen.",
        ],
        "getting_started": (
            "Probeer het uit bij één jongere die zelf graag meedenkt. Gebruik een vereenvoudigd "
            "schema met vier vakken en bouw het kader pas uit als het team er vertrouwd mee is."
        ),
        "experiences": (
            "Een jongere uit het buitengewoon secundair onderwijs zei na het gesprek: ‘Het is "
            "de eerste keer dat er ook staat wat ik wel kan.’"
        ),
        "materials": [
            {
                "title": "Situatiekaart school",
                "kind": "werkblad",
                "format": "pdf",
                "lines": [
                    "Situatiekaart school",
                    "Deze situaties lopen vlot:",
                    "Deze situaties zijn moeilijk:",
                    "Wat maakt het verschil: mensen, plaats, tijdstip, voorspelbaarheid?",
                    "Wat doe ik zelf al om het vol te houden?",
                    "Wat zou de school kunnen aanpassen?",
                ],
            }
        ],
        "reviewed": "2023-09-12",
        "published": "2023-08-30T10:30:00",
    },
    {
        "slug": "faalangst-bespreekbaar-maken-in-de-klas",
        "title": "Faalangst bespreekbaar maken in de klas: consultatie voor leraren",
        "summary": (
            "Leraren die faalangst herkennen bij meerdere leerlingen krijgen consultatie om in de "
            "klas een veilig leerklimaat te bouwen. De focus ligt op toetsmomenten, feedback en "
            "het normaliseren van fouten."
        ),
        "core_activities": ["consultatieve-leerlingenbegeleiding"],
        "care_phases": ["fase-0", "fase-1"],
        "education_levels": ["lager-gewoon", "secundair-gewoon"],
        "target_groups": ["leraar", "leerling"],
        "themes": ["faalangst", "welbevinden"],
        "centres": ["vrij-clb-waas-en-dender"],
        "contact_role": "Pedagoog, cel consultatie, Vrij CLB Waas en Dender",
        "purpose": (
            "Aanmeldingen voor individuele faalangsttraining liepen op, terwijl de angst vaak "
            "samenhing met hoe toetsen en feedback in de klas georganiseerd waren. We wilden "
            "leraren helpen om op klasniveau drempels weg te nemen, zodat een individueel "
            "traject enkel nog nodig is voor wie echt vastloopt."
        ),
        "steps": [
            (
                "Vraag van de leraar verkennen",
                "De CLB-medewerker bespreekt met de leraar wanneer hij faalangst ziet en welke "
                "momenten het zwaarst wegen.",
            ),
            (
                "Leerlingen bevragen",
                "Met een korte, anonieme klasbevraging peilt de leraar hoe leerlingen toetsen en "
                "beurten beleven.",
            ),
            (
                "Klasmaatregelen kiezen",
                "Samen worden maatregelen gekozen zoals oefentoetsen zonder punten, "
                "procesgerichte feedback of een rustige start van toetsen.",
            ),
            (
                "Evalueren met de klas",
                "Na enkele weken herhaalt de leraar de bevraging en bespreekt de uitkomst met "
                "de leerlingen zelf.",
            ),
        ],
        "what_works": [
            "Leerlingen ervaren het als een opluchting dat faalangst in de klas benoemd wordt.",
            "Kleine aanpassingen aan toetsmomenten hebben vaak een groot effect.",
        ],
        "pitfalls": [
            "Leraren kunnen zich persoonlijk aangevallen voelen door de resultaten van de "
            "bevraging; bespreek ze eerst onder vier ogen.",
            "Wanneer vakgroepen andere afspraken maken, is het effect beperkt.",
        ],
        "preconditions": [
            "De school staat open voor een evaluatiebeleid waarin ook oefenmomenten zonder "
            "punten passen.",
        ],
        "getting_started": (
            "Start met één leraar of vakgroep die faalangst zelf als thema aanbrengt. Gebruik de "
            "klasbevraging als vertrekpunt en deel de resultaten pas breder als de leraar dat wil."
        ),
        "experiences": (
            "Een leraar wiskunde uit de eerste graad merkte dat leerlingen na enkele weken meer "
            "vragen durfden te stellen tijdens oefenmomenten."
        ),
        "materials": [
            {
                "title": "Anonieme klasbevraging over toetsen en beurten",
                "kind": "werkblad",
                "format": "docx",
                "lines": [
                    "Anonieme klasbevraging over toetsen en beurten",
                    "Voor een toets voel ik me meestal: rustig, wat gespannen, erg gespannen",
                    "Als ik een beurt krijg, denk ik vooral aan:",
                    "Een fout maken in de klas vind ik: geen probleem, vervelend, heel erg",
                    "Dit helpt mij om rustig te blijven:",
                    "Dit zou ik graag anders zien bij toetsen:",
                ],
            }
        ],
        "reviewed": "2023-09-25",
        "published": "2023-09-13T14:00:00",
    },
    {
        "slug": "van-zorgvraag-naar-advies-bij-rekenproblemen",
        "title": "Van zorgvraag naar handelingsgericht advies bij hardnekkige rekenproblemen",
        "summary": (
            "Bij een leerling die ondanks remediëring blijft vastlopen op rekenen, onderzoekt het "
            "CLB gericht welke rekenstrategieën ontbreken en welke instructie helpt. Het advies "
            "bevat concrete klasmaatregelen en een voorstel voor leersteun."
        ),
        "core_activities": [
            "handelingsgericht-advies",
            "handelingsgerichte-diagnostiek",
        ],
        "care_phases": ["fase-1", "fase-2"],
        "education_levels": ["lager-gewoon"],
        "target_groups": ["leerling", "leraar"],
        "themes": ["rekenen", "verslag en leersteun"],
        "centres": ["vrij-clb-westhoek-houtland", "vrij-clb-de-wissel-antwerpen"],
        "contact_role": "Ankerfiguur leerstoornissen, Vrij CLB Westhoek-Houtland",
        "purpose": (
            "Aanmeldingen voor rekenproblemen draaiden vaak uit op de vraag ‘is het dyscalculie?’. "
            "Het antwoord daarop helpt de leraar zelden verder. We wilden het onderzoek richten "
            "op de vraag welke instructie en hulpmiddelen deze leerling vooruit helpen."
        ),
        "steps": [
            (
                "Handelingsplan doorlopen",
                "Het CLB bekijkt met de zorgleraar welke remediëring al gegeven werd, hoe lang en "
                "met welk resultaat.",
            ),
            (
                "Onderzoeksvragen bepalen",
                "Samen worden twee à drie vragen geformuleerd, bijvoorbeeld welke "
                "tafelstrategieën de leerling gebruikt en of visuele modellen helpen.",
            ),
            (
                "Dynamisch onderzoek",
                "De CLB-medewerker laat de leerling hardop rekenen en test uit welke hulp, zoals "
                "een getallenlijn of een stappenkaart, het verschil maakt.",
            ),
            (
                "Advies en eventueel verslag",
                "Het advies beschrijft wat in de klas werkt. Als de ondersteuningsnoden het "
                "vragen, volgt een verslag voor leersteun met dezelfde onderbouwing.",
            ),
        ],
        "what_works": [
            "Hardop laten rekenen toont snel waar het denkproces vastloopt.",
            "Leraren krijgen een advies dat aansluit bij de rekenmethode van de school.",
            "Het verslag voor leersteun wordt concreter omdat het op uitgeteste hulp steunt.",
        ],
        "pitfalls": [
            "Ouders verwachten soms een diagnose en ervaren het ontbreken ervan als een tekort.",
            "Een advies dat te veel hulpmiddelen tegelijk voorstelt, wordt niet toegepast.",
        ],
        "preconditions": [
            "De CLB-medewerker heeft voldoende vakdidactische kennis van rekenen.",
            "De school deelt de gebruikte methode en toetsen met het CLB.",
        ],
        "getting_started": (
            "Laat een medewerker met affiniteit voor rekenen de dynamische onderzoeksvorm "
            "uitproberen bij twee of drie leerlingen. Verzamel de bruikbare hulpmiddelen in een "
            "gedeelde map voor het team."
        ),
        "experiences": (
            "Een zorgleraar van het vijfde leerjaar: ‘Dat de getallenlijn hem zo hielp, hadden we "
            "zelf ook kunnen ontdekken. Nu doen we dat bij andere leerlingen ook.’"
        ),
        "materials": [
            {
                "title": "Observatie hardop rekenen",
                "kind": "werkblad",
                "format": "pdf",
                "lines": [
                    "Observatie hardop rekenen",
                    "Opgave en wat de leerling hardop zegt",
                    "Welke strategie gebruikt de leerling: tellen, splitsen, uit het hoofd?",
                    "Waar loopt het vast?",
                    "Welke hulp werd aangeboden: materiaal, schema, voorbeeld?",
                    "Effect van de hulp: geen, gedeeltelijk, volledig",
                    "Conclusie voor de klas",
                ],
            }
        ],
        "reviewed": "2023-10-16",
        "published": "2023-10-02T11:25:00",
    },
    {
        "slug": "meertalige-kleuters-taalontwikkeling-of-achterstand",
        "title": "Meertalige kleuters: taalverwerving onderscheiden van een taalstoornis",
        "summary": (
            "School en CLB gebruiken een vaste werkwijze om bij meertalige kleuters te bepalen of "
            "een trage ontwikkeling van het Nederlands past bij normale tweetaalverwerving of om "
            "verder onderzoek vraagt. De thuistaal telt daarbij volwaardig mee."
        ),
        "core_activities": [
            "handelingsgerichte-diagnostiek",
            "consultatieve-leerlingenbegeleiding",
        ],
        "care_phases": ["fase-1", "fase-2"],
        "education_levels": ["kleuter-gewoon"],
        "target_groups": ["leerling", "ouders", "leraar"],
        "themes": ["meertaligheid", "taalontwikkeling"],
        "centres": ["clb-n-brussel", "vrij-clb-de-wissel-antwerpen"],
        "contact_role": "Logopedisch medewerker en referentiepersoon taal, CLB N-Brussel",
        "purpose": (
            "In stedelijke scholen spreekt een groot deel van de kleuters thuis een andere taal. "
            "Aanmeldingen voor ‘taalachterstand’ mengen tweetaalverwerving en echte "
            "taalontwikkelingsproblemen. Een zorgvuldige werkwijze voorkomt zowel overdiagnose "
            "als het missen van kinderen die wel extra ondersteuning nodig hebben."
        ),
        "steps": [
            (
                "Taalbiografie met ouders",
                "In een gesprek, met tolk indien nodig, brengt het CLB in kaart welke talen het "
                "kind hoort en spreekt, sinds wanneer en met wie.",
            ),
            (
                "Thuistaal bevragen",
                "Ouders vertellen hoe hun kind zich in de thuistaal uitdrukt in vergelijking met "
                "broers, zussen of leeftijdsgenoten.",
            ),
            (
                "Observatie in de klas",
                "De leraar observeert gedurende enkele weken met aandacht voor begrip, "
                "communicatieve intentie en non-verbale taal.",
            ),
            (
                "Integratie en beslissing",
                "Het CLB brengt de gegevens samen. Ontwikkelt het kind in de thuistaal vlot, dan "
                "volgt een advies voor taalstimulering in de klas; zo niet, een gericht onderzoek.",
            ),
        ],
        "what_works": [
            "De thuistaal als informatiebron maakt het onderscheid veel betrouwbaarder.",
            "Ouders voelen zich erkend als hun taal als een sterkte wordt benaderd.",
        ],
        "pitfalls": [
            "Zonder tolk vallen belangrijke nuances in het gesprek met ouders weg.",
            "Een afwachtende houding kan een echte taalontwikkelingsstoornis te lang onopgemerkt "
            "laten.",
        ],
        "preconditions": [
            "Er is toegang tot een sociaal tolk of tolkentelefoon.",
            "Leraren zijn vertrouwd met de basisprincipes van tweede-taalverwerving.",
        ],
        "getting_started": (
            "Gebruik de taalbiografie bij elke aanmelding voor taal bij een meertalige kleuter. "
            "Bespreek na een schooljaar in het team welke beslissingen achteraf klopten."
        ),
        "experiences": (
            "Een kleuterleraar: ‘Ik wist niet dat hij thuis honderduit vertelt in het Turks. Dat "
            "veranderde mijn blik op hem volledig.’"
        ),
        "materials": [
            {
                "title": "Taalbiografie meertalige kleuter",
                "kind": "sjabloon",
                "format": "docx",
                "lines": [
                    "Taalbiografie meertalige kleuter",
                    "Welke talen spreken de ouders met het kind?",
                    "Welke taal spreken broers en zussen onderling?",
                    "Sinds welke leeftijd hoort het kind Nederlands?",
                    "Hoe drukt het kind zich uit in de thuistaal?",
                    "Zijn er zorgen over de thuistaal bij de ouders?",
                    "Contact met Nederlands buiten school: opvang, vrije tijd, media",
                ],
            },
            {
                "title": "Beslisboom taalzorg bij meertalige kleuters",
                "kind": "stappenplan",
                "format": "pdf",
                "lines": [
                    "Beslisboom taalzorg bij meertalige kleuters",
                    "Stap 1: taalbiografie afnemen met de ouders",
                    "Stap 2: ontwikkeling in de thuistaal inschatten",
                    "Stap 3: observatie van begrip en communicatie in de klas",
                    "Thuistaal vlot: taalstimulering in de klas en opvolging",
                    "Thuistaal ook vertraagd: gericht onderzoek en eventueel doorverwijzing",
                ],
            },
        ],
        "reviewed": "2023-10-30",
        "published": "2023-10-19T09:50:00",
    },
    {
        "slug": "teamoverleg-buitengewoon-kleuteronderwijs",
        "title": "Teamoverleg in het buitengewoon kleuteronderwijs rond ontwikkelingsdoelen",
        "summary": (
            "In een school voor buitengewoon kleuteronderwijs ondersteunt het CLB het klassenteam "
            "om met het ICF-CY-kader haalbare doelen per kleuter te kiezen en die met ouders en "
            "therapeuten af te stemmen."
        ),
        "core_activities": ["icf-cy", "consultatieve-leerlingenbegeleiding"],
        "care_phases": ["fase-2", "fase-3"],
        "education_levels": ["kleuter-buitengewoon"],
        "target_groups": ["leraar", "zorgteam-school"],
        "themes": ["motoriek", "taalontwikkeling"],
        "centres": ["go-clb-limburg-noord-adite"],
        "contact_role": "CLB-medewerker buitengewoon basisonderwijs, GO! CLB Limburg Noord Adite",
        "purpose": (
            "Klassenteams in het buitengewoon kleuteronderwijs werken met veel disciplines: "
            "kinesitherapeut, logopedist, ergotherapeut, kleuterleraar. Elk formuleerde eigen "
            "doelen, wat tot versnippering leidde. Het ICF-CY-kader helpt om één gedeeld beeld "
            "van de kleuter te maken en samen prioriteiten te kiezen."
        ),
        "steps": [
            (
                "Gezamenlijk beeld maken",
                "Elke discipline brengt zijn observaties in op één gedeeld ICF-CY-blad per "
                "kleuter.",
            ),
            (
                "Prioriteiten kiezen",
                "Het team kiest twee of drie doelen die de participatie van de kleuter in de klas "
                "en thuis het meest vooruithelpen.",
            ),
            (
                "Afstemmen met ouders",
                "De doelen worden met ouders besproken, die aanvullen wat thuis belangrijk is.",
            ),
            (
                "Doelen verdelen over disciplines",
                "Elke discipline beschrijft hoe hij bijdraagt aan dezelfde doelen, zodat de "
                "therapie aansluit bij het klasgebeuren.",
            ),
        ],
        "what_works": [
            "Eén gedeeld blad per kleuter maakt overleg korter en concreter.",
            "Ouders herkennen hun eigen prioriteiten in de doelen.",
        ],
        "pitfalls": [
            "Het ICF-CY-blad wordt een invuloefening als het niet in het overleg gebruikt wordt.",
        ],
        "preconditions": [
            "Het klassenteam heeft een vast overlegmoment waarop alle disciplines aanwezig zijn.",
            "Het CLB kent de werking en de doelgroep van de school.",
        ],
        "getting_started": (
            "Begin met één klassenteam en werk per overleg twee kleuters uit. Evalueer na een "
            "trimester of het gezamenlijke blad de therapie en de klaswerking dichter bij elkaar "
            "bracht."
        ),
        "experiences": (
            "Een kinesitherapeut van de school: ‘Ik werk nu aan het zelfstandig aantrekken van de "
            "jas, omdat dat in de klas en thuis telt, niet aan een losse oefening.’"
        ),
        "materials": [
            {
                "title": "Gedeeld ICF-CY-blad per kleuter",
                "kind": "sjabloon",
                "format": "pdf",
                "lines": [
                    "Gedeeld ICF-CY-blad per kleuter",
                    "Lichaamsfuncties: observaties per discipline",
                    "Activiteiten in de klas: spel, zelfredzaamheid, communicatie",
                    "Participatie: deelname aan kring, eetmoment, buitenspel",
                    "Omgevingsfactoren: hulpmiddelen, klasinrichting, thuissituatie",
                    "Gekozen prioriteiten voor deze periode",
                    "Bijdrage per discipline",
                ],
            }
        ],
        "reviewed": "2023-11-20",
        "published": "2023-11-06T15:35:00",
    },
    {
        "slug": "executieve-functies-klasbrede-aanpak",
        "title": "Executieve functies versterken met een klasbrede aanpak",
        "summary": (
            "Het CLB helpt leraren om plannen, starten met een taak en volhouden te ondersteunen "
            "voor de hele klas, met visuele planning, stappenkaarten en korte instructies. Zo "
            "hoeft niet elke leerling apart een maatregel te krijgen."
        ),
        "core_activities": ["consultatieve-leerlingenbegeleiding"],
        "care_phases": ["fase-0"],
        "education_levels": ["lager-gewoon", "secundair-gewoon"],
        "target_groups": ["leraar"],
        "themes": ["executieve functies", "klasmanagement", "aandacht en concentratie"],
        "centres": ["vrij-clb-waas-en-dender", "go-clb-limburg-noord-adite"],
        "contact_role": "Ankerfiguur brede basiszorg, Vrij CLB Waas en Dender",
        "purpose": (
            "Veel zorgvragen gingen over leerlingen die niet aan een taak beginnen, hun materiaal "
            "vergeten of hun planning niet halen. Vaak gaat het om een groot deel van de klas. "
            "Een klasbrede aanpak werkt preventief en ontlast de zorgwerking."
        ),
        "steps": [
            (
                "Vorming in het team",
                "De CLB-medewerker geeft een korte vorming over executieve functies en hoe die "
                "zich in de klas tonen.",
            ),
            (
                "Klasroutine kiezen",
                "Elke leraar kiest één routine om uit te proberen, zoals een dagplanning op het "
                "bord of een vaste checklist aan het einde van de dag.",
            ),
            (
                "Uitproberen en noteren",
                "Gedurende een maand probeert de leraar de routine uit en noteert welke "
                "leerlingen erop reageren.",
            ),
            (
                "Uitwisseling tussen leraren",
                "In een teamoverleg wisselen leraren ervaringen uit, met het CLB als moderator.",
            ),
        ],
        "what_works": [
            "Leraren kiezen zelf één routine, wat eigenaarschap geeft.",
            "Uitwisseling tussen collega's zorgt dat goede routines zich verspreiden.",
            "Leerlingen met extra noden hebben baat bij routines die voor iedereen gelden.",
        ],
        "pitfalls": [
            "Te veel nieuwe routines tegelijk overweldigen leraar en leerlingen.",
            "Zonder vervolgmoment verwatert de aandacht na enkele weken.",
        ],
        "preconditions": [
            "De school plant een vervolgoverleg in de jaarkalender.",
        ],
        "getting_started": (
            "Bied een korte vorming aan op een pedagogische studiedag en laat leraren één routine "
            "kiezen. Plan meteen het moment waarop ervaringen worden uitgewisseld."
        ),
        "experiences": (
            "Een leraar uit het zesde leerjaar: ‘De boekentaskaart aan het einde van de dag "
            "kostte me twee minuten. Het aantal vergeten turnzakken daalde zienderogen.’"
        ),
        "materials": [
            {
                "title": "Vorming executieve functies in de klas",
                "kind": "presentatie",
                "format": "pdf",
                "lines": [
                    "Executieve functies in de klas",
                    "Wat zijn executieve functies: plannen, starten, volhouden, flexibel denken",
                    "Hoe zie je ze in de klas?",
                    "Waarom een klasbrede aanpak eerst",
                    "Voorbeelden van routines: dagplanning, stappenkaart, startopdracht",
                    "Kies jouw routine voor de komende maand",
                ],
            },
            {
                "title": "Boekentaskaart einde van de dag",
                "kind": "checklist",
                "format": "docx",
                "lines": [
                    "Boekentaskaart einde van de dag",
                    "Ik heb mijn agenda ingevuld.",
                    "Ik heb de boeken en schriften voor mijn huiswerk.",
                    "Ik heb mijn brieven voor thuis.",
                    "Ik weet wat ik morgen extra moet meebrengen.",
                    "Mijn bank is opgeruimd.",
                ],
            },
        ],
        "reviewed": "2023-12-04",
        "published": "2023-11-23T10:45:00",
    },
    {
        "slug": "handelingsgericht-advies-hoogbegaafde-leerlingen",
        "title": "Handelingsgericht advies bij (vermoedelijk) hoogbegaafde leerlingen",
        "summary": (
            "Wanneer een leerling zich verveelt, onderpresteert of vastloopt, vertrekt het CLB "
            "niet van een IQ-meting maar van de vraag wat de leerling nodig heeft om te leren. "
            "Het advies richt zich op uitdaging, leren leren en welbevinden."
        ),
        "core_activities": ["handelingsgericht-advies"],
        "care_phases": ["fase-1", "fase-2"],
        "education_levels": ["lager-gewoon", "secundair-gewoon"],
        "target_groups": ["leerling", "ouders", "leraar"],
        "themes": ["hoogbegaafdheid", "welbevinden"],
        "centres": ["vrij-clb-de-wissel-antwerpen"],
        "contact_role": "Referentiepersoon cognitief sterke leerlingen, Vrij CLB De Wissel",
        "purpose": (
            "Ouders vragen vaak een intelligentietest om te bevestigen dat hun kind hoogbegaafd "
            "is. Zo'n test vertelt de school echter weinig over hoe ze de leerling kan "
            "uitdagen. We wilden het gesprek verleggen naar wat in de klas en thuis helpt."
        ),
        "steps": [
            (
                "Verwachtingen verkennen",
                "Het CLB bespreekt met ouders en leerling wat hen zorgen baart en wat ze van een "
                "traject verwachten.",
            ),
            (
                "Informatie van school",
                "De leraar brengt voorbeelden van werk, toetsresultaten en observaties over "
                "werkhouding en motivatie in.",
            ),
            (
                "Gesprek met de leerling",
                "In een apart gesprek vertelt de leerling wat hij boeiend vindt, waar hij zich "
                "verveelt en hoe hij met moeilijke taken omgaat.",
            ),
            (
                "Advies formuleren",
                "Het advies bevat maatregelen zoals compacten en verrijken, werken aan "
                "doorzetting en een vast gesprek over welbevinden.",
            ),
            (
                "Test enkel waar het iets toevoegt",
                "Een intelligentieonderzoek gebeurt alleen als het antwoord op een concrete "
                "vraag kan geven, bijvoorbeeld bij een beslissing over versnellen.",
            ),
        ],
        "what_works": [
            "Het gesprek met de leerling levert vaak de sleutel tot het advies.",
            "Compacten en verrijken kan de school zelf organiseren met beperkte middelen.",
        ],
        "pitfalls": [
            "Ouders kunnen teleurgesteld zijn als er geen test volgt; leg uit wat een test wel "
            "en niet beantwoordt.",
            "Verrijkingswerk dat enkel ‘meer van hetzelfde’ is, vergroot de verveling.",
        ],
        "preconditions": [
            "De school heeft een beleid rond differentiatie naar boven.",
        ],
        "getting_started": (
            "Werk met een vaste gesprekswijzer voor de leerling en verzamel goede voorbeelden van "
            "verrijkingstaken uit je scholen. Deel die in een korte bundel met zorgcoördinatoren."
        ),
        "experiences": (
            "Een vader: ‘We kwamen voor een test en gingen naar huis met een plan voor de klas "
            "en voor thuis. Dat hadden we eigenlijk nodig.’"
        ),
        "materials": [
            {
                "title": "Gesprekswijzer voor de leerling",
                "kind": "andere",
                "format": "docx",
                "lines": [
                    "Gesprekswijzer voor de leerling",
                    "Over welk onderwerp zou je uren kunnen vertellen?",
                    "Wanneer verveel je je in de klas?",
                    "Welke taak vond je de laatste tijd echt uitdagend?",
                    "Wat doe je als iets niet meteen lukt?",
                    "Wat zou je graag leren dat nu niet op school aan bod komt?",
                    "Met wie praat je als je je niet goed voelt op school?",
                ],
            }
        ],
        "reviewed": "2023-12-18",
        "published": "2023-12-07T13:15:00",
    },
    {
        "slug": "intervisie-hgd-casussen-clb-team",
        "title": "Maandelijkse intervisie rond HGD-casussen in het CLB-team",
        "summary": (
            "CLB-medewerkers brengen maandelijks een lopend HGD-traject in bij collega's. Met een "
            "vaste intervisiestructuur toetsen ze hun hypothesen, hun ICF-CY-beschrijving en de "
            "onderbouwing van het verslag aan elkaar."
        ),
        "core_activities": ["handelingsgerichte-diagnostiek", "icf-cy"],
        "care_phases": ["fase-2", "fase-3"],
        "education_levels": ["kleuter-gewoon", "lager-gewoon", "secundair-gewoon"],
        "target_groups": ["clb-team"],
        "themes": ["teamprofessionalisering", "verslag en leersteun"],
        "centres": [
            "vrij-clb-waas-en-dender",
            "vrij-clb-westhoek-houtland",
            "clb-n-brussel",
        ],
        "contact_role": "Kwaliteitscoördinator, Vrij CLB Waas en Dender",
        "purpose": (
            "Na de invoering van het decreet leersteun voelden medewerkers zich onzeker over de "
            "onderbouwing van verslagen zonder classificerende diagnose. Intervisie biedt een "
            "veilige plek om twijfels te delen en van elkaar te leren. Zo groeit een gedeelde "
            "manier van werken in het centrum."
        ),
        "steps": [
            (
                "Casus voorbereiden",
                "De inbrenger beschrijft kort de aanmelding, de onderzoeksvragen en zijn "
                "twijfel, in een anonieme vorm.",
            ),
            (
                "Verhelderende vragen",
                "Collega's stellen enkel vragen om de situatie te begrijpen, nog zonder advies "
                "te geven.",
            ),
            (
                "Hypothesen en alternatieven",
                "Elke deelnemer formuleert een hypothese of een alternatieve blik op de "
                "ondersteuningsnoden.",
            ),
            (
                "Terug naar de inbrenger",
                "De inbrenger kiest wat hij meeneemt en formuleert een volgende stap in het "
                "traject.",
            ),
            (
                "Leerpunten bundelen",
                "De moderator noteert algemene leerpunten, die het team verzamelt in een "
                "gedeeld document.",
            ),
        ],
        "what_works": [
            "De strikte volgorde voorkomt dat collega's te snel oplossingen aandragen.",
            "Gemengde groepen van psychologen, maatschappelijk werkers en "
            "paramedici brengen verschillende invalshoeken samen.",
            "Het gedeelde document met leerpunten wordt een naslagwerk voor nieuwe collega's.",
        ],
        "pitfalls": [
            "Bij tijdsdruk wordt intervisie als eerste geschrapt.",
            "Als steeds dezelfde collega's inbrengen, leert de rest minder.",
        ],
        "preconditions": [
            "Intervisie is opgenomen in de jaarplanning als werktijd.",
            "Er is een getrainde moderator.",
        ],
        "getting_started": (
            "Start met een kleine groep van vijf à zes collega's en een vaste moderator. Spreek "
            "een beurtrol af voor het inbrengen en evalueer na drie sessies."
        ),
        "experiences": (
            "Een maatschappelijk werker: ‘Ik merkte dat mijn collega's dezelfde twijfels hadden "
            "bij het schrijven van een verslag. Dat alleen al gaf rust.’"
        ),
        "materials": [
            {
                "title": "Structuur intervisie HGD",
                "kind": "stappenplan",
                "format": "pdf",
                "lines": [
                    "Structuur intervisie HGD (75 minuten)",
                    "Inbreng van de casus en de vraag (10 minuten)",
                    "Verhelderende vragen (15 minuten)",
                    "Hypothesen en alternatieve blikken (20 minuten)",
                    "Reactie en volgende stap van de inbrenger (15 minuten)",
                    "Algemene leerpunten voor het team (15 minuten)",
                ],
            }
        ],
        "reviewed": "2024-01-15",
        "published": "2024-01-08T09:20:00",
    },
    {
        "slug": "strategiefase-samen-onderzoeksvragen-formuleren",
        "title": "De strategiefase: samen met ouders onderzoeksvragen formuleren",
        "summary": (
            "In de strategiefase van handelingsgerichte diagnostiek bepaalt het CLB samen met "
            "ouders en school welke vragen het onderzoek moet beantwoorden. Zo worden enkel de "
            "testen afgenomen die echt iets toevoegen."
        ),
        "core_activities": ["handelingsgerichte-diagnostiek"],
        "care_phases": ["fase-2"],
        "education_levels": ["lager-gewoon", "secundair-gewoon"],
        "target_groups": ["clb-team", "ouders"],
        "themes": ["verslag en leersteun", "ouderbetrokkenheid"],
        "centres": ["vrij-clb-de-wissel-antwerpen", "go-clb-limburg-noord-adite"],
        "contact_role": "HGD-coördinator, Vrij CLB De Wissel",
        "purpose": (
            "Onderzoeken werden vaak breed opgezet, met een vaste testbatterij voor elke "
            "aanmelding. Dat kost tijd en levert veel gegevens op die niemand gebruikt. Door de "
            "strategiefase bewust met ouders en school te doorlopen, wordt het onderzoek korter "
            "en gerichter."
        ),
        "steps": [
            (
                "Hulpvraag herlezen",
                "Het CLB vat de hulpvraag uit de intake samen en legt ze voor aan ouders en "
                "school.",
            ),
            (
                "Wat weten we al?",
                "Samen wordt opgesomd wat al duidelijk is en waarvoor geen onderzoek meer nodig "
                "is.",
            ),
            (
                "Onderzoeksvragen kiezen",
                "De open vragen worden geformuleerd als toetsbare vragen, met per vraag de "
                "manier waarop ze onderzocht zal worden.",
            ),
            (
                "Afspraken bevestigen",
                "Ouders krijgen een kort overzicht van de gekozen vragen, de werkwijze en de "
                "timing.",
            ),
        ],
        "what_works": [
            "Ouders begrijpen waarom een bepaalde test wel of niet wordt afgenomen.",
            "Onderzoeken worden korter, wat de wachttijd voor andere leerlingen verkleint.",
        ],
        "pitfalls": [
            "Vage onderzoeksvragen zoals ‘Wat is er aan de hand?’ leiden opnieuw tot brede "
            "testbatterijen.",
        ],
        "preconditions": [
            "Medewerkers zijn getraind in het formuleren van toetsbare hypothesen.",
            "Er is tijd voorzien voor een apart strategiegesprek.",
        ],
        "getting_started": (
            "Voeg aan elk dossier een vast blad met onderzoeksvragen toe en bespreek dat in het "
            "team voor het onderzoek start. Na enkele maanden wordt het een gewoonte."
        ),
        "experiences": (
            "Een CLB-psycholoog: ‘Sinds we de vragen vooraf samen kiezen, neem ik gemiddeld veel "
            "minder testen af en zijn de ouders beter voorbereid op het adviesgesprek.’"
        ),
        "materials": [
            {
                "title": "Blad onderzoeksvragen",
                "kind": "sjabloon",
                "format": "docx",
                "lines": [
                    "Blad onderzoeksvragen",
                    "Hulpvraag zoals geformuleerd in de intake",
                    "Wat weten we al en hoeven we niet te onderzoeken?",
                    "Onderzoeksvraag 1 en werkwijze",
                    "Onderzoeksvraag 2 en werkwijze",
                    "Wie is betrokken bij het onderzoek?",
                    "Geplande datum van het integratiegesprek",
                ],
            }
        ],
        "reviewed": "2024-02-05",
        "published": "2024-01-25T14:10:00",
    },
    {
        "slug": "integratiegesprek-gedeeld-beeld",
        "title": "Het integratiegesprek: van onderzoeksgegevens naar een gedeeld beeld",
        "summary": (
            "Na het onderzoek brengt het CLB alle gegevens samen in een overzicht van "
            "belemmerende en beschermende factoren. Ouders, leerling en school kijken samen of "
            "ze zich herkennen voor er een advies volgt."
        ),
        "core_activities": ["handelingsgerichte-diagnostiek", "icf-cy"],
        "care_phases": ["fase-2", "fase-3"],
        "education_levels": ["lager-gewoon", "lager-buitengewoon"],
        "target_groups": ["ouders", "leerling", "clb-team"],
        "themes": ["ouderbetrokkenheid", "verslag en leersteun"],
        "centres": ["vrij-clb-westhoek-houtland"],
        "contact_role": "Psycholoog en HGD-coach, Vrij CLB Westhoek-Houtland",
        "purpose": (
            "Ouders kregen vroeger de resultaten en het advies in hetzelfde gesprek. Ze hadden "
            "weinig ruimte om het beeld van hun kind bij te sturen. Een apart integratiemoment "
            "maakt van ouders mee-eigenaars van de conclusies."
        ),
        "steps": [
            (
                "Overzicht voorbereiden",
                "Het CLB zet de bevindingen op één blad, geordend volgens ICF-CY en met "
                "belemmerende en beschermende factoren naast elkaar.",
            ),
            (
                "Overzicht samen lezen",
                "In het gesprek overlopen de deelnemers het blad. Bij elk onderdeel vraagt de "
                "CLB-medewerker of het herkenbaar is.",
            ),
            (
                "Aanvullen en bijsturen",
                "Ouders en school vullen aan of corrigeren. De leerling krijgt een eigen versie "
                "in eenvoudige taal.",
            ),
            (
                "Naar de adviesvraag",
                "Het gesprek eindigt met de vraag: wat is nu nodig? De antwoorden vormen de basis "
                "voor het advies.",
            ),
        ],
        "what_works": [
            "Een visueel overzicht op één blad houdt het gesprek concreet.",
            "Beschermende factoren naast de moeilijkheden geven ouders hoop.",
        ],
        "pitfalls": [
            "Het integratiegesprek wordt een presentatie van resultaten als de CLB-medewerker "
            "te veel aan het woord is.",
            "Een extra gesprek verlengt de doorlooptijd als het niet goed gepland wordt.",
        ],
        "preconditions": [
            "Het onderzoek is volledig afgerond voor het gesprek.",
        ],
        "getting_started": (
            "Maak een eenvoudig overzichtsblad en probeer het uit in enkele trajecten. Vraag "
            "ouders na het gesprek of ze zich gehoord voelden."
        ),
        "experiences": (
            "Een moeder: ‘Ik kon zeggen dat hij thuis helemaal niet zo verlegen is. Dat werd "
            "aangepast, en het advies werd daardoor anders.’"
        ),
        "materials": [
            {
                "title": "Overzichtsblad integratie",
                "kind": "sjabloon",
                "format": "pdf",
                "lines": [
                    "Overzichtsblad integratie",
                    "Belemmerende factoren bij de leerling",
                    "Beschermende factoren bij de leerling",
                    "Belemmerende factoren in de omgeving",
                    "Beschermende factoren in de omgeving",
                    "Herkenbaar voor ouders? Aanvullingen:",
                    "Wat is nu nodig?",
                ],
            }
        ],
        "reviewed": "2024-02-26",
        "published": "2024-02-14T11:00:00",
    },
    {
        "slug": "consultatie-storend-gedrag-kleuterklas",
        "title": "Consultatie bij storend gedrag in de kleuterklas",
        "summary": (
            "Kleuterleraren die vastlopen met een kleuter die slaat, wegloopt of de klas "
            "verstoort, krijgen consultatie. Samen analyseren ze wanneer het gedrag optreedt en "
            "passen ze de klasorganisatie aan."
        ),
        "core_activities": [
            "consultatieve-leerlingenbegeleiding",
            "handelingsgericht-advies",
        ],
        "care_phases": ["fase-0", "fase-1"],
        "education_levels": ["kleuter-gewoon"],
        "target_groups": ["leraar", "zorgteam-school"],
        "themes": ["gedrag", "klasmanagement"],
        "centres": ["clb-n-brussel", "vrij-clb-waas-en-dender"],
        "contact_role": "Orthopedagoog, team basisonderwijs, CLB N-Brussel",
        "purpose": (
            "Gedragsvragen bij kleuters leidden vaak tot de vraag om een onderzoek naar ADHD of "
            "een andere stoornis. Het gedrag hangt echter sterk samen met de context: "
            "overgangsmomenten, drukte of onduidelijke verwachtingen. Met consultatie helpen we "
            "leraren die context te veranderen."
        ),
        "steps": [
            (
                "Gedrag concreet beschrijven",
                "De leraar beschrijft wat de kleuter precies doet, in plaats van algemene termen "
                "als ‘agressief’ of ‘druk’.",
            ),
            (
                "ABC-registratie",
                "Gedurende een week noteert de leraar wat voorafging, wat gebeurde en wat volgde.",
            ),
            (
                "Patronen ontdekken",
                "Met de CLB-medewerker zoekt de leraar naar patronen, zoals moeilijkheden bij "
                "opruimen of bij het wachten in de rij.",
            ),
            (
                "Aanpak op maat",
                "Samen kiezen ze een aanpassing, bijvoorbeeld een visueel dagritme, een vaste "
                "rol bij overgangen of een rustig hoekje.",
            ),
        ],
        "what_works": [
            "De ABC-registratie maakt van een ‘lastige kleuter’ een begrijpelijke situatie.",
            "Kleine aanpassingen in de klasorganisatie hebben vaak effect op meerdere kleuters.",
        ],
        "pitfalls": [
            "Onder hoge druk wil de leraar snel een oplossing en slaat hij de registratie over.",
            "Ouders voelen zich beschuldigd als gedrag te snel aan de thuissituatie wordt "
            "gekoppeld.",
        ],
        "preconditions": [
            "De zorgcoördinator kan de leraar tijdelijk ondersteunen tijdens moeilijke momenten.",
        ],
        "getting_started": (
            "Bied de ABC-registratie aan als vast eerste hulpmiddel bij gedragsvragen in de "
            "kleuterklas. Plan het tweede gesprek meteen in, zodat de leraar weet dat hij niet "
            "alleen staat."
        ),
        "experiences": (
            "Een kleuterleraar van de derde kleuterklas: ‘Na een week noteren zag ik dat het "
            "bijna altijd misging bij het opruimen. Met een zandloper en een vaste taak is dat "
            "nu veel rustiger.’"
        ),
        "materials": [
            {
                "title": "ABC-registratie gedrag",
                "kind": "werkblad",
                "format": "docx",
                "lines": [
                    "ABC-registratie gedrag",
                    "Dag en moment van de dag",
                    "A: wat gebeurde er net voor het gedrag?",
                    "B: wat deed de kleuter precies?",
                    "C: wat gebeurde er daarna? Hoe reageerden leraar en klasgenoten?",
                    "Hoe lang duurde het?",
                    "Opmerkingen",
                ],
            }
        ],
        "reviewed": "2024-03-11",
        "published": "2024-03-04T10:05:00",
    },
    {
        "slug": "kindgesprek-vaste-stap-in-elk-traject",
        "title": "Het kindgesprek als vaste stap in elk traject",
        "summary": (
            "Elk HGD- of HGA-traject bevat minstens één gesprek waarin het kind zelf vertelt hoe "
            "het school beleeft. Het CLB gebruikt daarvoor visuele hulpmiddelen aangepast aan "
            "leeftijd en taalniveau."
        ),
        "core_activities": [
            "handelingsgerichte-diagnostiek",
            "handelingsgericht-advies",
        ],
        "care_phases": ["fase-1", "fase-2"],
        "education_levels": ["kleuter-gewoon", "lager-gewoon"],
        "target_groups": ["leerling"],
        "themes": ["welbevinden", "gedrag"],
        "centres": ["go-clb-limburg-noord-adite", "vrij-clb-westhoek-houtland"],
        "contact_role": "Ankerfiguur participatie van leerlingen, GO! CLB Limburg Noord Adite",
        "purpose": (
            "In veel trajecten spraken volwassenen over het kind, maar zelden met het kind. "
            "Nochtans hebben kinderen vaak een verrassend scherpe kijk op wat hen helpt. "
            "Door het kindgesprek vast te leggen, wordt de stem van het kind een volwaardige "
            "informatiebron."
        ),
        "steps": [
            (
                "Gesprek voorbereiden",
                "De CLB-medewerker kiest hulpmiddelen die passen bij de leeftijd: prenten, een "
                "schaal met gezichtjes of een tekening van de klas.",
            ),
            (
                "Veilige start",
                "Het gesprek begint met iets wat het kind graag doet, in een vertrouwde ruimte op "
                "school.",
            ),
            (
                "Vragen over school",
                "Het kind vertelt over fijne en moeilijke momenten, over vrienden en over wat de "
                "juf of meester doet dat helpt.",
            ),
            (
                "Samen terugkoppelen",
                "Aan het einde vraagt de medewerker wat het kind wil dat ouders en leraar weten, "
                "en wat niet.",
            ),
        ],
        "what_works": [
            "Visuele hulpmiddelen maken het gesprek mogelijk, ook voor jonge kinderen.",
            "Kinderen voelen zich gerespecteerd als ze mee beslissen wat gedeeld wordt.",
        ],
        "pitfalls": [
            "Te veel vragen na elkaar voelen voor een kind als een verhoor.",
        ],
        "preconditions": [
            "Er is een rustige ruimte op school beschikbaar.",
            "Ouders zijn op de hoogte van het gesprek.",
        ],
        "getting_started": (
            "Stel een kleine koffer samen met prenten, een gevoelsschaal en tekenmateriaal en "
            "neem die mee naar elk schoolbezoek. Bespreek in het team welke vragen goed werkten."
        ),
        "experiences": (
            "Een jongen uit het tweede leerjaar tekende zijn klas en zette zichzelf helemaal "
            "achteraan, naast het raam. ‘Daar hoor ik de juf niet goed’, zei hij. De leraar "
            "paste de klasopstelling meteen aan."
        ),
        "materials": [
            {
                "title": "Vragenkaarten kindgesprek",
                "kind": "andere",
                "format": "pdf",
                "lines": [
                    "Vragenkaarten kindgesprek",
                    "Wat doe je het liefst op school?",
                    "Wanneer voel je je blij in de klas? En wanneer niet?",
                    "Wie is je vriend of vriendin op school?",
                    "Wat doet de juf of meester dat jou helpt?",
                    "Als je één ding mocht veranderen aan school, wat zou het zijn?",
                    "Wat mag ik aan je mama, papa of juf vertellen?",
                ],
            }
        ],
        "reviewed": "2024-03-25",
        "published": "2024-03-18T15:50:00",
    },
    {
        "slug": "terugkeer-buitengewoon-naar-gewoon-secundair",
        "title": "Terugkeer van het buitengewoon naar het gewoon secundair onderwijs begeleiden",
        "summary": (
            "Voor jongeren die vanuit het buitengewoon secundair onderwijs naar een gewone school "
            "willen overstappen, organiseert het CLB een stapsgewijze begeleiding met een "
            "proefperiode, duidelijke afspraken en opvolging."
        ),
        "core_activities": [
            "handelingsgericht-advies",
            "consultatieve-leerlingenbegeleiding",
        ],
        "care_phases": ["fase-2", "fase-3"],
        "education_levels": ["secundair-buitengewoon", "secundair-gewoon"],
        "target_groups": ["leerling", "ouders", "zorgteam-school"],
        "themes": ["schoolloopbaan", "welbevinden"],
        "centres": ["vrij-clb-de-wissel-antwerpen", "vrij-clb-waas-en-dender"],
        "contact_role": "Ankerfiguur onderwijsloopbaan, Vrij CLB Waas en Dender",
        "purpose": (
            "Sommige jongeren zijn zo gegroeid in het buitengewoon onderwijs dat ze klaar zijn "
            "voor een gewone school. De overstap is groot en mislukt soms door te weinig "
            "voorbereiding. Het CLB wil de overgang zorgvuldig begeleiden zodat de jongere zijn "
            "kansen maximaal krijgt."
        ),
        "steps": [
            (
                "Verkennend gesprek",
                "Met jongere, ouders en de school voor buitengewoon onderwijs worden de motivatie "
                "en de haalbaarheid besproken.",
            ),
            (
                "Ondersteuningsnoden beschrijven",
                "Het CLB beschrijft welke ondersteuning de jongere in de nieuwe school nodig zal "
                "hebben en of een verslag voor leersteun aangewezen is.",
            ),
            (
                "Kennismaking en proefdagen",
                "De jongere loopt enkele dagen mee in de nieuwe school, samen met een vaste buddy.",
            ),
            (
                "Afsprakennota",
                "De scholen en het CLB leggen afspraken vast over redelijke aanpassingen en het "
                "eerste evaluatiemoment.",
            ),
            (
                "Opvolging in het eerste trimester",
                "Het CLB volgt de jongere op met korte gesprekken en een overleg met de "
                "leerlingenbegeleider.",
            ),
        ],
        "what_works": [
            "Proefdagen verminderen de angst voor het onbekende.",
            "Een buddy in de nieuwe klas maakt de sociale overstap makkelijker.",
            "De school voor buitengewoon onderwijs blijft bereikbaar als vangnet.",
        ],
        "pitfalls": [
            "Te hoge verwachtingen van ouders kunnen de druk op de jongere vergroten.",
        ],
        "preconditions": [
            "Beide scholen zijn bereid om samen te werken en informatie te delen.",
            "Er is tijdig duidelijkheid over de leersteun in de nieuwe school.",
        ],
        "getting_started": (
            "Inventariseer welke jongeren in je buitengewone scholen aan een overstap denken. "
            "Begin met één jongere en gebruik de ervaring om een vaste procedure op te stellen."
        ),
        "experiences": (
            "Een leerlingenbegeleider van de ontvangende school: ‘De proefdagen gaven ons de tijd "
            "om ons voor te bereiden. We wisten wat we konden verwachten.’"
        ),
        "materials": [
            {
                "title": "Afsprakennota overstap",
                "kind": "sjabloon",
                "format": "docx",
                "lines": [
                    "Afsprakennota overstap naar het gewoon secundair onderwijs",
                    "Studierichting en klas in de nieuwe school",
                    "Redelijke aanpassingen in de klas",
                    "Leersteun: wie, hoe vaak, vanaf wanneer",
                    "Aanspreekpunt voor de jongere en de ouders",
                    "Afspraken met de school van herkomst",
                    "Datum eerste evaluatie",
                ],
            },
            {
                "title": "Checklist voorbereiding proefdagen",
                "kind": "checklist",
                "format": "pdf",
                "lines": [
                    "Checklist voorbereiding proefdagen",
                    "De jongere kent het lesrooster van de proefdagen.",
                    "Er is een buddy aangeduid en voorgesteld.",
                    "De vakleraren zijn op de hoogte van de belangrijkste noden.",
                    "De jongere weet waar hij terecht kan bij problemen.",
                    "Er is een korte nabespreking gepland na de laatste proefdag.",
                ],
            },
        ],
        "reviewed": "2024-04-15",
        "published": "2024-04-02T09:30:00",
    },
    {
        "slug": "overleg-iac-gewoon-lager-onderwijs",
        "title": "Overleg over een individueel aangepast curriculum in het gewoon lager onderwijs",
        "summary": (
            "Wanneer een leerling de gemeenschappelijke doelen niet meer kan volgen, begeleidt "
            "het CLB school en ouders bij de keuze voor een IAC in de eigen school. ICF-CY helpt "
            "om de haalbare doelen en de nodige leersteun te bepalen."
        ),
        "core_activities": ["handelingsgerichte-diagnostiek", "icf-cy"],
        "care_phases": ["fase-3"],
        "education_levels": ["lager-gewoon"],
        "target_groups": ["leraar", "ouders", "zorgteam-school"],
        "themes": ["verslag en leersteun", "schoolloopbaan"],
        "centres": ["go-clb-limburg-noord-adite", "clb-n-brussel"],
        "contact_role": "Trajectbegeleider fase 3, GO! CLB Limburg Noord Adite",
        "purpose": (
            "Ouders die hun kind in de eigen buurtschool willen houden, stoten op de vraag of een "
            "IAC-verslag haalbaar is. Scholen twijfelen of ze het aankunnen. Deze praktijk "
            "brengt alle partijen samen om op basis van het functioneren van het kind een "
            "onderbouwde beslissing te nemen."
        ),
        "steps": [
            (
                "Verkennen van de wens",
                "Het CLB bespreekt met ouders waarom ze voor de eigen school kiezen en wat ze "
                "voor hun kind hopen.",
            ),
            (
                "Draagkracht van de school",
                "Met directie en zorgcoördinator verkent het CLB wat de school kan bieden en "
                "welke ondersteuning ze daarvoor nodig heeft.",
            ),
            (
                "Functioneren beschrijven",
                "Met het ICF-CY-kader beschrijft het team hoe het kind leert, communiceert en "
                "deelneemt, en welke doelen realistisch zijn.",
            ),
            (
                "Redelijkheid afwegen",
                "Samen wordt bekeken of de nodige aanpassingen redelijk zijn voor de school, met "
                "leersteun erbij.",
            ),
            (
                "Beslissing en verslag",
                "Bij een positieve afweging stelt het CLB een IAC-verslag op en worden de "
                "eerste doelen vastgelegd in een handelingsplan.",
            ),
        ],
        "what_works": [
            "Door de draagkracht van de school expliciet te bespreken, voelt het team zich "
            "gehoord.",
            "Ouders en school werken vanaf het begin met dezelfde doelen.",
        ],
        "pitfalls": [
            "Een IAC zonder voldoende leersteun legt een zware last op de klasleraar.",
            "Wanneer de beslissing onder tijdsdruk valt, bijvoorbeeld vlak voor het nieuwe "
            "schooljaar, ontbreekt voorbereiding.",
        ],
        "preconditions": [
            "De directie staat open voor inclusief onderwijs en draagt het mee in het team.",
            "Het leersteuncentrum is vroeg betrokken.",
        ],
        "getting_started": (
            "Start het overleg ruim voor het nieuwe schooljaar en betrek het leersteuncentrum "
            "vanaf het tweede gesprek. Gebruik de stappen als leidraad, niet als verplicht "
            "parcours."
        ),
        "experiences": (
            "Een directeur van een basisschool: ‘We waren bang dat we het niet zouden kunnen. "
            "Door samen te zien wat haalbaar was, durfden we ervoor te gaan.’"
        ),
        "materials": [
            {
                "title": "Gespreksleidraad draagkracht school",
                "kind": "andere",
                "format": "docx",
                "lines": [
                    "Gespreksleidraad draagkracht school",
                    "Welke ervaring heeft het team met leerlingen met een IAC?",
                    "Wat is haalbaar in de klas van volgend schooljaar?",
                    "Welke ondersteuning heeft de leraar nodig?",
                    "Hoe worden andere leerlingen en ouders betrokken?",
                    "Wie volgt op binnen de school?",
                ],
            }
        ],
        "reviewed": "2024-04-22",
        "published": "2024-04-17T13:40:00",
    },
    {
        "slug": "fijnmotoriek-van-observatie-tot-klasadvies",
        "title": "Fijnmotorische ondersteuningsnoden: van observatie tot klasadvies",
        "summary": (
            "Bij vragen over schrijfmotoriek observeert het CLB de leerling in een gewone "
            "klassituatie en vertaalt de bevindingen naar eenvoudige aanpassingen, zoals "
            "materiaalkeuze, zithouding en het beperken van schrijfwerk."
        ),
        "core_activities": ["handelingsgericht-advies", "icf-cy"],
        "care_phases": ["fase-1", "fase-2"],
        "education_levels": ["kleuter-gewoon", "lager-gewoon"],
        "target_groups": ["leraar", "leerling"],
        "themes": ["motoriek", "executieve functies"],
        "centres": ["vrij-clb-westhoek-houtland"],
        "contact_role": "Paramedisch medewerker, Vrij CLB Westhoek-Houtland",
        "purpose": (
            "Schrijfproblemen leiden vaak tot een doorverwijzing naar kinesitherapie of "
            "ergotherapie, terwijl de klasleraar al veel kan doen. Door in de klas te observeren "
            "ziet het CLB hoe de omgeving het schrijven beïnvloedt en welke aanpassingen snel "
            "haalbaar zijn."
        ),
        "steps": [
            (
                "Vraag en schrijfvoorbeelden",
                "De leraar bezorgt enkele schriften en beschrijft wanneer het schrijven "
                "moeizaam gaat.",
            ),
            (
                "Observatie in de klas",
                "De CLB-medewerker observeert tijdens een schrijfles: zithouding, pengreep, "
                "tempo en vermoeidheid.",
            ),
            (
                "Kort uitproberen",
                "Samen met de leerling wordt een ander schrijfmiddel, een schuin schrijfvlak of "
                "een andere lijnvoering uitgeprobeerd.",
            ),
            (
                "Klasadvies",
                "Het advies beschrijft wat de leraar kan aanpassen en wanneer een doorverwijzing "
                "toch aangewezen is.",
            ),
        ],
        "what_works": [
            "Observeren in de echte klassituatie toont meer dan een test in een apart lokaal.",
            "Kleine materiële aanpassingen geven snel resultaat en motiveren de leerling.",
        ],
        "pitfalls": [
            "Wanneer schrijfwerk niet beperkt wordt, blijft de leerling vermoeid en gefrustreerd.",
        ],
        "preconditions": [
            "Er is een kleine voorraad aangepast schrijfmateriaal om uit te proberen.",
        ],
        "getting_started": (
            "Stel een doos samen met verschillende potloden, pengrepen en een schrijfplank en "
            "neem die mee bij observaties. Deel de observatielijst met zorgleraren zodat ze zelf "
            "kunnen starten."
        ),
        "experiences": (
            "Een zorgleraar van het tweede leerjaar: ‘Met een dikker potlood en een schuin "
            "vlak schreef hij op één week tijd leesbaarder. Dat hadden we niet verwacht.’"
        ),
        "materials": [
            {
                "title": "Observatielijst schrijfmotoriek",
                "kind": "checklist",
                "format": "pdf",
                "lines": [
                    "Observatielijst schrijfmotoriek",
                    "Zithouding: voeten op de grond, rug ondersteund, tafelhoogte passend",
                    "Pengreep: ontspannen of verkrampt",
                    "Druk op het papier: te licht, gepast, te hard",
                    "Tempo in vergelijking met klasgenoten",
                    "Tekenen van vermoeidheid na tien minuten schrijven",
                    "Uitgeprobeerde aanpassing en effect",
                ],
            }
        ],
        "reviewed": "2024-05-13",
        "published": "2024-05-02T10:20:00",
    },
    {
        "slug": "aandachtsproblemen-eerst-de-klascontext",
        "title": "Aandachtsproblemen: eerst de klascontext onderzoeken",
        "summary": (
            "Bij een vraag naar een ADHD-onderzoek start het CLB met een consultatie over de "
            "klascontext. Leraar en CLB bekijken samen welke momenten, opdrachten en prikkels de "
            "aandacht van de leerling beïnvloeden."
        ),
        "core_activities": [
            "consultatieve-leerlingenbegeleiding",
            "handelingsgericht-advies",
        ],
        "care_phases": ["fase-0", "fase-1"],
        "education_levels": ["lager-gewoon"],
        "target_groups": ["leraar"],
        "themes": ["aandacht en concentratie", "klasmanagement"],
        "centres": ["vrij-clb-de-wissel-antwerpen", "vrij-clb-westhoek-houtland"],
        "contact_role": "Consulent basisonderwijs, Vrij CLB De Wissel",
        "purpose": (
            "Het aantal vragen naar een ADHD-onderzoek nam toe, vaak met de hoop op extra "
            "ondersteuning. Een diagnose verandert echter weinig aan wat de leraar morgen in de "
            "klas doet. Door eerst de klascontext te bekijken, vinden we samen met de leraar "
            "aanpassingen die meteen helpen."
        ),
        "steps": [
            (
                "Aandachtsmomenten in kaart brengen",
                "De leraar noteert gedurende een week op welke momenten de leerling wel en niet "
                "geconcentreerd werkt.",
            ),
            (
                "Klasbezoek",
                "De CLB-medewerker observeert een lesmoment dat moeilijk loopt en een moment "
                "dat goed loopt.",
            ),
            (
                "Hypothesen bespreken",
                "Samen worden verklaringen gezocht: lengte van de instructie, plaats in de klas, "
                "lawaai, type opdracht.",
            ),
            (
                "Aanpassingen uitproberen",
                "De leraar probeert twee of drie aanpassingen uit gedurende vier weken, zoals "
                "korte werkblokken met bewegingspauzes.",
            ),
            (
                "Evaluatie",
                "Bij onvoldoende effect wordt in overleg met ouders beslist of een verder traject "
                "nodig is.",
            ),
        ],
        "what_works": [
            "Het contrast tussen goede en moeilijke momenten geeft de sleutel tot aanpassingen.",
            "Leraren merken dat aanpassingen ook andere leerlingen helpen.",
            "Ouders zien dat de school actief iets doet.",
        ],
        "pitfalls": [
            "Ouders kunnen de consultatie ervaren als uitstel van het onderzoek dat ze vroegen.",
        ],
        "preconditions": [
            "Ouders worden vanaf het begin ingelicht over de werkwijze en de timing.",
            "De leraar heeft ruimte om de klasorganisatie aan te passen.",
        ],
        "getting_started": (
            "Spreek in het team af dat elke vraag naar een ADHD-onderzoek in het basisonderwijs "
            "start met een klasbezoek. Leg de werkwijze uit aan de scholen via de "
            "zorgcoördinatoren."
        ),
        "experiences": (
            "Een leraar van het derde leerjaar: ‘Hij zat naast de deur naar de gang. Eens hij "
            "vooraan zat met korte opdrachten, veranderde veel.’"
        ),
        "materials": [
            {
                "title": "Registratie aandachtsmomenten",
                "kind": "werkblad",
                "format": "docx",
                "lines": [
                    "Registratie aandachtsmomenten",
                    "Lesmoment en vak",
                    "Soort opdracht: instructie, zelfstandig werk, groepswerk",
                    "Geconcentreerd: ja, deels, nee",
                    "Wat viel op: lawaai, vermoeidheid, moeilijkheidsgraad?",
                    "Wat hielp op dat moment?",
                ],
            },
            {
                "title": "Klasaanpassingen bij aandachtsproblemen",
                "kind": "presentatie",
                "format": "pdf",
                "lines": [
                    "Klasaanpassingen bij aandachtsproblemen",
                    "Plaats in de klas: weg van deur en raam, dicht bij de leraar",
                    "Instructie: kort, visueel ondersteund, één opdracht tegelijk",
                    "Werkblokken met korte bewegingspauzes",
                    "Afspraken over hulp vragen zonder de les te onderbreken",
                    "Een timer of zandloper om tijd zichtbaar te maken",
                    "Positieve feedback op inzet, niet enkel op resultaat",
                ],
            },
        ],
        "reviewed": "2024-05-27",
        "published": "2024-05-21T14:55:00",
    },
    {
        "slug": "ouders-als-partner-gespreksleidraad-eerste-contact",
        "title": "Ouders als partner: een leidraad voor het eerste contact",
        "summary": (
            "Een gespreksleidraad helpt CLB-medewerkers om het eerste contact met ouders zo op "
            "te bouwen dat ouders zich gehoord voelen als ervaringsdeskundige. Ook ouders die "
            "weinig Nederlands spreken, worden zo volwaardig betrokken."
        ),
        "core_activities": ["consultatieve-leerlingenbegeleiding"],
        "care_phases": ["fase-0", "fase-1"],
        "education_levels": ["kleuter-gewoon", "lager-gewoon", "secundair-gewoon"],
        "target_groups": ["ouders", "clb-team"],
        "themes": ["ouderbetrokkenheid", "meertaligheid"],
        "centres": ["clb-n-brussel"],
        "contact_role": "Maatschappelijk werker, CLB N-Brussel",
        "purpose": (
            "Het eerste contact bepaalt vaak hoe ouders het hele traject beleven. Sommige ouders "
            "hebben slechte ervaringen met school of spreken de taal niet goed. We wilden "
            "medewerkers een houvast geven om het gesprek warm en gelijkwaardig te starten."
        ),
        "steps": [
            (
                "Voorbereiden",
                "De medewerker gaat na welke taal de ouders spreken, of een tolk nodig is en wat "
                "de school al met de ouders besprak.",
            ),
            (
                "Kennismaken",
                "Het gesprek start met uitleg over wat het CLB is, in eenvoudige woorden, en "
                "over de rechten van ouders.",
            ),
            (
                "Het verhaal van de ouders",
                "Ouders vertellen over hun kind: wat het graag doet, hoe het thuis gaat en wat "
                "hen zorgen baart.",
            ),
            (
                "Samen de volgende stap kiezen",
                "De medewerker stelt voor wat mogelijk is en laat de ouders mee beslissen.",
            ),
        ],
        "what_works": [
            "Een vraag als ‘Wat moet ik zeker weten over uw kind?’ opent het gesprek.",
            "Uitleg over rechten van ouders bouwt vertrouwen op.",
        ],
        "pitfalls": [
            "Vaktaal zoals ‘zorgcontinuüm’ of ‘verslag’ zonder uitleg schept afstand.",
            "Een kind als tolk inzetten plaatst het in een onmogelijke positie.",
        ],
        "preconditions": [
            "Er is budget of een afspraak voor sociaal tolken.",
        ],
        "getting_started": (
            "Bespreek de leidraad in een teamvergadering en laat medewerkers hem enkele weken "
            "gebruiken. Verzamel daarna formuleringen die goed werkten bij ouders."
        ),
        "experiences": (
            "Een CLB-medewerker vertelde dat een vader na het gesprek zei: ‘Het is de eerste keer "
            "dat iemand van school vroeg wat ík denk.’"
        ),
        "materials": [
            {
                "title": "Leidraad eerste oudergesprek",
                "kind": "stappenplan",
                "format": "pdf",
                "lines": [
                    "Leidraad eerste oudergesprek",
                    "Vooraf: taal, tolk, wat bracht de school al ter sprake?",
                    "Start: wie ben ik, wat is het CLB, wat zijn uw rechten",
                    "Vraag: wat moet ik zeker weten over uw kind?",
                    "Vraag: wat loopt goed, thuis en op school?",
                    "Vraag: wat maakt u ongerust?",
                    "Afsluiting: wat spreken we samen af en wanneer horen we elkaar?",
                ],
            }
        ],
        "reviewed": "2024-06-10",
        "published": "2024-06-03T09:05:00",
    },
    {
        "slug": "compenserende-maatregelen-lezen-secundair",
        "title": "Leesproblemen in het secundair: compenserende maatregelen afstemmen",
        "summary": (
            "Het CLB ondersteunt leerlingen met leesproblemen en hun vakleraren om te bepalen "
            "welke compenserende maatregelen, zoals voorleessoftware of extra tijd, echt helpen "
            "en hoe de leerling ze zelf leert gebruiken."
        ),
        "core_activities": ["handelingsgericht-advies"],
        "care_phases": ["fase-1", "fase-2"],
        "education_levels": ["secundair-gewoon"],
        "target_groups": ["leerling", "leraar"],
        "themes": ["leesproblemen", "faalangst"],
        "centres": ["vrij-clb-waas-en-dender", "go-clb-limburg-noord-adite"],
        "contact_role": "Ankerfiguur leerstoornissen secundair, Vrij CLB Waas en Dender",
        "purpose": (
            "Leerlingen met leesproblemen krijgen in het secundair vaak een lange lijst "
            "maatregelen die vakleraren niet consequent toepassen. Leerlingen schamen zich soms "
            "om ze te gebruiken. We wilden de lijst beperken tot wat echt werkt en de leerling "
            "zelf eigenaar maken van zijn maatregelen."
        ),
        "steps": [
            (
                "Gesprek met de leerling",
                "De leerling vertelt bij welke vakken en taken lezen het meest hindert en welke "
                "maatregelen hij al gebruikte.",
            ),
            (
                "Uitproberen",
                "Gedurende enkele weken probeert de leerling een beperkt aantal maatregelen uit, "
                "bijvoorbeeld voorleessoftware bij lange teksten.",
            ),
            (
                "Evaluatie met leerling en leraren",
                "Samen wordt bekeken welke maatregelen hielpen en welke overbodig waren.",
            ),
            (
                "Afsprakenkaart",
                "De gekozen maatregelen komen op een kaart die de leerling zelf aan nieuwe "
                "leraren kan tonen.",
            ),
        ],
        "what_works": [
            "Een korte lijst wordt beter toegepast dan een lange.",
            "Leerlingen die zelf hun maatregelen kunnen uitleggen, gebruiken ze met minder "
            "schaamte.",
        ],
        "pitfalls": [
            "Maatregelen worden op klassenraden overgenomen van vorig jaar zonder evaluatie.",
            "Voorleessoftware werkt niet als de leerling er geen oefening mee kreeg.",
        ],
        "preconditions": [
            "De school beschikt over voorleessoftware en de nodige licenties.",
            "De klassenraad evalueert maatregelen minstens één keer per schooljaar.",
        ],
        "getting_started": (
            "Start met leerlingen van het eerste jaar met een lange lijst maatregelen uit de "
            "basisschool. Laat hen de afsprakenkaart zelf invullen en bespreek die op de "
            "eerste klassenraad."
        ),
        "experiences": (
            "Een leerling uit het derde jaar: ‘Ik wilde niet dat iedereen zag dat ik extra tijd "
            "kreeg. Nu weet ik waarom het helpt en vraag ik het gewoon.’"
        ),
        "materials": [
            {
                "title": "Afsprakenkaart maatregelen",
                "kind": "sjabloon",
                "format": "pdf",
                "lines": [
                    "Afsprakenkaart maatregelen",
                    "Dit vind ik moeilijk bij lezen:",
                    "Maatregel 1 en wanneer ik hem gebruik",
                    "Maatregel 2 en wanneer ik hem gebruik",
                    "Dit vraag ik aan mijn leraren:",
                    "Evaluatie op de klassenraad van:",
                ],
            }
        ],
        "reviewed": "2024-06-24",
        "published": "2024-06-12T16:25:00",
    },
    {
        "slug": "icf-cy-gemeenschappelijke-taal-zorgteam",
        "title": "Het ICF-CY-kader als gemeenschappelijke taal in het zorgteam",
        "summary": (
            "Het CLB introduceert een vereenvoudigd ICF-CY-schema in het zorgteam van de school. "
            "Zorgcoördinatoren en CLB beschrijven leerlingen voortaan met dezelfde begrippen, wat "
            "het overleg en de overdracht vergemakkelijkt."
        ),
        "core_activities": ["icf-cy", "consultatieve-leerlingenbegeleiding"],
        "care_phases": ["fase-1", "fase-2"],
        "education_levels": ["lager-gewoon", "secundair-gewoon", "lager-buitengewoon"],
        "target_groups": ["zorgteam-school", "clb-team"],
        "themes": ["teamprofessionalisering", "verslag en leersteun"],
        "centres": ["vrij-clb-westhoek-houtland", "vrij-clb-de-wissel-antwerpen"],
        "contact_role": "Stafmedewerker ICF-CY, Vrij CLB Westhoek-Houtland",
        "purpose": (
            "Scholen en CLB gebruikten verschillende woorden om over dezelfde leerling te "
            "praten. In het verslag verscheen plots een ICF-CY-beschrijving die de school niet "
            "kende. Door het kader samen te gebruiken, sluiten zorgdossier en verslag beter op "
            "elkaar aan."
        ),
        "steps": [
            (
                "Korte vorming",
                "De CLB-medewerker stelt het kader voor aan het zorgteam met een herkenbaar "
                "voorbeeld uit de school.",
            ),
            (
                "Vereenvoudigd schema",
                "Het zorgteam kiest samen met het CLB een schema met een beperkt aantal vakken "
                "dat in het leerlingvolgsysteem past.",
            ),
            (
                "Gebruik in het MDO",
                "Bij nieuwe zorgvragen vult de zorgcoördinator het schema in als voorbereiding "
                "op het overleg.",
            ),
            (
                "Evaluatie na een schooljaar",
                "Zorgteam en CLB bekijken of het schema het overleg en de verslaggeving heeft "
                "verbeterd.",
            ),
        ],
        "what_works": [
            "Een herkenbaar voorbeeld uit de eigen school maakt het kader concreet.",
            "Zorgcoördinatoren merken dat omgevingsfactoren meer aandacht krijgen.",
        ],
        "pitfalls": [
            "Het volledige ICF-CY-kader is te uitgebreid voor dagelijks gebruik in een school.",
            "Zonder koppeling aan het leerlingvolgsysteem blijft het een los document.",
        ],
        "preconditions": [
            "Het zorgteam krijgt tijd voor de vorming en een oefenmoment.",
        ],
        "getting_started": (
            "Kies een school met een stabiel zorgteam en werk een schooljaar lang samen met het "
            "schema. Gebruik die ervaring om de vorming aan te passen voor andere scholen."
        ),
        "experiences": (
            "Een zorgcoördinator van een basisschool: ‘Toen ik het verslag las, herkende ik onze "
            "eigen bespreking erin. Dat was vroeger nooit zo.’"
        ),
        "materials": [
            {
                "title": "Vorming ICF-CY voor zorgteams",
                "kind": "presentatie",
                "format": "pdf",
                "lines": [
                    "ICF-CY voor zorgteams",
                    "Waarom een gemeenschappelijke taal?",
                    "De vijf domeinen in gewone woorden",
                    "Voorbeeld: een leerling uit het vierde leerjaar",
                    "Van beschrijving naar ondersteuningsnoden",
                    "Hoe gebruiken we het schema in het MDO?",
                ],
            },
            {
                "title": "Vereenvoudigd ICF-CY-schema voor scholen",
                "kind": "sjabloon",
                "format": "docx",
                "lines": [
                    "Vereenvoudigd ICF-CY-schema voor scholen",
                    "Wat lukt goed bij deze leerling?",
                    "Wat is moeilijk bij leren en in de klas?",
                    "Hoe neemt de leerling deel aan het schoolleven?",
                    "Wat in de omgeving helpt of hindert?",
                    "Wat vindt de leerling zelf belangrijk?",
                    "Ondersteuningsnoden voor leerling en leraar",
                ],
            },
        ],
        "reviewed": "2024-09-09",
        "published": "2024-06-27T11:35:00",
    },
    {
        "slug": "herorientering-buitengewoon-lager-onderwijs",
        "title": "Heroriëntering binnen het buitengewoon lager onderwijs",
        "summary": (
            "Wanneer een leerling in het buitengewoon lager onderwijs niet meer op zijn plaats "
            "lijkt in zijn type, doorloopt het CLB een HGD-traject om te bepalen welk aanbod het "
            "best aansluit bij zijn ondersteuningsnoden."
        ),
        "core_activities": ["handelingsgerichte-diagnostiek"],
        "care_phases": ["fase-3"],
        "education_levels": ["lager-buitengewoon"],
        "target_groups": ["leerling", "ouders", "clb-team"],
        "themes": ["schoolloopbaan", "autisme"],
        "centres": ["go-clb-limburg-noord-adite"],
        "contact_role": "CLB-anker buitengewoon onderwijs, GO! CLB Limburg Noord Adite",
        "purpose": (
            "Leerlingen in het buitengewoon lager onderwijs ontwikkelen zich soms anders dan "
            "verwacht. Een overstap naar een ander type of terug naar het gewoon onderwijs kan "
            "dan aangewezen zijn. Zo'n beslissing verdient een zorgvuldige, gedeelde "
            "afweging."
        ),
        "steps": [
            (
                "Signaal van het klassenteam",
                "Het klassenteam beschrijft waarom het aanbod niet meer aansluit, met concrete "
                "voorbeelden.",
            ),
            (
                "Intake met ouders",
                "Het CLB bespreekt met ouders hun kijk op de ontwikkeling en hun wensen voor de "
                "toekomst.",
            ),
            (
                "Gericht onderzoek",
                "Waar nodig volgt gericht onderzoek, bijvoorbeeld naar communicatie of "
                "sociale noden.",
            ),
            (
                "Opties verkennen",
                "Het CLB verkent met ouders mogelijke scholen en aanbod, inclusief "
                "kennismakingsbezoeken.",
            ),
            (
                "Advies en nieuw verslag",
                "Het traject eindigt met een advies en, indien nodig, een aangepast verslag.",
            ),
        ],
        "what_works": [
            "Concrete voorbeelden van het klassenteam maken de vraag tastbaar voor ouders.",
            "Kennismakingsbezoeken helpen ouders kiezen op basis van wat ze zelf zien.",
        ],
        "pitfalls": [
            "Wanneer een heroriëntering als mislukking wordt ervaren, haken ouders af.",
        ],
        "preconditions": [
            "Het CLB kent het aanbod van scholen voor buitengewoon onderwijs in de regio.",
            "Er is voldoende tijd voor bezoeken voor het nieuwe schooljaar.",
        ],
        "getting_started": (
            "Stel een overzicht op van het aanbod in je regio en plan heroriënteringsvragen zo "
            "vroeg mogelijk in het schooljaar in."
        ),
        "experiences": (
            "Ouders van een leerling uit het buitengewoon lager onderwijs vertelden dat ze de "
            "nieuwe school pas durfden kiezen na een bezoek samen met de CLB-medewerker."
        ),
        "materials": [
            {
                "title": "Stappenplan heroriëntering",
                "kind": "stappenplan",
                "format": "docx",
                "lines": [
                    "Stappenplan heroriëntering buitengewoon lager onderwijs",
                    "Signaal van het klassenteam met concrete voorbeelden",
                    "Intakegesprek met ouders en leerling",
                    "Beslissing over gericht onderzoek",
                    "Verkenning van scholen en kennismakingsbezoeken",
                    "Adviesgesprek en aanpassing van het verslag",
                    "Overdracht naar de nieuwe school",
                ],
            }
        ],
        "reviewed": "2024-09-16",
        "published": "2024-09-05T10:40:00",
    },
    {
        "slug": "schoolweigering-buitengewoon-secundair",
        "title": "Schoolweigering bij jongeren in het buitengewoon secundair onderwijs",
        "summary": (
            "Jongeren in het buitengewoon secundair onderwijs die niet meer naar school durven, "
            "krijgen een traject dat onderzoek naar oorzaken combineert met een geleidelijke "
            "terugkeer. Ouders en school krijgen concrete adviezen."
        ),
        "core_activities": [
            "handelingsgericht-advies",
            "handelingsgerichte-diagnostiek",
        ],
        "care_phases": ["fase-2", "fase-3"],
        "education_levels": ["secundair-buitengewoon"],
        "target_groups": ["leerling", "ouders"],
        "themes": ["schoolverzuim", "welbevinden", "autisme"],
        "centres": ["clb-n-brussel", "vrij-clb-waas-en-dender"],
        "contact_role": "Psycholoog, team buitengewoon onderwijs, CLB N-Brussel",
        "purpose": (
            "In het buitengewoon secundair onderwijs zien we jongeren die door angst, "
            "overprikkeling of conflicten niet meer naar school gaan. Hoe langer dat duurt, hoe "
            "moeilijker de terugkeer. Het traject wil snel begrijpen wat er speelt en stap voor "
            "stap terug naar school werken."
        ),
        "steps": [
            (
                "Snelle intake",
                "Binnen twee weken na het signaal vindt een intake plaats met de jongere, "
                "ouders en school, indien nodig bij de jongere thuis.",
            ),
            (
                "Begrijpen wat er speelt",
                "Het CLB onderzoekt welke situaties angst of overprikkeling uitlokken en wat de "
                "jongere thuis houdt.",
            ),
            (
                "Terugkeerplan",
                "Samen wordt een plan opgesteld met kleine stappen, zoals eerst een uur op een "
                "rustige plek op school.",
            ),
            (
                "Afstemming met hulpverlening",
                "Als er externe hulpverlening betrokken is, stemt het CLB af zodat iedereen "
                "hetzelfde plan volgt.",
            ),
            (
                "Wekelijkse opvolging",
                "In de eerste weken volgt een wekelijks kort contact met de jongere en de "
                "vertrouwenspersoon op school.",
            ),
        ],
        "what_works": [
            "Snel handelen voorkomt dat het verzuim zich vastzet.",
            "Een rustige plek op school geeft de jongere een veilige basis.",
            "De jongere bepaalt mee het tempo van de stappen.",
        ],
        "pitfalls": [
            "Ouders die hun kind willen beschermen, houden het onbedoeld langer thuis.",
            "Een te snel tempo leidt tot terugval.",
        ],
        "preconditions": [
            "De school kan een rustige plek en een vertrouwenspersoon voorzien.",
            "Het CLB kan op korte termijn een intake inplannen.",
        ],
        "getting_started": (
            "Spreek met je scholen voor buitengewoon secundair onderwijs af binnen welke termijn "
            "een signaal van schoolweigering naar het CLB gaat. Werk met een vast sjabloon voor "
            "het terugkeerplan."
        ),
        "experiences": (
            "Een jongere uit opleidingsvorm 3 vertelde dat het eerste uur in het rustige lokaal "
            "met een vertrouwde leraar ‘de moeilijkste, maar ook de belangrijkste stap’ was."
        ),
        "materials": [
            {
                "title": "Terugkeerplan",
                "kind": "sjabloon",
                "format": "docx",
                "lines": [
                    "Terugkeerplan",
                    "Wat maakt naar school gaan nu moeilijk?",
                    "Stap 1: waar, hoe lang, met wie",
                    "Stap 2: waar, hoe lang, met wie",
                    "Stap 3: waar, hoe lang, met wie",
                    "Wat doen we als een stap niet lukt?",
                    "Vertrouwenspersoon op school",
                    "Moment van opvolging",
                ],
            }
        ],
        "reviewed": "2024-09-30",
        "published": "2024-09-19T13:00:00",
    },
    {
        "slug": "taalgerichte-klasadviezen-nt2-lager",
        "title": "Taalgerichte klasadviezen voor leerlingen die Nederlands als tweede taal leren",
        "summary": (
            "Het CLB ondersteunt leraren in het lager onderwijs met klasadviezen voor leerlingen "
            "die Nederlands als tweede taal leren: visuele ondersteuning, interactie en "
            "functioneel gebruik van de thuistaal."
        ),
        "core_activities": [
            "handelingsgericht-advies",
            "consultatieve-leerlingenbegeleiding",
        ],
        "care_phases": ["fase-0", "fase-1"],
        "education_levels": ["lager-gewoon"],
        "target_groups": ["leraar"],
        "themes": ["meertaligheid", "taalontwikkeling"],
        "centres": ["clb-n-brussel", "vrij-clb-de-wissel-antwerpen"],
        "contact_role": "Referentiepersoon meertaligheid, CLB N-Brussel",
        "purpose": (
            "Leerlingen die pas Nederlands leren, worden soms aangemeld voor leerproblemen "
            "terwijl de taal de belangrijkste drempel is. Leraren voelen zich onzeker over hoe "
            "ze die leerlingen kunnen ondersteunen. Met klasadviezen willen we hen houvast "
            "bieden."
        ),
        "steps": [
            (
                "Vraag verhelderen",
                "De CLB-medewerker gaat na hoe lang de leerling Nederlands leert en wat hij in "
                "zijn thuistaal al kon op school.",
            ),
            (
                "Klasobservatie",
                "Tijdens een les wordt bekeken hoe de instructie verloopt en welke kansen tot "
                "interactie de leerling krijgt.",
            ),
            (
                "Adviezen op maat",
                "De leraar krijgt twee of drie concrete adviezen, zoals woorden visueel "
                "ondersteunen of leerlingen in duo's laten werken.",
            ),
            (
                "Terugblik",
                "Na enkele weken bespreken leraar en CLB welke adviezen werkten.",
            ),
        ],
        "what_works": [
            "Adviezen die de thuistaal als hefboom gebruiken, versterken ook het zelfvertrouwen "
            "van de leerling.",
            "Leraren passen adviezen die ook andere leerlingen helpen vlotter toe.",
        ],
        "pitfalls": [
            "Leerproblemen worden soms te lang aan de taal toegeschreven.",
        ],
        "preconditions": [
            "De school heeft een taalbeleid dat meertaligheid positief benadert.",
        ],
        "getting_started": (
            "Bundel de adviezen die in jullie scholen goed werkten en deel ze via de "
            "zorgcoördinatoren. Gebruik de bundel als vertrekpunt bij elke vraag over een "
            "anderstalige leerling."
        ),
        "experiences": (
            "Een leraar van het vijfde leerjaar: ‘Ik liet hem de kernwoorden eerst in zijn eigen "
            "taal opzoeken met een klasgenoot. Hij deed veel beter mee.’"
        ),
        "materials": [
            {
                "title": "Bundel taalgerichte klasadviezen",
                "kind": "andere",
                "format": "pdf",
                "lines": [
                    "Bundel taalgerichte klasadviezen",
                    "Ondersteun kernwoorden met beeld, voorwerp of gebaar.",
                    "Laat leerlingen eerst in duo's praten voor ze klassikaal antwoorden.",
                    "Geef instructies in korte zinnen en toon een voorbeeld.",
                    "Sta toe dat leerlingen nadenken in hun thuistaal.",
                    "Herhaal nieuwe woorden in verschillende vakken.",
                    "Waardeer wat de leerling in zijn thuistaal al kan.",
                ],
            }
        ],
        "reviewed": "2024-10-14",
        "published": "2024-10-03T09:45:00",
    },
    {
        "slug": "instapkleuters-moeilijke-start-samen-observeren",
        "title": "Instapkleuters met een moeilijke start: samen met ouders observeren",
        "summary": (
            "Bij instapkleuters die moeilijk wennen, organiseert de school met het CLB een "
            "gezamenlijk observatiemoment met ouders. Samen zoeken ze wat de kleuter nodig heeft "
            "om zich veilig te voelen in de klas."
        ),
        "core_activities": [
            "consultatieve-leerlingenbegeleiding",
            "handelingsgericht-advies",
        ],
        "care_phases": ["fase-0", "fase-1"],
        "education_levels": ["kleuter-gewoon"],
        "target_groups": ["ouders", "leraar"],
        "themes": ["ouderbetrokkenheid", "welbevinden"],
        "centres": ["vrij-clb-westhoek-houtland", "go-clb-limburg-noord-adite"],
        "contact_role": "Verpleegkundige en onthaalmedewerker, Vrij CLB Westhoek-Houtland",
        "purpose": (
            "Sommige instapkleuters blijven wekenlang huilen of trekken zich volledig terug. "
            "Ouders en kleuterleraar maken zich zorgen, maar praten vaak langs elkaar heen. Een "
            "gezamenlijke observatie brengt hun blik samen."
        ),
        "steps": [
            (
                "Uitnodigen",
                "De kleuterleraar nodigt de ouders uit om een ochtend in de klas mee te kijken.",
            ),
            (
                "Observeren",
                "Ouders en leraar letten op momenten waarop de kleuter rustig is en momenten van "
                "stress.",
            ),
            (
                "Nagesprek met het CLB",
                "Samen met de CLB-medewerker delen ze wat ze zagen en wat thuis helpt.",
            ),
            (
                "Afspraken",
                "Ze maken afspraken over afscheid nemen, een knuffel of foto van thuis en een "
                "vaste begroeting.",
            ),
        ],
        "what_works": [
            "Ouders zien zelf hoe de klas werkt en vertrouwen de leraar meer.",
            "Kleine rituelen maken het afscheid voorspelbaar voor de kleuter.",
        ],
        "pitfalls": [
            "Als ouders te lang in de klas blijven, wordt het afscheid moeilijker.",
        ],
        "preconditions": [
            "De school staat open voor ouders in de klas.",
        ],
        "getting_started": (
            "Maak met de kleuterscholen afspraken over wanneer het CLB betrokken wordt bij een "
            "moeilijke start, bijvoorbeeld na vier weken. Gebruik de observatiefiche als "
            "gemeenschappelijke basis."
        ),
        "experiences": (
            "Een kleuterleraar van de instapklas: ‘Door de mama mee te laten kijken, ontdekten we "
            "dat ze altijd stil werd bij het zingen. Nu begint de dag met een liedje.’"
        ),
        "materials": [
            {
                "title": "Observatiefiche instapkleuter",
                "kind": "werkblad",
                "format": "pdf",
                "lines": [
                    "Observatiefiche instapkleuter",
                    "Hoe verloopt het afscheid?",
                    "Wanneer is de kleuter rustig of geboeid?",
                    "Wanneer zien we stress of verdriet?",
                    "Wat troost de kleuter thuis?",
                    "Afspraken over afscheid en begroeting",
                ],
            }
        ],
        "reviewed": "2024-10-28",
        "published": "2024-10-17T15:15:00",
    },
    {
        "slug": "verslag-bespreekbaar-maken-school-ouders",
        "title": "Het verslag bespreekbaar maken met school en ouders",
        "summary": (
            "Een verslag roept bij ouders en scholen vaak vragen op. Het CLB bespreekt het "
            "verslag in een apart gesprek, met een visuele samenvatting van de "
            "ondersteuningsnoden en wat ze betekenen voor de klas."
        ),
        "core_activities": ["handelingsgericht-advies", "icf-cy"],
        "care_phases": ["fase-2", "fase-3"],
        "education_levels": ["lager-gewoon", "secundair-gewoon"],
        "target_groups": ["ouders", "zorgteam-school"],
        "themes": ["verslag en leersteun", "ouderbetrokkenheid"],
        "centres": ["vrij-clb-waas-en-dender", "vrij-clb-de-wissel-antwerpen"],
        "contact_role": "Teamverantwoordelijke verslaggeving, Vrij CLB Waas en Dender",
        "purpose": (
            "Verslagen zijn formele documenten die ouders en leraren niet altijd begrijpen. "
            "Daardoor wordt het verslag een toegangsticket in plaats van een werkinstrument. We "
            "wilden dat ouders en school weten wat er in staat en hoe ze ermee aan de slag gaan."
        ),
        "steps": [
            (
                "Visuele samenvatting maken",
                "Naast het verslag maakt het CLB een samenvatting op één blad met sterktes, "
                "ondersteuningsnoden en betekenis voor de klas.",
            ),
            (
                "Gesprek met ouders",
                "De ouders krijgen de samenvatting vooraf en bespreken die met de CLB-medewerker.",
            ),
            (
                "Gesprek met school",
                "In een tweede moment, met toestemming van de ouders, wordt de samenvatting met "
                "klasleraar en zorgcoördinator overlopen.",
            ),
            (
                "Koppeling aan leersteun",
                "Samen wordt besproken welke vragen de school aan het leersteuncentrum stelt.",
            ),
        ],
        "what_works": [
            "De samenvatting op één blad wordt veel vaker gelezen dan het volledige verslag.",
            "Ouders die het verslag begrijpen, kunnen het ook in een nieuwe school toelichten.",
        ],
        "pitfalls": [
            "Een samenvatting die te veel vereenvoudigt, kan misverstanden veroorzaken.",
        ],
        "preconditions": [
            "Er is tijd voor een apart bespreekmoment.",
            "Ouders geven toestemming voor het delen met de school.",
        ],
        "getting_started": (
            "Ontwerp een eenvoudige samenvatting die past bij de verslagen van je centrum en "
            "test ze bij enkele ouders. Vraag hen wat onduidelijk bleef."
        ),
        "experiences": (
            "Een vader: ‘Het verslag was twaalf bladzijden. Dankzij dat ene blad wist ik wat ik "
            "aan de nieuwe juf moest vertellen.’"
        ),
        "materials": [
            {
                "title": "Samenvatting verslag op één blad",
                "kind": "sjabloon",
                "format": "pdf",
                "lines": [
                    "Samenvatting verslag op één blad",
                    "Sterktes van de leerling",
                    "Ondersteuningsnoden",
                    "Wat betekent dit voor de klas?",
                    "Wat betekent dit voor thuis?",
                    "Vragen aan het leersteuncentrum",
                    "Wanneer kijken we opnieuw?",
                ],
            }
        ],
        "reviewed": "2024-11-18",
        "published": "2024-11-04T10:10:00",
    },
    {
        "slug": "afstemming-clb-school-leersteuncentrum",
        "title": "Afstemming tussen CLB, school en leersteuncentrum na een verslag",
        "summary": (
            "Na een verslag voor leersteun organiseert het CLB een startoverleg met school en "
            "leersteuncentrum. De ondersteuningsnoden uit het verslag worden zo meteen vertaald "
            "naar een gedeelde aanpak in de klas."
        ),
        "core_activities": [
            "consultatieve-leerlingenbegeleiding",
            "handelingsgericht-advies",
        ],
        "care_phases": ["fase-2"],
        "education_levels": ["kleuter-gewoon", "lager-gewoon", "secundair-gewoon"],
        "target_groups": ["zorgteam-school", "clb-team", "leraar"],
        "themes": ["verslag en leersteun", "co-teaching"],
        "centres": ["go-clb-limburg-noord-adite", "vrij-clb-westhoek-houtland"],
        "contact_role": "Contactpersoon leersteuncentra, GO! CLB Limburg Noord Adite",
        "purpose": (
            "Sinds de leersteuncentra werken, merken scholen dat de ondersteuner soms vertrekt "
            "van een eigen analyse, los van het verslag. Dat zorgt voor dubbel werk en "
            "verwarring bij leraren. Een gezamenlijk startoverleg moet de informatie uit het "
            "HGD-traject laten doorstromen."
        ),
        "steps": [
            (
                "Startoverleg plannen",
                "Zodra het verslag is afgeleverd, plant het CLB met de zorgcoördinator een "
                "overleg waarop ook de ondersteuner van het leersteuncentrum aanwezig is.",
            ),
            (
                "Ondersteuningsnoden overlopen",
                "Het CLB licht de noden uit het verslag toe, met de voorbeelden uit het traject "
                "die ze concreet maken.",
            ),
            (
                "Taken verdelen",
                "School en leersteuncentrum spreken af wat de ondersteuner in de klas doet, "
                "bijvoorbeeld samen lesgeven of coaching van de leraar.",
            ),
            (
                "Evaluatiemoment vastleggen",
                "Er wordt een moment afgesproken om samen na te gaan of de aanpak aansluit bij de "
                "noden.",
            ),
        ],
        "what_works": [
            "Wanneer de ondersteuner de voorbeelden uit het traject kent, kan hij sneller "
            "aan de slag.",
            "Leraren weten van bij de start wie wat doet.",
        ],
        "pitfalls": [
            "Het CLB blijft te lang betrokken en neemt de rol van het leersteuncentrum over.",
            "Wisselende ondersteuners maken afspraken snel ongeldig.",
        ],
        "preconditions": [
            "Er zijn regionale afspraken tussen CLB en leersteuncentrum over het startoverleg.",
        ],
        "getting_started": (
            "Maak met het leersteuncentrum in je regio een afspraak over wie het startoverleg "
            "initieert. Probeer het uit bij de verslagen van één trimester en evalueer samen."
        ),
        "experiences": (
            "Een ondersteuner van een leersteuncentrum: ‘Ik hoefde niet opnieuw te beginnen. "
            "Ik wist al wat wel en niet gewerkt had en kon meteen mee in de klas.’"
        ),
        "materials": [
            {
                "title": "Agenda startoverleg leersteun",
                "kind": "checklist",
                "format": "docx",
                "lines": [
                    "Agenda startoverleg leersteun",
                    "Het verslag is gedeeld met toestemming van de ouders.",
                    "De ondersteuningsnoden zijn overlopen met voorbeelden.",
                    "De rol van de ondersteuner in de klas is afgesproken.",
                    "De rol van de klasleraar en de zorgcoördinator is afgesproken.",
                    "Ouders worden geïnformeerd over de afspraken.",
                    "Er is een evaluatiemoment gepland.",
                ],
            }
        ],
        "reviewed": "2024-11-25",
        "published": "2024-11-14T14:20:00",
    },
    {
        "slug": "consultatie-startende-leraren-klasmanagement",
        "title": "Consultatie voor startende leraren rond klasmanagement",
        "summary": (
            "Startende leraren die worstelen met orde en aandacht in de klas kunnen terecht in "
            "een reeks korte consultaties met het CLB. Ze werken aan één concreet doel, zoals een "
            "rustige start van de les."
        ),
        "core_activities": ["consultatieve-leerlingenbegeleiding"],
        "care_phases": ["fase-0"],
        "education_levels": ["secundair-gewoon", "lager-gewoon"],
        "target_groups": ["leraar"],
        "themes": ["klasmanagement", "aandacht en concentratie", "teamprofessionalisering"],
        "centres": ["vrij-clb-de-wissel-antwerpen"],
        "contact_role": "Consulent secundair onderwijs, Vrij CLB De Wissel",
        "purpose": (
            "Veel zorgvragen van startende leraren gaan in wezen over klasmanagement. Ze melden "
            "individuele leerlingen aan, terwijl de onrust in de hele klas zit. Door startende "
            "leraren vroeg te ondersteunen, voorkomen we aanmeldingen en uitval."
        ),
        "steps": [
            (
                "Kennismaking",
                "De startende leraar vertelt over zijn klassen en kiest één situatie die hij wil "
                "verbeteren.",
            ),
            (
                "Doel kiezen",
                "Samen wordt een klein, zichtbaar doel gekozen, zoals ‘de eerste vijf minuten "
                "van de les verlopen rustig’.",
            ),
            (
                "Uitproberen",
                "De leraar probeert een aanpak uit en houdt kort bij wat werkt.",
            ),
            (
                "Terugkomen",
                "In een tweede en derde consultatie wordt de aanpak bijgestuurd en een volgend "
                "doel gekozen.",
            ),
        ],
        "what_works": [
            "Eén klein doel geeft snel succes en vertrouwen.",
            "De consultatie staat los van evaluatie door de directie, wat openheid geeft.",
        ],
        "pitfalls": [
            "Startende leraren met een zeer zware opdracht hebben eerder structurele "
            "ondersteuning nodig dan consultatie.",
        ],
        "preconditions": [
            "De school heeft een aanvangsbegeleiding waarin de consultatie past.",
            "Vertrouwelijkheid tegenover de directie is duidelijk afgesproken.",
        ],
        "getting_started": (
            "Stel het aanbod voor aan de mentoren van startende leraren in je scholen. Beperk het "
            "tot drie consultaties en bied het aan in het eerste trimester."
        ),
        "experiences": (
            "Een startende leraar Nederlands: ‘Ik dacht dat ik drie lastige leerlingen had. "
            "Eigenlijk had ik geen duidelijke start van de les. Dat was op twee weken opgelost.’"
        ),
        "materials": [
            {
                "title": "Doelenkaart startende leraar",
                "kind": "werkblad",
                "format": "docx",
                "lines": [
                    "Doelenkaart startende leraar",
                    "De situatie die ik wil verbeteren",
                    "Mijn doel in één zin",
                    "Wat ik ga uitproberen",
                    "Hoe ik merk dat het werkt",
                    "Wat ik na twee weken zag",
                ],
            }
        ],
        "reviewed": "2024-12-09",
        "published": "2024-12-02T09:55:00",
    },
    {
        "slug": "functionele-gedragsanalyse-klasteam-tweede-graad",
        "title": "Gedragsproblemen in de tweede graad: een functionele analyse met het klasteam",
        "summary": (
            "Bij aanhoudende gedragsproblemen van een leerling in de tweede graad voert het CLB "
            "samen met de vakleraren een functionele analyse uit. Het klasteam leert zien welke "
            "functie het gedrag heeft en hoe het daarop kan inspelen."
        ),
        "core_activities": [
            "handelingsgerichte-diagnostiek",
            "handelingsgericht-advies",
        ],
        "care_phases": ["fase-1", "fase-2"],
        "education_levels": ["secundair-gewoon"],
        "target_groups": ["leraar", "leerling"],
        "themes": ["gedrag", "welbevinden"],
        "centres": ["vrij-clb-waas-en-dender", "clb-n-brussel"],
        "contact_role": "Orthopedagoog, cel gedrag en welbevinden, Vrij CLB Waas en Dender",
        "purpose": (
            "Leerlingen met gedragsproblemen verzamelen sancties zonder dat hun gedrag "
            "verandert. Vakleraren reageren elk op hun manier. Een functionele analyse helpt het "
            "klasteam om te begrijpen wat de leerling met het gedrag bereikt en om gezamenlijk "
            "te reageren."
        ),
        "steps": [
            (
                "Registratie door vakleraren",
                "Gedurende twee weken noteren de vakleraren kort wanneer het gedrag zich voordoet "
                "en wat eraan voorafging.",
            ),
            (
                "Gesprek met de leerling",
                "Het CLB spreekt met de leerling over hoe hij de lessen ervaart en wat hem boos "
                "of onrustig maakt.",
            ),
            (
                "Analyse met het klasteam",
                "Het CLB brengt de gegevens samen en zoekt met het klasteam naar de functie van "
                "het gedrag, zoals ontsnappen aan een moeilijke taak of aandacht krijgen.",
            ),
            (
                "Gezamenlijke aanpak",
                "Het klasteam spreekt een beperkte set reacties af die bij alle vakken gelden, "
                "en ook wat de leerling kan doen in plaats van het gedrag.",
            ),
            (
                "Evaluatie na zes weken",
                "Het klasteam bekijkt of het gedrag verminderde en stuurt bij.",
            ),
        ],
        "what_works": [
            "Eén gezamenlijke aanpak van alle vakleraren maakt meer verschil dan een strengere "
            "sanctie.",
            "De leerling voelt zich begrepen wanneer zijn verhaal mee in de analyse zit.",
        ],
        "pitfalls": [
            "Wanneer één vakleraar zich niet aan de afspraken houdt, valt de aanpak uiteen.",
            "De registratie wordt onvolledig als ze te veel tijd vraagt.",
        ],
        "preconditions": [
            "De leerlingenbegeleider coördineert de afspraken binnen het klasteam.",
        ],
        "getting_started": (
            "Gebruik een eenvoudige registratiefiche die vakleraren in een minuut kunnen "
            "invullen. Start met één leerling en één klasteam dat openstaat voor de aanpak."
        ),
        "experiences": (
            "Een leraar geschiedenis: ‘We ontdekten dat hij vooral ontplofte bij "
            "schrijfopdrachten. Met een schrijfkader erbij bleef hij rustiger.’"
        ),
        "materials": [
            {
                "title": "Registratiefiche gedrag voor vakleraren",
                "kind": "werkblad",
                "format": "pdf",
                "lines": [
                    "Registratiefiche gedrag voor vakleraren",
                    "Vak en lesuur",
                    "Wat deed de leerling?",
                    "Wat ging eraan vooraf: opdracht, opmerking, groepswerk?",
                    "Hoe reageerde ik en wat gebeurde daarna?",
                    "Inschatting: wat wilde de leerling bereiken of vermijden?",
                ],
            },
            {
                "title": "Stappen van een functionele analyse",
                "kind": "stappenplan",
                "format": "docx",
                "lines": [
                    "Stappen van een functionele analyse",
                    "Stap 1: gedrag concreet beschrijven",
                    "Stap 2: registreren in alle vakken gedurende twee weken",
                    "Stap 3: gesprek met de leerling",
                    "Stap 4: patronen en functie van het gedrag zoeken",
                    "Stap 5: gezamenlijke reacties en alternatief gedrag afspreken",
                    "Stap 6: evalueren en bijsturen",
                ],
            },
        ],
        "reviewed": "2024-12-16",
        "published": "2024-12-11T15:05:00",
    },
    {
        "slug": "communicatie-kleuters-taalontwikkelingsstoornis",
        "title": "Communicatie ondersteunen bij kleuters met een taalontwikkelingsstoornis",
        "summary": (
            "Voor kleuters die weinig of moeilijk verstaanbaar spreken, brengt het CLB met "
            "ICF-CY in kaart hoe ze communiceren en welke ondersteuning helpt, zoals gebaren en "
            "pictogrammen in de klas en thuis."
        ),
        "core_activities": ["icf-cy", "handelingsgericht-advies"],
        "care_phases": ["fase-2", "fase-3"],
        "education_levels": ["kleuter-buitengewoon", "kleuter-gewoon"],
        "target_groups": ["leraar", "ouders", "leerling"],
        "themes": ["taalontwikkeling", "ouderbetrokkenheid"],
        "centres": ["vrij-clb-de-wissel-antwerpen", "clb-n-brussel"],
        "contact_role": "Logopedisch medewerker, Vrij CLB De Wissel",
        "purpose": (
            "Kleuters die zich moeilijk verstaanbaar maken, raken gefrustreerd en trekken zich "
            "terug of worden boos. Klas en thuis gebruiken vaak verschillende hulpmiddelen. Met "
            "een gedeeld beeld van de communicatie van de kleuter willen we één aanpak voor "
            "iedereen rond het kind."
        ),
        "steps": [
            (
                "Communicatieprofiel",
                "Ouders en leraar beschrijven hoe de kleuter laat weten wat hij wil, wat hij "
                "begrijpt en wanneer het misloopt.",
            ),
            (
                "Ordenen met ICF-CY",
                "Het CLB ordent de informatie en maakt zichtbaar welke omgevingsfactoren de "
                "communicatie helpen.",
            ),
            (
                "Gemeenschappelijke hulpmiddelen",
                "Klas en thuis kiezen dezelfde gebaren en pictogrammen voor de belangrijkste "
                "momenten van de dag.",
            ),
            (
                "Opvolging",
                "Na enkele weken bespreken ouders en leraar wat de kleuter al gebruikt en welke "
                "woorden of gebaren erbij komen.",
            ),
        ],
        "what_works": [
            "Dezelfde gebaren thuis en op school versnellen het leren.",
            "Ouders voelen zich deskundige partner omdat hun kennis van het kind centraal staat.",
        ],
        "pitfalls": [
            "Sommige ouders vrezen dat gebaren het spreken afremmen; leg uit dat het omgekeerde "
            "meestal waar is.",
        ],
        "preconditions": [
            "De school en de logopedist zijn bereid dezelfde set gebaren te gebruiken.",
        ],
        "getting_started": (
            "Kies samen met een kleuterschool een kleine set van tien gebaren voor dagelijkse "
            "momenten. Geef ouders een fotokaart zodat ze thuis hetzelfde doen."
        ),
        "experiences": (
            "Een mama vertelde dat haar zoon na een maand thuis zelf het gebaar voor ‘drinken’ "
            "maakte, en daarna het woord probeerde."
        ),
        "materials": [
            {
                "title": "Communicatieprofiel kleuter",
                "kind": "werkblad",
                "format": "docx",
                "lines": [
                    "Communicatieprofiel kleuter",
                    "Hoe laat de kleuter weten wat hij wil?",
                    "Wat begrijpt de kleuter zonder hulp?",
                    "Wanneer loopt communicatie mis?",
                    "Wat helpt: gebaren, prenten, aanwijzen, herhalen?",
                    "Gekozen gebaren en pictogrammen voor klas en thuis",
                ],
            }
        ],
        "reviewed": "2025-01-13",
        "published": "2025-01-09T10:35:00",
    },
    {
        "slug": "gecijferd-bewustzijn-overgang-kleuter-lager",
        "title": "Gecijferd bewustzijn bij de overstap van kleuterklas naar eerste leerjaar",
        "summary": (
            "Leraren van de derde kleuterklas en het eerste leerjaar geven samen enkele "
            "rekenactiviteiten, met coaching van het CLB. Zo sluit de aanpak beter aan en worden "
            "kinderen die extra steun nodig hebben vroeg opgemerkt."
        ),
        "core_activities": [
            "consultatieve-leerlingenbegeleiding",
            "handelingsgericht-advies",
        ],
        "care_phases": ["fase-0", "fase-1"],
        "education_levels": ["kleuter-gewoon", "lager-gewoon"],
        "target_groups": ["leraar", "zorgteam-school"],
        "themes": ["rekenen", "co-teaching"],
        "centres": ["vrij-clb-westhoek-houtland"],
        "contact_role": "Ankerfiguur basisonderwijs, Vrij CLB Westhoek-Houtland",
        "purpose": (
            "De overstap naar het eerste leerjaar is voor sommige kinderen een sprong. Kleuter- "
            "en lagereschoolleraren kennen elkaars aanpak van tellen en hoeveelheden vaak "
            "nauwelijks. Door samen les te geven, groeien beide aanpakken naar elkaar toe."
        ),
        "steps": [
            (
                "Kennismaking met elkaars aanpak",
                "Beide leraren tonen elkaar hoe ze werken rond tellen, hoeveelheden en "
                "getalbeelden.",
            ),
            (
                "Samen activiteiten plannen",
                "Met het CLB als coach plannen ze enkele gezamenlijke activiteiten in het laatste "
                "trimester van de kleuterklas.",
            ),
            (
                "Samen lesgeven",
                "De leraar van het eerste leerjaar komt enkele keren meespelen in de kleuterklas, "
                "en de kleuters bezoeken de klas van het eerste leerjaar.",
            ),
            (
                "Signaleren en overdragen",
                "Na de activiteiten noteren de leraren welke kinderen extra oefenkansen nodig "
                "hebben en wat hen hielp.",
            ),
        ],
        "what_works": [
            "Kinderen leren de nieuwe leraar kennen in een vertrouwde klas.",
            "Leraren ontdekken dat ze dezelfde materialen kunnen gebruiken.",
            "Signalen worden opgemerkt in een spelcontext, niet via een toets.",
        ],
        "pitfalls": [
            "Wanneer de activiteiten te schools worden, verliezen ze hun speelse karakter.",
        ],
        "preconditions": [
            "De directie voorziet vervanging of planningsruimte voor de gezamenlijke momenten.",
        ],
        "getting_started": (
            "Begin met drie gezamenlijke rekenmomenten in het laatste trimester. Evalueer na de "
            "start van het eerste leerjaar met beide leraren wat ze willen behouden."
        ),
        "experiences": (
            "Een leraar van het eerste leerjaar: ‘In september kende ik de kinderen al. Ik wist "
            "wie nog op de vingers telde en wie al getalbeelden herkende.’"
        ),
        "materials": [
            {
                "title": "Overdrachtsfiche gecijferd bewustzijn",
                "kind": "checklist",
                "format": "pdf",
                "lines": [
                    "Overdrachtsfiche gecijferd bewustzijn",
                    "Telt synchroon tot twintig.",
                    "Herkent kleine hoeveelheden zonder tellen.",
                    "Vergelijkt hoeveelheden: meer, minder, evenveel.",
                    "Herkent getalbeelden op dobbelsteen of vingers.",
                    "Wat hielp dit kind bij het rekenen in de kleuterklas?",
                ],
            }
        ],
        "reviewed": "2025-01-27",
        "published": "2025-01-20T13:25:00",
    },
    {
        "slug": "studiekeuzebegeleiding-met-ondersteuningsnoden",
        "title": "Studiekeuzebegeleiding met aandacht voor ondersteuningsnoden",
        "summary": (
            "Het CLB begeleidt jongeren met een verslag of extra noden bij hun studiekeuze, met "
            "aandacht voor wat ze nodig hebben om in een nieuwe richting te slagen. Jongere en "
            "ouders wegen samen interesses, sterktes en ondersteuning af."
        ),
        "core_activities": ["handelingsgericht-advies"],
        "care_phases": ["fase-1", "fase-2"],
        "education_levels": ["secundair-gewoon", "secundair-buitengewoon"],
        "target_groups": ["leerling", "ouders"],
        "themes": ["schoolloopbaan", "welbevinden"],
        "centres": ["go-clb-limburg-noord-adite", "vrij-clb-waas-en-dender"],
        "contact_role": "Onderwijsloopbaanbegeleider, GO! CLB Limburg Noord Adite",
        "purpose": (
            "Jongeren met ondersteuningsnoden kiezen soms een richting vooral op basis van wat "
            "‘haalbaar’ lijkt, zonder naar hun interesses te kijken. Anderen kiezen zonder te "
            "weten welke ondersteuning de nieuwe school kan bieden. We wilden beide kanten "
            "samenbrengen in één keuzegesprek."
        ),
        "steps": [
            (
                "Interesses en sterktes",
                "De jongere verkent met de CLB-medewerker wat hij graag doet en waar hij goed in "
                "is, los van wat moeilijk loopt.",
            ),
            (
                "Ondersteuningsnoden meenemen",
                "Samen wordt bekeken welke noden in een nieuwe richting of school belangrijk "
                "blijven.",
            ),
            (
                "Verkennen van opties",
                "De jongere bezoekt scholen en stelt vragen over ondersteuning, met een lijst "
                "die hij vooraf maakte.",
            ),
            (
                "Keuzegesprek",
                "Jongere, ouders en CLB wegen de opties af en kiezen, met een plan B.",
            ),
        ],
        "what_works": [
            "Starten bij interesses geeft jongeren opnieuw zin in hun schoolloopbaan.",
            "Een vragenlijst voor schoolbezoeken maakt jongeren mondiger.",
        ],
        "pitfalls": [
            "Ouders en jongere hebben soms heel verschillende wensen; geef beide ruimte.",
        ],
        "preconditions": [
            "Het CLB kent het aanbod en de ondersteuningsmogelijkheden van scholen in de regio.",
        ],
        "getting_started": (
            "Voeg aan je bestaande studiekeuzebegeleiding een gesprek over ondersteuningsnoden "
            "toe voor jongeren met een verslag. Bundel de vragen die jongeren op schoolbezoek "
            "stelden."
        ),
        "experiences": (
            "Een jongere uit het buitengewoon secundair onderwijs vertelde dat hij voor het eerst "
            "zelf vragen stelde op een opendeurdag, met zijn lijstje in de hand."
        ),
        "materials": [
            {
                "title": "Vragenlijst voor schoolbezoeken",
                "kind": "checklist",
                "format": "docx",
                "lines": [
                    "Vragenlijst voor schoolbezoeken",
                    "Hoe groot zijn de klassen in deze richting?",
                    "Hoeveel praktijk en hoeveel theorie zijn er?",
                    "Bij wie kan ik terecht als het moeilijk gaat?",
                    "Kan ik mijn hulpmiddelen gebruiken bij toetsen?",
                    "Hoe werkt de school samen met het leersteuncentrum?",
                    "Wat vinden leerlingen van deze richting?",
                ],
            }
        ],
        "reviewed": "2025-02-10",
        "published": "2025-02-03T09:00:00",
    },
    {
        "slug": "consultatie-klassenteam-buitengewoon-lager",
        "title": "Consultatie met het klassenteam in het buitengewoon lager onderwijs",
        "summary": (
            "In scholen voor buitengewoon lager onderwijs biedt het CLB vaste consultatiemomenten "
            "aan klassenteams rond leerlingen met complexe gedragsvragen. ICF-CY helpt om "
            "gedrag te lezen in samenhang met de omgeving."
        ),
        "core_activities": ["consultatieve-leerlingenbegeleiding", "icf-cy"],
        "care_phases": ["fase-2", "fase-3"],
        "education_levels": ["lager-buitengewoon"],
        "target_groups": ["leraar", "zorgteam-school"],
        "themes": ["gedrag", "autisme"],
        "centres": ["vrij-clb-waas-en-dender", "vrij-clb-westhoek-houtland"],
        "contact_role": "CLB-medewerker buitengewoon onderwijs, Vrij CLB Westhoek-Houtland",
        "purpose": (
            "Klassenteams in het buitengewoon onderwijs hebben veel expertise, maar lopen soms "
            "vast bij leerlingen met zware gedragsproblemen. Het CLB kwam vaak pas in beeld bij "
            "een crisis. Vaste consultatiemomenten bieden ruimte om vroeger samen na te denken."
        ),
        "steps": [
            (
                "Casus inbrengen",
                "Het klassenteam brengt een leerling in met een concrete vraag en een korte "
                "beschrijving van recente situaties.",
            ),
            (
                "Situaties ordenen",
                "Het CLB helpt de situaties te ordenen volgens ICF-CY, met aandacht voor "
                "prikkels, communicatie en voorspelbaarheid.",
            ),
            (
                "Hypothesen en acties",
                "Het team formuleert enkele hypothesen en kiest acties om uit te proberen.",
            ),
            (
                "Terugkoppeling",
                "Op het volgende consultatiemoment wordt teruggeblikt op wat de acties opleverden.",
            ),
        ],
        "what_works": [
            "Vaste momenten voorkomen dat het CLB enkel in crisissituaties betrokken wordt.",
            "De ICF-CY-ordening toont dat gedrag vaak samenhangt met omgevingsfactoren.",
        ],
        "pitfalls": [
            "Bij personeelswissels gaat opgebouwde kennis over een leerling verloren.",
        ],
        "preconditions": [
            "Paramedici en leraren van het klassenteam kunnen samen aanwezig zijn.",
        ],
        "getting_started": (
            "Spreek met de directie een vast ritme van consultatiemomenten af en start met één "
            "klassenteam. Houd de acties bij in een eenvoudig logboek."
        ),
        "experiences": (
            "Een ergotherapeut van de school: ‘We zagen dat de uitbarstingen bijna altijd na de "
            "drukke speeltijd kwamen. Een rustige overgang werkte beter dan elke beloning.’"
        ),
        "materials": [
            {
                "title": "Logboek consultatie klassenteam",
                "kind": "sjabloon",
                "format": "docx",
                "lines": [
                    "Logboek consultatie klassenteam",
                    "Vraag van het klassenteam",
                    "Recente situaties",
                    "Hypothesen",
                    "Gekozen acties en wie ze opneemt",
                    "Resultaat bij de volgende consultatie",
                ],
            }
        ],
        "reviewed": "2025-02-24",
        "published": "2025-02-17T14:45:00",
    },
    {
        "slug": "diagnostische-informatie-vertalen-naar-klasadviezen",
        "title": "Diagnostische informatie vertalen naar bruikbare adviezen voor leerkrachten",
        "summary": (
            "Onderzoeksverslagen bevatten veel diagnostische gegevens, maar weinig wat "
            "leerkrachten in de klas kunnen gebruiken. Het CLB herschrijft de conclusies tot "
            "korte, concrete adviezen per lessituatie."
        ),
        "core_activities": [
            "handelingsgerichte-diagnostiek",
            "handelingsgericht-advies",
        ],
        "care_phases": ["fase-2"],
        "education_levels": ["lager-gewoon", "secundair-gewoon"],
        "target_groups": ["leraar", "clb-team"],
        "themes": ["teamprofessionalisering", "leesproblemen"],
        "centres": ["vrij-clb-de-wissel-antwerpen", "go-clb-limburg-noord-adite"],
        "contact_role": "Projectmedewerker handelingsgericht advies, Vrij CLB De Wissel",
        "purpose": (
            "Leerkrachten lazen in onze verslagen over werkgeheugen, verwerkingssnelheid en "
            "percentielen, maar wisten niet wat ze daar maandagochtend mee moesten doen. "
            "Diagnostische bevindingen hebben pas waarde als ze het handelen in de klas "
            "veranderen. Daarom leerden we onze adviezen anders te schrijven."
        ),
        "steps": [
            (
                "Bevindingen herlezen vanuit de klas",
                "Bij elke bevinding stelt de CLB-medewerker de vraag: wanneer merkt de leraar "
                "dit in zijn les?",
            ),
            (
                "Lessituaties kiezen",
                "De adviezen worden geordend per herkenbare situatie, zoals instructie, "
                "zelfstandig werk, toetsen en huiswerk.",
            ),
            (
                "Concreet formuleren",
                "Elk advies begint met een werkwoord en is binnen een week uitvoerbaar, "
                "bijvoorbeeld ‘Geef de opdracht ook op papier’.",
            ),
            (
                "Toetsen bij een leraar",
                "Voor het adviesgesprek leest een leraar of zorgcoördinator het advies na op "
                "bruikbaarheid.",
            ),
            (
                "Bespreken en opvolgen",
                "In het adviesgesprek kiest de leraar met welke adviezen hij eerst start.",
            ),
        ],
        "what_works": [
            "Adviezen per lessituatie zijn voor leerkrachten meteen herkenbaar.",
            "Een werkwoord aan het begin van elk advies dwingt tot concreetheid.",
            "Leraren vragen sindsdien zelf naar het advies in plaats van naar het testresultaat.",
        ],
        "pitfalls": [
            "Een te lange lijst adviezen ontmoedigt; beperk je tot vijf à zes.",
            "Wie de diagnostische onderbouwing volledig weglaat, maakt het advies minder "
            "overtuigend voor collega's en ouders.",
        ],
        "preconditions": [
            "Het centrum aanvaardt een kortere, praktischere vorm van adviesverslag.",
        ],
        "getting_started": (
            "Neem enkele recente verslagen uit je team en herschrijf samen de conclusies volgens "
            "de lessituaties. Vergelijk de oude en nieuwe versie met een paar leerkrachten en "
            "pas de sjabloon aan op basis van hun reactie."
        ),
        "experiences": (
            "Een zorgcoördinator uit het lager onderwijs: ‘Vroeger kopieerde ik het besluit van "
            "het verslag in het leerlingendossier. Nu hangen de adviezen gewoon aan het bureau "
            "van de leraar.’"
        ),
        "materials": [
            {
                "title": "Sjabloon adviezen per lessituatie",
                "kind": "sjabloon",
                "format": "docx",
                "lines": [
                    "Adviezen per lessituatie",
                    "Bij instructie:",
                    "Bij zelfstandig werk:",
                    "Bij toetsen en evaluatie:",
                    "Bij huiswerk en planning:",
                    "Bij groepswerk en sociale momenten:",
                    "Met deze adviezen start de leraar eerst:",
                ],
            },
            {
                "title": "Van bevinding naar klasadvies",
                "kind": "presentatie",
                "format": "pdf",
                "lines": [
                    "Van bevinding naar klasadvies",
                    "Waarom leraren weinig hebben aan testscores",
                    "De vraag bij elke bevinding: wanneer merkt de leraar dit?",
                    "Ordenen per lessituatie",
                    "Formuleren met een werkwoord, uitvoerbaar binnen een week",
                    "Voorbeeld: een verslag voor en na herschrijving",
                ],
            },
        ],
        "reviewed": "2025-03-10",
        "published": "2025-03-04T10:50:00",
    },
    {
        "slug": "interne-vorming-van-vraagverheldering-naar-hga",
        "title": "Interne vorming: van vraagverheldering naar handelingsgericht advies",
        "summary": (
            "Een reeks van drie vormingsmomenten leert CLB-medewerkers hoe ze na een goede "
            "vraagverheldering rechtstreeks tot een handelingsgericht advies komen, zonder "
            "standaard een onderzoek op te starten."
        ),
        "core_activities": [
            "handelingsgericht-advies",
            "consultatieve-leerlingenbegeleiding",
        ],
        "care_phases": ["fase-1"],
        "education_levels": ["lager-gewoon", "secundair-gewoon"],
        "target_groups": ["clb-team"],
        "themes": ["teamprofessionalisering", "verslag en leersteun"],
        "centres": ["clb-n-brussel", "vrij-clb-westhoek-houtland"],
        "contact_role": "Interne vormingsverantwoordelijke, CLB N-Brussel",
        "purpose": (
            "Medewerkers gaven aan dat ze handelingsgericht advies zinvol vinden, maar twijfelen "
            "wanneer ze het mogen toepassen. Uit gewoonte starten ze toch een onderzoek. Een "
            "interne vorming met eigen casussen moet die drempel verlagen."
        ),
        "steps": [
            (
                "Sessie 1: vraagverheldering",
                "Medewerkers oefenen in duo's met het verhelderen van een aanmeldingsvraag tot "
                "concrete ondersteuningsnoden.",
            ),
            (
                "Sessie 2: wanneer volstaat advies?",
                "Aan de hand van eigen casussen bespreekt de groep wanneer de informatie "
                "volstaat om meteen te adviseren.",
            ),
            (
                "Tussentijds uitproberen",
                "Elke deelnemer past de werkwijze toe bij minstens één aanmelding.",
            ),
            (
                "Sessie 3: ervaringen delen",
                "De groep bespreekt de ervaringen, de reacties van scholen en ouders en de "
                "twijfels die bleven.",
            ),
        ],
        "what_works": [
            "Werken met eigen casussen maakt de vorming onmiddellijk toepasbaar.",
            "Het uitproberen tussen de sessies zet de stap naar de praktijk.",
        ],
        "pitfalls": [
            "Zonder steun van de teamverantwoordelijken vallen medewerkers terug op oude "
            "gewoontes.",
        ],
        "preconditions": [
            "Teamverantwoordelijken nemen zelf deel aan de vorming.",
            "Er is tijd om tussen de sessies te oefenen.",
        ],
        "getting_started": (
            "Vraag enkele collega's die al met handelingsgericht advies werken om een eigen casus "
            "voor te stellen. Plan de drie sessies binnen twee maanden zodat de spanning "
            "behouden blijft."
        ),
        "experiences": (
            "Een CLB-medewerker secundair onderwijs: ‘Ik vraag nu bij elke aanmelding eerst wat "
            "we al weten. Vaak blijkt dat de leerkrachten het antwoord zelf al bijna hebben.’"
        ),
        "materials": [
            {
                "title": "Vorming vraagverheldering en HGA",
                "kind": "presentatie",
                "format": "pdf",
                "lines": [
                    "Van vraagverheldering naar handelingsgericht advies",
                    "Wat is een goede hulpvraag?",
                    "Van probleem naar ondersteuningsnoden",
                    "Wanneer volstaat advies, wanneer is onderzoek nodig?",
                    "Oefening met een eigen casus",
                    "Opdracht voor de volgende sessie",
                ],
            }
        ],
        "reviewed": "2025-03-24",
        "published": "2025-03-18T15:30:00",
    },
    {
        "slug": "welbevindingsbevraging-klasbrede-zorg",
        "title": "Welbevindingsbevraging als start van klasbrede zorg",
        "summary": (
            "Een korte bevraging van alle leerlingen over hun welbevinden geeft school en CLB een "
            "beeld van de klas. Op basis daarvan kiest het schoolteam klasbrede acties en worden "
            "leerlingen met signalen vroeg opgevolgd."
        ),
        "core_activities": ["consultatieve-leerlingenbegeleiding"],
        "care_phases": ["fase-0"],
        "education_levels": ["secundair-gewoon", "lager-gewoon"],
        "target_groups": ["leerling", "zorgteam-school"],
        "themes": ["welbevinden", "schoolverzuim"],
        "centres": ["go-clb-limburg-noord-adite"],
        "contact_role": "Ankerfiguur preventie en welbevinden, GO! CLB Limburg Noord Adite",
        "purpose": (
            "Signalen over pesten, eenzaamheid of stress bereiken school en CLB vaak pas laat, "
            "soms pas wanneer een leerling wegblijft. Een jaarlijkse bevraging maakt die signalen "
            "vroeg zichtbaar. Het zorgteam krijgt zo een basis om gericht klasbrede zorg te "
            "organiseren."
        ),
        "steps": [
            (
                "Bevraging afnemen",
                "Alle leerlingen van een graad vullen in de klas een korte bevraging in over "
                "sfeer, vriendschap en stress.",
            ),
            (
                "Resultaten per klas bespreken",
                "Het CLB bespreekt de klasresultaten met het zorgteam, zonder individuele "
                "antwoorden te tonen.",
            ),
            (
                "Klasbrede acties",
                "Per klas kiezen de klastitularis en de leerlingenbegeleider één actie, "
                "bijvoorbeeld rond groepsvorming of samenwerking.",
            ),
            (
                "Individuele opvolging",
                "Leerlingen die aangeven dat ze met iemand willen praten, worden binnen twee "
                "weken uitgenodigd.",
            ),
        ],
        "what_works": [
            "Leerlingen waarderen dat naar hun mening wordt gevraagd en dat er iets mee gebeurt.",
            "Klasresultaten geven leraren een gedeelde aanleiding om het gesprek aan te gaan.",
        ],
        "pitfalls": [
            "Een bevraging zonder terugkoppeling naar de leerlingen ondermijnt het vertrouwen.",
            "Individuele signalen blijven liggen als niemand de opvolging opneemt.",
        ],
        "preconditions": [
            "Er zijn duidelijke afspraken over privacy en wie de antwoorden ziet.",
            "Het zorgteam heeft tijd voor de opvolging kort na de bevraging.",
        ],
        "getting_started": (
            "Gebruik een korte bevraging van hooguit vijftien vragen en plan ze na de "
            "herfstvakantie. Spreek vooraf af wie de individuele signalen opvolgt."
        ),
        "experiences": (
            "Een klastitularis van het tweede jaar: ‘De klas scoorde laag op samenwerking. We "
            "zijn gestart met vaste groepjes en iedereen merkte het verschil.’"
        ),
        "materials": [
            {
                "title": "Welbevindingsbevraging leerlingen",
                "kind": "werkblad",
                "format": "pdf",
                "lines": [
                    "Welbevindingsbevraging leerlingen",
                    "Ik voel me goed in mijn klas.",
                    "Ik heb minstens één vriend of vriendin op school.",
                    "Ik word soms uitgelachen of buitengesloten.",
                    "Ik voel me gestrest door toetsen of huiswerk.",
                    "Ik weet bij wie ik terecht kan op school.",
                    "Ik wil graag met iemand praten: ja of nee",
                ],
            },
            {
                "title": "Afsprakenlijst privacy en opvolging",
                "kind": "checklist",
                "format": "docx",
                "lines": [
                    "Afsprakenlijst privacy en opvolging",
                    "Leerlingen en ouders zijn vooraf geïnformeerd.",
                    "Enkel CLB en leerlingenbegeleiding zien individuele antwoorden.",
                    "Klasresultaten worden alleen geanonimiseerd gedeeld.",
                    "Er is een verantwoordelijke voor de individuele opvolging.",
                    "Leerlingen krijgen een terugkoppeling over de resultaten.",
                ],
            },
        ],
        "reviewed": "2025-04-07",
        "published": "2025-04-01T09:15:00",
    },
    {
        "slug": "overgang-secundair-leerlingen-met-autisme",
        "title": "De overstap naar het secundair voor leerlingen met autisme",
        "summary": (
            "Leerlingen met autisme bereiden de overstap naar het secundair stap voor stap voor, "
            "met een fotoboek van de nieuwe school, een bezoek buiten de schooluren en afspraken "
            "over prikkels en voorspelbaarheid."
        ),
        "core_activities": [
            "handelingsgericht-advies",
            "consultatieve-leerlingenbegeleiding",
        ],
        "care_phases": ["fase-1", "fase-2"],
        "education_levels": ["lager-gewoon", "lager-buitengewoon", "secundair-gewoon"],
        "target_groups": ["leerling", "ouders"],
        "themes": ["autisme", "overgang lager-secundair"],
        "centres": ["vrij-clb-de-wissel-antwerpen", "vrij-clb-westhoek-houtland"],
        "contact_role": "Referentiepersoon autisme, Vrij CLB De Wissel",
        "purpose": (
            "Een grote secundaire school met wisselende lokalen en veel leraren is voor "
            "leerlingen met autisme een zware overgang. Onzekerheid leidt tot angst in de "
            "zomer en overbelasting in september. Met een goede voorbereiding willen we de "
            "onvoorspelbaarheid zo klein mogelijk maken."
        ),
        "steps": [
            (
                "Noden bespreken",
                "In het zesde leerjaar bespreekt het CLB met de leerling en de ouders wat de "
                "overstap spannend maakt.",
            ),
            (
                "Fotoboek maken",
                "De secundaire school bezorgt foto's van lokalen, refter, speelplaats en "
                "aanspreekpunten. De leerling maakt er een eigen boek van.",
            ),
            (
                "Rustig bezoek",
                "Voor de start van het schooljaar bezoekt de leerling de school buiten de "
                "drukte, samen met een ouder en de leerlingenbegeleider.",
            ),
            (
                "Afspraken voor september",
                "Er worden afspraken gemaakt over een rustige plek, een vast aanspreekpunt en hoe "
                "wijzigingen in het lesrooster worden gemeld.",
            ),
        ],
        "what_works": [
            "Het fotoboek kan in de zomer thuis herhaaldelijk bekeken worden.",
            "Een rustig bezoek maakt de school vertrouwd voor de drukke eerste dag.",
        ],
        "pitfalls": [
            "Wanneer het lesrooster pas op de eerste schooldag bekend is, verdwijnt veel van de "
            "voorbereide voorspelbaarheid.",
        ],
        "preconditions": [
            "De secundaire school is bereid foto's en een bezoek te voorzien.",
            "Ouders en leerling stemmen in met het delen van informatie.",
        ],
        "getting_started": (
            "Vraag de secundaire scholen in je regio om een standaard fotoset die je voor "
            "meerdere leerlingen kunt gebruiken. Start de voorbereiding ten laatste in het "
            "voorjaar van het zesde leerjaar."
        ),
        "experiences": (
            "Een mama vertelde dat haar dochter het fotoboek elke avond bekeek en op de eerste "
            "dag zelf de weg naar haar klaslokaal vond."
        ),
        "materials": [
            {
                "title": "Stappenplan overstap bij autisme",
                "kind": "stappenplan",
                "format": "pdf",
                "lines": [
                    "Stappenplan overstap naar het secundair bij autisme",
                    "Voorjaar: gesprek over wat de overstap spannend maakt",
                    "Voorjaar: contact met de secundaire school en toestemming van ouders",
                    "Einde schooljaar: fotoboek van de nieuwe school",
                    "Zomer: rustig bezoek buiten de drukte",
                    "September: rustige plek, aanspreekpunt en afspraken over wijzigingen",
                    "Na de herfstvakantie: evaluatiegesprek",
                ],
            }
        ],
        "reviewed": "2025-04-22",
        "published": "2025-04-15T11:40:00",
    },
    {
        "slug": "instroom-buitengewoon-kleuteronderwijs-ouders",
        "title": "Ouders begeleiden bij de keuze voor buitengewoon kleuteronderwijs",
        "summary": (
            "Wanneer een kleuter veel ondersteuning nodig heeft, begeleidt het CLB ouders bij de "
            "afweging tussen gewoon onderwijs met leersteun en buitengewoon kleuteronderwijs. Het "
            "ICF-CY-beeld van de kleuter staat daarbij centraal."
        ),
        "core_activities": ["handelingsgerichte-diagnostiek", "icf-cy"],
        "care_phases": ["fase-2", "fase-3"],
        "education_levels": ["kleuter-gewoon", "kleuter-buitengewoon"],
        "target_groups": ["ouders", "clb-team"],
        "themes": ["ouderbetrokkenheid", "motoriek"],
        "centres": ["go-clb-limburg-noord-adite", "vrij-clb-waas-en-dender"],
        "contact_role": "Trajectbegeleider kleuteronderwijs, Vrij CLB Waas en Dender",
        "purpose": (
            "Voor ouders van een jonge kleuter met een ontwikkelingsachterstand is de keuze voor "
            "buitengewoon onderwijs emotioneel zwaar. Ze voelen zich soms onder druk gezet door "
            "school of hulpverlening. Het CLB wil ouders helpen om een geïnformeerde keuze te "
            "maken vanuit wat hun kind nodig heeft."
        ),
        "steps": [
            (
                "Luisteren naar de ouders",
                "Het eerste gesprek gaat over het verhaal van de ouders, hun zorgen en hun "
                "dromen voor hun kind.",
            ),
            (
                "Beeld van de kleuter",
                "Met informatie van ouders, kleuterschool en therapeuten beschrijft het CLB het "
                "functioneren van de kleuter met ICF-CY.",
            ),
            (
                "Mogelijkheden verkennen",
                "Het CLB legt uit wat leersteun in het gewoon onderwijs en wat een school voor "
                "buitengewoon onderwijs kan bieden, met concrete voorbeelden.",
            ),
            (
                "Bezoeken",
                "Ouders bezoeken een kleuterklas in het buitengewoon onderwijs, indien gewenst "
                "samen met de CLB-medewerker.",
            ),
            (
                "Beslissing en verslag",
                "De ouders nemen de beslissing. Het CLB stelt het passende verslag op en zorgt "
                "voor een goede overdracht.",
            ),
        ],
        "what_works": [
            "Ouders voelen zich gerespecteerd als de beslissing uitdrukkelijk bij hen blijft.",
            "Een bezoek neemt vaak vooroordelen over het buitengewoon onderwijs weg.",
        ],
        "pitfalls": [
            "Informatie geven in één lang gesprek overweldigt ouders; spreid ze over "
            "verschillende momenten.",
            "Wanneer school en CLB al een voorkeur uitstralen, voelen ouders zich niet vrij.",
        ],
        "preconditions": [
            "Het CLB heeft contacten met scholen voor buitengewoon kleuteronderwijs in de regio.",
        ],
        "getting_started": (
            "Stel een korte informatiefolder op over beide mogelijkheden in je regio en plan "
            "minstens twee gesprekken voor een beslissing valt. Vraag ouders achteraf hoe ze het "
            "traject ervoeren."
        ),
        "experiences": (
            "Een vader: ‘We dachten dat buitengewoon onderwijs een eindpunt was. Na het bezoek "
            "zagen we vooral een klas waar onze dochter op haar tempo kan groeien.’"
        ),
        "materials": [
            {
                "title": "Informatiefolder keuze kleuteronderwijs",
                "kind": "andere",
                "format": "pdf",
                "lines": [
                    "Gewoon of buitengewoon kleuteronderwijs: informatie voor ouders",
                    "Wat is leersteun in een gewone kleuterschool?",
                    "Wat biedt een school voor buitengewoon kleuteronderwijs?",
                    "Welke rol heeft het CLB en wat is een verslag?",
                    "U beslist: wat het CLB wel en niet doet",
                    "Vragen die u kunt stellen bij een schoolbezoek",
                ],
            }
        ],
        "reviewed": "2025-05-12",
        "published": "2025-05-06T14:05:00",
    },
    {
        "slug": "onderpresteren-eerste-graad",
        "title": "Onderpresterende leerlingen in de eerste graad tijdig opmerken",
        "summary": (
            "Sommige leerlingen haalden vlot goede punten in de basisschool en lopen in het "
            "secundair vast door gebrek aan studiemethode of angst om te falen. Het CLB helpt het "
            "schoolteam hen te herkennen en gericht te begeleiden."
        ),
        "core_activities": [
            "handelingsgericht-advies",
            "consultatieve-leerlingenbegeleiding",
        ],
        "care_phases": ["fase-0", "fase-1"],
        "education_levels": ["secundair-gewoon"],
        "target_groups": ["leerling", "leraar", "zorgteam-school"],
        "themes": ["hoogbegaafdheid", "faalangst", "executieve functies"],
        "centres": ["vrij-clb-westhoek-houtland", "clb-n-brussel"],
        "contact_role": "Leerlingenbegeleider-consulent secundair, Vrij CLB Westhoek-Houtland",
        "purpose": (
            "Cognitief sterke leerlingen die nooit moesten studeren, ervaren in het eerste jaar "
            "soms hun eerste tegenslag. Ze schrikken van slechte punten en beginnen taken te "
            "vermijden. Omdat ze niet opvallen als ‘zorgleerling’, wordt dat vaak laat opgemerkt."
        ),
        "steps": [
            (
                "Signalen opsporen",
                "Na de eerste rapportperiode zoekt de klassenraad naar leerlingen met een "
                "duidelijke daling ten opzichte van de basisschool.",
            ),
            (
                "Gesprek met de leerling",
                "Een leerlingenbegeleider bespreekt met de leerling hoe hij studeert en hoe hij "
                "met tegenvallers omgaat.",
            ),
            (
                "Studiemethode en mindset",
                "De leerling volgt enkele korte sessies over plannen en leren leren, met aandacht "
                "voor het idee dat inspanning deel is van leren.",
            ),
            (
                "Uitdaging in de les",
                "Vakleraren bieden waar mogelijk verdiepende taken aan die inzicht vragen in "
                "plaats van herhaling.",
            ),
        ],
        "what_works": [
            "Vroeg signaleren na het eerste rapport voorkomt dat vermijding een gewoonte wordt.",
            "Leerlingen herkennen zich in verhalen van oudere leerlingen die hetzelfde meemaakten.",
        ],
        "pitfalls": [
            "Een daling in punten wordt snel toegeschreven aan luiheid.",
        ],
        "preconditions": [
            "De school heeft gegevens over de schoolloopbaan in het lager onderwijs.",
        ],
        "getting_started": (
            "Voeg aan de eerste klassenraad van het eerste jaar een vaste vraag toe over "
            "opvallende dalingen. Bied de sessies over leren leren aan in kleine groepen."
        ),
        "experiences": (
            "Een leerling van het eerste jaar: ‘Ik dacht dat ik plots dom was geworden. Nu weet "
            "ik dat ik gewoon nooit had leren studeren.’"
        ),
        "materials": [
            {
                "title": "Zelfreflectie studeren",
                "kind": "werkblad",
                "format": "docx",
                "lines": [
                    "Zelfreflectie studeren",
                    "Hoe bereidde ik me voor op mijn laatste toets?",
                    "Hoeveel tijd stak ik erin en wanneer begon ik?",
                    "Wat doe ik als ik iets niet meteen begrijp?",
                    "Hoe voel ik me als een toets tegenvalt?",
                    "Eén ding dat ik anders wil aanpakken",
                ],
            }
        ],
        "reviewed": "2025-05-26",
        "published": "2025-05-20T10:25:00",
    },
    {
        "slug": "compacten-en-verrijken-consultatie-zorgteams",
        "title": "Compacten en verrijken: consultatie voor zorgteams in de basisschool",
        "summary": (
            "Het CLB ondersteunt zorgteams om een schoolbrede aanpak van compacten en verrijken "
            "op te zetten. Leerlingen die meer uitdaging nodig hebben, krijgen die zo in hun "
            "eigen klas, zonder individueel traject."
        ),
        "core_activities": ["consultatieve-leerlingenbegeleiding"],
        "care_phases": ["fase-0", "fase-1"],
        "education_levels": ["lager-gewoon"],
        "target_groups": ["zorgteam-school", "leraar"],
        "themes": ["hoogbegaafdheid", "klasmanagement"],
        "centres": ["vrij-clb-de-wissel-antwerpen", "clb-n-brussel"],
        "contact_role": "Referentiepersoon differentiatie, CLB N-Brussel",
        "purpose": (
            "Vragen over leerlingen die zich vervelen, kwamen telkens individueel bij het CLB "
            "terecht. Scholen hadden geen gedeelde aanpak en elke leraar improviseerde. Een "
            "schoolbrede werkwijze maakt uitdaging een deel van de brede basiszorg."
        ),
        "steps": [
            (
                "Stand van zaken",
                "Het zorgteam brengt in kaart wat leraren nu al doen voor leerlingen die sneller "
                "werken.",
            ),
            (
                "Afspraken over compacten",
                "Per leergebied wordt afgesproken welke oefeningen leerlingen mogen overslaan als "
                "ze de leerstof beheersen.",
            ),
            (
                "Verrijkingsmateriaal kiezen",
                "Het team verzamelt taken die echt uitdagen: open problemen, onderzoeksvragen en "
                "creatieve opdrachten.",
            ),
            (
                "Opvolgen in het MDO",
                "In het MDO bespreekt het zorgteam hoe leerlingen op het aanbod reageren.",
            ),
        ],
        "what_works": [
            "Schoolbrede afspraken maken dat leerlingen niet afhangen van één enthousiaste leraar.",
            "Open opdrachten zijn ook uitdagend voor andere leerlingen in de klas.",
        ],
        "pitfalls": [
            "Verrijkingsmappen die nooit vernieuwd worden, verliezen snel hun aantrekkingskracht.",
        ],
        "preconditions": [
            "Het zorgteam krijgt tijd om materiaal te verzamelen en te ordenen.",
        ],
        "getting_started": (
            "Start met één leergebied, bijvoorbeeld wiskunde, en één graad. Breid uit zodra "
            "leraren de werkwijze onder de knie hebben."
        ),
        "experiences": (
            "Een zorgcoördinator uit het lager onderwijs: ‘Het aantal aanmeldingen voor "
            "verveling daalde, omdat leraren nu weten wat ze kunnen doen.’"
        ),
        "materials": [
            {
                "title": "Stappenplan compacten en verrijken",
                "kind": "stappenplan",
                "format": "docx",
                "lines": [
                    "Stappenplan compacten en verrijken",
                    "Stap 1: nagaan of de leerling de leerstof al beheerst",
                    "Stap 2: bepalen welke oefeningen mogen wegvallen",
                    "Stap 3: een verrijkingstaak kiezen die inzicht vraagt",
                    "Stap 4: afspraken maken over zelfstandig werken en hulp vragen",
                    "Stap 5: het resultaat bespreken met de leerling",
                ],
            }
        ],
        "reviewed": "2025-06-16",
        "published": "2025-06-10T13:50:00",
    },
]

PRACTICE_KEYS = {
    "slug",
    "title",
    "summary",
    "core_activities",
    "care_phases",
    "education_levels",
    "target_groups",
    "themes",
    "centres",
    "contact_role",
    "purpose",
    "steps",
    "what_works",
    "pitfalls",
    "preconditions",
    "getting_started",
    "experiences",
    "materials",
    "reviewed",
    "published",
}


def _check():
    """Assert the shape and coverage constraints of the demo data set."""
    import re
    from collections import Counter
    from datetime import date, datetime

    assert len(PRACTICES) >= 42, len(PRACTICES)
    slugs = [p["slug"] for p in PRACTICES]
    assert len(slugs) == len(set(slugs)), "duplicate slugs"
    published = [p["published"] for p in PRACTICES]
    assert len(published) == len(set(published)), "duplicate published datetimes"

    taxonomies = {
        "core_activities": CORE_ACTIVITIES,
        "care_phases": CARE_PHASES,
        "education_levels": EDUCATION_LEVELS,
        "target_groups": TARGET_GROUPS,
        "centres": CENTRES,
    }
    minimum = {"core_activities": 8, "centres": 6}
    counts = {field: Counter() for field in taxonomies}
    themes = Counter()
    kinds = Counter()
    formats = Counter()

    for p in PRACTICES:
        slug = p["slug"]
        assert set(p) == PRACTICE_KEYS, (slug, set(p) ^ PRACTICE_KEYS)
        assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", slug) and len(slug) <= 60, slug
        assert len(p["title"]) <= 90, slug
        assert 120 <= len(p["summary"]) <= 280, (slug, len(p["summary"]))
        for field, allowed in taxonomies.items():
            values = p[field]
            assert values and len(values) == len(set(values)), (slug, field)
            assert set(values) <= set(allowed), (slug, field, values)
            counts[field].update(values)
        assert 1 <= len(p["centres"]) <= 3, slug
        assert 2 <= len(p["themes"]) <= 4, slug
        for theme in p["themes"]:
            assert theme == theme.lower() and theme.strip() == theme, (slug, theme)
        themes.update(p["themes"])
        for field in ("contact_role", "purpose", "getting_started", "experiences"):
            assert isinstance(p[field], str) and p[field], (slug, field)
        assert 3 <= len(p["steps"]) <= 6, slug
        for step in p["steps"]:
            assert isinstance(step, tuple) and len(step) == 2 and all(step), (slug, step)
        assert 2 <= len(p["what_works"]) <= 4, slug
        assert 1 <= len(p["pitfalls"]) <= 3, slug
        assert 1 <= len(p["preconditions"]) <= 3, slug
        assert 1 <= len(p["materials"]) <= 3, slug
        for material in p["materials"]:
            assert set(material) == {"title", "kind", "format", "lines"}, slug
            assert material["kind"] in MATERIAL_KINDS, (slug, material["kind"])
            assert material["format"] in MATERIAL_FORMATS, (slug, material["format"])
            assert 4 <= len(material["lines"]) <= 10, (slug, material["title"])
            kinds[material["kind"]] += 1
            formats[material["format"]] += 1
        reviewed = date.fromisoformat(p["reviewed"])
        assert date(2023, 3, 1) <= reviewed <= date(2025, 6, 30), slug
        published_at = datetime.fromisoformat(p["published"])
        assert datetime(2023, 1, 15, 9) <= published_at <= datetime(2025, 6, 30, 17), slug

    for field, allowed in taxonomies.items():
        for value in allowed:
            needed = minimum.get(field, 3)
            assert counts[field][value] >= needed, (field, value, counts[field][value])
    for theme, count in themes.items():
        assert count >= 3, (theme, count)
    for kind in MATERIAL_KINDS:
        assert kinds[kind] >= 2, (kind, kinds[kind])
    for fmt in MATERIAL_FORMATS:
        assert formats[fmt] >= 5, (fmt, formats[fmt])

    everything = repr((HOME_INTRO, ABOUT_PAGE, PRACTICES))
    assert "@" not in everything, "no e-mail addresses in demo content"
    assert 5 <= len(ABOUT_PAGE["body_paragraphs"]) <= 8
    for word in ("leerkrachten", "diagnostische", "adviezen"):
        assert re.search(rf"\b{word}\b", repr(PRACTICES)), word

    return counts, themes, kinds, formats


if __name__ == "__main__":
    counts, themes, kinds, formats = _check()
    print(f"{len(PRACTICES)} practices, {len(themes)} themes: all checks passed")
    for field, counter in counts.items():
        print(f"{field}: " + ", ".join(f"{k}={v}" for k, v in sorted(counter.items())))
    print("themes: " + ", ".join(f"{k}={v}" for k, v in sorted(themes.items())))
    print("material kinds: " + ", ".join(f"{k}={v}" for k, v in sorted(kinds.items())))
    print("material formats: " + ", ".join(f"{k}={v}" for k, v in sorted(formats.items())))
