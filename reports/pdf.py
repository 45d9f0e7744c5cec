"""HTML to tagged PDF with WeasyPrint.

Every PDF is tagged (PDF/UA-1: structure tree, document language and title shown in the
viewer's title bar). WeasyPrint never fetches anything: the templates inline their SVG and the
stylesheet is read from the static files, so a link in an editor's rich text cannot make the
server request a URL.
"""

from django.contrib.staticfiles import finders
from django.http import HttpResponse
from weasyprint import CSS, HTML
from weasyprint.urls import URLFetchingError

STYLESHEET = "reports/pdf.css"


def refuse_fetch(url, *args, **kwargs):
    raise URLFetchingError(f"PDF rendering fetches no resources: {url}")


def render_pdf(html, base_url):
    """The PDF of an HTML document; relative links resolve against base_url (absolute)."""
    document = HTML(string=html, base_url=base_url, url_fetcher=refuse_fetch)
    return document.write_pdf(
        stylesheets=[CSS(filename=finders.find(STYLESHEET))],
        pdf_variant="pdf/ua-1",
        pdf_tags=True,
    )


def pdf_response(content, filename):
    response = HttpResponse(content, content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="{filename}"'
    return response
