"""The detection engine: Deduce plus the Belgian rules, merged into one list of findings.

Deduce builds large lookup structures (names, places, streets) the first time it runs
on a machine and caches them on disk; loading that cache still takes seconds. The
instance is therefore created once per process, lazily, behind a lock, and
:func:`warm_up` lets a set-up step (``manage.py warm_privacy``) pay that price ahead
of time.
"""

from __future__ import annotations

import gc
import logging
import os
import pickle
import re
import threading
import time
from pathlib import Path
from typing import TYPE_CHECKING

from . import lexicon, rules
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
    Finding,
)
from .rules import LEEFTIJD, Candidate, SentenceIndex

if TYPE_CHECKING:  # pragma: no cover
    from deduce import Deduce

logger = logging.getLogger(__name__)

#: Environment variable (or Django setting of the same name without the prefix
#: ``LEERSTEUN_``) naming a writable folder for Deduce's cache (see ``_cache_dir``).
CACHE_DIR_ENV = "LEERSTEUN_DEDUCE_CACHE_DIR"

_PRIORITY = {
    RIJKSREGISTERNUMMER: 90,
    EMAIL: 80,
    TELEFOON: 70,
    DATUM: 60,
    ADRES: 50,
    SCHOOL: 40,
    NAAM: 30,
    PLAATS: 20,
    ANDERE: 10,
}
#: Kinds whose findings may be cancelled by the allowlist.
_ALLOWLISTABLE = frozenset({NAAM, PLAATS, SCHOOL, ANDERE})

_DEDUCE_TAGS = {
    "persoon": NAAM,
    "patient": NAAM,
    "datum": DATUM,
    "leeftijd": LEEFTIJD,
    "telefoonnummer": TELEFOON,
    "emailadres": EMAIL,
    "email": EMAIL,
    "id": ANDERE,
    "bsn": ANDERE,
    "ziekenhuis": ANDERE,
    "zorginstelling": ANDERE,
    "instelling": ANDERE,
}
#: Deduce processors we do not need: URLs are no personal data of a pupil here, and
#: we never use the redacted text.
_DEDUCE_DISABLED = frozenset({"url", "redactor"})

#: Words Deduce may include in front of a name that are not part of it.
_LEADING_NON_NAMES = frozenset({"leerkracht", "klasleerkracht", "bij", "aan", "met", "voor"})
_PRECEDING_WORD_RE = re.compile(r"(?<![\w'’-])([A-ZÀ-Ö][\w'’-]+)[ \t]+$")

_lock = threading.Lock()
_deduce: Deduce | None = None


def _cache_dir() -> Path | None:
    """Folder for Deduce's pickled lookup structures.

    Deduce's own default (inside the installed package) is checked against the
    modification times of its source lists using naive local times, so a cache written
    under one time zone (a plain Python process) is thrown away and rebuilt for minutes
    under another (Django sets ``TZ``). A cache folder of our own only checks the
    deduce version. ``LEERSTEUN_DEDUCE_CACHE_DIR`` or the ``DEDUCE_CACHE_DIR`` setting
    override the default ``$XDG_CACHE_HOME/leersteun/deduce``.
    """
    value = os.environ.get(CACHE_DIR_ENV)
    if not value:
        try:
            from django.conf import settings

            value = getattr(settings, "DEDUCE_CACHE_DIR", None)
        except Exception:  # settings not configured: plain library use
            value = None
    if not value:
        base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
        value = os.path.join(base, "leersteun", "deduce")
    path = Path(value)
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError:
        logger.warning("Cannot create %s; Deduce keeps its cache in its package.", path)
        return None
    return path if os.access(path, os.W_OK) else None


def _import_deduce():
    # Importing deduce calls logging.basicConfig(stream=sys.stdout, level=DEBUG), which
    # would send every log record of the process to stdout (and break --json output).
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    try:
        from deduce import Deduce
    finally:
        for handler in root.handlers[:]:
            if handler not in handlers:
                root.removeHandler(handler)
        root.setLevel(level)
    return Deduce


def _build_deduce(rebuild: bool = False) -> Deduce:
    deduce_class = _import_deduce()
    kwargs: dict = {"build_lookup_structs": rebuild}
    cache_dir = _cache_dir()
    if cache_dir is not None:
        kwargs["cache_path"] = cache_dir
    # Unpickling millions of small trie nodes is three times faster without the
    # cyclic garbage collector running over them; freezing them afterwards keeps later
    # collections from walking the whole structure again.
    gc_enabled = gc.isenabled()
    gc.disable()
    try:
        try:
            instance = deduce_class(**kwargs)
        except (EOFError, pickle.UnpicklingError, AttributeError, ImportError):
            # A cache cut short (a process stopped while writing it) or written by
            # another deduce version: build it anew.
            logger.warning("Deduce's lookup cache is unreadable; rebuilding it.")
            instance = deduce_class(**{**kwargs, "build_lookup_structs": True})
    finally:
        if gc_enabled:
            gc.enable()
    gc.freeze()
    return instance


