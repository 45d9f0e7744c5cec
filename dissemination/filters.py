"""Filters of the registrations admin, the spread dashboard and the adoptions admin."""

import django_filters
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet

from network.models import Centre, Net, Province
from network.permissions import hidden_pages
from practices.models import PracticePage

from .models import Adoption, AdoptionStatus, Registration, RegistrationStatus, StudyDayPage


class RegistrationFilterSet(WagtailFilterSet):
    study_day = django_filters.ModelChoiceFilter(
        label=_("Studiedag"), queryset=StudyDayPage.objects.order_by("-date")
    )
    status = django_filters.ChoiceFilter(label=_("Status"), choices=RegistrationStatus.choices)
    centre = django_filters.ModelChoiceFilter(
        label=_("Centrum"), queryset=Centre.objects.order_by("name")
    )
    attended = django_filters.BooleanFilter(label=_("Aanwezig"))

    class Meta:
        model = Registration
        fields = ["study_day", "status", "centre", "attended"]


class SpreadFilterSet(django_filters.FilterSet):
    """The dashboard's public filters (GET `net`, `provincie`): which centres' adoptions count."""

    net = django_filters.ChoiceFilter(
        label=_("Net"), choices=Net.choices, empty_label=_("Alle netten")
    )
    provincie = django_filters.ChoiceFilter(
        label=_("Provincie"),
        field_name="province",
        choices=Province.choices,
        empty_label=_("Alle provincies"),
    )

    class Meta:
        model = Centre
        fields = ["net", "provincie"]

    @classmethod
    def lenient(cls, params):
        """A filter set without the values it does not know, and the names of those it dropped.

        A shared link with an unknown value still shows the dashboard, with a notice.
        """
        data = {name: params.get(name, "") for name in cls.base_filters}
        dropped = [
            name
            for name, value in data.items()
            if value
            and value not in {choice for choice, _label in cls.base_filters[name].extra["choices"]}
        ]
        for name in dropped:
            data[name] = ""
        return cls(data, queryset=Centre.objects.all()), dropped


def visible_practices(request):
    """The practices this user may see named in the admin (not another centre's draft)."""
    hidden = hidden_pages(request.user).values("pk")
    return PracticePage.objects.exclude(pk__in=hidden).order_by("title")


class AdoptionFilterSet(WagtailFilterSet):
    """The admin listing of adoptions."""

    status = django_filters.ChoiceFilter(label=_("Status"), choices=AdoptionStatus.choices)
    centre = django_filters.ModelChoiceFilter(label=_("Centrum"), queryset=Centre.objects.all())
    net = django_filters.ChoiceFilter(label=_("Net"), field_name="centre__net", choices=Net.choices)
    province = django_filters.ChoiceFilter(
        label=_("Provincie"), field_name="centre__province", choices=Province.choices
    )
    practice = django_filters.ModelChoiceFilter(label=_("Praktijk"), queryset=visible_practices)
    confirmed = django_filters.BooleanFilter(label=_("Bevestigd"))

    class Meta:
        model = Adoption
        fields = ["status", "centre", "net", "province", "practice", "confirmed"]
