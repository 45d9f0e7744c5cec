"""Create the accessibility statement and the privacy page that production must have.

A data migration rather than demo content: the EU web accessibility directive and the GDPR apply
from the first day the portal is public. The pages are only created under an existing home page
and only when their slug is free, so editors who already wrote them keep their text. The contact
addresses are placeholders editors set to the project's real mailboxes in the admin.
"""

from django.db import migrations

from leersteun.page_migrations import create_child_page, home_page

ACCESSIBILITY = {
    "slug": "toegankelijkheid",
    "title": "Toegankelijkheidsverklaring",
    "intro": (
        "<p>Het project Professionalisering Leersteun wil dat iedereen de materialenbank kan "
        "gebruiken, ook wie met een schermlezer, alleen met het toetsenbord of sterk ingezoomd "
        "werkt. Deze verklaring geldt voor de website van de Leersteun materialenbank.</p>"
    ),
    "body": (
        "<h2>Nalevingsstatus</h2>"
        "<p>Deze website is <b>gedeeltelijk conform</b> met de Web Content Accessibility "
        "Guidelines (WCAG) 2.1 op niveau AA. Die norm volgt uit de Europese richtlijn 2016/2102 "
        "(via de Europese norm EN 301 549) en het Vlaamse Bestuursdecreet. Gedeeltelijk conform "
        "betekent: de webpagina's zelf voldoen aan de norm, maar een deel van de materialen die je "
        "kunt downloaden (nog) niet.</p>"
        "<h2>Niet-toegankelijke inhoud</h2>"
        "<h3>Niet-naleving van de norm</h3>"
        "<ul>"
        "<li>Sommige materialen (werkbladen, stappenplannen, checklists) zijn PDF- of "
        "Word-bestanden die de anker-CLB's zelf opmaakten. Niet elk bestand heeft een tekstlaag, "
        "een ingestelde documenttaal of een titel, waardoor een schermlezer het mogelijk niet "
        "goed voorleest (WCAG 1.3.1, 2.4.2 en 3.1.1). De redactie krijgt bij het opladen een "
        "waarschuwing voor zulke bestanden en vervangt ze door een toegankelijke versie.</li>"
        "<li>Een aantal praktijken verwijst naar video's op externe platformen. Niet elke video "
        "heeft ondertitels of een uitgeschreven tekst (WCAG 1.2.2 en 1.2.3).</li>"
        "</ul>"
        "<h3>Onevenredige last</h3>"
        "<p>We doen voor geen enkel onderdeel een beroep op onevenredige last.</p>"
        "<h3>Inhoud buiten het toepassingsgebied</h3>"
        "<p>Video's en andere inhoud van derden waarnaar we alleen linken, vallen buiten het "
        "toepassingsgebied van de regelgeving. We kiezen wel zo veel mogelijk bronnen die "
        "toegankelijk zijn.</p>"
        "<h2>Alternatieven</h2>"
        "<p>Heb je een materiaal nodig in een vorm die je wel kunt gebruiken, bijvoorbeeld een "
        "toegankelijke PDF, een Word-versie of de uitgeschreven tekst bij een video? Vraag het via "
        "het adres hieronder. We bezorgen het je binnen tien werkdagen.</p>"
        "<h2>Opstelling van deze verklaring</h2>"
        "<p>Deze verklaring werd opgesteld op 23 november 2026. Ze steunt op een zelfbeoordeling "
        "door het projectteam. Bij elke wijziging aan de website controleren geautomatiseerde "
        "tests elk type pagina met axe-core (WCAG 2.0 en 2.1, niveau A en AA), alleen met het "
        "toetsenbord, op een schermbreedte van 320 pixels en met tekst op 200 procent. We herzien "
        "de verklaring minstens één keer per jaar.</p>"
        "<h2>Feedback en contactgegevens</h2>"
        "<p>Loop je op deze website tegen een drempel aan, of heb je een vraag over de "
        "toegankelijkheid? Meld het via "
        '<a href="mailto:toegankelijkheid@leersteun.example">toegankelijkheid@leersteun.example</a>. '
        "Vermeld de pagina of het materiaal en wat niet lukte. We bevestigen je melding binnen vijf "
        "werkdagen en antwoorden inhoudelijk binnen twintig werkdagen.</p>"
        "<h2>Handhavingsprocedure</h2>"
        "<p>Ben je niet tevreden met ons antwoord, of kreeg je binnen twintig werkdagen geen "
        "antwoord? Dan kun je gratis een klacht indienen bij de Vlaamse Ombudsdienst, via "
        '<a href="https://www.vlaamseombudsdienst.be">www.vlaamseombudsdienst.be</a>.</p>'
    ),
}

