import io
import zipfile
import zlib

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from pypdf import PdfWriter
from wagtail.models import Collection

from leersteun.uploads import PDF_SCRIPT_PATTERN
from practices.demo_files import make_docx, make_pdf
from practices.models import MaterialDocument

pytestmark = pytest.mark.django_db

PDF = make_pdf("Werkblad", ["Een regel."])
DOCX = make_docx("Stappenplan", ["Een stap."])


def zip_bytes(members):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in members.items():
            archive.writestr(name, content)
    return buffer.getvalue()


def odt_bytes():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        archive.writestr("content.xml", "<office:document-content/>", zipfile.ZIP_DEFLATED)
    return buffer.getvalue()


def zip_bomb_docx(uncompressed):
    """A DOCX-looking zip with one member of zeros that expands to `uncompressed` bytes."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<w:document/>")
        with archive.open("word/media/bom.bin", "w") as member:
            for _ in range(uncompressed // (1024 * 1024)):
                member.write(bytes(1024 * 1024))
    return buffer.getvalue()


PAGES = b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>"


def write_objects(bodies):
    """A PDF header and the numbered objects; returns the bytes so far and each offset."""
    out = bytearray(b"%PDF-1.7\n")
    offsets = {}
    for number, body in bodies.items():
        offsets[number] = len(out)
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    return out, offsets


def raw_pdf(catalog_extra=b"", page_extra=b""):
    """A one-page PDF written by hand, so a name can be spelled as an attacker would."""
    out, offsets = write_objects(
        {
            1: b"<< /Type /Catalog /Pages 2 0 R " + catalog_extra + b" >>",
            2: PAGES,
            3: b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] " + page_extra + b" >>",
        }
    )
    xref = len(out)
    out += b"xref\n0 4\n0000000000 65535 f \n"
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets.values())
    out += b"trailer\n<< /Size 4 /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % xref
    return bytes(out)


def pdf_with_action_in_object_stream(action):
    """The catalog's open action is object 4, packed in the compressed object stream 5 and
    listed by the cross-reference stream 6: its bytes appear nowhere in the file."""
    packed = zlib.compress(b"4 0 " + action)
    out, offsets = write_objects(
        {
            1: b"<< /Type /Catalog /Pages 2 0 R /OpenAction 4 0 R >>",
            2: PAGES,
            3: b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>",
            5: b"<< /Type /ObjStm /N 1 /First 4 /Filter /FlateDecode /Length %d >>\n"
            b"stream\n%s\nendstream" % (len(packed), packed),
        }
    )
    offsets[6] = len(out)
    # One row per object: type (0 free, 1 at an offset, 2 in an object stream), field, field.
    rows = [(0, 0, 0xFFFF)] + [
        (2, 5, 0) if number == 4 else (1, offsets[number], 0) for number in range(1, 7)
    ]
    table = b"".join(
        bytes([kind]) + a.to_bytes(4, "big") + b.to_bytes(2, "big") for kind, a, b in rows
    )
    out += (
        b"6 0 obj\n<< /Type /XRef /Size 7 /W [1 4 2] /Root 1 0 R /Length %d >>\n"
        b"stream\n%s\nendstream\nendobj\n" % (len(table), table)
    )
    out += b"startxref\n%d\n%%%%EOF\n" % offsets[6]
    return bytes(out)


def pdf_with_attachment():
    writer = PdfWriter()
    writer.add_blank_page(200, 200)
    writer.add_attachment("gegevens.txt", b"geheim")
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


SVG_WITH_SCRIPT = b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'
HTML_WITH_SCRIPT = b"<!DOCTYPE html><html><body><script>alert(1)</script></body></html>"
PDF_WITH_JAVASCRIPT = PDF.replace(
    b"/Type /Catalog", b"/Type /Catalog /OpenAction << /S /JavaScript /JS (app.alert(1)) >>", 1
)

REFUSED = [
    ("wrong extension", "programma.exe", b"MZ\x90\x00", "niet toegestaan"),
    ("html by name", "pagina.html", HTML_WITH_SCRIPT, "scripts bevatten"),
    ("svg by name", "tekening.svg", SVG_WITH_SCRIPT, "scripts bevatten"),
    ("html as pdf", "verslag.pdf", HTML_WITH_SCRIPT, "opmaakcode"),
    ("svg as docx", "werkblad.docx", SVG_WITH_SCRIPT, "opmaakcode"),
    ("docx as pdf", "werkblad.pdf", DOCX, "past niet bij de extensie .pdf"),
    ("pdf as docx", "werkblad.docx", PDF, "past niet bij de extensie .docx"),
    ("docx as xlsx", "tabel.xlsx", DOCX, "past niet bij de extensie .xlsx"),
    ("zip as odt", "tekst.odt", zip_bytes({"a.txt": "x"}), "past niet bij de extensie .odt"),
    ("broken zip", "kapot.docx", b"PK\x03\x04" + b"\x00" * 200, "beschadigd"),
    ("pdf with javascript", "formulier.pdf", PDF_WITH_JAVASCRIPT, "JavaScript"),
]
REFUSED_PDFS = [
    (
        "hex-escaped names",
        raw_pdf(b"/OpenAction << /S /J#61vaScript /J#53 (app.alert\\(1\\)) >>"),
        ["JavaScript", "een actie die vanzelf start bij het openen"],
    ),
    (
        "action in a compressed object stream",
        pdf_with_action_in_object_stream(b"<< /S /JavaScript /JS (app.alert(1)) >>"),
        ["JavaScript", "een actie die vanzelf start bij het openen"],
    ),
    (
        "document-level script",
        raw_pdf(b"/Names << /J#61vaScript << /Names [(a) << /S /J#61vaScript >>] >> >>"),
        ["JavaScript"],
    ),
    ("embedded file", pdf_with_attachment(), ["ingesloten bestanden"]),
    (
        "launch",
        raw_pdf(b"/OpenAction << /S /Launch /F (calc.exe) >>"),
        ["een opdracht die een programma start"],
    ),
    (
        "submit form",
        raw_pdf(b"/OpenAction << /S /SubmitForm /F (https://example.org/) >>"),
        ["een formulier dat gegevens verstuurt"],
    ),
    (
        "additional action on a page",
        raw_pdf(page_extra=b"/AA << /O << /S /GoTo /D [3 0 R /Fit] >> >>"),
        ["acties die vanzelf starten"],
    ),
]


@pytest.fixture
def admin_user(db):
    return get_user_model().objects.create_superuser("upload-admin", "u@example.org", "x")


@pytest.fixture
def admin_client(client, admin_user):
    client.force_login(admin_user)
    return client


def stored_files():
    root = settings.MEDIA_ROOT / "documents"
    return sorted(p.name for p in root.iterdir()) if root.exists() else []


def upload(admin_client, name, content):
    return admin_client.post(
        "/beheer/documents/add/",
        {
            "title": name,
            "collection": Collection.get_first_root_node().id,
            "file": SimpleUploadedFile(name, content),
        },
    )


def assert_refused(admin_client, name, content, message):
    documents, files = MaterialDocument.objects.count(), stored_files()
    response = upload(admin_client, name, content)
    assert response.status_code == 200, "the form is shown again"
    errors = " ".join(response.context["form"].errors.get("file", []))
    assert message in errors, errors
    multiple = admin_client.post(
        "/beheer/documents/multiple/add/",
        {
            "collection": Collection.get_first_root_node().id,
            "files[]": SimpleUploadedFile(name, content),
        },
    )
    assert multiple.json()["success"] is False
    assert message in multiple.json()["error_message"]
    assert MaterialDocument.objects.count() == documents
    assert stored_files() == files


@pytest.mark.parametrize(
    ("case", "name", "content", "message"), REFUSED, ids=[r[0] for r in REFUSED]
)
def test_bad_uploads_are_refused_with_a_dutch_message_and_nothing_is_stored(
    admin_client, case, name, content, message
):
    assert_refused(admin_client, name, content, message)


@pytest.mark.parametrize(
    ("content", "found"), [r[1:] for r in REFUSED_PDFS], ids=[r[0] for r in REFUSED_PDFS]
)
def test_pdfs_that_run_or_unpack_something_are_refused_saying_what(admin_client, content, found):
    """Every finding is named in the one Dutch message; only the parser sees the first three."""
    for label in found:
        assert_refused(admin_client, "formulier.pdf", content, label)
    assert_refused(admin_client, "formulier.pdf", content, "dat laten we niet toe")


def test_the_hidden_scripts_escape_a_search_for_plain_bytes():
    for _case, content, _found in REFUSED_PDFS[:3]:
        assert not PDF_SCRIPT_PATTERN.search(content)


@pytest.mark.parametrize(
    "content",
    [b"%PDF-1.7\n" + b"\x00rommel" * 50, PDF[:300]],
    ids=["garbage", "truncated"],
)
def test_a_pdf_that_cannot_be_read_is_refused_not_a_server_error(admin_client, content):
    assert_refused(admin_client, "kapot.pdf", content, "beschadigd of kan niet gecontroleerd")


def test_a_zip_bomb_disguised_as_docx_is_refused(admin_client, settings):
    settings.UPLOAD_MAX_UNCOMPRESSED_SIZE = 4 * 1024 * 1024
    bomb = zip_bomb_docx(16 * 1024 * 1024)
    assert len(bomb) < 100 * 1024
    assert_refused(admin_client, "bom.docx", bomb, "zip-bom")


def test_an_oversized_file_is_refused(admin_client, settings):
    settings.WAGTAILDOCS_MAX_UPLOAD_SIZE = len(PDF) - 1
    assert_refused(admin_client, "groot.pdf", PDF, "te groot")


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("werkblad.pdf", PDF),
        # Opening at a page is no action: a destination, or a /GoTo, is allowed.
        ("bladwijzer.pdf", raw_pdf(b"/OpenAction [3 0 R /Fit]")),
        ("ga-naar.pdf", raw_pdf(b"/OpenAction << /S /GoTo /D [3 0 R /Fit] >>")),
        ("stappenplan.docx", DOCX),
        ("tekst.odt", odt_bytes()),
    ],
)
def test_real_materials_are_accepted_and_stored_whole(admin_client, name, content):
    response = upload(admin_client, name, content)
    assert response.status_code == 302, response.context["form"].errors
    document = MaterialDocument.objects.get(title=name)
    with document.open_file() as stored:
        assert stored.read() == content
