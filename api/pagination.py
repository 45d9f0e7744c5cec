"""Wagtail's limit/offset paging with Dutch messages and bounds the database can hold.

Wagtail only refuses negative and non-numeric values; an offset past PostgreSQL's bigint
(`?offset=9223372036854775808`) reached the database and answered 500.
"""

from django.conf import settings
from django.utils.translation import gettext as _
from wagtail.api.v2.pagination import WagtailPagination
from wagtail.api.v2.utils import BadRequestError

# Far beyond any listing of the bank (thousands of items): an empty page, not an error, below.
MAX_OFFSET = 1_000_000
DEFAULT_LIMIT = 20


def whole_number(value, name, maximum):
    """`value` as an int from 0 to `maximum`, or a 400 that says what is allowed."""
    try:
        number = int(str(value).strip())
    except ValueError:
        number = -1
    if not 0 <= number <= maximum:
        raise BadRequestError(
            _("%(name)s moet een geheel getal van 0 tot en met %(max)d zijn.")
            % {"name": name, "max": maximum}
        )
    return number


class BoundedPagination(WagtailPagination):
    def paginate_queryset(self, queryset, request, view=None):
        limit_max = settings.WAGTAILAPI_LIMIT_MAX
        offset = whole_number(request.GET.get("offset", 0), "offset", MAX_OFFSET)
        limit = whole_number(
            request.GET.get("limit", min(DEFAULT_LIMIT, limit_max)), "limit", limit_max
        )
        self.view = view
        self.total_count = queryset.count()
        return queryset[offset : offset + limit]
