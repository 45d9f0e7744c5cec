"""Upload validation for materials: the content must be what the name says, and harmless.

Wagtail checks the extension and the size; this form also checks the file's own bytes, so a
renamed HTML page, an SVG with script, a PDF with JavaScript or a zip bomb named .docx is refused
before anything is stored.
"""

import re
import zipfile

from django.conf import settings
from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _
from wagtail.documents.forms import BaseDocumentForm

PDF_MAGIC = b"%PDF-"
ZIP_MAGIC = b"PK\x03\x04"
# The member that makes a zip an Office Open XML document of that kind.
OOXML_MARKERS = {
    "docx": "word/document.xml",
    "xlsx": "xl/workbook.xml",
    "pptx": "ppt/presentation.xml",
}
# OpenDocument files start with an uncompressed "mimetype" member naming their kind.
ODF_MIMETYPES = {
    "odt": b"application/vnd.oasis.opendocument.text",
    "ods": b"application/vnd.oasis.opendocument.spreadsheet",
    "odp": b"application/vnd.oasis.opendocument.presentation",
}
SCRIPT_EXTENSIONS = {"html", "htm", "xhtml", "svg", "svgz", "xml", "js"}
MARKUP_PATTERN = re.compile(rb"^\s*(<\?xml|<!doctype|<html|<svg|<script)", re.IGNORECASE)
PDF_SCRIPT_PATTERN = re.compile(rb"/(JavaScript|JS|Launch)\b")
MAX_ZIP_MEMBERS = 5000
READ_CHUNK = 1024 * 1024


class MaterialDocumentForm(BaseDocumentForm):
    """The document form of the admin (WAGTAILDOCS_DOCUMENT_FORM_BASE)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "file" in self.fields:
            self.fields["file"].error_messages["file_too_large"] = _(
                "Dit bestand is te groot (%(file_size)s); een materiaal mag hoogstens "
                "%(max_filesize)s zijn."
            )

    def clean_file(self):
        upload = self.cleaned_data.get("file")
        if upload and "file" in self.changed_data:
            validate_material(upload)
        return upload


def validate_material(upload):
    name = upload.name or ""
    extension = name.rsplit(".", 1)[-1].lower() if "." in name else ""
    allowed = settings.WAGTAILDOCS_EXTENSIONS
    if extension in SCRIPT_EXTENSIONS:
        raise ValidationError(
            _("HTML-, SVG- en XML-bestanden kunnen scripts bevatten en zijn niet toegestaan."),
            code="script_file",
        )
    if extension not in allowed:
        raise ValidationError(
            _(
                "Bestanden van het type ‘%(extension)s’ zijn niet toegestaan. "
                "Toegestaan: %(allowed)s."
            )
            % {"extension": extension or "?", "allowed": ", ".join(e.upper() for e in allowed)},
            code="extension",
        )
    upload.seek(0)
    head = upload.read(2048)
    upload.seek(0)
    if MARKUP_PATTERN.match(head):
        raise ValidationError(
            _("Dit bestand is een webpagina of afbeelding met opmaakcode, geen %(kind)s.")
            % {"kind": extension.upper()},
            code="markup",
        )
    try:
        if extension == "pdf":
            validate_pdf(upload, head)
        else:
            validate_zip_document(upload, head, extension)
    finally:
        upload.seek(0)


def mismatch(extension):
    return ValidationError(
        _(
            "De inhoud van dit bestand past niet bij de extensie .%(extension)s. "
            "Sla het opnieuw op als %(kind)s en probeer nog eens."
        )
        % {"extension": extension, "kind": extension.upper()},
        code="mismatch",
    )


def validate_pdf(upload, head):
    if not head.startswith(PDF_MAGIC):
        raise mismatch("pdf")
    # Chunks overlap so a keyword on a chunk boundary is still seen.
    tail = b""
    for chunk in upload.chunks(READ_CHUNK):
        if PDF_SCRIPT_PATTERN.search(tail + chunk):
            raise ValidationError(
                _("Deze PDF bevat JavaScript of start een programma en wordt daarom geweigerd."),
                code="pdf_script",
            )
        tail = chunk[-16:]


def validate_zip_document(upload, head, extension):
    if not head.startswith(ZIP_MAGIC):
        raise mismatch(extension)
    try:
        with zipfile.ZipFile(upload) as archive:
            members = archive.infolist()
            if len(members) > MAX_ZIP_MEMBERS:
                raise zip_bomb()
            names = {member.filename for member in members}
            if extension in OOXML_MARKERS:
                if OOXML_MARKERS[extension] not in names:
                    raise mismatch(extension)
            elif (
                "mimetype" not in names
                or archive.read("mimetype").strip() != ODF_MIMETYPES[extension]
            ):
                raise mismatch(extension)
            check_uncompressed_size(archive, members)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, NotImplementedError) as error:
        raise ValidationError(
            _("Dit bestand is beschadigd en kan niet geopend worden."), code="corrupt"
        ) from error


def zip_bomb():
    return ValidationError(
        _("Dit bestand pakt uit tot meer dan %(limit)s en wordt geweigerd (mogelijk een zip-bom).")
        % {"limit": filesizeformat(settings.UPLOAD_MAX_UNCOMPRESSED_SIZE)},
        code="zip_bomb",
    )


def check_uncompressed_size(archive, members):
    """Decompress (and discard) every member within a budget: declared sizes can lie."""
    budget = settings.UPLOAD_MAX_UNCOMPRESSED_SIZE
    if sum(member.file_size for member in members) > budget:
        raise zip_bomb()
    for member in members:
        with archive.open(member) as stream:
            while chunk := stream.read(READ_CHUNK):
                budget -= len(chunk)
                if budget < 0:
                    raise zip_bomb()
