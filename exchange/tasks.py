"""The admin import runs in the background: a worker (`manage.py db_worker --backend imports`)
writes the practices, so a large file does not outlast the web server's request timeout."""

import logging

from django.utils import timezone
from django.utils.translation import gettext as _
from django_tasks import task

from .importer import ImportFailed, Lookups, apply, validate
from .materials import MaterialSource
from .models import PracticeImport
from .reader import SpreadsheetError, read_table

logger = logging.getLogger(__name__)
# At most this many row problems are kept for the status page; the count says the rest.
MAX_MESSAGES = 50


def check_upload(upload):
    """(report, lookups) of a stored import, read again from its files."""
    with upload.spreadsheet.open("rb") as spreadsheet:
        table = read_table(spreadsheet, upload.file_name)
    materials = MaterialSource()
    if upload.materials:
        materials = MaterialSource.from_zip(upload.materials.open("rb"))
    lookups = Lookups(materials, upload.centre)
    return validate(table, lookups), lookups


def problem_lines(report):
    return [
        _("Rij %(row)s, kolom %(column)s: %(message)s") % problem.__dict__
        for problem in report.problems[:MAX_MESSAGES]
    ]


@task(backend="imports")
def run_import(import_id):
    """Check the upload again (the data may have changed since its check), then write it in
    one transaction: every row or none."""
    upload = PracticeImport.objects.select_related("user", "centre").get(pk=import_id)
    if upload.status != PracticeImport.Status.QUEUED:
        return upload.status  # delivered twice: the first run did the work
    upload.status = PracticeImport.Status.RUNNING
    upload.started_at = timezone.now()
    upload.save(update_fields=["status", "started_at"])
    processed = 0

    def progress():
        nonlocal processed
        processed += 1
        upload.record_progress(processed)

    try:
        report, lookups = check_upload(upload)
        upload.total = len(report.plans)
        upload.save(update_fields=["total"])
        apply(report, lookups, user=upload.user, progress=progress)
    except SpreadsheetError as error:
        upload.finish(PracticeImport.Status.FAILED, str(error))
    except ImportFailed as error:
        upload.finish(PracticeImport.Status.FAILED, str(error), problem_lines(error.report))
    except Exception:
        # The transaction was rolled back, so nothing was written; the task result keeps the
        # traceback for the administrator.
        logger.exception("Import %s failed", import_id)
        upload.finish(
            PracticeImport.Status.FAILED,
            _("Onverwachte fout bij het importeren; er is niets geïmporteerd."),
        )
        raise
    else:
        upload.finish(PracticeImport.Status.DONE, report.summary(), report.notices)
    return upload.status
