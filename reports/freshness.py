"""A version of the data the final report reads, to cache its PDF until something changes.

Wagtail logs every change editors make to pages and snippets (publish, unpublish, edit, delete
of practices, cases, insights, recommendations, meetings, try-outs, the report page itself);
counting the records and their latest id covers rows added outside the admin (imports, demo).
The cache timeout bounds whatever slips through both.
"""

import hashlib

from django.db.models import Count, Max
from wagtail.models import ModelLogEntry, Page, PageLogEntry

from dissemination.models import Adoption, AdoptionStatusChange, Registration
from network.models import Centre, Meeting, TryOut
from practices.models import Insight, Recommendation

REPORT_CACHE_SECONDS = 10 * 60


def data_version():
    parts = [
        PageLogEntry.objects.aggregate(last=Max("pk"))["last"],
        ModelLogEntry.objects.aggregate(last=Max("pk"))["last"],
        Page.objects.filter(live=True).aggregate(n=Count("pk"), last=Max("last_published_at")),
    ]
    for model in (
        Meeting,
        TryOut,
        Insight,
        Recommendation,
        Centre,
        Adoption,
        AdoptionStatusChange,
        Registration,
    ):
        parts.append(model.objects.aggregate(n=Count("pk"), last=Max("pk")))
    return hashlib.sha256(repr(parts).encode()).hexdigest()[:16]
