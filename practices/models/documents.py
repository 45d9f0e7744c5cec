from django.utils.translation import gettext_lazy as _
from wagtail.documents.models import AbstractDocument, Document


class MaterialDocument(AbstractDocument):
    """A downloadable material (PDF, DOCX, ...) that practices attach.

    A custom document model so later features (extracted text for search, accessibility checks)
    live on the document itself.
    """

    admin_form_fields = Document.admin_form_fields

    class Meta(AbstractDocument.Meta):
        verbose_name = _("document")
        verbose_name_plural = _("documenten")
        permissions = [("choose_document", "Can choose document")]

    @property
    def format_label(self):
        return self.file_extension.upper()
