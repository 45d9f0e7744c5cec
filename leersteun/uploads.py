"""Upload validation for materials: the content must be what the name says, and harmless.

Wagtail checks the extension and the size; this form also checks the file's own bytes, so a
renamed HTML page, an SVG with script, a PDF with JavaScript or a zip bomb named .docx is refused
before anything is stored.

A PDF is read with pypdf, which decodes hex-escaped names (`/J#61vaScript`) and the objects
packed in compressed object streams, so what a viewer would run is seen however it is written.
"""

import re
import zipfile

from django.conf import settings
from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.text import get_text_list
from django.utils.translation import gettext_lazy as _
from pypdf import PdfReader
from pypdf.generic import ArrayObject, DictionaryObject, IndirectObject
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
# What a PDF may not hold, in the user's words, by the dictionary key that introduces it ...
PDF_SCRIPT = _("JavaScript")
PDF_FORBIDDEN_KEYS = {
    "/JS": PDF_SCRIPT,
    "/JavaScript": PDF_SCRIPT,  # the document-level scripts in the names tree
    "/AA": _("acties die vanzelf starten (bij een pagina of een formulierveld)"),
    "/EmbeddedFiles": _("ingesloten bestanden"),
    "/RichMedia": _("ingesloten multimedia"),
}
# ... or by the value of /S (an action's kind), /Type or /Subtype.
PDF_FORBIDDEN_KINDS = {
    "/JavaScript": PDF_SCRIPT,
    "/Launch": _("een opdracht die een programma start"),
    "/SubmitForm": _("een formulier dat gegevens verstuurt"),
    "/ImportData": _("een opdracht die gegevens inleest"),
    "/EmbeddedFile": _("ingesloten bestanden"),
    "/FileAttachment": _("ingesloten bestanden"),
    "/RichMedia": _("ingesloten multimedia"),
    "/RichMediaExecute": _("ingesloten multimedia"),
}
PDF_KIND_KEYS = ("/S", "/Type", "/Subtype")
# /OpenAction as a destination (`[page /Fit]`) or a /GoTo action only opens at a page: allowed.
# Any other open action runs something the moment the file is opened.
PDF_OPEN_ACTION = _("een actie die vanzelf start bij het openen")
# Objects and values the check walks at most: a material has far fewer, and a file with more is
# refused rather than walked at length (pypdf itself bounds how far a stream may decompress).
MAX_PDF_NODES = 1_000_000
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
    found = pdf_active_content(upload) or pdf_script_bytes(upload)
    if found:
        raise pdf_refused(found)


def pdf_script_bytes(upload):
    """The names in plain bytes: a viewer that rebuilds a damaged file may find objects pypdf
    did not."""
    upload.seek(0)
    # Chunks overlap so a keyword on a chunk boundary is still seen.
    tail = b""
    for chunk in upload.chunks(READ_CHUNK):
        match = PDF_SCRIPT_PATTERN.search(tail + chunk)
        if match:
            return [PDF_FORBIDDEN_KINDS.get(f"/{match[1].decode()}", PDF_SCRIPT)]
        tail = chunk[-16:]
    return []


def pdf_refused(found):
    return ValidationError(
        _(
            "Het PDF-bestand bevat %(found)s; dat laten we niet toe. Sla het opnieuw op als PDF "
            "zonder scripts, automatische acties of ingesloten bestanden."
        )
        % {"found": get_text_list([str(label) for label in found], _("en"))},
        code="pdf_script",
    )


def pdf_active_content(upload):
    """The labels of what the PDF holds that a viewer would run or unpack, without repeats.

    Every object is looked at: those the cross-reference lists (object streams included) and
    those reachable from the trailer, for a file whose cross-reference pypdf had to rebuild.
    """
    try:
        reader = PdfReader(upload)
        found = []
        for obj in pdf_objects(reader):
            for label in pdf_findings(obj):
                if label not in found:
                    found.append(label)
        return found
    except ValidationError:
        raise
    # A parser of hostile input fails in many ways; any failure means the file is not checked.
    except Exception as error:
        raise ValidationError(
            _(
                "Dit PDF-bestand is beschadigd of kan niet gecontroleerd worden. Sla het opnieuw "
                "op als PDF en probeer nog eens."
            ),
            code="pdf_unreadable",
        ) from error


def pdf_objects(reader):
    """Every object of the file once, resolved; containers are walked without recursion."""
    listed = {(number, generation) for generation, table in reader.xref.items() for number in table}
    listed |= {(number, 0) for number in reader.xref_objStm}
    pending = [reader.trailer, *(IndirectObject(*key, reader) for key in sorted(listed))]
    seen = set()
    budget = MAX_PDF_NODES
    while pending:
        obj = pending.pop()
        budget -= 1
        if budget < 0:
            raise ValidationError(
                _("Dit PDF-bestand is te ingewikkeld om te controleren."), code="pdf_complex"
            )
        if isinstance(obj, IndirectObject):
            if (obj.idnum, obj.generation) in seen:
                continue
            seen.add((obj.idnum, obj.generation))
            obj = obj.get_object()
        if isinstance(obj, DictionaryObject):
            yield obj
            pending.extend(obj.values())
        elif isinstance(obj, ArrayObject):
            pending.extend(obj)


def pdf_findings(dictionary):
    for key, label in PDF_FORBIDDEN_KEYS.items():
        if key in dictionary:
            yield label
    for key in PDF_KIND_KEYS:
        # Indexing resolves a value given as a reference to another object.
        label = key in dictionary and PDF_FORBIDDEN_KINDS.get(str(dictionary[key]))
        if label:
            yield label
    if "/OpenAction" in dictionary:
        action = dictionary["/OpenAction"]
        if isinstance(action, DictionaryObject) and action.get("/S") != "/GoTo":
            yield PDF_OPEN_ACTION


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
