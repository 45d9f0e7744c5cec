"""Signals the practices app sends for higher layers (which it does not import)."""

from django.dispatch import Signal

# Sent by the materialenbank listing with request, query (the cleaned words, possibly empty) and
# result_count; the site search logs it.
searched = Signal()
