"""Admin views: import practices (upload → check → queue → status) and export content."""

from django.contrib.auth import mixins as auth_mixins
from django.contrib.auth.decorators import permission_required
from django.http import Http404, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse_lazy
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import FormView, TemplateView, View
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from .exporter import CONTENT_TYPES, EXPORTS, export, template_file
from .forms import ImportForm
from .models import PracticeImport
from .reader import SpreadsheetError
from .tasks import check_upload, run_import

IMPORT_PERMISSION = "exchange.import_practices"
# The same right as the network report: it reads every draft, and an export holds drafts.
EXPORT_PERMISSION = "network.view_network_reports"
RECENT_IMPORTS = 10


class PermissionRequiredMixin(auth_mixins.PermissionRequiredMixin):
    permission_required = IMPORT_PERMISSION
    raise_exception = True  # a 403 inside the admin, never a second login


class AdminPageMixin(WagtailAdminTemplateMixin):
    """The page's own title in the header's breadcrumbs (Wagtail shows only "Home" else)."""

    parent_breadcrumbs = []

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            *self.parent_breadcrumbs,
            {"url": "", "label": self.get_page_title()},
        ]


class ImportView(PermissionRequiredMixin, AdminPageMixin, FormView):
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
        if report.valid:
            upload.summary = report.summary()[:255]
            upload.total = len(report.plans)
            upload.save(update_fields=["summary", "total"])
        else:  # nothing to import here: keep nothing
            upload.discard_files()
            upload.delete()
        return self.render_to_response(
            self.get_context_data(form=form, report=report, upload=upload)
        )

    def get_context_data(self, **kwargs):
        recent = PracticeImport.objects.filter(user=self.request.user).exclude(
            status=PracticeImport.Status.CHECKED
        )
        return super().get_context_data(recent_imports=recent[:RECENT_IMPORTS], **kwargs)


class ApplyImportView(PermissionRequiredMixin, View):
    """Queue a checked upload for the worker; the answer is its status page."""

    http_method_names = ["post"]

    def post(self, request, pk):
        # One update from "checked" to "queued": a second click queues nothing twice.
        queued = PracticeImport.objects.filter(
            pk=pk, user=request.user, status=PracticeImport.Status.CHECKED
        ).update(status=PracticeImport.Status.QUEUED)
        if not queued:
            raise Http404
        run_import.enqueue(pk)
        return redirect("exchange_import_status", pk=pk)


class ImportStatusView(PermissionRequiredMixin, AdminPageMixin, TemplateView):
    """Where an import stands; `?format=json` answers the page's own polling script."""

    header_icon = "upload"
    template_name = "exchange/import_status.html"
    parent_breadcrumbs = [
        {"url": reverse_lazy("exchange_import"), "label": gettext_lazy("Praktijken importeren")}
    ]

    def get(self, request, pk):
        self.upload = get_object_or_404(PracticeImport, pk=pk, user=request.user)
        self.upload.fail_if_stalled()
        if request.GET.get("format") == "json":
            return JsonResponse(status_data(self.upload))
        return super().get(request, pk=pk)

    def get_page_title(self):
        return _("Import van %(file)s") % {"file": self.upload.file_name}

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            upload=self.upload,
            status=status_data(self.upload),
            queued=self.upload.status == PracticeImport.Status.QUEUED,
            imported=self.upload.status == PracticeImport.Status.DONE,
            **kwargs,
        )


def status_data(upload):
    written = upload.written  # read from the progress file once
    return {
        "status": upload.status,
        "label": upload.get_status_display(),
        "pending": upload.is_pending,
        "written": written,
        "total": upload.total,
        "text": _("%(written)d van %(total)d rijen verwerkt")
        % {"written": written, "total": upload.total},
    }


def download(data, content_type, filename):
    response = HttpResponse(data, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


@permission_required(IMPORT_PERMISSION, raise_exception=True)
def import_template(request, file_format):
    return download(*template_file(file_format))


class ExportView(PermissionRequiredMixin, AdminPageMixin, TemplateView):
    permission_required = EXPORT_PERMISSION
    page_title = gettext_lazy("Exporteren")
    header_icon = "download"
    template_name = "exchange/export.html"

    def get_context_data(self, **kwargs):
        return super().get_context_data(exports=EXPORTS.values(), formats=CONTENT_TYPES, **kwargs)


@permission_required(EXPORT_PERMISSION, raise_exception=True)
def export_file(request, slug, file_format):
    if slug not in EXPORTS or file_format not in CONTENT_TYPES:
        raise Http404
    return download(*export(slug, file_format))
