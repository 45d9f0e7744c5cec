"""Plain text out of uploaded materials (PDF, DOCX, PPTX, ODT/ODS/ODP, XLSX), for the search index.

Extraction never raises: a file that cannot be read gives an empty string and a log line, so a
broken or exotic file never blocks an upload.
"""

import logging
import zipfile

logger = logging.getLogger(__name__)

MAX_CHARS = 200_000  # enough for any handout; keeps the index row bounded


def _pdf(handle):
    from pypdf import PdfReader

    reader = PdfReader(handle)
    return "\n".join(page.extract_text() or "" for page in reader.pages)


def _docx(handle):
    from docx import Document

    document = Document(handle)
    parts = [paragraph.text for paragraph in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            parts.extend(cell.text for cell in row.cells)
    return "\n".join(parts)


def _pptx(handle):
    from pptx import Presentation

    presentation = Presentation(handle)
    return "\n".join(
        shape.text_frame.text
        for slide in presentation.slides
        for shape in slide.shapes
        if shape.has_text_frame
    )


def _opendocument(handle):
    from odf import teletype, text
    from odf.opendocument import load

    document = load(handle)
    return "\n".join(teletype.extractText(node) for node in document.getElementsByType(text.P))


def _xlsx(handle):
    # Shared strings hold the text cells of a workbook; numbers carry no searchable words.
    import xml.etree.ElementTree as ElementTree

    with zipfile.ZipFile(handle) as archive:
        if "xl/sharedStrings.xml" not in archive.namelist():
            return ""
        root = ElementTree.fromstring(archive.read("xl/sharedStrings.xml"))
    return "\n".join(node.text or "" for node in root.iter() if node.tag.endswith("}t"))


EXTRACTORS = {
    "pdf": _pdf,
    "docx": _docx,
    "pptx": _pptx,
    "odt": _opendocument,
    "ods": _opendocument,
    "odp": _opendocument,
    "xlsx": _xlsx,
}


def extract_text(handle, extension):
    """Text of a file-like object by its extension; empty when unknown or unreadable."""
    extractor = EXTRACTORS.get(extension.lower().lstrip("."))
    if extractor is None:
        return ""
    try:
        text = extractor(handle)
    except Exception:  # noqa: BLE001 - any parser failure must not block the upload
        logger.warning("Text extraction failed for a .%s file", extension, exc_info=True)
        return ""
    return " ".join(text.split())[:MAX_CHARS]
