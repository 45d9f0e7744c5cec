"""Every listed item's facet values as bitsets, kept in memory by each process.

Exact disjunctive counts in SQL join each group's link table to the matching items, so their cost
grows with the number of matches (about a second at 100,000 practices). Here each value of each
group is one Python int used as a bitset over the listed items, built in one query per group and
kept until the facet data changes (`options.data_version`). A selection is then a few ANDs and
ORs, and every count an `int.bit_count()`: well under a millisecond at 100,000 items.

An item's bit is its position in the first ordering, so a page in that order comes straight from
the bits; every other ordering is kept as its sequence of positions.
"""

import threading
import time
from collections import OrderedDict
from dataclasses import dataclass, field

import numpy as np

from .options import data_version

MAX_AGE_SECONDS = 3600  # a safety net for changes no signal reports (bulk updates)
MAX_INDEXES = 8  # one per listing and base queryset: the materialenbank, the cases, the API
MAX_REMEMBERED_SEARCHES = 64  # per index; a common word's matches at 100k take ~0.5 MB
# The search index is written after the commit that changes a page (on-commit tasks), so a
# search remembered in between could miss the change: keep a search only this long.
REMEMBER_SEARCH_SECONDS = 60
_indexes = {}
_key_locks = {}  # one per index: building one index does not hold up the others
_lock = threading.Lock()  # guards the two dicts
_searches_lock = threading.Lock()


@dataclass(frozen=True)
class Answer:
    """The total, every group's {value: count} and, when asked, the ids of one page."""

    total: int
    counts: dict
    page_ids: list | None = None


def to_bits(positions, size):
    """The bitset (an int) with the bits at `positions` set."""
    flags = np.zeros(size, dtype=np.uint8)
    flags[positions] = 1
    return int.from_bytes(np.packbits(flags, bitorder="little").tobytes(), "little")