def get_deduce() -> Deduce:
    """The process-wide Deduce instance, built on first use."""
    global _deduce
    if _deduce is None:
        with _lock:
            if _deduce is None:
                _deduce = _build_deduce()
    return _deduce


def cache_file() -> Path:
    """Where Deduce keeps (or will keep) its pickled lookup structures."""
    base = _cache_dir()
    if base is None:
        import importlib.util

        spec = importlib.util.find_spec("deduce")
        if spec is None or spec.origin is None:
            raise RuntimeError("deduce is not installed")
        base = Path(spec.origin).parent / "data" / "lookup"
    return base / "cache" / "lookup_structs.pickle"


def warm_up(rebuild: bool = False) -> float:
    """Build (or load) Deduce's lookup structures now; returns the seconds it took.

    With ``rebuild`` the on-disk cache is rebuilt even when it is present.
    """
    global _deduce
    started = time.perf_counter()
    with _lock:
        if rebuild or _deduce is None:
            _deduce = _build_deduce(rebuild=rebuild)
    # One small document runs every processor once (regex compilation and the like).
    _deduce.deidentify("Jan Peeters woont in de Kerkstraat 1.", disabled=set(_DEDUCE_DISABLED))
    return time.perf_counter() - started


def is_warm() -> bool:
    return _deduce is not None


# --------------------------------------------------------------------------------------


def _deduce_candidates(text: str, sentences: SentenceIndex) -> list[Candidate]:
    deduce = get_deduce()
    document = deduce.deidentify(text, disabled=set(_DEDUCE_DISABLED))
    common_words = deduce.lookup_structs["common_word"]
    found = []
    for annotation in document.annotations:
        start, end, tag = annotation.start_char, annotation.end_char, annotation.tag
        if tag == "url":
            continue
        if tag == "locatie":
            if re.search(r"\d", annotation.text):
                if _street_like(text, start, sentences):
                    found.append(Candidate(start, end, ADRES, source="deduce"))
                continue
            candidate = _as_place(text, start, end, sentences)
            if candidate:
                found.append(candidate)
            continue
        kind = _DEDUCE_TAGS.get(tag, ANDERE)
        if kind == NAAM:
            candidate = _judge_person(text, start, end, sentences, common_words)
            if candidate:
                found.append(candidate)
            continue
        found.append(Candidate(start, end, kind, source="deduce"))
    return found


def _street_like(text: str, start: int, sentences: SentenceIndex) -> bool:
    """Deduce's Dutch street list holds ordinary words ("Deel 2" opening a heading);
    a one-word street without a street suffix must not open a sentence."""
    street = re.split(r"\s*\d", text[start:], maxsplit=1)[0].strip()
    if " " in street or rules.STREET_SUFFIX_RE.search(street):
        return True
    return not sentences.at_sentence_start(start)


def _as_place(text: str, start: int, end: int, sentences: SentenceIndex) -> Candidate | None:
    # Deduce includes prepositions such as "te" in some spans; a place starts with a
    # capital.
    m = re.search(r"[A-ZÀ-Ö'’]", text[start:end])
    if not m:
        return None
    start += m.start()
    place = re.sub(r"\s+", " ", text[start:end])
    # Deduce's place list holds Dutch words ("Leg de werkwijze uit", "Kleuter- en ...");
    # opening a sentence without a locative cue, only a Belgian place of our list counts.
    if (
        sentences.at_sentence_start(start)
        and place not in lexicon.places()
        and not rules.has_locative_cue(text, start)
    ):
        return None
    return rules.judge_place(text, start, end, place, sentences)


def _judge_person(
    text: str, start: int, end: int, sentences: SentenceIndex, common_words
) -> Candidate | None:
    span = text[start:end]
    if not re.search(r"[A-ZÀ-Ö]", span):
        return None
    # "te Antwerpen", "Kortrijk": Deduce reads some Belgian places as surnames.
    stripped = re.sub(r"^(?:[a-z'’]+\s+)+", "", span)
    if stripped in lexicon.places():
        return _as_place(text, end - len(stripped), end, sentences)
    # Deduce keeps titles and prepositions in front of a name ("mevrouw Peeters",
    # "van Jonas", "Leerkracht Lieselot"); the finding is the name itself.
    while True:
        m = re.match(r"(\S+)\s+(?=\S)", text[start:end])
        if not m:
            break
        word = m.group(1)
        if (
            word.lower() in rules.TITLE_WORDS
            or word.lower() in _LEADING_NON_NAMES
            or word.islower()
        ):
            start += m.end()
            continue
        break
    span = text[start:end]
    words = span.split()
    if len(words) == 1:
        # "Meester vraagt ...": a title on its own names nobody.
        if span.lower() in rules.TITLE_WORDS:
            return None
        # A capitalised common word opening a sentence ("Pas daarna ...") is no name.
        if (
            sentences.at_sentence_start(start)
            and span.lower() in common_words
            and not lexicon.first_name_regex().fullmatch(span)
        ):
            return None
        if lexicon.is_allowlisted(span):
            return None
    return Candidate(start, end, NAAM, source="deduce")


# --------------------------------------------------------------------------------------


