"""Word lists of the privacy guard: Belgian places, Flemish names and the allowlist.

The lists live in ``data/`` as plain text (one entry a line, ``#`` for comments) so
that editors can extend them without touching code. Each is read once per process.
"""

from __future__ import annotations

import csv
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
        "Forest",
        "Geel",
        "Gits",
        "Halen",
        "Halle",
        "Ham",
        "Haren",
        "Heers",
        "Heffen",
        "Heist",
        "Herne",
        "Hoei",
        "Hove",
        "Kapellen",
        "Keiem",
        "Komen",
        "Laken",
        "Landen",
        "Lauw",
        "Lauwe",
        "Lede",
        "Leest",
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
        "Muizen",
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
def municipalities() -> list[dict[str, str]]:
    """The Flemish and Brussels municipalities of ``data/gemeenten.csv``, one dict a row."""
    with open(DATA_DIR / "gemeenten.csv", encoding="utf-8", newline="") as handle:
        rows = (line for line in handle if line.strip() and not line.startswith("#"))
        return list(csv.DictReader(rows, delimiter=";"))


@cache
def places() -> frozenset[str]:
    """Every place name: municipalities (Dutch and French names), deelgemeenten, districts."""
    names = set(_read_list("plaatsen.txt"))
    for row in municipalities():
        names.update(filter(None, (row["naam"], row["franse_naam"])))
    return frozenset(names)


@cache
def place_regex() -> re.Pattern[str]:
    return _word_regex(sorted(places()))


#: Organisations named after their region or town: "Vrij CLB Waas en Dender", "CLB GO!
#: Antwerpen", "Stedelijk CLB Gent". The place in such a name points at no pupil.
_ORGANISATION_PREFIX = (
    r"(?:(?:Vrij|Vrije|Stedelijk|Provinciaal|Gemeentelijk|GO!)[ \t]+)?"
    r"(?:CLB|VCLB|CLB['’]s|Centrum[ \t]+voor[ \t]+Leerlingenbegeleiding|Leersteuncentrum|"
    r"Ondersteuningsnetwerk|Scholengroep|Scholengemeenschap|OCMW|CAW|"
    r"Huis[ \t]+van[ \t]+het[ \t]+Kind|"
    r"Sociaal[ \t]+Huis)"
    r"(?:[ \t]+GO!)?"
)


@cache
def organisation_regex() -> re.Pattern[str]:
    """An organisation's name that holds one or more places ("Waas en Dender")."""
    place = r"(?:" + _alternation(sorted(places() | _regions())) + r")"
    return re.compile(
        r"(?<![\w'’-])"
        + _ORGANISATION_PREFIX
        + r"[ \t]+(?:(?:regio|afdeling|campus)[ \t]+)?"
        + place
        + r"(?:[ \t]*(?:-|en|&)[ \t]*"
        + place
        + r")*(?![\w'’-])"
    )


def _regions() -> set[str]:
    return {"Waas", "Dender", "Waasland", "Kempen", "Westhoek", "Houtland", "Meetjesland"}


#: Systems named like a person: "Lars", the data warehouse of the CLB's.
SYSTEM_NAMES = frozenset({"Lars", "LARS"})
#: Words around a system's name that show it is the system, not a person.
_SYSTEM_CUE_RE = re.compile(
    r"(?i)\b(?:data[ -]?warehouse|datawarehouse|dashboard|databank|database|rapportering|"
    r"query|export|systeem|platform|applicatie|tabel|registratiesysteem|cijfers\s+uit)\b"
)


def is_system_name(text: str, start: int, end: int, sentence: str) -> bool:
    """``text[start:end]`` names a system: all capitals, or a system cue in its sentence
    ("het datawarehouse Lars", "de cijfers uit Lars")."""
    word = text[start:end]
    if word not in SYSTEM_NAMES:
        return False
    return word.isupper() or _SYSTEM_CUE_RE.search(sentence) is not None


@cache
def first_name_regex() -> re.Pattern[str]:
    return _word_regex(_read_list("voornamen.txt"))


def _deduce_items(relative: str) -> frozenset[str]:
    import importlib.util

    spec = importlib.util.find_spec("deduce")
    if spec is None or spec.origin is None:
        return frozenset()
    path = Path(spec.origin).parent / "data/lookup/src" / relative / "items.txt"
    try:
        with open(path, encoding="utf-8") as handle:
            return frozenset(line.strip() for line in handle if line.strip())
    except OSError:
        return frozenset()


@cache
def deduce_first_names() -> frozenset[str]:
    """Deduce's raw first-name list, before it drops names that are also common words
    ("Ilias"); used only to extend a name that was already found."""
    return _deduce_items("names/lst_first_name")


@cache
def deduce_surnames() -> frozenset[str]:
    return _deduce_items("names/lst_surname")


@cache
def deduce_common_words() -> frozenset[str]:
    """Deduce's common and stop words, lower-cased."""
    words = _deduce_items("whitelist/lst_common_word") | _deduce_items("whitelist/lst_stop_word")
    return frozenset(word.lower() for word in words)


@cache
def own_first_names() -> frozenset[str]:
    return frozenset(_read_list("voornamen.txt"))


@cache
def own_surnames() -> frozenset[str]:
    return frozenset(_read_list("achternamen.txt"))


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
