"""What the report tests check in a PDF: it parses, it is tagged, its text and its images."""

from io import BytesIO

from pypdf import PdfReader


def read_pdf(response):
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    return PdfReader(BytesIO(response.content))


def text_of(reader):
    """All text, with line breaks as spaces (WeasyPrint wraps long titles)."""
    return " ".join(" ".join(page.extract_text().split()) for page in reader.pages)


def assert_tagged(reader, title):
    """Tagged PDF with its structure tree, document language and a title the viewer shows."""
    root = reader.trailer["/Root"]
    assert root["/MarkInfo"]["/Marked"].value is True
    assert root["/StructTreeRoot"]["/K"], "empty structure tree"
    assert root["/Lang"] == "nl-BE"
    assert root["/ViewerPreferences"]["/DisplayDocTitle"].value is True
    assert reader.metadata.title == title


def raster_images(reader):
    """Every raster image on every page (charts and QR codes must be vectors)."""
    return [image.name for page in reader.pages for image in page.images]
