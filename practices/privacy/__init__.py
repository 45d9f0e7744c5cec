"""Privacy guard: finds identifying data (names, dates of birth, rijksregisternummers,
phone numbers, e-mail and street addresses, school and place names) in Dutch text.

``scan(text)`` returns a sorted list of :class:`Finding`. The first call loads
Deduce's lookup structures; call :func:`warm_up` in a set-up step to pay for that
ahead of time.
"""

from .engine import cache_file, is_warm, scan, warm_up
from .finding import KIND_LABELS, KINDS, Finding
from .rules import is_valid_rijksregisternummer, parse_rijksregisternummer

__all__ = [
    "KINDS",
    "KIND_LABELS",
    "Finding",
    "cache_file",
    "is_valid_rijksregisternummer",
    "is_warm",
    "parse_rijksregisternummer",
    "scan",
    "warm_up",
]
