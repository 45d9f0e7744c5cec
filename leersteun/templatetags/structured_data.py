"""`{{ data|ld_json }}`: schema.org JSON-LD in a `<script type="application/ld+json">` block.

Escaped like Django's `json_script` (<, > and & as \\u escapes), so no text can close the
element. A data block is never executed, so the CSP (no inline scripts) does not apply to it.
"""

import json

from django import template
from django.core.serializers.json import DjangoJSONEncoder
from django.utils.html import format_html
from django.utils.safestring import mark_safe

register = template.Library()
ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


@register.filter
def ld_json(data):
    if not data:
        return ""
    text = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False).translate(ESCAPES)
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(text))
