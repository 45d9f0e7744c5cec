"""Admin views: import practices (upload → check → import) and export content."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import FormView, TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from .exporter import CONTENT_TYPES, EXPORTS, export, template_file
from .forms import ImportForm
from .importer import NEW, UPDATE, ImportFailed, Lookups, apply, validate
from .materials import MaterialSource
from .models import PracticeImport
from .reader import SpreadsheetError, read_table

IMPORT_PERMISSION = "exchange.import_practices"
# The same right as the network report: it reads every draft, and an export holds drafts.
EXPORT_PERMISSION = "network.view_network_reports"
MAX_MESSAGES = 20
# Writing costs about 0.4 s a row (page, revision, privacy scan, workflow): more rows than this
# would outlast the web server's request timeout, so they go through the command instead.
MAX_ADMIN_WRITES = 50


def too_many_writes(report):
    return report.count(NEW) + report.count(UPDATE) > MAX_ADMIN_WRITES


def too_many_message():
    return _(
        "Dit bestand schrijft meer dan %(max)d praktijken; dat duurt te lang voor het "
        "beheer. Splits het op, of laat het importeren met ‘manage.py import_practices’."
    ) % {"max": MAX_ADMIN_WRITES}


class PermissionRequiredMixin:
    permission = IMPORT_PERMISSION

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm(self.permission):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


def check_upload(upload):
    """(report, lookups) of a stored import, read again from its files."""
    with upload.spreadsheet.open("rb") as spreadsheet:
        table = read_table(spreadsheet, upload.file_name)
    materials = MaterialSource()
    if upload.materials:
        materials = MaterialSource.from_zip(upload.materials.open("rb"))
    lookups = Lookups(materials, upload.centre)
    return validate(table, lookups), lookups


class ImportView(PermissionRequiredMixin, WagtailAdminTemplateMixin, FormView):
    """Upload a spreadsheet; the answer is the check of every row (nothing is written yet)."""

    page_title = gettext_lazy("Praktijken importeren")
    header_icon = "upload"
    template_name = "exchange/import.html"
    form_class = ImportForm

    def form_valid(self, form):
        PracticeImport.discard_stale()
        data = form.cleaned_data
        upload = PracticeImport(
            user=self.request.user, centre=data["centre"], file_name=data["spreadsheet"].name
        )
        upload.spreadsheet.save(data["spreadsheet"].name, data["spreadsheet"], save=False)
        if data["materials"]:
            upload.materials.save(data["materials"].name, data["materials"], save=False)
        upload.save()
        try:
            report, _lookups = check_upload(upload)
        except SpreadsheetError as error:
            upload.discard_files()
            upload.delete()
            form.add_error(None, str(error))
            return self.form_invalid(form)
        if report.valid and not too_many_writes(report):
            upload.summary = report.summary()[:255]
            upload.save(update_fields=["summary"])
        else:  # nothing to import here: keep nothing
            upload.discard_files()
            upload.delete()
        return self.render_to_response(
            self.get_context_data(
                form=form,
                report=report,
                upload=upload,
                too_many=report.valid and too_many_writes(report) and too_many_message(),
            )
        )


class ApplyImportView(PermissionRequiredMixin, TemplateView):
    """Import a checked upload: it is checked again (the data may have changed meanwhile)."""

    http_method_names = ["post"]

    def post(self, request, pk):
        upload = get_object_or_404(
            PracticeImport, pk=pk, user=request.user, status=PracticeImport.Status.CHECKED
        )
        try:
            report, lookups = check_upload(upload)
            if too_many_writes(report):
                messages.error(request, too_many_message())
                return redirect("exchange_import")
            apply(report, lookups, user=request.user)
        except (SpreadsheetError, ImportFailed) as error:
            messages.error(request, _("Niets geïmporteerd: %(error)s") % {"error": error})
            problems = error.report.problems if isinstance(error, ImportFailed) else []
            for problem in problems[:MAX_MESSAGES]:
                messages.error(
                    request,
                    _("Rij %(row)s, kolom %(column)s: %(message)s") % problem.__dict__,
                )
            return redirect("exchange_import")
        upload.discard_files()
        upload.status = PracticeImport.Status.DONE
        upload.summary = report.summary()[:255]
        upload.save(update_fields=["status", "summary"])
        messages.success(
            request,
            _("Geïmporteerd: %(summary)s De praktijken zijn concepten bij de redactie.")
            % {"summary": report.summary()},
        )
        for notice in report.notices:
            messages.warning(request, notice)
        return redirect("exchange_import")


def download(data, content_type, filename):
    response = HttpResponse(data, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def import_template(request, file_format):
    if not request.user.has_perm(IMPORT_PERMISSION):
        raise PermissionDenied
    return download(*template_file(file_format))


class ExportView(PermissionRequiredMixin, WagtailAdminTemplateMixin, TemplateView):
    permission = EXPORT_PERMISSION
    page_title = gettext_lazy("Exporteren")
    header_icon = "download"
    template_name = "exchange/export.html"

    def get_context_data(self, **kwargs):
        return super().get_context_data(exports=EXPORTS.values(), formats=CONTENT_TYPES, **kwargs)


def export_file(request, slug, file_format):
    if not request.user.has_perm(EXPORT_PERMISSION):
        raise PermissionDenied
    if slug not in EXPORTS or file_format not in CONTENT_TYPES:
        raise Http404
    return download(*export(slug, file_format))
