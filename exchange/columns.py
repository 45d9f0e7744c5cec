"""One declarative column list per content type, shared by import and export so they cannot drift.

A column has a stable Dutch header (the contract with the spreadsheet, see docs/import.md), the
attribute it maps to and a codec. A codec reads the attribute as a comparable value, formats that
value as the text of a cell (export), parses the text of a cell into the same kind of value and
assigns it to an object (import). Export → import is therefore the identity on every column.
"""

import datetime
import html
import re
from dataclasses import dataclass
from functools import cached_property

from django.core.exceptions import ValidationError
from django.utils.text import slugify
from django.utils.translation import gettext as _
from wagtail.admin.rich_text.converters.editor_html import EditorHTMLConverter

from network.models import Centre, Contribution
from practices.models import (
    CarePhase,
    CoreActivity,
    EducationLevel,
    MaterialKind,
    PracticeMaterial,
    TargetGroup,
)
from practices.models.pages import RICH_TEXT_FEATURES

LIST_SEPARATOR = ";"
STEP_SEPARATOR = "---"
DATE_FORMAT = "%d-%m-%Y"
STEP_NUMBER = re.compile(r"^\d+[.)]\s*")
URL_PREFIXES = ("http://", "https://")


def split_list(text):
    """`a; b;; c` → [a, b, c], duplicates (case-insensitive) dropped, order kept."""
    seen, items = set(), []
    for item in (part.strip() for part in text.split(LIST_SEPARATOR)):
        if item and item.casefold() not in seen:
            seen.add(item.casefold())
            items.append(item)
    return items


def join_list(items):
    return f"{LIST_SEPARATOR} ".join(str(item) for item in items)


class Codec:
    """Plain text in a model field; `model_field` says the field's own validation applies."""

    model_field = True

    def read(self, obj, attr):
        return getattr(obj, attr) or ""

    def format(self, value):
        return str(value)

    def parse(self, text, lookups):
        return text.strip()

    def assign(self, obj, attr, value, lookups):
        setattr(obj, attr, value)


class RichText(Codec):
    """HTML (cleaned to the editor's features) or plain text: blank lines separate paragraphs,
    lines starting with "- " form a bulleted list."""

    def __init__(self, features=RICH_TEXT_FEATURES):
        self.features = features

    @cached_property
    def converter(self):
        # Built on first use: at import time it would scan Wagtail's hooks mid-discovery.
        return EditorHTMLConverter(self.features)

    def normalise(self, source):
        """Stored HTML as the import would store it (entities written alike), to compare."""
        return self.converter.to_database_format(source) if source else ""

    def read(self, obj, attr):
        return self.normalise(getattr(obj, attr))

    def parse(self, text, lookups):
        text = text.strip()
        if text.startswith("<"):
            return self.normalise(text)
        return "".join(self._block(block) for block in re.split(r"\n\s*\n", text) if block.strip())

    @staticmethod
    def _block(block):
        lines = [line.strip() for line in block.strip().splitlines()]
        if all(line.startswith("- ") for line in lines):
            return "<ul>" + "".join(f"<li>{html.escape(line[2:])}</li>" for line in lines) + "</ul>"
        return f"<p>{html.escape(' '.join(lines))}</p>"


