"""Disjunctive facets for any Wagtail page listing, built on django-filter.

Within a facet group the selected values are OR-ed, across groups AND-ed. The count next to a
value is the number of results you would get by adding that value to the other groups'
selection, so selecting "fase 1" never makes "fase 2" show 0. Everything is asked of the
database in a fixed number of queries, whatever the number of items and selected values: the
options of every group (one UNION), the text search's matches (one search), the total and every
group's counts (one UNION of grouped counts) and the ids of one page of results (one query).
"""

from dataclasses import dataclass

import django_filters
from django.db.models import CharField, Count, F, Q, Value
from django.db.models.functions import Cast
from django.utils.translation import gettext_lazy as _

TOTAL = ""  # the group name of the total's row in the counts query


@dataclass(frozen=True)
class Answer:
    """The total, every group's {value: count} and, when asked, the ids of one page."""

    total: int
    counts: dict
    page_ids: list | None = None


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
    (a dict of lookups on the related model) narrows the options further. A value that occurs
    more than once on one item (two worksheets) counts once. A subclass can override
    `prepare()` to annotate what the lookup needs (derived values), and pass `choices` for values
    that are not stored in a table.
    """

    def __init__(
        self,
        *args,
        lookup,
        label_field="name",
        order_field=None,
        only_used=False,
        limit_to=None,
        **kw,
    ):
        self.lookup = lookup
        self.limit_to = limit_to or {}
        self.label_field = label_field
        self.order_field = order_field
        self.only_used = only_used
        super().__init__(*args, field_name=lookup, **kw)

    def prepare(self, queryset):
        """The queryset the lookup runs on; annotate derived values here."""
        return queryset

    @property
    def on_item(self):
        """Whether the value is a column of the item itself (stored or annotated by prepare())
        rather than at the end of a relation (one row per related value)."""
        return "__" not in self.lookup

    def links(self, model):
        """(rows, item field, value path) of the table that links items to values: the through
        table of a many-to-many or the table of a reverse foreign key, read without the items."""
        first, rest = self.lookup.split("__", 1)
        field = model._meta.get_field(first)
        if field.many_to_many:
            through = field.remote_field.through
            item, target = (
                next(f.name for f in through._meta.fields if f.related_model is related)
                for related in (model, field.related_model)
            )
            return through.objects.order_by(), item, f"{target}__{rest}"
        return field.related_model.objects.order_by(), field.field.name, rest

    def condition(self, model, value):
        """Q: the item has one of the values. A semi-join keeps one row per item."""
        if self.on_item:
            items = self.prepare(model.objects.all())
            return Q(pk__in=items.filter(**{f"{self.lookup}__in": value}).values("pk"))
        rows, item, path = self.links(model)
        return Q(pk__in=rows.filter(**{f"{path}__in": value}).values(item))

    def filter(self, qs, value):
        if not value:
            return qs
        return qs.filter(self.condition(qs.model, value))

    def value_counts(self, queryset, group):
        """(group, value, n) rows: how many items of `queryset` have each value."""
        if self.on_item:
            rows, item, path = self.prepare(queryset.order_by()), "pk", self.lookup
        else:
            rows, item, path = self.links(queryset.model)
            rows = rows.filter(**{f"{item}__in": queryset.values("pk")})
        return (
            rows.filter(**{f"{path}__isnull": False})
            .values(
                group=Value(group, output_field=CharField()),
                value=Cast(F(path), output_field=CharField()),
            )
            .annotate(n=Count(item, distinct=True))
        )

    def target(self, model):
        """(model, value field name, model field) at the end of the lookup path."""
        *relations, value_field = self.lookup.split("__")
        current = model
        for name in relations:
            current = current._meta.get_field(name).related_model
        return current, value_field, current._meta.get_field(value_field)

    def static_options(self, model):
        """(value, label) of a group whose values are choices, not rows; [] otherwise."""
        choices = self.extra.get("choices") or self.target(model)[2].choices or []
        return [(value, str(label)) for value, label in choices]

    def options_queryset(self, model, group):
        """The option rows of a group whose values are rows of the related model."""
        related, value_field, _field = self.target(model)
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


class FacetedFilterSet(django_filters.FilterSet):
    """A FilterSet whose FacetFilters get their choices, counts and 'ignored' notices.

    Unknown values are dropped before validation (and reported), so one bad slug in a shared
    URL does not discard the whole group. Subclasses define the facets; `orderings` names the
    orders a page of results can be asked in (the first is the default).
    """

    orderings = {"nieuw": ("-first_published_at", "-pk"), "titel": ("title", "pk")}

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
            if static := flt.static_options(model):
                options[name] = [Option(value, label) for value, label in static]
            else:
                querysets.append(flt.options_queryset(model, name))
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

    def queryset_without_facets(self, queryset):
        """The queryset filtered by the filters that are not facets (the text search)."""
        for name, value in self.form.cleaned_data.items():
            if name in self.filters and name not in self.facet_filters:
                queryset = self.filters[name].filter(queryset, value)
        return queryset

    def ranked_ids(self):
        """The ids of the items the filters that are not facets keep, most relevant first,
        when one of them ranks (a text search); None otherwise."""
        return None

    def count(self, base_queryset, page=None):
        """The total, every group's counts and optionally a page of ids for the current
        selection (an `Answer`) within `base_queryset`.

        The counts are disjunctive: a group's counts keep the items that match every OTHER
        group's selection. The total and all counts are one query (a UNION of one grouped count
        per group). `page` = (ordering, offset, limit) also returns the ids of that page of
        results, `ordering` being a name in `orderings`, or None for relevance (the order of
        `ranked_ids()`, the first ordering when nothing ranks).
        """
        self.is_valid()
        model = base_queryset.model
        scope = self.queryset_without_facets(base_queryset)
        conditions = {
            name: flt.condition(model, values)
            for name, flt in self.facet_filters.items()
            if (values := self.selected(name))
        }
        result = scope.filter(*conditions.values())
        total = (
            result.order_by()
            .values(
                group=Value(TOTAL, output_field=CharField()),
                value=Value("", output_field=CharField()),
            )
            .annotate(n=Count("pk"))
        )
        per_group = [
            flt.value_counts(
                scope.filter(*(q for other, q in conditions.items() if other != name)), name
            )
            for name, flt in self.facet_filters.items()
        ]
        counts = {name: {} for name in self.facet_filters}
        found = 0
        for row in total.union(*per_group, all=True):
            if row["group"] == TOTAL:
                found = row["n"]
            else:
                counts[row["group"]][row["value"]] = row["n"]
        page_ids = None if page is None else self.page_ids(result, found, conditions, *page)
        return Answer(found, counts, page_ids)

    def page_ids(self, result, total, filtered, ordering, offset, limit):
        """The ids of one page of `result` (`total` items): in relevance order from the ranked
        ids (a query only when facets narrowed them), else in the named order."""
        if offset >= total:
            return []  # no query for what is no page (nor an OFFSET out of the database's range)
        ranked = self.ranked_ids() if ordering is None else None
        if ranked is None:
            order = self.orderings[ordering or next(iter(self.orderings))]
            return list(
                result.order_by(*order).values_list("pk", flat=True)[offset : offset + limit]
            )
        if filtered:
            kept = set(result.values_list("pk", flat=True))
            ranked = [pk for pk in ranked if pk in kept]
        return ranked[offset : offset + limit]

    def facets(self, base_queryset, counted=None):
        """Every group's options with their disjunctive count and whether they are selected;
        from `counted` (see `count`) when the caller already has it."""
        counts = (counted or self.count(base_queryset)).counts
        groups = []
        for name, flt in self.facet_filters.items():
            selected = set(self.selected(name))
            options = [
                Option(o.value, o.label, counts[name].get(str(o.value), 0), o.value in selected)
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