def _clean(text: str, candidate: Candidate) -> Candidate | None:
    start, end = candidate.start, candidate.end
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:!?"):
        end -= 1
    # A trailing full stop belongs to the sentence, except in "jan." or "nr.".
    if end > start and text[end - 1] == "." and candidate.kind not in (DATUM, ADRES):
        end -= 1
    if end <= start:
        return None
    if (start, end) == (candidate.start, candidate.end):
        return candidate
    return Candidate(start, end, candidate.kind, candidate.boost, candidate.source)


def _protected_ranges(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in lexicon.allowlist_regex().finditer(text)]


def _inside(ranges: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(a <= start and end <= b for a, b in ranges)


def _overlaps(a_start: int, a_end: int, b_start: int, b_end: int) -> bool:
    return a_start < b_end and b_start < a_end


def _extend_names(
    text: str, candidates: list[Candidate], others: list[Candidate]
) -> list[Candidate]:
    """Let a found name take in a following surname ("Lander" + " Vandenberghe") and a
    first name in front of it ("Ilias" + " Yilmaz")."""
    extended = []
    for candidate in candidates:
        start, end = candidate.start, candidate.end
        m = _PRECEDING_WORD_RE.search(text, max(0, start - 40), start)
        if (
            m
            and lexicon.is_first_name(m.group(1))
            and not any(_overlaps(m.start(1), start, o.start, o.end) for o in others)
        ):
            start = m.start(1)
        while True:
            m = rules.NAME_CONTINUATION_RE.match(text, end)
            if not m:
                break
            word = m.group().split()[-1]
            if lexicon.is_allowlisted(word) or word.lower() in rules.FUNCTION_WORDS:
                break
            if any(_overlaps(end, m.end(), o.start, o.end) for o in others):
                break
            end = m.end()
        if (start, end) != (candidate.start, candidate.end):
            candidate = Candidate(start, end, NAAM, candidate.boost, candidate.source)
        extended.append(candidate)
    return extended


def _resolve(text: str, candidates: list[Candidate]) -> list[Finding]:
    def rank(c: Candidate):
        return (-(_PRIORITY[c.kind] + 6 * c.boost), -(c.end - c.start), c.start)

    accepted: list[list] = []  # [start, end, kind]
    for c in sorted(candidates, key=rank):
        overlapping = [a for a in accepted if _overlaps(c.start, c.end, a[0], a[1])]
        if any(a[2] != c.kind for a in overlapping):
            continue
        if overlapping:
            for a in overlapping:
                accepted.remove(a)
            start = min([c.start] + [a[0] for a in overlapping])
            end = max([c.end] + [a[1] for a in overlapping])
            accepted.append([start, end, c.kind])
        else:
            accepted.append([c.start, c.end, c.kind])
    accepted.sort()

    # Glue neighbours of one kind: "Kerkstraat 12" + ", " + "9100 Sint-Niklaas".
    merged: list[list] = []
    for item in accepted:
        if merged:
            last = merged[-1]
            gap = text[last[1] : item[0]]
            if last[2] == item[2] and (
                (item[2] == ADRES and re.fullmatch(r"[ \t]*,?[ \t]*", gap))
                or (item[2] == NAAM and re.fullmatch(r"[ \t]", gap))
            ):
                last[1] = item[1]
                continue
        merged.append(list(item))
    return [Finding(start, end, text[start:end], kind) for start, end, kind in merged]


def scan(text: str) -> list[Finding]:
    """Find identifying data in ``text``; findings are sorted and do not overlap."""
    if not text or not text.strip():
        return []
    sentences = SentenceIndex(text)
    raw = rules.find_all(text, sentences) + _deduce_candidates(text, sentences)

    protected = _protected_ranges(text)
    cleaned: list[Candidate] = []
    for candidate in raw:
        candidate = _clean(text, candidate)
        if candidate is None:
            continue
        if candidate.kind in _ALLOWLISTABLE and (
            _inside(protected, candidate.start, candidate.end)
            or lexicon.is_allowlisted(text[candidate.start : candidate.end])
        ):
            continue
        # "Prof. dr. Noëlle Pameijer": the author of a method, not a pupil.
        if candidate.kind == NAAM and any(
            b == candidate.end and candidate.start < a for a, b in protected
        ):
            continue
        cleaned.append(candidate)

    # An age is identifying next to a birth date ("geboren op ..., nu 9 jaar").
    dates = [c for c in cleaned if c.kind == DATUM]
    kept: list[Candidate] = []
    for candidate in cleaned:
        if candidate.kind == LEEFTIJD:
            s_start, s_end = sentences.bounds(candidate.start)
            sentence = text[s_start:s_end]
            if rules.BIRTH_CUE_RE.search(sentence) or any(
                s_start <= d.start < s_end for d in dates
            ):
                kept.append(Candidate(candidate.start, candidate.end, ANDERE, 0, "rule"))
            continue
        kept.append(candidate)

    names = [c for c in kept if c.kind == NAAM]
    others = [c for c in kept if c.kind != NAAM]
    return _resolve(text, others + _extend_names(text, names, others))
