"""Imports practices from a table: validate every row first, then write all of it or nothing.

`validate()` parses every cell with the column codecs (exchange.columns) and the model fields'
own validators, and returns a `Report` of problems (row, column, Dutch message), notices and one
plan per row. `apply()` writes a valid report in one transaction: a new practice is added below
the materialenbank as a draft, a known one (same `extern_id`) gets a new draft revision; nothing
is ever published or unpublished. A row whose content equals the latest revision is left alone,
so importing the same file twice changes nothing the second time. Drafts are submitted to the
page's workflow ("Redactie") unless the privacy guard has open findings.
"""

import re
from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from practices.models import PracticeIndexPage, PracticePage

from .columns import PRACTICE_COLUMNS
from .exporter import practices as exported_practices
from .materials import MaterialSource

FALLBACK_ID = re.compile(r"^praktijk-(\d+)$")
NEW, UPDATE, UNCHANGED = "nieuw", "bijwerken", "ongewijzigd"
ACTION_LABELS = {NEW: _("nieuw"), UPDATE: _("bijwerken"), UNCHANGED: _("ongewijzigd")}
HEADER_ROW = 1


@dataclass
class Problem:
    row: int
    column: str
    message: str


@dataclass
class RowPlan:
    row: int
    external_id: str
    title: str
    values: dict
    page_id: int | None = None
    action: str = NEW

    @property
    def action_label(self):
        return ACTION_LABELS[self.action]


@dataclass
class Report:
    problems: list[Problem] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)
    plans: list[RowPlan] = field(default_factory=list)

    @property
    def valid(self):
        return not self.problems

    def add(self, row, column, message):
        self.problems.append(Problem(row, column, message))

    def count(self, action):
        return sum(plan.action == action for plan in self.plans)

    def summary(self):
        if not self.valid:
            return ngettext(
                "%(count)d probleem gevonden; er is niets geïmporteerd.",
                "%(count)d problemen gevonden; er is niets geïmporteerd.",
                len(self.problems),
            ) % {"count": len(self.problems)}
        return _("%(new)d nieuw, %(update)d bij te werken, %(same)d ongewijzigd.") % {
            "new": self.count(NEW),
            "update": self.count(UPDATE),
            "same": self.count(UNCHANGED),
        }


class Lookups:
    """What the codecs look values up in, loaded once per import."""

    def __init__(self, materials=None, default_centre=None):
        self.materials = materials or MaterialSource()
        self.default_centre = default_centre
        self._names = {}

    def names(self, model):
        if model not in self._names:
            known = {}
            for item in model.objects.all():
                known[item.slug] = item
                known[item.name.casefold()] = item
            self._names[model] = known
        return self._names[model]


def check_headers(table, report):
    expected = [column.header for column in PRACTICE_COLUMNS]
    seen = set()
    for header in table.headers:
        if header in seen:
            report.add(HEADER_ROW, header, _("Deze kolom komt twee keer voor."))
        elif header not in expected:
            report.add(
                HEADER_ROW,
                header or _("(leeg)"),
                _("Onbekende kolom; de kolommen staan in de sjabloon en in docs/import.md."),
            )
        seen.add(header)
    for header in expected:
        if header not in seen:
            report.add(HEADER_ROW, header, _("Deze kolom ontbreekt."))


def validate(table, lookups, progress=None):
    """Check every row; `progress` is called once per row (a progress bar)."""
    report = Report(notices=list(table.notices))
    check_headers(table, report)
    if not report.valid:
        return report
    for row in table.rows:
        plan = validate_row(row, lookups, report)
        if plan:
            report.plans.append(plan)
        if progress:
            progress()
    check_duplicates(report)
    if report.valid:
        match_existing(report)
    return report


def validate_row(row, lookups, report):
    values, problems = {}, len(report.problems)
    if row.stray:
        report.add(row.number, "", _("Deze rij heeft een waarde rechts van de laatste kolom."))
    for column in PRACTICE_COLUMNS:
        text = row.values.get(column.header, "")
        if column.header in row.formulas:
            report.add(
                row.number,
                column.header,
                _("Formules zijn niet toegestaan; plak de waarde als tekst."),
            )
            continue
        try:
            value = column.codec.parse(text, lookups)
            if column.codec.model_field:
                PracticePage._meta.get_field(column.attr).clean(value, None)
        except ValidationError as error:
            for message in error.messages:
                report.add(row.number, column.header, message)
            continue
        values[column.header] = value
    if len(report.problems) > problems:
        return None
    return RowPlan(row.number, values["extern_id"], values["titel"], values)


