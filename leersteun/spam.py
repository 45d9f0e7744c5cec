"""Spam protection for public forms without third-party services: a honeypot and a rate limit.

    class MyForm(HoneypotMixin, forms.Form): ...      # or add_honeypot(form) on a built form
    if caught_in_honeypot(form): ...                   # a bot: answer as if accepted, store nothing
    if rate_limited(request, "scope"): ...             # answer 429 with a Dutch message

The honeypot is a text field people never meet (not displayed, see
`leersteun/honeypot_field.html`); bots that fill every field reveal themselves. The rate limit
counts submissions per client address in the cache (Redis in production, shared by all
workers); the address is the one django-axes uses, so the proxy setting for lock-outs
(`AXES_IPWARE_PROXY_COUNT`) applies here too, and it is hashed so the cache holds no addresses.
"""

import hashlib

from axes.helpers import get_client_ip_address
from django import forms
from django.conf import settings
from django.core.cache import cache
from django.utils.translation import gettext_lazy as _

HONEYPOT_FIELD = "website"


class HoneypotField(forms.CharField):
    def __init__(self, **kwargs):
        super().__init__(
            required=False,
            label=_("Laat dit veld leeg"),
            widget=forms.TextInput(attrs={"tabindex": "-1", "autocomplete": "off"}),
            template_name="leersteun/honeypot_field.html",
            **kwargs,
        )


class HoneypotMixin(forms.Form):
    website = HoneypotField()


def add_honeypot(form):
    """The honeypot on a form built elsewhere (Wagtail's form builder)."""
    form.fields[HONEYPOT_FIELD] = HoneypotField()
    return form


def caught_in_honeypot(form):
    """True for a bot. The field never reaches cleaned_data, so it is never stored."""
    if hasattr(form, "cleaned_data"):
        form.cleaned_data.pop(HONEYPOT_FIELD, None)
    return bool(str(form.data.get(HONEYPOT_FIELD, "")).strip())


def rate_limited(request, scope, limit=None, window=None):
    """Count this submission; True once the client exceeds `limit` in `window` seconds
    (by default PUBLIC_FORM_RATE_LIMIT and PUBLIC_FORM_RATE_WINDOW)."""
    limit = settings.PUBLIC_FORM_RATE_LIMIT if limit is None else limit
    window = settings.PUBLIC_FORM_RATE_WINDOW if window is None else window
    address = get_client_ip_address(request) or ""
    key = f"ratelimit:{scope}:{hashlib.sha256(address.encode()).hexdigest()[:16]}"
    cache.add(key, 0, timeout=window)
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, timeout=window)
        count = 1
    return count > limit
