"""Real PDF and DOCX files for the demo materials, generated from a few lines of text."""

import io

from docx import Document as DocxDocument
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import ListFlowable, Paragraph, SimpleDocTemplate, Spacer


def make_pdf(title, lines, subject=""):
    buffer = io.BytesIO()
    document = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        title=title,
        author="Leersteun materialenbank",
        subject=subject,
        lang="nl-BE",
    )
    styles = getSampleStyleSheet()
    story = [Paragraph(title, styles["Title"])]
    if subject:
        story += [Paragraph(subject, styles["Italic"]), Spacer(1, 12)]
    story.append(
        ListFlowable([Paragraph(line, styles["BodyText"]) for line in lines], bulletType="bullet")
    )
    document.build(story)
    return buffer.getvalue()


def make_docx(title, lines, subject=""):
    document = DocxDocument()
    document.core_properties.title = title
    document.core_properties.subject = subject
    document.core_properties.language = "nl-BE"
    document.add_heading(title, level=1)
    if subject:
        document.add_paragraph(subject)
    for line in lines:
        document.add_paragraph(line, style="List Bullet")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


MAKERS = {"pdf": make_pdf, "docx": make_docx}