def to_flags(bits, size):
    """A bitset as an array of booleans, one per position."""
    data = np.frombuffer(bits.to_bytes((size + 7) // 8, "little"), dtype=np.uint8)
    return np.unpackbits(data, count=size, bitorder="little").astype(bool)


@dataclass(frozen=True)
class FacetIndex:
    ids: np.ndarray  # position -> item id
    lookup: np.ndarray  # item id -> position (-1: not listed)
    orders: dict  # ordering name -> positions in that order (None: the bit order)
    values: dict  # group -> {value: bitset}
    searches: OrderedDict = field(default_factory=OrderedDict)  # key -> (time, positions)

    @property
    def size(self):
        return len(self.ids)

    @classmethod
    def of_items(cls, ordering_name, ids):
        """An index of the items `ids` (in the order named `ordering_name`), without values."""
        ids = np.fromiter(ids, dtype=np.int64)
        lookup = np.full(int(ids.max(initial=0)) + 1, -1, dtype=np.int64)
        lookup[ids] = np.arange(len(ids))
        return cls(ids, lookup, {ordering_name: None}, {})

    @classmethod
    def build(cls, filters, queryset, orderings):
        """Read the items in every ordering and every facet's (item, value) pairs."""
        (first, ordering), *others = orderings.items()
        index = cls.of_items(first, queryset.order_by(*ordering).values_list("pk", flat=True))
        for name, ordering in others:
            order = queryset.order_by(*ordering).values_list("pk", flat=True)
            index.orders[name] = index.positions(order)
        for name, flt in filters.items():
            index.values[name] = index.value_bits(flt.index_pairs(queryset))
        return index

    def positions(self, ids):
        """The positions of the listed items among `ids`, in the order of `ids`."""
        ids = np.fromiter(ids, dtype=np.int64)
        ids = ids[(ids >= 0) & (ids < len(self.lookup))]
        positions = self.lookup[ids]
        return positions[positions >= 0]

    def remembered_positions(self, key, ids):
        """`positions(ids())` for a search (e.g. the words typed), kept with the index for a
        minute: the same words again cost no query; a change to the data forgets them."""
        now = time.monotonic()
        with _searches_lock:
            remembered = self.searches.get(key)
            if remembered is not None and now - remembered[0] < REMEMBER_SEARCH_SECONDS:
                self.searches.move_to_end(key)
                return remembered[1]
        positions = self.positions(ids())  # the query runs outside the lock
        with _searches_lock:
            self.searches[key] = (now, positions)
            self.searches.move_to_end(key)
            while len(self.searches) > MAX_REMEMBERED_SEARCHES:
                self.searches.popitem(last=False)
        return positions

    def value_bits(self, pairs):
        """{value: bitset of the listed items with that value} from (item, value) pairs."""
        items, values = [], []
        for item, value in pairs:
            if value is not None:
                items.append(item)
                values.append(value)
        if not items:
            return {}
        items = np.array(items, dtype=np.int64)
        listed = items < len(self.lookup)
        positions = np.full(len(items), -1, dtype=np.int64)
        positions[listed] = self.lookup[items[listed]]
        keys, codes = np.unique(np.array(values, dtype=object), return_inverse=True)
        # Sort the rows by value once and split them into one run per value.
        order = np.argsort(codes, kind="stable")
        runs = np.split(positions[order], np.flatnonzero(np.diff(codes[order])) + 1)
        return {
            key: to_bits(run[run >= 0], self.size)
            for key, run in zip(keys.tolist(), runs, strict=True)
        }

    def answer(self, selected, matches=None, page=None):
        """Counts for `selected` ({group: [values]}) within `matches` (positions, e.g. of a text
        search, most relevant first; None: every item).

        `page` = (ordering name, offset, limit) also returns the ids of that page; ordering None
        keeps the order of `matches` (or of the bits without them).
        """
        base = (1 << self.size) - 1 if matches is None else to_bits(matches, self.size)
        chosen = {}
        for name, values in selected.items():
            if values:
                bits = 0
                for value in values:
                    bits |= self.values[name].get(value, 0)
                chosen[name] = bits
        result = base
        for bits in chosen.values():
            result &= bits
        counts = {}
        for name, by_value in self.values.items():
            within = base if name in chosen else result
            if name in chosen:
                for other, bits in chosen.items():
                    if other != name:
                        within &= bits
            counts[name] = {value: (bits & within).bit_count() for value, bits in by_value.items()}
        page_ids = None if page is None else self.page_ids(result, matches, *page)
        return Answer(result.bit_count(), counts, page_ids)

    def page_ids(self, result, matches, ordering, offset, limit):
        flags = to_flags(result, self.size)
        sequence = matches if ordering is None else self.orders[ordering]
        if sequence is None:
            hits = np.flatnonzero(flags)[offset : offset + limit]
        else:
            hits = sequence[flags[sequence]][offset : offset + limit]
        return self.ids[hits].tolist()


def facet_index(filterset, queryset):
    """The index of `queryset` for the facets of `filterset` at the current facet data: this
    process's copy, or built now (once per key, however many threads ask)."""
    key = (type(filterset), str(queryset.query))
    with _lock:
        key_lock = _key_locks.setdefault(key, threading.Lock())
    with key_lock:
        # Read after waiting (another thread may just have built the current index) and before
        # building (a change made meanwhile makes this copy old at once).
        version = data_version()
        known = _indexes.get(key)
        if known and known[0] == version and time.monotonic() - known[1] < MAX_AGE_SECONDS:
            return known[2]
        started = time.monotonic()
        index = FacetIndex.build(filterset.facet_filters, queryset, filterset.orderings)
        with _lock:
            if key not in _indexes and len(_indexes) >= MAX_INDEXES:
                oldest = next(iter(_indexes))
                del _indexes[oldest]
                _key_locks.pop(oldest, None)
            _indexes[key] = (version, started, index)
        return index


def forget_searches():
    """Drop this process's remembered searches (the benchmark times words searched anew)."""
    with _lock, _searches_lock:
        for _version, _started, index in _indexes.values():
            index.searches.clear()
