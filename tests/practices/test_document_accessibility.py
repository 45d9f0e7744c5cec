import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from pypdf import PdfWriter

from practices.demo_files import make_docx, make_pdf
from practices.document_checks import (
    NO_LANGUAGE,
    NO_TEXT,
    NO_TITLE,
    UNREADABLE,
    pdf_accessibility_issues,
)
from practices.models import MaterialDocument

pytestmark = pytest.mark.django_db


def scanned_pdf():
    """A PDF as a scanner makes it: an image-only page, no language, no title."""
    writer = PdfWriter()
    writer.add_blank_page(width=595, height=842)
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def upload(admin_client, name, content):
    response = admin_client.post(
        reverse("wagtaildocs:add"),
        {"title": name, "file": SimpleUploadedFile(name, content), "collection": 1},
    )
    assert response.status_code == 302
    return MaterialDocument.objects.get(title=name)


def test_a_tagged_pdf_with_text_language_and_title_has_no_issues():
    pdf = make_pdf("Checklist consultatie", ["Bespreek de vraag met de leraar."])
    assert pdf_accessibility_issues(io.BytesIO(pdf)) == []


def test_a_scanned_pdf_lacks_text_language_and_title():
    assert pdf_accessibility_issues(io.BytesIO(scanned_pdf())) == [NO_TEXT, NO_LANGUAGE, NO_TITLE]


def test_a_broken_pdf_is_reported_as_unreadable():
    assert pdf_accessibility_issues(io.BytesIO(b"%PDF-1.4\nniet echt")) == [UNREADABLE]


def test_editor_sees_the_warnings_on_the_document_and_in_the_listing(admin_client):
    document = upload(admin_client, "ingescand-werkblad.pdf", scanned_pdf())
    assert document.accessibility_issues == [NO_TEXT, NO_LANGUAGE, NO_TITLE]

    edit = admin_client.get(reverse("wagtaildocs:edit", args=(document.pk,))).content.decode()
    assert "Dit document is niet toegankelijk voor iedereen" in edit
    for fragment in ("Geen tekstlaag", "Geen documenttaal", "Geen documenttitel"):
        assert fragment in edit

    listing = admin_client.get(reverse("wagtaildocs:index"), {"ordering": "-created_at"})
    listing = listing.content.decode()
    assert "Deze documenten zijn niet toegankelijk voor iedereen" in listing
    assert reverse("wagtaildocs:edit", args=(document.pk,)) in listing


def test_replacing_the_file_with_an_accessible_one_clears_the_warning(admin_client):
    document = upload(admin_client, "stappenplan.pdf", scanned_pdf())
    good = make_pdf("Stappenplan", ["Stap 1: de vraag verhelderen."])
    response = admin_client.post(
        reverse("wagtaildocs:edit", args=(document.pk,)),
        {
            "title": "stappenplan.pdf",
            "file": SimpleUploadedFile("stappenplan.pdf", good),
            "collection": 1,
        },
    )
    assert response.status_code == 302
    document.refresh_from_db()
    assert document.accessibility_issues == []
    edit = admin_client.get(reverse("wagtaildocs:edit", args=(document.pk,))).content.decode()
    assert "niet toegankelijk" not in edit


def test_only_pdfs_are_inspected_and_the_demo_pdfs_are_clean(admin_client):
    document = upload(admin_client, "sjabloon.docx", make_docx("Sjabloon", ["Een regel."]))
    assert document.accessibility_issues == []
    demo_pdfs = MaterialDocument.objects.filter(file__endswith=".pdf")
    assert demo_pdfs.exists()
    assert not demo_pdfs.exclude(accessibility_issues=[]).exists()
