"""The thesaurus editors keep: a term and the words that mean the same to a searcher."""

import re

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models.functions import Lower
from django.utils.translation import gettext_lazy as _

from .text import fold, words

MAX_TERM_LENGTH = 80
MAX_EQUIVALENTS = 25
MAX_WORDS_PER_TERM = 6
SEPARATORS = re.compile(r"[\n\r,;]+")


def split_equivalents(value):
    """The equivalents as a list: one per line (commas and semicolons also separate)."""
    return [" ".join(part.split()) for part in SEPARATORS.split(value or "") if part.strip()]


class Synonym(models.Model):
    term = models.CharField(
        _("term"),
        max_length=MAX_TERM_LENGTH,
        help_text=_(
            "Het woord of de woordgroep zoals bezoekers het typen, bv. ‘HGW’ of ‘zorgleraar’. "
            "Hoofdletters en accenten maken niet uit."
        ),
    )
    equivalents = models.TextField(
        _("gelijkwaardige termen"),
        help_text=_(
            "Eén per regel (of gescheiden door komma’s): afkortingen en voluit geschreven "
            "vormen, synoniemen, Vlaamse en Nederlandse varianten. Een woordgroep wordt als "
            "geheel gezocht."
        ),
    )
    one_way = models.BooleanField(
        _("alleen in één richting"),
        default=False,
        help_text=_(
            "Voor engere termen: wie de term zoekt, vindt ook de gelijkwaardige termen, maar "
            "wie een gelijkwaardige term zoekt, vindt de term niet."
        ),
    )
    note = models.TextField(
        _("toelichting"),
        blank=True,
        help_text=_("Voor de redactie: waarom deze synoniemen, bron. Niet publiek."),
    )

    class Meta:
        verbose_name = _("synoniem")
        verbose_name_plural = _("synoniemen")
        ordering = [Lower("term")]
        constraints = [
            models.UniqueConstraint(
                Lower("term"),
                name="vocabulary_synonym_term_unique_ci",
                violation_error_message=_("Er bestaat al een synoniem voor deze term."),
            )
        ]

    def __str__(self):
        return self.term

    @property
    def equivalent_list(self):
        return split_equivalents(self.equivalents)

    def clean(self):
        super().clean()
        self.term = " ".join((self.term or "").split())
        errors = {}
        if self.term and not words(self.term):
            errors["term"] = _("Een term moet minstens één letter of cijfer bevatten.")
        elif len(words(self.term)) > MAX_WORDS_PER_TERM:
            errors["term"] = _("Een term telt hoogstens %(n)d woorden.") % {"n": MAX_WORDS_PER_TERM}
        equivalents = self.equivalent_list
        if not equivalents:
            errors["equivalents"] = _("Geef minstens één gelijkwaardige term.")
        elif len(equivalents) > MAX_EQUIVALENTS:
            errors["equivalents"] = _(
                "Hoogstens %(n)d gelijkwaardige termen per synoniem; maak voor de rest een "
                "nieuw synoniem."
            ) % {"n": MAX_EQUIVALENTS}
        elif too_long := [e for e in equivalents if len(e) > MAX_TERM_LENGTH]:
            errors["equivalents"] = _(
                "Een gelijkwaardige term telt hoogstens %(n)d tekens: ‘%(term)s…’."
            ) % {"n": MAX_TERM_LENGTH, "term": too_long[0][:30]}
        elif wordless := [e for e in equivalents if not words(e)]:
            errors["equivalents"] = _("‘%(term)s’ bevat geen letters of cijfers.") % {
                "term": wordless[0]
            }
        elif [e for e in equivalents if len(words(e)) > MAX_WORDS_PER_TERM]:
            errors["equivalents"] = _("Een gelijkwaardige term telt hoogstens %(n)d woorden.") % {
                "n": MAX_WORDS_PER_TERM
            }
        elif self.term and fold(self.term) in {fold(e) for e in equivalents}:
            errors["equivalents"] = _(
                "Een term kan niet zijn eigen synoniem zijn: laat ‘%(term)s’ weg uit de "
                "gelijkwaardige termen."
            ) % {"term": self.term}
        if errors:
            raise ValidationError(errors)
        # One per line, without repeats (compared as a search compares them).
        unique = {}
        for equivalent in equivalents:
            unique.setdefault(fold(equivalent), equivalent)
        self.equivalents = "\n".join(unique.values())
