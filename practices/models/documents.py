from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.documents.models import AbstractDocument, Document

from ..document_checks import (
    NO_LANGUAGE,
    NO_TEXT,
    NO_TITLE,
    UNREADABLE,
    pdf_accessibility_issues,
)
from ..extraction import extract_text

ACCESSIBILITY_MESSAGES = {
    NO_TEXT: _(
        "Geen tekstlaag: dit lijkt een scan, een schermlezer kan er niets mee. Bewaar het "
        "bestand opnieuw als PDF vanuit de tekstverwerker, of laat de tekst herkennen (OCR)."
    ),
    NO_LANGUAGE: _(
        "Geen documenttaal: stel de taal in op Nederlands (België) voor je de PDF bewaart, "
        "zodat een schermlezer de tekst juist uitspreekt."
    ),
    NO_TITLE: _(
        "Geen documenttitel: vul de titel in bij de eigenschappen van het bestand; "
        "die verschijnt in de titelbalk en wordt voorgelezen."
    ),
    UNREADABLE: _("Dit bestand kon niet als PDF gelezen worden; controleer het."),
}


class MaterialDocument(AbstractDocument):
    """A downloadable material (PDF, DOCX, ...) that practices attach.

    A custom document model so later features (extracted text for search, accessibility checks)
    live on the document itself.
    """

    extracted_text = models.TextField(_("tekst uit het bestand"), blank=True, editable=False)
    accessibility_issues = models.JSONField(
        _("toegankelijkheidsproblemen"), default=list, blank=True, editable=False
    )

    admin_form_fields = Document.admin_form_fields

    class Meta(AbstractDocument.Meta):
        verbose_name = _("document")
        verbose_name_plural = _("documenten")
        permissions = [("choose_document", "Can choose document")]

    # The file as loaded, so save() can tell a new or replaced file from a title edit.
    _analysed_file = None

    @classmethod
    def from_db(cls, db, field_names, values):
        instance = super().from_db(db, field_names, values)
        instance._analysed_file = instance.__dict__.get("file")
        return instance

    @property
    def format_label(self):
        return self.file_extension.upper()

    @property
    def accessibility_warnings(self):
        return [ACCESSIBILITY_MESSAGES[code] for code in self.accessibility_issues]

    def save(self, *args, **kwargs):
        # Read a file only when it is new or replaced: opening it on every title edit costs time.
        file_changed = self._state.adding or self.file.name != self._analysed_file
        if file_changed:
            self.extracted_text = self.read_text()
            update_fields = kwargs.get("update_fields")
            if update_fields is not None:
                kwargs["update_fields"] = {*update_fields, "extracted_text"}
        super().save(*args, **kwargs)
        if file_changed:
            self.check_accessibility()
            self._analysed_file = self.file.name

    def read_text(self):
        """The words in the file, for search; empty when it cannot be read."""
        try:
            with self.open_file() as handle:
                handle.seek(0)
                return extract_text(handle, self.file_extension)
        except OSError:
            return ""

    def check_accessibility(self):
        issues = []
        if self.file_extension == "pdf":
            with self.open_file() as handle:
                issues = pdf_accessibility_issues(handle)
        self.accessibility_issues = issues
        type(self).objects.filter(pk=self.pk).update(accessibility_issues=issues)
