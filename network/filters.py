import django_filters
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet

from practices.filters import PracticeFilterSet
from practices.models import CasePage, PracticePage
from practices.search.facets import FacetFilter

from .maturity import MaturityLevel, annotate_maturity
from .models import Centre, Meeting, MeetingKind, Net, Province, RegionType, TryOut, Verdict


class CentreFilterSet(WagtailFilterSet):
    net = django_filters.ChoiceFilter(label=_("Net"), choices=Net.choices)
    province = django_filters.ChoiceFilter(label=_("Provincie"), choices=Province.choices)
    region_type = django_filters.ChoiceFilter(label=_("Type regio"), choices=RegionType.choices)
    is_anchor = django_filters.BooleanFilter(label=_("Anker-CLB"))

    class Meta:
        model = Centre
        fields = ["net", "province", "region_type", "is_anchor"]


class MeetingFilterSet(WagtailFilterSet):
    kind = django_filters.ChoiceFilter(label=_("Soort"), choices=MeetingKind.choices)
    date = django_filters.DateFromToRangeFilter(label=_("Datum"), widget=DateRangePickerWidget)
    online = django_filters.BooleanFilter(label=_("Online"))
    centres = django_filters.ModelChoiceFilter(
        label=_("Deelnemend centrum"), queryset=Centre.objects.filter(is_anchor=True)
    )

    class Meta:
        model = Meeting
        fields = ["kind", "date", "online", "centres"]


class TryOutFilterSet(WagtailFilterSet):
    centre = django_filters.ModelChoiceFilter(
        label=_("Centrum"), queryset=Centre.objects.filter(is_anchor=True)
    )
    verdict = django_filters.ChoiceFilter(label=_("Oordeel"), choices=Verdict.choices)
    start_date = django_filters.DateFromToRangeFilter(
        label=_("Begonnen"), widget=DateRangePickerWidget
    )

    class Meta:
        model = TryOut
        fields = ["centre", "verdict", "start_date"]


class ContributedPageReportFilterSet(WagtailFilterSet):
    centre = django_filters.ModelChoiceFilter(
        label=_("Bijdragend centrum"),
        field_name="contributions__centre",
        queryset=Centre.objects.filter(is_anchor=True),
    )
    live = django_filters.BooleanFilter(label=_("Gepubliceerd"))


class CaseReportFilterSet(ContributedPageReportFilterSet):
    class Meta:
        model = CasePage
        fields = ["centre", "live"]


class PracticeReportFilterSet(ContributedPageReportFilterSet):
    maturity = django_filters.ChoiceFilter(
        label=_("Niveau van uitwerking"), choices=MaturityLevel.choices
    )

    class Meta:
        model = PracticePage
        fields = ["maturity", "centre", "live"]


class MaturityFacetFilter(FacetFilter):
    """The derived maturity level as a facet: annotated, never stored."""

    depends_on = ("network.TryOut", "dissemination.Adoption", "network.Centre")

    def prepare(self, queryset):
        return annotate_maturity(queryset)


class MaterialenbankFilterSet(PracticeFilterSet):
    """The materialenbank's filters plus what the network adds (PRACTICE_FILTERSET)."""

    niveau_uitwerking = MaturityFacetFilter(
        label=_("Niveau van uitwerking"), lookup="maturity", choices=MaturityLevel.choices
    )

    class Meta(PracticeFilterSet.Meta):
        pass
