"""Server-rendered SVG charts for the dashboards and the final report.

The geometry is computed here; `leersteun/charts/figure.html` draws it as inline SVG (colours as
presentation attributes, so no inline styles are needed under the CSP and WeasyPrint renders it
as vectors) next to a data table with the same figures for screen readers and print.
"""

from dataclasses import dataclass, field
from math import ceil, log10

# Distinct series colours with at least 3:1 contrast against white (WCAG 1.4.11).
PALETTE = ("#0b5563", "#b4461b", "#5b4a9e", "#2f6b2f", "#8a5a00", "#a0236a")

WIDTH = 640
LABEL_HEIGHT = 16
BAR_HEIGHT = 16
ROW_GAP = 10
LEGEND_HEIGHT = 24
PLOT_LEFT = 48
PLOT_TOP = 16
PLOT_HEIGHT = 200
AXIS_HEIGHT = 40


@dataclass(frozen=True)
class Link:
    """A category label that links somewhere (e.g. a practice): text in the SVG and the CSV, a
    link in the data table."""

    text: str
    url: str

    def __str__(self):
        return self.text


@dataclass
class Chart:
    """What the figure template needs: SVG shapes, a legend and the data table."""

    kind: str
    title: str
    height: int
    headers: list
    rows: list
    shapes: list = field(default_factory=list)
    legend: list = field(default_factory=list)
    axis: dict = field(default_factory=dict)
    width: int = WIDTH
    csv_url: str = ""
    # A drawing from the same rows, shown with the table (the dashboard's shaded map).
    map: dict | None = None

    @property
    def view_box(self):
        return f"0 0 {self.width} {self.height}"

    @property
    def is_empty(self):
        return not self.rows


def nice_maximum(value):
    """The smallest 1, 2, 2.5 or 5 times a power of ten at or above value (at least 1)."""
    if value <= 1:
        return 1
    magnitude = 10 ** int(log10(value))
    for step in (1, 2, 2.5, 5, 10):
        if value <= step * magnitude:
            return int(ceil(step * magnitude))
    return int(10 * magnitude)


def bar_chart(title, rows, *, series=None, label_header="", value_header="", csv_url=""):
    """Horizontal (stacked) bars, one row per category.

    rows: [(label, value)] for one series, or [(label, [value per series])] with `series` naming
    the series in order. A label may be a `Link`.
    """
    series = list(series or [])
    normalised = [(label, list(values) if series else [values]) for label, values in rows]
    largest = nice_maximum(max((sum(values) for _, values in normalised), default=0))
    legend_height = LEGEND_HEIGHT if len(series) > 1 else 0
    bar_width = WIDTH - 80
    shapes = []
    y = legend_height
    for label, values in normalised:
        total = sum(values)
        shapes.append({"type": "label", "x": 0, "y": y + LABEL_HEIGHT - 4, "text": label})
        x = 0.0
        for index, value in enumerate(values):
            width = bar_width * value / largest
            if width:
                shapes.append(
                    {
                        "type": "rect",
                        "x": round(x, 1),
                        "y": y + LABEL_HEIGHT,
                        "width": round(width, 1),
                        "height": BAR_HEIGHT,
                        "fill": PALETTE[index % len(PALETTE)],
                        "text": f"{label}: {value}",
                    }
                )
            x += width
        shapes.append(
            {"type": "value", "x": round(x + 6, 1), "y": y + LABEL_HEIGHT + 13, "text": total}
        )
        y += LABEL_HEIGHT + BAR_HEIGHT + ROW_GAP
    legend = [
        {"x": i * (WIDTH // max(len(series), 1)), "label": name, "fill": PALETTE[i % len(PALETTE)]}
        for i, name in enumerate(series)
    ]
    headers = [label_header, *series] if series else [label_header, value_header]
    table_rows = [[label, *values] for label, values in normalised]
    if series:
        headers.append("Totaal")
        table_rows = [[*row, sum(row[1:])] for row in table_rows]
    return Chart(
        kind="bar",
        title=title,
        height=max(y, legend_height + 20),
        headers=headers,
        rows=table_rows,
        shapes=shapes,
        legend=legend if len(series) > 1 else [],
        csv_url=csv_url,
    )


def line_chart(title, points, *, label_header="", value_header="", csv_url=""):
    """A line through [(label, value)] in order, e.g. a cumulative count per month."""
    largest = nice_maximum(max((value for _, value in points), default=0))
    plot_width = WIDTH - PLOT_LEFT - 16
    step = plot_width / max(len(points) - 1, 1)
    coordinates = [
        (
            round(PLOT_LEFT + i * step, 1),
            round(PLOT_TOP + PLOT_HEIGHT - PLOT_HEIGHT * value / largest, 1),
        )
        for i, (_, value) in enumerate(points)
    ]
    # At most about eight x labels, always the first and the last; a regular label too close to
    # the last one gives way, so the two never overlap.
    every = max(1, ceil(len(points) / 8))
    last = len(points) - 1
    x_labels = [
        {"x": x, "text": label}
        for i, ((label, _), (x, _y)) in enumerate(zip(points, coordinates, strict=True))
        if i == last or (i % every == 0 and (i == 0 or last - i >= every / 2))
    ]
    y_ticks = [
        {
            "y": round(PLOT_TOP + PLOT_HEIGHT - PLOT_HEIGHT * i / 4, 1),
            "text": f"{largest * i / 4:g}".replace(".", ","),
        }
        for i in range(5)
    ]
    return Chart(
        kind="line",
        title=title,
        height=PLOT_TOP + PLOT_HEIGHT + AXIS_HEIGHT,
        headers=[label_header, value_header],
        rows=[[label, value] for label, value in points],
        shapes=[
            {"x": x, "y": y, "text": f"{p[0]}: {p[1]}"}
            for (x, y), p in zip(coordinates, points, strict=True)
        ],
        axis={
            "points": " ".join(f"{x},{y}" for x, y in coordinates),
            "left": PLOT_LEFT,
            "right": WIDTH - 16,
            "top": PLOT_TOP,
            "bottom": PLOT_TOP + PLOT_HEIGHT,
            "x_labels": x_labels,
            "y_ticks": y_ticks,
            "label_y": PLOT_TOP + PLOT_HEIGHT + 18,
        },
        csv_url=csv_url,
    )