class Steps(Codec):
    """The werkwijze: steps separated by a line `---`; a step's first line is its title
    (a leading "1." is dropped), the rest its explanation (rich text)."""

    model_field = False
    title_max_length = 160

    def __init__(self):
        self.description = RichText(["bold", "italic", "ol", "ul", "link"])

    def read(self, obj, attr):
        return [
            (block.value["title"], self.description.normalise(block.value["description"].source))
            for block in getattr(obj, attr)
        ]

    def format(self, value):
        return f"\n{STEP_SEPARATOR}\n".join(
            f"{title}\n{description}" for title, description in value
        )

    def parse(self, text, lookups):
        chunks = re.split(rf"^\s*{STEP_SEPARATOR}\s*$", text.strip(), flags=re.MULTILINE)
        steps = []
        for number, chunk in enumerate((c.strip() for c in chunks if c.strip()), start=1):
            title, _newline, rest = chunk.partition("\n")
            title = STEP_NUMBER.sub("", title.strip())
            description = self.description.parse(rest, lookups)
            if not title or not description:
                raise ValidationError(
                    _("Stap %(number)d heeft een titel én een uitleg nodig (op de volgende regel).")
                    % {"number": number}
                )
            if len(title) > self.title_max_length:
                raise ValidationError(
                    _("De titel van stap %(number)d is langer dan %(max)d tekens.")
                    % {"number": number, "max": self.title_max_length}
                )
            steps.append((title, description))
        if not steps:
            raise ValidationError(_("Geef minstens één stap."))
        return steps

    def assign(self, obj, attr, value, lookups):
        steps = [("step", {"title": title, "description": desc}) for title, desc in value]
        setattr(obj, attr, steps)


class Date(Codec):
    """dd-mm-jjjj (also with /) or ISO jjjj-mm-dd; empty is allowed."""

    def read(self, obj, attr):
        return getattr(obj, attr)

    def format(self, value):
        return value.strftime(DATE_FORMAT) if value else ""

    def parse(self, text, lookups):
        text = text.strip()
        if not text:
            return None
        for pattern in (DATE_FORMAT, "%d/%m/%Y", "%Y-%m-%d"):
            try:
                return datetime.datetime.strptime(text, pattern).date()
            except ValueError:
                continue
        raise ValidationError(
            _("‘%(value)s’ is geen datum; schrijf dd-mm-jjjj, bijvoorbeeld 31-01-2025.")
            % {"value": text}
        )


class Named(Codec):
    """`;`-separated names or slugs of rows of a model (case-insensitive)."""

    model_field = False

    def __init__(self, model, required=True):
        self.model = model
        self.required = required

    def read(self, obj, attr):
        return sorted(getattr(obj, attr).all(), key=self.sort_key)

    def sort_key(self, item):
        return (getattr(item, "sort_order", 0), item.name)

    def format(self, value):
        return join_list(item.name for item in value)

    def parse(self, text, lookups):
        return sorted(self.match(text, lookups), key=self.sort_key)

    def match(self, text, lookups):
        """The rows named in the cell, in the order given, without duplicates."""
        known = lookups.names(self.model)
        found, unknown = [], []
        for item in split_list(text):
            match = known.get(item.casefold()) or known.get(slugify(item))
            if match is None:
                unknown.append(item)
            elif match not in found:
                found.append(match)
        if unknown:
            choices = sorted({item.name for item in known.values()})
            raise ValidationError(
                _("Onbekende waarde ‘%(values)s’; kies uit: %(choices)s.")
                % {"values": "’, ‘".join(unknown), "choices": join_list(choices)}
            )
        if self.required and not found:
            raise ValidationError(_("Vul minstens één waarde in."))
        return found


class Centres(Named):
    """The contributing centres, in the order given (the first is the main contributor)."""

    def __init__(self):
        super().__init__(Centre)

    def read(self, obj, attr):
        return [contribution.centre for contribution in getattr(obj, attr).all()]

    def parse(self, text, lookups):
        if not text.strip() and lookups.default_centre:
            return [lookups.default_centre]
        return self.match(text, lookups)

    def assign(self, obj, attr, value, lookups):
        setattr(obj, attr, [Contribution(centre=centre) for centre in value])