PRIVACY = {
    "slug": "privacy",
    "title": "Privacyverklaring",
    "intro": (
        "<p>De materialenbank verzamelt zo weinig persoonsgegevens als mogelijk. Je kunt alles "
        "lezen en downloaden zonder account, zonder cookies en zonder dat iemand je volgt.</p>"
    ),
    "body": (
        "<h2>Wie is verantwoordelijk?</h2>"
        "<p>De materialenbank is een initiatief van het project Professionalisering Leersteun van "
        "de CLB-netwerken en Prodia. Vragen over je gegevens stel je via "
        '<a href="mailto:privacy@leersteun.example">privacy@leersteun.example</a>. Dat adres '
        "bereikt ook de functionaris voor gegevensbescherming.</p>"
        "<h2>Welke gegevens, waarom en hoe lang?</h2>"
        "<h3>Bezoekers</h3>"
        "<p>Van bezoekers bewaart de materialenbank geen persoonsgegevens. Er zijn geen "
        "analyse- of trackingcookies, en de pagina's laden niets van andere websites: "
        "opmaak, scripts en afbeeldingen komen allemaal van deze website zelf. De webserver houdt "
        "technische logbestanden bij (IP-adres, tijdstip, opgevraagde pagina) om storingen en "
        "misbruik op te sporen. Die wissen we na 30 dagen.</p>"
        "<h3>Accounts van medewerkers</h3>"
        "<p>Projectmedewerkers en redacteurs die praktijken invoeren of nalezen, hebben een "
        "account met hun naam, e-mailadres, gebruikersnaam en een versleuteld wachtwoord. De "
        "materialenbank houdt ook bij wie welke versie van een pagina opsloeg, zodat de redactie "
        "wijzigingen kan nalezen. We gebruiken die gegevens alleen om de inhoud te beheren. Een "
        "account wordt gewist binnen drie maanden nadat iemand niet meer aan het project "
        "meewerkt; de versiegeschiedenis blijft dan bewaard, zonder naam.</p>"
        "<p>Wie aanmeldt, krijgt twee noodzakelijke cookies: een sessiecookie die je aangemeld "
        "houdt (vervalt na twee weken of bij het afmelden) en een beveiligingscookie tegen "
        "vervalste formulieren (vervalt na een jaar).</p>"
        "<h3>Inschrijvingen voor studiedagen</h3>"
        "<p>Schrijf je je in voor een studiedag, dan vragen we je naam, je e-mailadres, je CLB of "
        "school en je functie. We gebruiken ze om de dag te organiseren en je te verwittigen als "
        "er iets verandert. Twaalf maanden na de studiedag wissen we ze; alleen anonieme aantallen "
        "per centrum blijven over voor de verspreidingscijfers van het project.</p>"
        "<h3>Contactrollen bij praktijken</h3>"
        "<p>Bij een praktijk staat een contactrol, zoals ‘HGD-coördinator van een CLB’, en nooit "
        "de naam of het persoonlijke e-mailadres van een medewerker. Casussen zijn "
        "geanonimiseerd.</p>"
        "<h2>Met wie delen we gegevens?</h2>"
        "<p>Met niemand buiten het project. We verkopen geen gegevens en geven ze niet door aan "
        "derden.</p>"
        "<h2>Je rechten</h2>"
        "<p>Je kunt je gegevens inzien, laten verbeteren of wissen, de verwerking laten beperken "
        "of er bezwaar tegen maken. Stuur je vraag naar "
        '<a href="mailto:privacy@leersteun.example">privacy@leersteun.example</a>; we antwoorden '
        "binnen een maand. Ben je het niet eens met ons antwoord, dan kun je een klacht indienen "
        "bij de Vlaamse Toezichtcommissie voor de verwerking van persoonsgegevens, via "
        '<a href="https://www.vlaamsetoezichtcommissie.be">www.vlaamsetoezichtcommissie.be</a>.</p>'
        "<p>Deze verklaring werd laatst bijgewerkt op 23 november 2026.</p>"
    ),
}


def create_pages(apps, schema_editor):
    home = home_page(apps)
    if home is None:
        return
    for data in (ACCESSIBILITY, PRIVACY):
        create_child_page(apps, home, "leersteun", "ContentPage", show_in_menus=False, **data)


class Migration(migrations.Migration):
    dependencies = [
        ("leersteun", "0002_create_homepage"),
    ]

    operations = [migrations.RunPython(create_pages, migrations.RunPython.noop)]
