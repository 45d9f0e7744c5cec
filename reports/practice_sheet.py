"""The practice sheet: one practice as a tagged PDF, from the same context as its page."""

from django.core.cache import cache
from django.template.loader import render_to_string

from leersteun.absolute_urls import public_url

from .pdf import render_pdf
from .qr import qr_svg

# Try-outs change a practice's maturity without a new revision: bound how long that lags.
SHEET_CACHE_SECONDS = 15 * 60


def sheet_cache_key(page):
    published = page.last_published_at.timestamp() if page.last_published_at else 0
    return f"reports:practice-sheet:{page.pk}:{page.live_revision_id}:{published}"


def sheet_context(request, page):
    context = page.get_context(request)
    return {**context, "qr": qr_svg(context["page_url"])}


def practice_sheet_pdf(request, page):
    """The PDF of a live practice, cached per published revision."""
    key = sheet_cache_key(page)
    pdf = cache.get(key)
    if pdf is None:
        html = render_to_string(
            "reports/practice_sheet.html", sheet_context(request, page), request=request
        )
        pdf = render_pdf(html, base_url=public_url("/", request))
        cache.set(key, pdf, SHEET_CACHE_SECONDS)
    return pdf
