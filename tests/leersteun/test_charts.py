import re

from django.template.loader import render_to_string
from django.utils import translation

from leersteun.charts import bar_chart, line_chart, nice_maximum


def test_nice_maximum_rounds_up_to_a_readable_scale():
    assert [nice_maximum(v) for v in (0, 1, 3, 7, 11, 26, 240)] == [1, 1, 5, 10, 20, 50, 250]


def test_stacked_bar_widths_are_proportional_and_the_table_carries_the_totals():
    chart = bar_chart(
        "Praktijken",
        [("Consult", [2, 1]), ("Advies", [0, 4])],
        series=["A", "B"],
        label_header="Kern",
    )
    rects = [shape for shape in chart.shapes if shape["type"] == "rect"]
    # The scale is 5 (the nice maximum of 4): 2/5, 1/5 and 4/5 of the bar; the 0 is not drawn.
    assert [r["width"] for r in rects] == [224.0, 112.0, 448.0]
    assert chart.headers == ["Kern", "A", "B", "Totaal"]
    assert chart.rows == [["Consult", 2, 1, 3], ["Advies", 0, 4, 4]]


def test_line_chart_puts_the_largest_value_on_top_and_zero_on_the_axis():
    chart = line_chart("Adopties", [("2024-01", 0), ("2024-02", 5), ("2024-03", 10)])
    ys = [shape["y"] for shape in chart.shapes]
    assert ys[0] == chart.axis["bottom"] and ys[2] == chart.axis["top"]
    assert ys[1] == (chart.axis["top"] + chart.axis["bottom"]) / 2
    assert [tick["text"] for tick in chart.axis["y_ticks"]] == ["0", "2,5", "5", "7,5", "10"]


def test_figure_renders_svg_hidden_from_screen_readers_and_a_table():
    html = render_to_string(
        "leersteun/charts/figure.html",
        {
            "chart": bar_chart(
                "Status", [("in gebruik", 3)], label_header="Status", csv_url="/x.csv"
            )
        },
    )
    assert 'aria-hidden="true"' in html and "<table>" in html and 'href="/x.csv"' in html
    assert "in gebruik" in html and ">3<" in html
    empty = render_to_string("leersteun/charts/figure.html", {"chart": bar_chart("Leeg", [])})
    assert "Nog geen gegevens." in empty and "<svg" not in empty


def test_svg_coordinates_keep_a_decimal_point_in_dutch():
    """nl-BE formats 12.5 as "12,5", which SVG reads as no number: the shapes would vanish."""
    with translation.override("nl-be"):
        html = render_to_string(
            "leersteun/charts/figure.html", {"chart": bar_chart("Status", [("a", 3), ("b", 7)])}
        )
    assert re.search(r'<rect x="[\d.]+" y="\d+" width="\d+\.\d"', html)
    assert not re.search(r'(x|y|width)="\d+,\d', html)


def test_line_chart_x_labels_never_crowd_the_last_one():
    points = [(f"m{i}", i) for i in range(30)]
    labels = line_chart("Adopties", points).axis["x_labels"]
    assert labels[0]["text"] == "m0" and labels[-1]["text"] == "m29"
    gaps = [b["x"] - a["x"] for a, b in zip(labels, labels[1:], strict=False)]
    assert min(gaps) >= max(gaps) / 2
