"""An uploaded import in the admin: checked (the dry run), then queued, run by the worker, done."""

import datetime
import uuid
from pathlib import Path

from django.conf import settings
from django.core.files.storage import FileSystemStorage
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


def import_storage():
    """Outside MEDIA_ROOT: an uploaded spreadsheet holds unpublished drafts and is never served.

    A callable, so migrations do not record the path of the machine that made them.
    """
    return FileSystemStorage(location=settings.EXCHANGE_UPLOAD_ROOT)


KEEP_UPLOADS = datetime.timedelta(days=1)
# A running import shows a sign of life every row (well under a second each); this long without
# one means its worker was killed or its machine restarted.
STALLED_AFTER = datetime.timedelta(minutes=10)


def progress_file(pk):
    return Path(settings.EXCHANGE_UPLOAD_ROOT) / "voortgang" / f"{pk}.txt"


def upload_name(instance, filename):
    extension = filename.rsplit(".", 1)[-1].lower() if "." in filename else ""
    return f"{uuid.uuid4().hex}.{extension}"


class PracticeImport(models.Model):
    class Status(models.TextChoices):
        CHECKED = "gecontroleerd", _("gecontroleerd")
        QUEUED = "wachtrij", _("in de wachtrij")
        RUNNING = "bezig", _("bezig")
        DONE = "geimporteerd", _("geïmporteerd")
        FAILED = "mislukt", _("mislukt, niets geïmporteerd")

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    centre = models.ForeignKey(
        "network.Centre", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    file_name = models.CharField(_("bestand"), max_length=255)
    spreadsheet = models.FileField(storage=import_storage, upload_to=upload_name)
    materials = models.FileField(storage=import_storage, upload_to=upload_name, blank=True)
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.CHECKED
    )
    summary = models.CharField(_("resultaat"), max_length=255, blank=True)
    # The practices the import writes (new and updated): the denominator of its progress.
    total = models.PositiveIntegerField(_("te schrijven"), default=0)
    # What the run reported, as plain sentences: problems when it failed, notices when it
    # succeeded (a practice kept as a draft because of its privacy check).
    messages = models.JSONField(_("meldingen"), default=list, blank=True)
    created_at = models.DateTimeField(_("opgeladen op"), auto_now_add=True)
    started_at = models.DateTimeField(_("gestart op"), null=True, blank=True)
    finished_at = models.DateTimeField(_("klaar op"), null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]
        default_permissions = ()
        permissions = [("import_practices", _("Kan praktijken importeren"))]
        verbose_name = _("import van praktijken")
        verbose_name_plural = _("imports van praktijken")

    def __str__(self):
        return self.file_name

    @property
    def is_pending(self):
        return self.status in (self.Status.QUEUED, self.Status.RUNNING)

    def discard_files(self):
        for upload in (self.spreadsheet, self.materials):
            if upload:
                upload.delete(save=False)
        progress_file(self.pk).unlink(missing_ok=True)

    def finish(self, status, summary, messages=()):
        self.discard_files()
        self.status = status
        self.summary = summary[:255]
        self.messages = list(messages)
        self.finished_at = timezone.now()
        self.save(update_fields=["status", "summary", "messages", "finished_at"])

    def last_sign_of_life(self):
        try:
            progress = progress_file(self.pk).stat().st_mtime
        except FileNotFoundError:
            return self.started_at
        return max(self.started_at, datetime.datetime.fromtimestamp(progress, datetime.UTC))

    def fail_if_stalled(self):
        """A worker killed mid-import leaves it "bezig" for ever; its transaction was rolled
        back, so nothing was written. Say so once it has been silent for STALLED_AFTER."""
        if self.status != self.Status.RUNNING or self.started_at is None:
            return
        if timezone.now() - self.last_sign_of_life() < STALLED_AFTER:
            return
        # Only if it is still running: a worker finishing right now keeps its own result.
        if PracticeImport.objects.filter(pk=self.pk, status=self.Status.RUNNING).update(
            status=self.Status.FAILED
        ):
            self.finish(
                self.Status.FAILED,
                _(
                    "De import is onderbroken (de achtergrondverwerking stopte); er is niets "
                    "geïmporteerd. Laad het bestand opnieuw op."
                ),
            )

    def record_progress(self, written):
        """The import writes in one transaction, invisible to others until it ends: its
        progress goes to a small file next to the upload, where the status page reads it."""
        path = progress_file(self.pk)
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_suffix(".tmp")
        partial.write_text(str(written), encoding="ascii")
        partial.replace(path)  # atomic: a reader never sees half a number

    @property
    def written(self):
        if self.status == self.Status.DONE:
            return self.total
        try:
            return int(progress_file(self.pk).read_text(encoding="ascii"))
        except (FileNotFoundError, ValueError):
            return 0

    @classmethod
    def discard_stale(cls):
        """Uploads that were checked but never imported are kept a day, then removed. Queued,
        running and finished imports stay: the latter are the import history."""
        stale_imports = cls.objects.filter(
            status=cls.Status.CHECKED, created_at__lt=timezone.now() - KEEP_UPLOADS
        )
        for stale in stale_imports:
            stale.discard_files()
            stale.delete()
