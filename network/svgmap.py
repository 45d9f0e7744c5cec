"""A simplified map of Flanders' five provinces and Brussels, drawn as inline SVG.

Shapes are schematic (a few dozen points each, in a 600 × 240 view box, west on the left); the
anchor centres are placed on the marker point of their province and numbered like the table.
"""

from .models import Province

VIEW_BOX = "0 0 600 240"
MARKER_SPACING = 16

# province -> (polygon points, label position, marker position)
SHAPES = {
    Province.WEST_VLAANDEREN: (
        "6,98 40,70 92,34 118,42 142,52 150,96 146,140 140,172 118,190 96,176 "
        "70,166 46,160 28,150 14,128",
        (70, 118),
        (66, 140),
    ),
    Province.OOST_VLAANDEREN: (
        "142,52 176,44 214,50 248,40 280,46 276,76 268,104 262,122 256,150 "
        "254,176 226,194 200,196 168,188 140,172 146,140 150,96",
        (200, 96),
        (230, 134),
    ),
    Province.ANTWERPEN: (
        "280,46 300,18 334,12 362,26 398,14 430,16 462,34 474,48 470,84 462,102 "
        "424,112 382,118 342,122 300,120 262,122 268,104 276,76",
        (380, 64),
        (306, 84),
    ),
    Province.LIMBURG: (
        "474,48 504,38 536,44 560,70 590,100 588,140 578,170 552,188 520,184 "
        "494,172 476,150 462,102 470,84",
        (528, 112),
        (520, 80),
    ),
    Province.VLAAMS_BRABANT: (
        "262,122 300,120 342,122 382,118 424,112 462,102 476,150 494,172 480,200 "
        "446,214 400,220 350,216 310,212 278,204 254,176 256,150",
        (410, 170),
        (430, 150),
    ),
    Province.BRUSSEL: (
        "298,150 312,142 328,146 334,160 326,174 310,178 298,168",
        (316, 196),
        (316, 161),
    ),
}


def network_map(centres):
    """The provinces with the given centres placed on them, numbered in the given order."""
    markers = {province: [] for province in SHAPES}
    for number, centre in enumerate(centres, start=1):
        markers[centre.province].append((number, centre))
    provinces = []
    for province, (points, (label_x, label_y), (marker_x, marker_y)) in SHAPES.items():
        placed = markers[province]
        first_x = marker_x - MARKER_SPACING * (len(placed) - 1) / 2
        provinces.append(
            {
                "slug": province.value,
                "name": province.label,
                "points": points,
                "label_x": label_x,
                "label_y": label_y,
                "markers": [
                    {
                        "number": number,
                        "centre": centre,
                        "x": first_x + i * MARKER_SPACING,
                        "y": marker_y,
                    }
                    for i, (number, centre) in enumerate(placed)
                ],
            }
        )
    return {"view_box": VIEW_BOX, "provinces": provinces}


# Shades for a share (0–1), light to dark: (lower bound, fill, legend label). Labels are drawn
# dark on a white halo (site.css), readable on every shade.
SHADE_CLASSES = (
    (0.0, "#f1f4f5", "0 %"),
    (0.0001, "#c6e2e6", "1–24 %"),
    (0.25, "#7fbcc6", "25–49 %"),
    (0.50, "#2f8797", "50–74 %"),
    (0.75, "#0b5563", "75–100 %"),
)


def shade_for(share):
    """The last shade class whose lower bound the share reaches."""
    return [shade for shade in SHADE_CLASSES if share >= shade[0]][-1]


def shaded_map(shares):
    """The provinces filled by a share each ({province: share 0–1}); the share is also written
    on the province, so colour is never the only carrier."""
    provinces = []
    for province, (points, (label_x, label_y), _marker) in SHAPES.items():
        share = shares.get(province, 0.0)
        _bound, fill, _label = shade_for(share)
        provinces.append(
            {
                "slug": province.value,
                "name": province.label,
                "points": points,
                "label_x": label_x,
                "label_y": label_y,
                "fill": fill,
                "percentage": round(share * 100),
            }
        )
    legend = [{"fill": fill, "label": label} for _bound, fill, label in SHADE_CLASSES]
    return {"view_box": VIEW_BOX, "provinces": provinces, "legend": legend}
