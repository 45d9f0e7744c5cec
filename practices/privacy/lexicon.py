"""Word lists of the privacy guard: Belgian places, Flemish names and the allowlist.

The lists live in ``data/`` as plain text (one entry a line, ``#`` for comments) so
that editors can extend them without touching code. Each is read once per process.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

DATA_DIR = Path(__file__).resolve().parent / "data"

#: Cities so large that naming one alone does not narrow a pupil down; they are
#: only reported next to a rare combination (see ``RARE_MARKER_RE``).
LARGE_PLACES = frozenset(
    {
        "Antwerpen",
        "Gent",
        "Brussel",
        "Brugge",
        "Leuven",
        "Mechelen",
        "Aalst",
        "Kortrijk",
        "Hasselt",
        "Oostende",
        "Sint-Niklaas",
        "Genk",
        "Roeselare",
        "Luik",
        "Namen",
        "Charleroi",
        "Bergen",
    }
)

#: Place names that are also ordinary Dutch words (or common first names): only
#: reported after a locative cue such as "in", "uit" or "te".
AMBIGUOUS_PLACES = frozenset(
    {
        "As",
        "Aat",
        "Appels",
        "Balen",
        "Bazel",
        "Bergen",
        "Bever",
        "Boom",
        "Brecht",
        "Bree",
        "Damme",
        "Doel",
        "Egem",
        "Essen",
        "Geel",
        "Gits",
        "Halen",
        "Halle",
        "Ham",
        "Haren",
        "Heers",
        "Heist",
        "Herne",
        "Hoei",
        "Hove",
        "Kapellen",
        "Keiem",
        "Komen",
        "Laken",
        "Landen",
        "Lauwe",
        "Lede",
        "Lessen",
        "Lier",
        "Lille",
        "Lint",
        "Linter",
        "Loker",
        "Luik",
        "Marke",
        "Meise",
        "Melle",
        "Mol",
        "Namen",
        "Niel",
        "Peer",
        "Pelt",
        "Proven",
        "Putte",
        "Spiere",
        "Staden",
        "Vorst",
        "Waver",
        "Wellen",
        "Werken",
        "Zele",
    }
)

#: Words that, in the same sentence as a place, make the combination rare
#: enough to point at one pupil (a rare condition, a unique family situation ...).
RARE_MARKER_RE = re.compile(
    r"(?i)\b(?:syndroom|zeldzame?|cochleair|CI-drager|rolstoel|tweeling|drieling|"
    r"vierling|enige\s+(?:leerling|kind|kleuter|meisje|jongen|dove|blinde)|enig\s+kind|"
    r"pleeggezin|pleegkind|geadopteerd|adoptie|vluchteling|nieuwkomer|doof|dove|blind|"
    r"blinde|slechtziend|gebarentaal|sonde(?:voeding)?|epilepsie|transplantatie|"
    r"leukemie|kanker|amputatie|prothese|spierziekte|Duchenne|Tourette|Prader-Willi|"
    r"overleden|overlijden|gevangenis|zelfdoding|suïcide|ongeval|mishandeling|misbruik)"
)


def _read_list(name: str) -> list[str]:
    items = []
    with open(DATA_DIR / name, encoding="utf-8") as handle:
        for line in handle:
            line = line.strip()
            if line and not line.startswith("#"):
                items.append(line)
    return items


def _alternation(items: list[str]) -> str:
    # Longest first, so that "Sint-Jans-Molenbeek" wins over "Molenbeek".
    ordered = sorted(set(items), key=lambda item: (-len(item), item))
    return "|".join(re.escape(item).replace(r"\ ", r"[ \t]+") for item in ordered)


def _word_regex(items: list[str]) -> re.Pattern[str]:
    return re.compile(r"(?<![\w'’-])(?:" + _alternation(items) + r")(?![\w'’-])")


@cache
def places() -> frozenset[str]:
    return frozenset(_read_list("plaatsen.txt"))


@cache
def place_regex() -> re.Pattern[str]:
    return _word_regex(sorted(places()))


@cache
def first_name_regex() -> re.Pattern[str]:
    return _word_regex(_read_list("voornamen.txt"))


@cache
def deduce_first_names() -> frozenset[str]:
    """Deduce's raw first-name list, before it drops names that are also common words
    ("Ilias"); used only to extend a name that was already found."""
    import importlib.util

    spec = importlib.util.find_spec("deduce")
    if spec is None or spec.origin is None:
        return frozenset()
    path = Path(spec.origin).parent / "data/lookup/src/names/lst_first_name/items.txt"
    try:
        with open(path, encoding="utf-8") as handle:
            return frozenset(line.strip() for line in handle if line.strip())
    except OSError:
        return frozenset()


def is_first_name(word: str) -> bool:
    return word in deduce_first_names() or first_name_regex().fullmatch(word) is not None


@cache
def surname_regex() -> re.Pattern[str]:
    return _word_regex(_read_list("achternamen.txt"))


@cache
def allowlist() -> frozenset[str]:
    """Allowlisted entries, lower-cased, for comparing a whole finding's text."""
    return frozenset(item.lower() for item in _read_list("toegestaan.txt"))


@cache
def allowlist_regex() -> re.Pattern[str]:
    return _word_regex(_read_list("toegestaan.txt"))


def normalise(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().lower()


def is_allowlisted(text: str) -> bool:
    return normalise(text) in allowlist()
