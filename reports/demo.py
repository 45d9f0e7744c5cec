"""Demo content of the reports app: the final report page (its figures come from the data)."""

import datetime

from .models import FinalReportPage

GOALS = (
    "<p>Het project Professionalisering Leersteun versterkt drie kernactiviteiten van de CLB's: "
    "consultatieve leerlingenbegeleiding, handelingsgericht advies en handelingsgerichte "
    "diagnostiek. Zo toont het dat classificerende diagnostiek niet altijd nodig is om te "
    "bepalen welk verslag een leerling nodig heeft.</p>"
    "<h3>Doelen</h3><ul>"
    "<li>Goede praktijken verzamelen, verfijnen, ontwikkelen en uitproberen in vijf "
    "anker-CLB's.</li>"
    "<li>Casussen documenteren waarin classificerende diagnostiek niet nodig was.</li>"
    "<li>Succesfactoren, randvoorwaarden, valkuilen en obstakels in kaart brengen, met "
    "aanbevelingen aan overheid, onderwijs en CLB's.</li>"
    "<li>Alles verspreiden naar alle centra: materialenbank, studiedagen en Prodia.</li>"
    "</ul>"
)


def load_final_report(home):
    """The final report page under the home page, once; editors keep its goals up to date."""
    if FinalReportPage.objects.exists():
        return
    report = FinalReportPage(
        title="Eindrapport Professionalisering Leersteun",
        slug="eindrapport",
        goals=GOALS,
        period_start=datetime.date(2022, 9, 1),
        period_end=datetime.date(2024, 12, 31),
        show_in_menus=False,
    )
    home.add_child(instance=report)
    report.save_revision().publish()
