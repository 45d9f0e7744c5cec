import django_filters
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet

from .models import Centre, Net, Province, RegionType


class CentreFilterSet(WagtailFilterSet):
    net = django_filters.ChoiceFilter(label=_("Net"), choices=Net.choices)
    province = django_filters.ChoiceFilter(label=_("Provincie"), choices=Province.choices)
    region_type = django_filters.ChoiceFilter(label=_("Type regio"), choices=RegionType.choices)
    is_anchor = django_filters.BooleanFilter(label=_("Anker-CLB"))

    class Meta:
        model = Centre
        fields = ["net", "province", "region_type", "is_anchor"]
