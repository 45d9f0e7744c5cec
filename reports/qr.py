"""QR codes as inline SVG paths: vectors in the PDF, nothing to fetch."""

import qrcode
from django.utils.safestring import mark_safe
from qrcode.image.svg import SvgPathImage


def qr_svg(data):
    """An inline SVG element encoding `data` (the stylesheet sets its printed size)."""
    markup = qrcode.make(data, image_factory=SvgPathImage, border=2).to_string(encoding="unicode")
    return mark_safe(markup.replace("<svg ", '<svg class="qr" aria-hidden="true" ', 1))
