"""The one safe path for every CSV and XLSX cell the portal writes: formula injection.

A spreadsheet program runs a cell starting with `= + - @` (and, in some programs, a tab or a
carriage return before one of those) as a formula, so a registration named
`=HYPERLINK("http://…")` would become a live link in an editor's Excel. Such a text gets a leading
`'`: Excel and LibreOffice show it as text, and exchange.reader removes it again on import.
Numbers, dates and other non-text values are left alone: a negative number stays a number.

The project's own writers (exchange.exporter) call `protect`; Wagtail's list exports (snippet
and model viewsets, reports, form submissions) are protected by `protect_wagtail_exports`.
"""

from functools import wraps

INJECTION_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


def protect(value):
    """`'=x` for a text a spreadsheet would run as a formula; any other value unchanged."""
    if isinstance(value, str) and value.startswith(INJECTION_PREFIXES):
        return f"'{value}"
    return value


def protect_wagtail_exports():
    """Protect every cell of every Wagtail list export, called once from the app's ready().

    Wagtail's CSV and XLSX writers take each cell from `preprocess_field_value`; wrapping it on
    the mixin itself also reaches the exports Wagtail defines (form submissions of the public
    contact form, the page and audit-log reports), which no subclass of ours could.
    """
    from wagtail.admin.views.mixins import SpreadsheetExportMixin

    preprocess = SpreadsheetExportMixin.preprocess_field_value
    if getattr(preprocess, "protects_formulas", False):
        return

    @wraps(preprocess)
    def preprocess_field_value(self, field, value, export_format):
        return protect(preprocess(self, field, value, export_format))

    preprocess_field_value.protects_formulas = True
    SpreadsheetExportMixin.preprocess_field_value = preprocess_field_value