class Tags(Codec):
    model_field = False
    max_length = 100

    def read(self, obj, attr):
        return sorted((tag.name for tag in getattr(obj, attr).all()), key=str.casefold)

    def format(self, value):
        return join_list(value)

    def parse(self, text, lookups):
        tags = split_list(text)
        too_long = [tag for tag in tags if len(tag) > self.max_length]
        if too_long:
            raise ValidationError(
                _("Een thema is hoogstens %(max)d tekens lang: ‘%(tag)s’.")
                % {"max": self.max_length, "tag": too_long[0][:40]}
            )
        return sorted(tags, key=str.casefold)

    def assign(self, obj, attr, value, lookups):
        getattr(obj, attr).set(value)


@dataclass(frozen=True)
class MaterialEntry:
    """One material: kind, a file name or URL, an optional title; `key` says what the file
    resolves to (an existing document or the content hash of a supplied file)."""

    kind: str
    target: str
    title: str = ""
    key: str = ""

    @property
    def is_link(self):
        return self.target.startswith(URL_PREFIXES)

    def __eq__(self, other):
        return (self.kind, self.key or self.target, self.title) == (
            other.kind,
            other.key or other.target,
            other.title,
        )

    def __hash__(self):
        return hash((self.kind, self.key or self.target, self.title))


class Materials(Codec):
    """`soort: bestand.pdf | titel; soort: https://… | titel` (kind and title optional for files,
    a link needs a title). Files come from the materials folder or zip, or are already in the
    documents library under that file name."""

    model_field = False
    kinds = {**{v: v for v in MaterialKind.values}, **{str(k): v for v, k in MaterialKind.choices}}

    def read(self, obj, attr):
        entries = []
        for material in getattr(obj, attr).all():
            if material.document_id:
                target = material.document.file.name.rsplit("/", 1)[-1]
                key = f"document:{material.document_id}"
            else:
                target, key = material.link, ""
            entries.append(MaterialEntry(material.kind, target, material.title, key))
        return entries

    def format(self, value):
        return join_list(
            f"{entry.kind}: {entry.target}" + (f" | {entry.title}" if entry.title else "")
            for entry in value
        )

    def parse(self, text, lookups):
        entries = []
        for item in split_list(text):
            kind, separator, rest = item.partition(":")
            if separator and kind.strip().casefold() in self.kinds and not rest.startswith("//"):
                kind, item = self.kinds[kind.strip().casefold()], rest
            else:
                kind = MaterialKind.OTHER
            target, _bar, title = (part.strip() for part in item.partition("|"))
            entry = MaterialEntry(kind, target, title)
            if entry.is_link:
                if not title:
                    raise ValidationError(
                        _("Geef een titel voor de link %(url)s (na een |).") % {"url": target}
                    )
            else:
                entry = MaterialEntry(kind, target, title, lookups.materials.resolve(target))
            entries.append(entry)
        return entries

    def assign(self, obj, attr, value, lookups):
        materials = []
        for entry in value:
            material = PracticeMaterial(kind=entry.kind, title=entry.title)
            if entry.is_link:
                material.link = entry.target
            else:
                material.document = lookups.materials.document(entry)
            materials.append(material)
        setattr(obj, attr, materials)


class ExternalId(Codec):
    """The stable key a re-import matches on; a practice without one exports as `praktijk-<id>`."""

    model_field = False
    max_length = 100

    def read(self, obj, attr):
        return getattr(obj, attr) or f"praktijk-{obj.pk}"

    def parse(self, text, lookups):
        text = text.strip()
        if not text:
            raise ValidationError(
                _("Vul een extern id in: daaraan herkent een volgende import deze praktijk.")
            )
        if len(text) > self.max_length:
            raise ValidationError(_("Een extern id is hoogstens 100 tekens lang."))
        return text


class Choice(Codec):
    """A choice field, exported as its Dutch label (export only)."""

    model_field = False

    def read(self, obj, attr):
        return getattr(obj, f"get_{attr}_display")() if getattr(obj, attr) else ""


class ChoiceList(Codec):
    """A `ChoiceListField`, exported as `;`-separated labels (export only)."""

    model_field = False

    def read(self, obj, attr):
        return obj._meta.get_field(attr).labels(getattr(obj, attr))

    def format(self, value):
        return join_list(value)


