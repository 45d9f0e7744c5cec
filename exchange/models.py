"""An uploaded import waiting between the dry run (preview) and "Importeren" in the admin."""

import datetime
import uuid

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


def upload_name(instance, filename):
    extension = filename.rsplit(".", 1)[-1].lower() if "." in filename else ""
    return f"{uuid.uuid4().hex}.{extension}"


class PracticeImport(models.Model):
    class Status(models.TextChoices):
        CHECKED = "gecontroleerd", _("gecontroleerd")
        DONE = "geimporteerd", _("geïmporteerd")

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
    created_at = models.DateTimeField(_("opgeladen op"), auto_now_add=True)

    class Meta:
        ordering = ["-created_at"]
        default_permissions = ()
        permissions = [("import_practices", _("Kan praktijken importeren"))]
        verbose_name = _("import van praktijken")
        verbose_name_plural = _("imports van praktijken")

    def __str__(self):
        return self.file_name

    def discard_files(self):
        for upload in (self.spreadsheet, self.materials):
            if upload:
                upload.delete(save=False)

    @classmethod
    def discard_stale(cls):
        """Uploads that were checked but never imported are kept a day, then removed."""
        for stale in cls.objects.filter(created_at__lt=timezone.now() - KEEP_UPLOADS):
            stale.discard_files()
            stale.delete()
