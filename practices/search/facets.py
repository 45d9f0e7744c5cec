"""Disjunctive facets for any Wagtail page listing, built on django-filter.

Within a facet group the selected values are OR-ed, across groups AND-ed. The count next to a
value is the number of results you would get by adding that value to the other groups'
selection, so selecting "fase 1" never makes "fase 2" show 0. Everything is computed with a
fixed number of queries: one for the options of every group, one for every group's counts.
"""

from dataclasses import dataclass

import django_filters
from django.db.models import CharField, Count, F, IntegerField, Value
from django.utils.translation import gettext_lazy as _


@dataclass(frozen=True)
class Option:
    value: str
    label: str
    count: int = 0
    selected: bool = False


class FacetFilter(django_filters.MultipleChoiceFilter):
    """A repeatable GET parameter whose values are slugs at the end of an ORM lookup path.

    `lookup` ends in the value field ("care_phases__slug", "materials__kind"). Options come from
    the related model (its `label_field`, ordered by `order_field`) or from the field's choices;
    with `only_used`, only values that occur on at least one item are offered, and `limit_to`
    (a dict of lookups on the related model) narrows the options further. `repeats` says a
    value can occur more than once on one item (then counts must be distinct, which costs more).
    A subclass can override `prepare()` to annotate what the lookup needs (derived values), and
    pass `choices` for values that are not stored in a table.
    """

    def __init__(
        self,
        *args,
        lookup,
        label_field="name",
        order_field=None,
        only_used=False,
        limit_to=None,
        repeats=False,
        **kw,
    ):
        self.lookup = lookup
        self.limit_to = limit_to or {}
        self.label_field = label_field
        self.order_field = order_field
        self.only_used = only_used
        self.repeats = repeats
        super().__init__(*args, field_name=lookup, **kw)

    def prepare(self, queryset):
        """The queryset the lookup runs on; annotate derived values here."""
        return queryset

    def filter(self, qs, value):
        if not value:
            return qs
        # A semi-join keeps one row per item, whatever the number of matching values.
        items = self.prepare(qs.model.objects.all())
        return qs.filter(pk__in=items.filter(**{f"{self.lookup}__in": value}).values("pk"))

    def target(self, model):
        """(model, value field name, model field) at the end of the lookup path."""
        *relations, value_field = self.lookup.split("__")
        current = model
        for name in relations:
            current = current._meta.get_field(name).related_model
        return current, value_field, current._meta.get_field(value_field)

    def options_queryset(self, model, group):
        if self.extra.get("choices"):
            return None
        related, value_field, field = self.target(model)
        if field.choices:
            return None
        queryset = related.objects.filter(**self.limit_to)
        if self.only_used:
            path = self.lookup.rsplit("__", 1)[0]
            queryset = queryset.filter(pk__in=model.objects.values(f"{path}__pk"))
        order = F(self.order_field) if self.order_field else Value(0)
        return queryset.order_by().values(
            group=Value(group, output_field=CharField()),
            value=F(value_field),
            label=F(self.label_field),
            position=order,
        )

    def static_options(self, model):
        choices = self.extra.get("choices") or self.target(model)[2].choices or []
        return [(value, str(label)) for value, label in choices]


class FacetedFilterSet(django_filters.FilterSet):
    """A FilterSet whose FacetFilters get their choices, counts and 'ignored' notices.

    Unknown values are dropped before validation (and reported), so one bad slug in a shared
    URL does not discard the whole group. Subclasses define the facets and `text_filter_name`.
    """

    def __init__(self, data=None, queryset=None, **kwargs):
        super().__init__(data=data, queryset=queryset, **kwargs)
        self.facet_filters = {
            name: flt for name, flt in self.filters.items() if isinstance(flt, FacetFilter)
        }
        self.options = self.load_options()
        self.ignored = []
        self.data = self.without_unknown_values(self.data)
        for name, options in self.options.items():
            self.form.fields[name].choices = [(o.value, o.label) for o in options]

    def load_options(self):
        """All options of all groups in one query (a UNION), static choices without one."""
        model = self._meta.model
        options = {name: [] for name in self.facet_filters}
        querysets = []
        for name, flt in self.facet_filters.items():
            queryset = flt.options_queryset(model, name)
            if queryset is None:
                options[name] = [Option(value, label) for value, label in flt.static_options(model)]
            else:
                querysets.append(queryset)
        if querysets:
            rows = querysets[0].union(*querysets[1:], all=True)
            for row in sorted(rows, key=lambda r: (r["position"], str(r["label"]).lower())):
                options[row["group"]].append(Option(row["value"], row["label"]))
        return options

    def without_unknown_values(self, data):
        data = data.copy()
        for name, options in self.options.items():
            known = {option.value for option in options}
            values = data.getlist(name)
            kept = [value for value in dict.fromkeys(values) if value in known]
            self.ignored += [(name, value) for value in values if value not in known]
            data.setlist(name, kept)
        return data

    def selected(self, name):
        return self.form.cleaned_data.get(name) or [] if self.is_valid() else []

    def queryset_without(self, excluded_name, queryset):
        """The queryset filtered by every filter except one facet group."""
        for name, value in self.form.cleaned_data.items():
            if name != excluded_name and name in self.filters:
                queryset = self.filters[name].filter(queryset, value)
        return queryset

    def facet_counts(self, base_queryset):
        """{group: {value: count}} for every facet group, in one UNION query."""
        self.is_valid()
        parts = []
        for name, flt in self.facet_filters.items():
            narrowed = flt.prepare(self.queryset_without(name, base_queryset))
            parts.append(
                narrowed.order_by()
                .values(group=Value(name, output_field=CharField()), value=F(flt.lookup))
                .annotate(count=Count("pk", distinct=flt.repeats, output_field=IntegerField()))
            )
        counts = {name: {} for name in self.facet_filters}
        if parts:
            for row in parts[0].union(*parts[1:], all=True):
                if row["value"] is not None:
                    counts[row["group"]][row["value"]] = row["count"]
        return counts

    def facets(self, base_queryset):
        """Every group's options with their disjunctive count and whether they are selected."""
        counts = self.facet_counts(base_queryset)
        groups = []
        for name, flt in self.facet_filters.items():
            selected = set(self.selected(name))
            options = [
                Option(o.value, o.label, counts[name].get(o.value, 0), o.value in selected)
                for o in self.options[name]
            ]
            groups.append({"name": name, "label": flt.label, "options": options})
        return groups

    def active_filters(self):
        """(group label, option label, group name, value) for every selected value."""
        active = []
        for name, flt in self.facet_filters.items():
            labels = {o.value: o.label for o in self.options[name]}
            active += [(flt.label, labels[value], name, value) for value in self.selected(name)]
        return active

    def ignored_notices(self):
        return [
            _("Onbekende filterwaarde genegeerd: %(name)s=%(value)s")
            % {"name": name, "value": value[:60]}
            for name, value in self.ignored
        ]