class PageStatus(Codec):
    """Whether a page or snippet is live, and whether a newer draft exists (export only)."""

    model_field = False

    def read(self, obj, attr):
        if not obj.live:
            return _("concept")
        return (
            _("gepubliceerd, met nieuwer concept")
            if obj.has_unpublished_changes
            else _("gepubliceerd")
        )


@dataclass(frozen=True)
class Column:
    header: str
    attr: str
    codec: Codec

    def cell(self, obj):
        return self.codec.format(self.codec.read(obj, self.attr))


PRACTICE_COLUMNS = (
    Column("extern_id", "external_id", ExternalId()),
    Column("titel", "title", Codec()),
    Column("samenvatting", "summary", Codec()),
    Column("aanleiding_en_doel", "purpose", RichText()),
    Column("werkwijze", "steps", Steps()),
    Column("wat_werkt", "what_works", RichText()),
    Column("valkuilen", "pitfalls", RichText()),
    Column("randvoorwaarden", "preconditions", RichText()),
    Column("zo_start_je_lokaal", "getting_started", RichText()),
    Column("ervaringen", "experiences", RichText()),
    Column("kernactiviteiten", "core_activities", Named(CoreActivity)),
    Column("fasen", "care_phases", Named(CarePhase)),
    Column("onderwijsniveaus", "education_levels", Named(EducationLevel)),
    Column("doelgroepen", "target_groups", Named(TargetGroup)),
    Column("themas", "tags", Tags()),
    Column("centra", "contributions", Centres()),
    Column("contact", "contact_role", Codec()),
    Column("laatst_nagekeken", "last_reviewed", Date()),
    Column("materialen", "materials", Materials()),
)

CASE_COLUMNS = (
    Column("titel", "title", Codec()),
    Column("status", "live", PageStatus()),
    Column("samenvatting", "summary", Codec()),
    Column("onderwijsniveaus", "education_levels", Named(EducationLevel)),
    Column("leerjaar", "grade_band", Choice()),
    Column("fasen_bij_start", "start_phases", Named(CarePhase)),
    Column("hulpvraag", "question", RichText()),
    Column("hulpvraag_door", "asked_by", Choice()),
    Column("kernactiviteiten", "core_activities", Named(CoreActivity)),
    Column("hgd_fasen", "hgd_phases", ChoiceList()),
    Column("verloop", "trajectory", RichText()),
    Column("icf_functies", "icf_functions", RichText()),
    Column("icf_activiteiten_participatie", "icf_activities", RichText()),
    Column("icf_externe_factoren", "icf_environment", RichText()),
    Column("icf_persoonlijke_factoren", "icf_personal", RichText()),
    Column("noden_leerling", "needs_pupil", RichText()),
    Column("noden_leraren", "needs_teachers", RichText()),
    Column("noden_ouders", "needs_parents", RichText()),
    Column("verslag", "verslag", Choice()),
    Column("type", "verslag_type", Choice()),
    Column("classificerende_diagnostiek", "classifying_diagnostics", Choice()),
    Column("onderbouwing", "reasoning", RichText()),
    Column("afdwingende_regel", "forcing_rule_text", Codec()),
    Column("lessen", "lessons", RichText()),
)

INSIGHT_COLUMNS = (
    Column("titel", "title", Codec()),
    Column("slug", "slug", Codec()),
    Column("status", "live", PageStatus()),
    Column("soort", "kind", Choice()),
    Column("niveau", "level", Choice()),
    Column("toelichting", "explanation", RichText()),
    Column("kernactiviteiten", "core_activities", Named(CoreActivity)),
    Column("themas", "tags", Tags()),
    Column("regelgevend_thema", "regulatory_theme", Choice()),
    Column("verwijzing_regelgeving", "regulation_reference", Codec()),
)
