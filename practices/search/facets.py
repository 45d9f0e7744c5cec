"""Disjunctive facets for any Wagtail page listing, built on django-filter.

Within a facet group the selected values are OR-ed, across groups AND-ed. The count next to a
value is the number of results you would get by adding that value to the other groups'
selection, so selecting "fase 1" never makes "fase 2" show 0. The options of every group come
from one cached query (`options.py`); the total, the counts and the page of results from an
in-memory index of every item's values (`index.py`), so a listing costs no query for them
whatever the number of items and selected values; only a text search asks the database which
items match.
"""

from dataclasses import dataclass

import django_filters
from django.db.models import CharField, F, Q, Value
from django.utils.translation import gettext_lazy as _

from .index import facet_index
from .options import cached_option_rows


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
    that are not stored in a table, and name in `depends_on` the models ("app.Model") a derived
    value is computed from, so a change there renews the counts.
    """

    depends_on = ()

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

    def pairs(self, model):
        """(item, value) rows of every item with a value, read from the link table itself:
        the through table of a many-to-many, the table of a reverse foreign key."""
        first, rest = self.lookup.split("__", 1)
        field = model._meta.get_field(first)
        if field.many_to_many:
            links = field.remote_field.through
            item, target = (
                next(f.name for f in links._meta.fields if f.related_model is related)
                for related in (model, field.related_model)
            )
            rest = f"{target}__{rest}"
        elif field.one_to_many:
            links, item = field.related_model, field.field.name
        else:
            links, item, rest = model, "pk", self.lookup
        return (
            links.objects.order_by()
            .filter(**{f"{rest}__isnull": False})
            .values(item=F(item), value=F(rest))
        )

    def index_pairs(self, queryset):
        """(item, value) rows for the facet index: the item's own column, or its link rows."""
        if self.on_item:
            return self.prepare(queryset).order_by().values_list("pk", self.lookup)
        return self.pairs(queryset.model).values_list("item", "value")

    def condition(self, model, value):
        """Q: the item has one of the values. A semi-join keeps one row per item."""
        if self.on_item:
            items = self.prepare(model.objects.all())
            return Q(pk__in=items.filter(**{f"{self.lookup}__in": value}).values("pk"))
        return Q(pk__in=self.pairs(model).filter(value__in=value).values("item"))

    def filter(self, qs, value):
        if not value:
            return qs
        return qs.filter(self.condition(qs.model, value))

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
        queried = []
        for name, flt in self.facet_filters.items():
            if static := flt.static_options(model):
                options[name] = [Option(value, label) for value, label in static]
            else:
                queried.append((name, flt))

        def union():
            # Built only when the cache misses: making the querysets costs more than the hit.
            querysets = [flt.options_queryset(model, name) for name, flt in queried]
            return list(querysets[0].union(*querysets[1:], all=True))

        if queried:
            rows = cached_option_rows(type(self), union)
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

    def matching_ids(self, queryset):
        """The ids the filters that are not facets keep (a text search), in their own order
        (relevance). Ids of items outside `queryset` may be among them: the index drops them."""
        return self.queryset_without_facets(queryset).values_list("pk", flat=True)

    def non_facet_values(self):
        """The values of the active filters that are not facets (the search words), as a key."""
        return tuple(
            (name, value)
            for name, value in self.form.cleaned_data.items()
            if name in self.filters and name not in self.facet_filters and value
        )

    def count(self, base_queryset, page=None):
        """The total, every group's counts and optionally a page of ids for the current
        selection (an `index.Answer`), from the in-memory facet index of `base_queryset`.

        The counts are disjunctive: a group's counts keep the items that match every OTHER
        group's selection. The non-facet filters (a text search) are asked of the database once
        for the same values and data (their matches are kept with the index), in their own order
        (relevance). `page` = (ordering, offset, limit) also returns the ids of that page of
        results, `ordering` being a name in `orderings` or None for that order.
        """
        self.is_valid()
        index = facet_index(self, base_queryset)
        matches = None
        if key := self.non_facet_values():
            matches = index.remembered_positions(key, lambda: self.matching_ids(base_queryset))
        selected = {name: self.selected(name) for name in self.facet_filters}
        return index.answer(selected, matches, page)

    def facets(self, base_queryset, counted=None):
        """Every group's options with their disjunctive count and whether they are selected;
        from `counted` (see `count`) when the caller already has it."""
        counts = (counted or self.count(base_queryset)).counts
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
