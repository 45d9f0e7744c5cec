"""Belgian (Flemish) rules that Deduce, tuned for Dutch medical text, lacks.

Every ``find_*`` function takes the full text and returns :class:`Candidate` spans
with character offsets into it. The engine merges them with Deduce's annotations.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import cache

from . import lexicon
from .finding import (
    ADRES,
    ANDERE,
    DATUM,
    EMAIL,
    NAAM,
    PLAATS,
    RIJKSREGISTERNUMMER,
    SCHOOL,
    TELEFOON,
)

#: Internal kind for an age; the engine keeps it (as ``andere``) only next to a
#: birth date.
LEEFTIJD = "leeftijd"


@dataclass(frozen=True)
class Candidate:
    """A span proposed by a rule or by Deduce, before overlaps are resolved."""

    start: int
    end: int
    kind: str
    #: Breaks ties between kinds: a place after "in"/"uit"/"te" beats a person name.
    boost: int = 0
    source: str = "rule"


# --------------------------------------------------------------------------------------
# Rijksregisternummer


@dataclass(frozen=True)
class RijksregisterInfo:
    digits: str
    born_after_1999: bool
    #: ``None`` for a rijksregisternummer, 20 or 40 for a bis number (month + 20 / + 40).
    bis_offset: int | None
    birth_month: int
    birth_day: int


def _separators_ok(value: str) -> bool:
    return re.fullmatch(r"\d{2}[.\- ]?\d{2}[.\- ]?\d{2}[.\- ]?\d{3}[.\- ]?\d{2}", value) is not None


def _rijksregister_shape(value: str) -> tuple[str, int, int, int | None] | None:
    """(digits, birth month, birth day, bis offset) of a number written as a
    rijksregisternummer (with a possible birth date in front), checksum not checked."""
    value = value.strip()
    if not _separators_ok(value):
        return None
    digits = re.sub(r"\D", "", value)
    if len(digits) != 11:
        return None
    month, day = int(digits[2:4]), int(digits[4:6])
    bis_offset: int | None = None
    if 20 <= month <= 32:
        bis_offset, month = 20, month - 20
    elif 40 <= month <= 52:
        bis_offset, month = 40, month - 40
    if month > 12 or day > 31:
        return None
    return digits, month, day, bis_offset


def looks_like_rijksregisternummer(value: str) -> bool:
    """Written as a rijksregisternummer, whatever its check digits: a mistyped real number
    identifies as much as a correct one."""
    return _rijksregister_shape(value) is not None


def parse_rijksregisternummer(value: str) -> RijksregisterInfo | None:
    """Validate a rijksregisternummer or bis number; ``None`` when it is not valid.

    The last two digits are ``97 - (first nine digits mod 97)``; for people born
    from 2000 on, the nine digits are prefixed with a "2" before taking the modulo.
    Bis numbers add 20 (gender unknown at registration) or 40 (gender known) to the
    month; a month or day of 00 stands for an unknown birth date.
    """
    shape = _rijksregister_shape(value)
    if shape is None:
        return None
    digits, month, day, bis_offset = shape
    body, check = digits[:9], int(digits[9:])
    if 97 - int(body) % 97 == check:
        born_after_1999 = False
    elif 97 - int("2" + body) % 97 == check:
        born_after_1999 = True
    else:
        return None
    return RijksregisterInfo(
        digits=digits,
        born_after_1999=born_after_1999,
        bis_offset=bis_offset,
        birth_month=month,
        birth_day=day,
    )


def is_valid_rijksregisternummer(value: str) -> bool:
    return parse_rijksregisternummer(value) is not None


_RRN_RE = re.compile(
    r"(?<![\w.])(?<!\d[.\- ])\d{2}[.\- ]?\d{2}[.\- ]?\d{2}[.\- ]?\d{3}[.\- ]?\d{2}(?![.\- ]?\d)"
)


def find_rijksregisternummers(text: str) -> list[Candidate]:
    return [
        Candidate(m.start(), m.end(), RIJKSREGISTERNUMMER)
        for m in _RRN_RE.finditer(text)
        if looks_like_rijksregisternummer(m.group())
    ]


# --------------------------------------------------------------------------------------
# Phone numbers, e-mail and other identifiers

_PHONE_RE = re.compile(
    r"""
    (?<![\w+])(?<!\d[ ./-])
    (?P<prefix>(?:\+|00)[ ]?32[ ]?(?:\(0\)[ ]?)?|\(0|0)
    (?P<body>[1-9](?:\)?[ ./-]{0,2}\d){6,9})
    (?![ ./-]?\d)
    """,
    re.VERBOSE,
)


def _is_belgian_number(national: str) -> bool:
    # Mobile numbers are 04xx xx xx xx (nine digits after the 0); fixed lines and
    # 0800/090x numbers have eight.
    if re.match(r"4[5-9]", national):
        return len(national) == 9
    return len(national) == 8


def find_phone_numbers(text: str) -> list[Candidate]:
    found = []
    for m in _PHONE_RE.finditer(text):
        national = re.sub(r"\D", "", m.group("body"))
        if m.group("body").count("-") > 2 or not _is_belgian_number(national):
            continue
        found.append(Candidate(m.start(), m.end(), TELEFOON))
    return found


_EMAIL_RE = re.compile(
    r"(?<![\w.+-])[A-Za-z0-9][\w.+-]*@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}(?![\w-])"
)


def find_emails(text: str) -> list[Candidate]:
    return [Candidate(m.start(), m.end(), EMAIL) for m in _EMAIL_RE.finditer(text)]


_IDENTIFIER_RE = re.compile(
    r"(?i:\b(?:rijksregister(?:nummer|nr\.?)?|RRN|INSZ(?:-?nummer)?|identificatienummer|"
    r"dossiernummer|dossiernr\.?|leerlingnummer|leerlingnr\.?|stamboeknummer|"
    r"studentennummer|patiëntnummer|klantnummer|kaartnummer|BSN))"
    r"[ \t]*(?:is|:|#)?[ \t]*(?P<value>[A-Z0-9][\w./-]*\d[\w./-]*?)(?=[.,;:)]?(?:\s|$))"
)
_IBAN_RE = re.compile(r"\bBE\d{2}(?:[ ]?\d{4}){3}\b")
_HANDLE_RE = re.compile(r"(?<![\w.@])@[A-Za-z0-9_][A-Za-z0-9_.]{2,}[A-Za-z0-9_]")
_PLATE_RE = re.compile(r"\b[1-9]-[A-Z]{3}-\d{3}\b")


def find_other_identifiers(text: str) -> list[Candidate]:
    found = [
        Candidate(m.start("value"), m.end("value"), ANDERE) for m in _IDENTIFIER_RE.finditer(text)
    ]
    for regex in (_IBAN_RE, _HANDLE_RE, _PLATE_RE):
        found.extend(Candidate(m.start(), m.end(), ANDERE) for m in regex.finditer(text))
    return found


# --------------------------------------------------------------------------------------
# Dates and ages

_MONTHS = (
    r"(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|"
    r"december|jan\.?|febr?\.?|mrt\.?|apr\.?|jun\.?|jul\.?|aug\.?|sept?\.?|okt\.?|nov\.?|dec\.?)"
)
_WEEKDAYS = r"(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)"
_DAY = r"(?:0?[1-9]|[12]\d|3[01])"
_NUM_MONTH = r"(?:0?[1-9]|1[0-2])"

_DATE_RES = (
    # 12/03/2014, 12-03-2014, 12.03.2014, 12/03/14
    re.compile(
        r"(?<![\d./-])" + _DAY + r"(?P<sep>[./-])" + _NUM_MONTH + r"(?P=sep)"
        r"(?:(?:19|20)\d{2}|\d{2})(?![\d]|[./-]\d)"
    ),
    # 12 03 2014
    re.compile(r"(?<![\d ])" + _DAY + r" " + _NUM_MONTH + r" (?:19|20)\d{2}(?![\d])"),
    # 2014-03-12
    re.compile(
        r"(?<![\d./-])(?:19|20)\d{2}(?P<sep>[./-])"
        + _NUM_MONTH
        + r"(?P=sep)"
        + _DAY
        + r"(?![\d]|[./-]\d)"
    ),
    # (maandag) 12 maart 2014, 1ste mei '14
    re.compile(
        r"(?i)(?<![\d])(?:"
        + _WEEKDAYS
        + r"[ \t]+)?"
        + _DAY
        + r"(?:ste|de|e)?[ \t]+"
        + _MONTHS
        + r"[ \t]+(?:(?:19|20)\d{2}|['’]\d{2})(?!\d)"
    ),
)

# A birth cue makes partial dates identifying too: "geboren op 3 mei", "° maart 2014".
_BIRTH_CUE = r"(?:geboren|geb\.|°|geboortedatum|verjaardag|verjaart|jarig)"
_BIRTH_DATE_RE = re.compile(
    r"(?i)" + _BIRTH_CUE + r"[ \t:]*(?:(?:op|in|sinds|is)[ \t]+)?(?:" + _WEEKDAYS + r"[ \t]+)?"
    r"(?P<date>" + _DAY + r"(?:ste|de|e)?[ \t]+" + _MONTHS + r"(?:[ \t]+(?:19|20)\d{2})?"
    r"|" + _MONTHS + r"[ \t]+(?:19|20)\d{2}"
    r"|" + _DAY + r"[./-]" + _NUM_MONTH + r"(?![./-]?\d))"
)
BIRTH_CUE_RE = re.compile(r"(?i)(?:\bgeboren\b|\bgeb\.|°|\bgeboortedatum\b|\bgeboortejaar\b)")

_AGE_RE = re.compile(
    r"(?i)(?<![\d,.])\d{1,2}(?:[,.]5)?[ \t-]*(?:jaar|jarige?|jr\.?)(?![\w])"
    r"(?:[ \t]+oud)?(?:[ \t]+en[ \t]+\d{1,2}[ \t]+maand(?:en)?)?"
)


def find_dates(text: str) -> list[Candidate]:
    found = []
    for regex in _DATE_RES:
        found.extend(Candidate(m.start(), m.end(), DATUM) for m in regex.finditer(text))
    found.extend(
        Candidate(m.start("date"), m.end("date"), DATUM) for m in _BIRTH_DATE_RE.finditer(text)
    )
    return found


def find_ages(text: str) -> list[Candidate]:
    return [Candidate(m.start(), m.end(), LEEFTIJD) for m in _AGE_RE.finditer(text)]


#: Short words that start or glue sentences; never part of a name or place.
FUNCTION_WORDS = frozenset(
    [
        "de",
        "het",
        "een",
        "in",
        "op",
        "van",
        "voor",
        "met",
        "naar",
        "bij",
        "als",
        "dat",
        "die",
        "dit",
        "deze",
        "zij",
        "hij",
        "ze",
        "we",
        "wij",
        "ook",
        "toen",
        "nu",
        "daar",
        "hier",
        "waar",
        "wie",
        "wat",
        "zo",
        "maar",
        "en",
        "of",
        "want",
        "dus",
        "na",
        "sinds",
        "tijdens",
    ]
)


# --------------------------------------------------------------------------------------
# Addresses

_STREET_SUFFIX = (
    r"(?:straat|straatje|laan|laantje|lei|steenweg|heirweg|plein|pleintje|dreef|weg|wegel|"
    r"kaai|kade|markt|baan|dijk|hof|pad|singel|vest|ring|berg|veld|akker|kouter|gracht|"
    r"dries|hoek|heide|park|plaats|vliet|dam|brug|poort|boulevard|gang|meers|hoeve|vaart|"
    r"wal|hei)"
)
STREET_SUFFIX_RE = re.compile(r"(?i:" + _STREET_SUFFIX + r")$")
_STREET_WORD = (
    r"(?:Straat|Laan|Lei|Steenweg|Plein|Dreef|Weg|Kaai|Markt|Baan|Dijk|Vest|Heide|Dries|"
    r"Kouter|Ring)"
)
_LOWER_PARTICLE = r"(?:van|de|der|den|ter|ten|het|'t|op|aan|in)"
_CAP_TOKEN = r"[A-ZÀ-Ö][\w'’.]*(?:-[\w'’]+)*"
_STREET = (
    r"(?:(?:" + _CAP_TOKEN + r"|" + _LOWER_PARTICLE + r")[ \t]+){0,3}"
    r"(?:[A-ZÀ-Ö][\w'’-]*?" + _STREET_SUFFIX + r"(?![\w-])|" + _STREET_WORD + r"(?![\w-]))"
)
_HOUSE_NUMBER = (
    r"[ \t]*,?[ \t]*(?:nr\.?[ \t]*)?\d{1,4}(?:[ \t]?[a-zA-Z](?![\w]))?"
    r"(?:[ \t]*-[ \t]*\d{1,4}(?![\d]))?"
    r"(?:[ \t]*(?:bus|b\.|/)[ \t]*\d{1,4}[a-zA-Z]?)?(?![\d])"
)
_ADDRESS_RE = re.compile(r"(?<![\w'’-])" + _STREET + _HOUSE_NUMBER)
# "woont in de Molenstraat": a street without a number still narrows a pupil down.
_BARE_STREET_RE = re.compile(
    r"(?i:\b(?:in|op|aan|langs)[ \t]+de)[ \t]+(?P<street>[A-Z][\w'’-]*?"
    r"(?:straat|laan|lei|steenweg|dreef|plein|kaai|weg|baan|dijk|vest))(?![\w-])"
)
_POSTCODE_RE = re.compile(r"(?<![\w.,/-])(?:B-|BE-|B)?(?P<code>[1-9]\d{3})[ \t]+(?=[A-Z'’])")
_YEAR_CONTEXT_RE = re.compile(
    r"(?i)\b(?:in|sinds|tot|vanaf|van|tegen|voor|na|rond|eind|begin|midden|jaar|"
    r"schooljaar|en|of|tem|t\.e\.m\.)[ \t]+$"
)


def _trim_leading_lowercase(text: str, start: int, end: int) -> int:
    # Drop leading lowercase particles ("in de Kerkstraat 12" -> "Kerkstraat 12").
    while True:
        m = re.match(r"[a-z'][\w']*[ \t]+", text[start:end])
        if not m:
            return start
        start += m.end()


def find_addresses(text: str) -> list[Candidate]:
    found = []
    for m in _ADDRESS_RE.finditer(text):
        start = _trim_leading_lowercase(text, m.start(), m.end())
        found.append(Candidate(start, m.end(), ADRES))
    numbered = list(found)
    for m in _BARE_STREET_RE.finditer(text):
        if not any(c.start <= m.start("street") < c.end for c in numbered):
            found.append(Candidate(m.start("street"), m.end("street"), ADRES))
    place_re = lexicon.place_regex()
    address_ends = {c.end for c in found}
    for m in _POSTCODE_RE.finditer(text):
        code = int(m.group("code"))
        if 1900 <= code <= 2099 and _YEAR_CONTEXT_RE.search(
            text, max(0, m.start() - 20), m.start()
        ):
            continue  # "in 2024 Gent bezoeken": a year, not a postcode
        town = place_re.match(text, m.end())
        if town:
            found.append(Candidate(m.start(), town.end(), ADRES))
            continue
        # An unknown town counts only where the context is clearly an address.
        before = text[: m.start()].rstrip(" \t")
        word = re.match(r"[A-Z'’][\w'’]*(?:-[\w'’]+)*", text[m.end() :])
        if not word or word.group().lower() in FUNCTION_WORDS:
            continue
        if lexicon.is_allowlisted(word.group()):
            continue
        if not before.endswith(","):
            continue
        after_address = (len(before) - 1) in address_ends
        if after_address or not 1900 <= int(m.group("code")) <= 2099:
            found.append(Candidate(m.start(), m.end() + word.end(), ADRES))
    return found


# --------------------------------------------------------------------------------------
# Schools

_SCHOOL_NAME = (
    r"(?:(?:De|Het|'t|’t|Den|Ter|Ten|Onze-Lieve-Vrouw|OLV)[ \t]+)?"
    r"[A-ZÀ-Ö][\w'’]*(?:-[\w'’]+)*(?:[ \t]+[A-ZÀ-Ö][\w'’]*(?:-[\w'’]+)*){0,2}"
)
_SCHOOL_ABBREVIATIONS = (
    r"(?:VBS|GBS|SBS|VKS|VLS|BS|KA|KTA|VTI|TI|PTI|SMI|BuBaO|BuSO|MPI|OLVI|SJI|KOBA|VIBO)"
)
_GENERIC_SCHOOL_WORDS = (
    r"(?i:(?:(?:vrije|gemeentelijke|stedelijke|katholieke|buitengewone|koninklijk|"
    r"technisch|provinciaal|provinciale)[ \t]+)?(?:basisschool|kleuterschool|"
    r"lagere[ \t]+school|middenschool|secundaire[ \t]+school|atheneum|lyceum|college|"
    r"instituut|school|campus|freinetschool|steinerschool|montessorischool|"
    r"scholengemeenschap))"
)
_SCHOOL_ABBR_RE = re.compile(
    r"(?<![\w!])" + _SCHOOL_ABBREVIATIONS + r"[ \t]+(?P<name>" + _SCHOOL_NAME + r")"
)
_SCHOOL_GENERIC_RE = re.compile(
    r"(?<![\w-])" + _GENERIC_SCHOOL_WORDS + r"[ \t]+(?P<name>" + _SCHOOL_NAME + r")"
)
_SCHOOL_GO_RE = re.compile(
    r"GO![ \t]+(?:[A-Z][\w'’-]*[ \t]+){0,2}?"
    r"(?:(?i:basisschool|kleuterschool|lagere[ \t]+school|middenschool|atheneum|lyceum|"
    r"campus|school|college|instituut)|BS|KA|MS)(?![\w])(?:[ \t]+(?P<name>" + _SCHOOL_NAME + r"))?"
)
_SCHOOL_COMPOUND_RE = re.compile(
    r"(?<![\w-])(?:[A-ZÀ-Ö][\w'’]*(?:-[\w'’]+)*[ \t]+){0,2}"
    r"(?P<last>[A-ZÀ-Ö][\w'’-]*?)(?P<suffix>(?i:instituut|college|lyceum|atheneum|school))(?![\w-])"
)
_GENERIC_SCHOOL_PREFIXES = frozenset(
    [
        "basis",
        "kleuter",
        "lagere",
        "midden",
        "hoge",
        "secundaire",
        "zomer",
        "avond",
        "thuis",
        "freinet",
        "steiner",
        "montessori",
        "methode",
        "jenaplan",
        "dalton",
        "rij",
        "muziek",
        "kunst",
        "schepen",
        "universiteits",
        "vrije",
        "gemeentelijke",
        "stedelijke",
        "katholieke",
        "buitengewone",
        "koninklijk",
        "koninklijke",
        "technisch",
        "technische",
        "provinciaal",
        "provinciale",
        "gemeenschaps",
        "leersteun",
    ]
)


def _school_name_ok(name: str) -> bool:
    words = [w for w in re.split(r"[ \t]+", name) if w]
    if not words:
        return False
    meaningful = [w for w in words if w.lower() not in {"de", "het", "'t", "’t", "den"}]
    if not meaningful:
        return False
    first = meaningful[0]
    if lexicon.is_allowlisted(first) or lexicon.is_allowlisted(name):
        return False
    # A name has lower-case letters ("OV4" or "CLB" are no school names).
    return re.search(r"[a-zà-ÿ]", first) is not None and first.lower() not in FUNCTION_WORDS


def find_schools(text: str) -> list[Candidate]:
    found = []
    for regex in (_SCHOOL_ABBR_RE, _SCHOOL_GENERIC_RE):
        for m in regex.finditer(text):
            if _school_name_ok(m.group("name")):
                found.append(Candidate(m.start(), m.end("name"), SCHOOL))
    for m in _SCHOOL_GO_RE.finditer(text):
        end = m.end("name") if m.group("name") and _school_name_ok(m.group("name")) else None
        if end is None:
            # "GO! atheneum" alone names no school, "GO! Busleyden Atheneum" does.
            words = re.split(r"[ \t]+", m.group()[3:].strip())
            if len(words) < 2 or lexicon.is_allowlisted(words[0]):
                continue
            end = m.end() if m.group("name") is None else m.start("name")
            end = len(text[:end].rstrip())
        found.append(Candidate(m.start(), end, SCHOOL))
    for m in _SCHOOL_COMPOUND_RE.finditer(text):
        last = m.group("last").rstrip("-").lower()
        tokens = re.split(r"[ \t]+", text[m.start() : m.start("last")].strip())
        tokens = [t for t in tokens if t]
        # Drop sentence words that the pattern swept up ("Het Sint-Jozefsinstituut").
        while tokens and tokens[0].lower() in FUNCTION_WORDS:
            tokens.pop(0)
        named_prefix = [
            t
            for t in tokens
            if t.lower() not in _GENERIC_SCHOOL_PREFIXES and not lexicon.is_allowlisted(t)
        ]
        if (not last or last in _GENERIC_SCHOOL_PREFIXES) and not named_prefix:
            continue
        if last and lexicon.is_allowlisted(last):
            continue
        start = m.start("last") - sum(len(t) + 1 for t in tokens) if tokens else m.start("last")
        start = max(start, m.start())
        found.append(Candidate(start, m.end(), SCHOOL))
    return found


# --------------------------------------------------------------------------------------
# Person names

#: Words that introduce a person's name: "juf Els", "mevrouw Peeters", "mama Fatima".
TITLE_WORDS = frozenset(
    [
        "juf",
        "juffrouw",
        "meester",
        "meneer",
        "mijnheer",
        "mevrouw",
        "mevr.",
        "mevr",
        "mw.",
        "mw",
        "dhr.",
        "dhr",
        "mr.",
        "mr",
        "dr.",
        "dr",
        "dokter",
        "mama",
        "papa",
        "mams",
        "paps",
        "moeder",
        "vader",
        "oma",
        "opa",
        "bomma",
        "bompa",
        "meme",
        "pepe",
        "grootmoeder",
        "grootvader",
        "tante",
        "nonkel",
        "oom",
        "broer",
        "broertje",
        "zus",
        "zusje",
        "zoon",
        "zoontje",
        "dochter",
        "dochtertje",
        "neef",
        "nicht",
        "stiefvader",
        "stiefmoeder",
        "plusvader",
        "plusmoeder",
        "pleegmoeder",
        "pleegvader",
        "leerling",
        "leerlinge",
        "kleuter",
        "klasgenoot",
        "klasgenote",
        "vriend",
        "vriendin",
        "vriendje",
        "vriendinnetje",
        "zorgcoördinator",
        "directeur",
        "directrice",
        "logopedist",
        "logopediste",
        "kinesist",
        "kinesiste",
        "psycholoog",
        "psychologe",
        "huisarts",
        "kinderarts",
        "kinderpsychiater",
        "titularis",
        "klastitularis",
        "leerlingbegeleider",
        "clb-medewerker",
        "clb-arts",
        "ondersteuner",
        "leersteuncoach",
        "buurman",
        "buurvrouw",
        "collega",
    ]
)
_TITLES = "(?:" + "|".join(re.escape(w) for w in sorted(TITLE_WORDS, key=len, reverse=True)) + ")"
_PARTICLE = (
    r"(?:[Vv]an|[Dd]e|[Dd]er|[Dd]en|[Tt]er|[Tt]en|[Vv]ande|[Vv]anden|[Vv]ander|[Vv]on|"
    r"[Ll]e|[Ll]a|[Ee]l|[Bb]en|[Aa]bou|[Aa]l)"
)
_NAME_WORD = r"(?:[DdLl]['’])?[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’]+(?:-[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’]+)*"
PERSON_NAME = (
    r"(?:"
    + _PARTICLE
    + r"[ \t]+){0,3}"
    + _NAME_WORD
    + r"(?:[ \t]+(?:"
    + _PARTICLE
    + r"[ \t]+){0,3}"
    + _NAME_WORD
    + r")?"
)
_TITLED_NAME_RE = re.compile(
    r"(?<![\w-])(?i:" + _TITLES + r")(?![\w-])[ \t]+(?P<name>" + PERSON_NAME + r")"
)
#: A name that continues to the right of a found name: "Lander" + " Vandenberghe".
NAME_CONTINUATION_RE = re.compile(r"[ \t]+(?:" + _PARTICLE + r"[ \t]+){0,3}" + _NAME_WORD)


def _name_words_ok(name: str) -> bool:
    words = [w for w in re.split(r"[ \t]+", name) if w]
    capitalised = [w for w in words if w[0].isupper() and not re.fullmatch(_PARTICLE, w)]
    if not capitalised:
        return False
    first = capitalised[0]
    return not (lexicon.is_allowlisted(first) or first.lower() in FUNCTION_WORDS)


def find_names(text: str) -> list[Candidate]:
    found = []
    for m in _TITLED_NAME_RE.finditer(text):
        name = m.group("name")
        if not _name_words_ok(name):
            continue
        # Keep only the words up to the first one that is no name ("juf Els Nederlands").
        found.append(Candidate(m.start("name"), m.end("name"), NAAM, boost=1))
    for regex in (lexicon.first_name_regex(), lexicon.surname_regex()):
        found.extend(Candidate(m.start(), m.end(), NAAM) for m in regex.finditer(text))
    return found


# --------------------------------------------------------------------------------------
# Places

_LOCATIVE_CUE_RE = re.compile(
    r"(?i)(?:\b(?:in|uit|te|naar|nabij|bij|rond|richting|regio|gemeente|deelgemeente|dorp|"
    r"dorpje|gehucht|stad|wijk|woont|wonen|woonde|geboren|afkomstig|vanuit|omgeving|"
    r"buurt|verhuisd|verhuist)[ \t]+(?:(?:het|de)[ \t]+(?:dorp|dorpje|gehucht|stad|"
    r"gemeente|deelgemeente|wijk)[ \t]+)?)$"
)
_PLACE_NOUN_RE = re.compile(
    r"(?i:\b(?:dorp|dorpje|gehucht|deelgemeente|gemeente|wijk|parochie))[ \t]+"
    r"(?P<place>[A-Z][\w'’]*(?:-[\w'’]+)*)"
)


class SentenceIndex:
    """Finds the sentence around an offset (split on . ! ? followed by space, or newline)."""

    _BOUNDARY_RE = re.compile(r"(?<!\d)[.!?](?=\s)|\n")

    def __init__(self, text: str) -> None:
        self.text = text
        self._ends = [m.end() for m in self._BOUNDARY_RE.finditer(text)]

    def bounds(self, pos: int) -> tuple[int, int]:
        i = bisect.bisect_right(self._ends, pos)
        start = self._ends[i - 1] if i > 0 else 0
        end = self._ends[i] if i < len(self._ends) else len(self.text)
        return start, end

    def sentence(self, pos: int) -> str:
        start, end = self.bounds(pos)
        return self.text[start:end]

    def at_sentence_start(self, pos: int) -> bool:
        start, _ = self.bounds(pos)
        return self.text[start:pos].strip(" \t\r\n\"'“‘(-–•*") == ""


def has_locative_cue(text: str, pos: int) -> bool:
    return _LOCATIVE_CUE_RE.search(text[max(0, pos - 40) : pos]) is not None


def find_places(text: str, sentences: SentenceIndex | None = None) -> list[Candidate]:
    sentences = sentences or SentenceIndex(text)
    found = []
    for m in lexicon.place_regex().finditer(text):
        place = re.sub(r"\s+", " ", m.group())
        candidate = judge_place(text, m.start(), m.end(), place, sentences)
        if candidate:
            found.append(candidate)
    for m in _PLACE_NOUN_RE.finditer(text):
        place = m.group("place")
        if lexicon.is_allowlisted(place) or place.lower() in FUNCTION_WORDS:
            continue
        found.append(Candidate(m.start("place"), m.end("place"), PLAATS, boost=2))
    return found


def judge_place(
    text: str, start: int, end: int, place: str, sentences: SentenceIndex
) -> Candidate | None:
    """Decide whether a place name is identifying here; ``None`` when it is not."""
    if lexicon.is_allowlisted(place) and place not in lexicon.LARGE_PLACES:
        return None
    cue = has_locative_cue(text, start)
    if place in lexicon.AMBIGUOUS_PLACES and (not cue or sentences.at_sentence_start(start)):
        return None
    if place in lexicon.LARGE_PLACES and not lexicon.RARE_MARKER_RE.search(
        sentences.sentence(start)
    ):
        return None
    return Candidate(start, end, PLAATS, boost=2 if cue else 0)


# --------------------------------------------------------------------------------------


@cache
def _all_rules():
    return (
        find_rijksregisternummers,
        find_emails,
        find_phone_numbers,
        find_dates,
        find_ages,
        find_addresses,
        find_schools,
        find_names,
        find_other_identifiers,
    )


def find_all(text: str, sentences: SentenceIndex | None = None) -> list[Candidate]:
    """All candidates of the Belgian rules (without Deduce)."""
    sentences = sentences or SentenceIndex(text)
    found: list[Candidate] = []
    for rule in _all_rules():
        found.extend(rule(text))
    found.extend(find_places(text, sentences))
    return found
