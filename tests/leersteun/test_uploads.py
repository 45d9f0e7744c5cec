import io
import zipfile

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from wagtail.models import Collection

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
    [("werkblad.pdf", PDF), ("stappenplan.docx", DOCX), ("tekst.odt", odt_bytes())],
)
def test_real_materials_are_accepted_and_stored_whole(admin_client, name, content):
    response = upload(admin_client, name, content)
    assert response.status_code == 302, response.context["form"].errors
    document = MaterialDocument.objects.get(title=name)
    with document.open_file() as stored:
        assert stored.read() == content