def check_duplicates(report):
    first = {}
    for plan in report.plans:
        if plan.external_id in first:
            report.add(
                plan.row,
                "extern_id",
                _("Dit extern id staat ook al in rij %(row)d.") % {"row": first[plan.external_id]},
            )
        first.setdefault(plan.external_id, plan.row)


def match_existing(report):
    """Decide per row: a new practice, an update of the one with its id, or unchanged."""
    ids = [plan.external_id for plan in report.plans]
    # Compared column by column below: the export's query fetches what the columns read.
    existing = exported_practices()
    by_id = {page.external_id: page for page in existing.filter(external_id__in=ids)}
    fallback = {
        int(match[1]): plan.external_id
        for plan in report.plans
        if (match := FALLBACK_ID.match(plan.external_id))
    }
    for page in existing.filter(pk__in=fallback, external_id__isnull=True):
        by_id[fallback[page.pk]] = page
    for plan in report.plans:
        page = by_id.get(plan.external_id)
        if page is None:
            continue
        plan.page_id = page.pk
        current = page.get_latest_revision_as_object()
        unchanged = all(
            column.codec.read(current, column.attr) == plan.values[column.header]
            for column in PRACTICE_COLUMNS
        )
        plan.action = UNCHANGED if unchanged else UPDATE


class ImportFailed(Exception):
    """Writing failed on a row (a check only the database makes); nothing was written."""

    def __init__(self, report):
        super().__init__(report.summary())
        self.report = report


def apply(report, lookups, user=None, progress=None):
    """Write a valid report in one transaction; returns the pages created or updated."""
    if not report.valid:
        raise ImportFailed(report)
    index = PracticeIndexPage.objects.first()
    if index is None:
        report.add(0, "", _("Er is nog geen materialenbank-pagina om praktijken onder te zetten."))
        raise ImportFailed(report)
    lookups.materials.user = user
    slugs = set(index.get_children().values_list("slug", flat=True))
    written = []
    try:
        with transaction.atomic():
            for plan in report.plans:
                if plan.action != UNCHANGED:
                    written.append(write_row(plan, index, slugs, lookups, user, report))
                if progress:
                    progress()
    except ValidationError as error:
        report.add(getattr(error, "row", 0), "", " ".join(error.messages))
        raise ImportFailed(report) from error
    return written


def write_row(plan, index, slugs, lookups, user, report):
    try:
        if plan.page_id:
            page = PracticePage.objects.get(pk=plan.page_id).get_latest_revision_as_object()
        else:
            page = PracticePage(live=False, slug=unique_slug(plan.title, slugs))
        first_key = plan.page_id and page.external_id != plan.external_id
        for column in PRACTICE_COLUMNS:
            column.codec.assign(page, column.attr, plan.values[column.header], lookups)
        if not plan.page_id:
            index.add_child(instance=page)
        elif first_key:  # the first import of an exported practice: keep its key on the page
            PracticePage.objects.filter(pk=page.pk).update(external_id=plan.external_id)
        page.save_revision(user=user, log_action=True)
    except ValidationError as error:
        error.row = plan.row
        raise
    submit_for_review(page, plan, user, report)
    return page


def unique_slug(title, taken):
    base = slugify(title)[:200] or "praktijk"
    slug, number = base, 1
    while slug in taken:
        number += 1
        slug = f"{base}-{number}"
    taken.add(slug)
    return slug


def submit_for_review(page, plan, user, report):
    workflow = page.get_workflow()
    if workflow is None or page.workflow_in_progress:
        return
    open_findings = page.privacy_review().open
    if open_findings:
        report.notices.append(
            _(
                "Rij %(row)d (%(title)s) is als concept opgeslagen maar niet ingediend: de "
                "privacycontrole vond %(count)d mogelijk identificerend gegeven(s)."
            )
            % {"row": plan.row, "title": plan.title, "count": len(open_findings)}
        )
        return
    workflow.start(page, user)
