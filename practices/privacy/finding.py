"""The result type of the privacy guard and the kinds of identifying data it knows."""

from __future__ import annotations

from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _

NAAM = "naam"
DATUM = "datum"
RIJKSREGISTERNUMMER = "rijksregisternummer"
TELEFOON = "telefoon"
EMAIL = "email"
ADRES = "adres"
SCHOOL = "school"
PLAATS = "plaats"
ANDERE = "andere"

#: Every kind, in the order findings of different kinds win when they overlap
#: (earlier wins).
KINDS: tuple[str, ...] = (
    RIJKSREGISTERNUMMER,
    EMAIL,
    TELEFOON,
    DATUM,
    ADRES,
    SCHOOL,
    NAAM,
    PLAATS,
    ANDERE,
)

KIND_LABELS = {
    NAAM: _("naam"),
    DATUM: _("datum"),
    RIJKSREGISTERNUMMER: _("rijksregisternummer"),
    TELEFOON: _("telefoonnummer"),
    EMAIL: _("e-mailadres"),
    ADRES: _("adres"),
    SCHOOL: _("schoolnaam"),
    PLAATS: _("plaatsnaam"),
    ANDERE: _("ander identificerend gegeven"),
}


#: A neutral wording the editor can put in place of a finding, per kind.
REPLACEMENTS = {
    NAAM: _("de leerling"),
    DATUM: _("[datum]"),
    RIJKSREGISTERNUMMER: _("[rijksregisternummer]"),
    TELEFOON: _("[telefoonnummer]"),
    EMAIL: _("[e-mailadres]"),
    ADRES: _("[adres]"),
    SCHOOL: _("de school"),
    PLAATS: _("[gemeente]"),
    ANDERE: _("[gegeven]"),
}
#: A date right after a birth cue ("geboren op", "°") is a birth date.
BIRTH_DATE_REPLACEMENT = _("[geboortedatum]")


@dataclass(frozen=True, order=True)
class Finding:
    """A stretch of identifying data: ``text == source[start:end]``."""

    start: int
    end: int
    text: str
    kind: str

    def as_dict(self) -> dict[str, int | str]:
        return {"start": self.start, "end": self.end, "text": self.text, "kind": self.kind}

    @property
    def label(self) -> str:
        return str(KIND_LABELS.get(self.kind, self.kind))
