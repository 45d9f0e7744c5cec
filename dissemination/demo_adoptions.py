"""Demo adoptions (olievlek): 40 adoptions by 15 centres outside the network, 2023–2025.

Every status occurs; each adoption's history climbs from "interesse" to its current status a
few months per step, so the dashboard's timeline and several "verspreid" practices have
something to show. Two adoptions are unconfirmed public reports waiting for the editors.
`load_adoptions` is idempotent: an adoption that exists (practice, centre) is kept as it is.
"""

import datetime

from network.models import Centre
from practices.models import PracticePage

from .models import Adoption, AdoptionStatus, SpreadDashboardPage

DASHBOARD_INTRO = (
    "<p>Hoe ver geraken de goede praktijken buiten de vijf anker-CLB's? Alle cijfers op deze "
    "pagina komen rechtstreeks uit de registraties van adopties en worden niet overgetypt.</p>"
)
CENTRES = [
    "vrij-clb-kempen",
    "vrij-clb-mechelen-rupel",
    "vrij-clb-regio-gent",
    "vrij-clb-leuven",
    "vrij-clb-limburg",
    "vrij-clb-brugge",
    "vrij-clb-brussel",
    "go-clb-antwerpen",
    "go-clb-gent",
    "go-clb-vlaams-brabant-oost",
    "go-clb-kortrijk-roeselare",
    "stedelijk-clb-antwerpen",
    "clb-stad-gent",
    "stedelijk-clb-genk",
    "provinciaal-clb-west-vlaanderen",
]
ADOPTION_COUNT = 40
PRACTICE_COUNT = 12
UNCONFIRMED = 2  # the last ones: public reports not yet confirmed
FIRST_START = datetime.date(2023, 1, 16)
DAYS_BETWEEN_STARTS = 24
DAYS_PER_STEP = 75
LAST_DATE = datetime.date(2025, 12, 15)
# The path to each final status, in order of the statuses' occurrence in the cycle below.
PATHS = {
    AdoptionStatus.INTEREST: [AdoptionStatus.INTEREST],
    AdoptionStatus.EXPLORING: [AdoptionStatus.INTEREST, AdoptionStatus.EXPLORING],
    AdoptionStatus.IN_USE: [
        AdoptionStatus.INTEREST,
        AdoptionStatus.EXPLORING,
        AdoptionStatus.IN_USE,
    ],
    AdoptionStatus.EMBEDDED: [
        AdoptionStatus.EXPLORING,
        AdoptionStatus.IN_USE,
        AdoptionStatus.EMBEDDED,
    ],
    AdoptionStatus.STOPPED: [
        AdoptionStatus.INTEREST,
        AdoptionStatus.EXPLORING,
        AdoptionStatus.STOPPED,
    ],
}
# Final statuses in turn; "in gebruik" and "verankerd" most often, as in a real oil spot.
CYCLE = [
    AdoptionStatus.IN_USE,
    AdoptionStatus.EXPLORING,
    AdoptionStatus.EMBEDDED,
    AdoptionStatus.INTEREST,
    AdoptionStatus.IN_USE,
    AdoptionStatus.STOPPED,
    AdoptionStatus.EMBEDDED,
]
HELPED = [
    "Een vaste collega die de praktijk trok en de anker-CLB die meekeek bij de eerste casussen.",
    "De stappenplannen uit de materialenbank; we moesten weinig zelf maken.",
    "Steun van de directie en tijd in het teamoverleg om ervaringen te delen.",
    "",
]
HINDERED = [
    "Weinig tijd naast de verslagen die scholen vragen.",
    "",
    "Scholen verwachtten eerst een label; het gesprek daarover kostte tijd.",
    "Wisselende zorgcoördinatoren op de scholen.",
]
CONTACT_ROLES = ["zorgcoördinator van het CLB", "HGD-coördinator", "teamverantwoordelijke", ""]


def get_or_create_dashboard(home):
    page = SpreadDashboardPage.objects.first()
    if page is None:
        page = SpreadDashboardPage(
            title="Verspreiding", slug="verspreiding", intro=DASHBOARD_INTRO, show_in_menus=True
        )
        home.add_child(instance=page)
        page.save_revision().publish()
    return page


def history(index, final_status):
    """[(status, date)] from the adoption's start, one step every DAYS_PER_STEP days."""
    start = FIRST_START + datetime.timedelta(days=DAYS_BETWEEN_STARTS * index)
    return [
        (status, min(start + datetime.timedelta(days=DAYS_PER_STEP * step), LAST_DATE))
        for step, status in enumerate(PATHS[final_status])
    ]


def load_adoptions(home, stdout=None):
    get_or_create_dashboard(home)
    centres = {centre.slug: centre for centre in Centre.objects.filter(slug__in=CENTRES)}
    practices = list(PracticePage.objects.live().order_by("pk")[:PRACTICE_COUNT])
    added = 0
    for index in range(ADOPTION_COUNT):
        centre = centres[CENTRES[index % len(CENTRES)]]
        # A centre's adoptions are 15 apart: 76 and 152 steps on, never on the same practice.
        practice = practices[(index * 5 + index // len(CENTRES)) % len(practices)]
        if Adoption.objects.filter(practice=practice, centre=centre).exists():
            continue
        final_status = CYCLE[index % len(CYCLE)]
        adoption = Adoption.objects.create(
            practice=practice,
            centre=centre,
            helped=HELPED[index % len(HELPED)],
            hindered=HINDERED[index % len(HINDERED)],
            contact_role=CONTACT_ROLES[index % len(CONTACT_ROLES)],
            confirmed=index < ADOPTION_COUNT - UNCONFIRMED,
            reported_publicly=index % 4 == 0 or index >= ADOPTION_COUNT - UNCONFIRMED,
        )
        for status, date in history(index, final_status):
            adoption.record_status(status, date)
        added += 1
    if stdout:
        stdout.write(f"  adopties: {added} toegevoegd")
