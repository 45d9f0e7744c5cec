from .pdf import pdf_response
from .practice_sheet import practice_sheet_pdf


def practice_sheet(request, page):
    """/materialenbank/<practice>/fiche.pdf, routed by PracticePage (live, public pages only)."""
    return pdf_response(practice_sheet_pdf(request, page), f"praktijkfiche-{page.slug}.pdf")
