from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.documents.models import AbstractDocument, Document

from ..extraction import extract_text


class MaterialDocument(AbstractDocument):
    """A downloadable material (PDF, DOCX, ...) that practices attach.

    A custom document model so later features (extracted text for search, accessibility checks)
    live on the document itself.
    """

    extracted_text = models.TextField(_("tekst uit het bestand"), blank=True, editable=False)

    admin_form_fields = Document.admin_form_fields

    class Meta(AbstractDocument.Meta):
        verbose_name = _("document")
        verbose_name_plural = _("documenten")
        permissions = [("choose_document", "Can choose document")]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._extracted_from = self.file.name

    def save(self, *args, **kwargs):
        # Extract once per uploaded file: on creation and when the file is replaced.
        if self.file and (self._extracted_from != self.file.name or not self.pk):
            self.extracted_text = self.read_text()
            self._extracted_from = self.file.name
            update_fields = kwargs.get("update_fields")
            if update_fields is not None:
                kwargs["update_fields"] = {*update_fields, "extracted_text"}
        super().save(*args, **kwargs)

    def read_text(self):
        try:
            self.file.open("rb")
            self.file.seek(0)
            return extract_text(self.file, self.file_extension)
        except OSError:
            return ""

    @property
    def format_label(self):
        return self.file_extension.upper()
