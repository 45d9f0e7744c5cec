"""The spread dashboard's charts, built from `dissemination.figures`.

Each chart has a name (its CSV is `cijfers/<name>/` under the dashboard page); the page and
the CSV download build it with the same function, so both always show the same figures.
"""

from django.utils.translation import gettext as _

from leersteun.charts import Chart, Link, bar_chart, line_chart
from network.maturity import MaturityLevel
from network.svgmap import shaded_map

from . import figures
from .models import AdoptionStatus
from .studyday_figures import study_day_rows


def practice_rows():
    """[(core activity name, [live practices per maturity level])]: the chart's rows."""
    return [
        (activity.name, [counts[level.value] for level in MaturityLevel])
        for activity, counts in figures.practices_per_core_activity()
    ]


def practices_chart(centres, request):
    return bar_chart(
        _("Gepubliceerde praktijken per kernactiviteit en niveau van uitwerking"),
        practice_rows(),
        series=[str(level.label) for level in MaturityLevel],
        label_header=_("Kernactiviteit"),
    )


def status_chart(centres, request):
    counts = figures.adoptions_per_status(centres)
    return bar_chart(
        _("Adopties per status"),
        [(str(status.label), counts[status.value]) for status in AdoptionStatus],
        label_header=_("Status"),
        value_header=_("Adopties"),
    )


def reach_table(centres, request):
    """The figures of the shaded map, which is drawn from the same rows (`chart.map`)."""
    rows = figures.reach_per_province(centres)
    chart = Chart(
        kind="table",
        title=_("Centra buiten het lerend netwerk bereikt, per provincie"),
        height=0,
        headers=[_("Provincie"), _("Centra"), _("Bereikt"), _("Aandeel (%)")],
        rows=[
            [str(row.province.label), row.centres, row.reached, round(row.share * 100)]
            for row in rows
        ],
    )
    chart.map = shaded_map({row.province: row.share for row in rows})
    return chart


def timeline_chart(centres, request):
    return line_chart(
        _("Adopties doorheen de tijd (cumulatief, per maand)"),
        figures.cumulative_adoptions_per_month(centres),
        label_header=_("Maand"),
        value_header=_("Adopties tot en met die maand"),
    )


def top_practices_chart(centres, request):
    practices = figures.most_adopted_practices(centres)
    return bar_chart(
        _("Meest overgenomen praktijken (in gebruik of verankerd)"),
        [(Link(page.title, page.get_url(request)), page.adopting) for page in practices],
        label_header=_("Praktijk"),
        value_header=_("Centra"),
    )


def study_days_chart(centres, request):
    """Registrations per study day, split so the segments add up: attended, registered but not
    (yet) attended, and the waiting list."""
    rows = [
        (
            Link(f"{day['title']} ({day['date']:%d-%m-%Y})", day["url"]),
            [day["attended"], day["registered"] - day["attended"], day["waitlisted"]],
        )
        # Unfiltered, registrations from other organisations (no centre) count too.
        for day in study_day_rows(centres if centres.query.has_filters() else None)
    ]
    return bar_chart(
        _("Studiedagen: inschrijvingen en aanwezigheid"),
        rows,
        series=[_("Aanwezig"), _("Ingeschreven, niet aanwezig"), _("Wachtlijst")],
        label_header=_("Studiedag"),
    )


CHARTS = {
    "praktijken-per-kernactiviteit": practices_chart,
    "adopties-per-status": status_chart,
    "bereik-per-provincie": reach_table,
    "adopties-per-maand": timeline_chart,
    "meest-overgenomen": top_practices_chart,
    "studiedagen": study_days_chart,
}


def build_charts(centres, request, csv_url):
    """{name with underscores, for templates: Chart}; `csv_url(name)` gives each download."""
    charts = {}
    for name, build in CHARTS.items():
        chart = build(centres, request)
        chart.csv_url = csv_url(name)
        charts[name.replace("-", "_")] = chart
    return charts
