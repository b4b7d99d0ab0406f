"""An in-memory index of open items, built once so each remittance line costs microseconds.

Payers quote our invoice numbers the way their AP clerk typed them or their OCR read
them: ``INV-00123``, ``inv 00123``, ``INV-123``, ``INV-1OO23``, ``Invoice No. 123``,
``INV-00132``. Items are therefore kept under their *key* (formatting, zero padding and
OCR confusions forgiven, see :mod:`matchers.refs`), and those with a letter prefix also
under their *core* (the number without its label). Numbers one typing slip away are found
among the customer's own items directly, or among all items through a symmetric-delete
index (:mod:`matchers.fuzzy`) that is built the first time it is needed. The raw number
stays on the :class:`~matchers.types.OpenItem`, so a proposal always shows the number
exactly as the ERP holds it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from decimal import Decimal
from typing import NamedTuple

from matchers.fuzzy import DeletionIndex
from matchers.refs import MIN_FUZZY_CORE, item_key, loose_ref, normalise_ref, unpad
from matchers.types import OpenItem

Bucket = tuple[OpenItem, ...]
_EMPTY: Bucket = ()
_Slot = OpenItem | list[OpenItem]

__all__ = ["Bucket", "OpenItemIndex", "loose_ref", "normalise_ref", "unpad"]


class _CustomerKeys(NamedTuple):
    """One customer's item keys and cores (parallel to its items), by age and by amount.

    Built only for the few customers that remittances mention.
    """

    keys: list[str]
    cores: list[str]
    credits: list[OpenItem]
    """Credit notes, oldest first."""
    invoices: list[OpenItem]
    """Items with a positive open amount, oldest first."""
    by_amount: dict[Decimal, list[OpenItem]]


def age(item: OpenItem) -> tuple[date, str]:
    """Sort key putting the oldest item first (undated items last, then by number)."""
    return (item.invoice_date or item.due_date or date.max, item.invoice_number)


def _add(table: dict[str, _Slot], key: str, item: OpenItem) -> None:
    # A lone item is stored as itself, not in a container: a million one-item buckets is
    # the common case, and duplicates (a list) are rare.
    slot = table.get(key)
    if slot is None:
        table[key] = item
    elif isinstance(slot, list):
        slot.append(item)
    else:
        table[key] = [slot, item]


def _get(table: dict[str, _Slot], key: str) -> Bucket:
    slot = table.get(key)
    if slot is None:
        return _EMPTY
    return tuple(slot) if isinstance(slot, list) else (slot,)


class OpenItemIndex:
    """Open items keyed by number (key and core), purchase order and customer."""

    __slots__ = (
        "_by_core",
        "_by_customer",
        "_by_key",
        "_by_po",
        "_cores",
        "_customer_keys",
        "_fuzzy",
        "_items",
    )

    def __init__(self, items: Iterable[OpenItem]) -> None:
        """Index ``items`` once; every lookup afterwards is a dictionary hit."""
        self._items: list[OpenItem] = []
        self._cores: list[str] = []
        self._by_key: dict[str, _Slot] = {}
        self._by_core: dict[str, _Slot] = {}
        self._by_po: dict[str, _Slot] = {}
        self._by_customer: dict[str, list[OpenItem]] = {}
        self._fuzzy: DeletionIndex | None = None
        self._customer_keys: dict[str, _CustomerKeys] = {}
        self._insert_all(items)

    def _insert_all(self, items: Iterable[OpenItem]) -> None:
        # One tight loop with local names: this runs a million times at start-up, and
        # attribute and global look-ups are most of its cost in CPython.
        key_of, add = item_key, _add
        by_key, by_core, by_po = self._by_key, self._by_core, self._by_po
        by_customer, all_items, cores = self._by_customer, self._items, self._cores
        for item in items:
            key, core = key_of(item.invoice_number)
            add(by_key, key, item)
            if core and core != key:
                add(by_core, core, item)
            if item.po_number:
                po = key_of(item.po_number)[1]
                if po:
                    add(by_po, po, item)
            owned = by_customer.get(item.customer_id)
            if owned is None:
                by_customer[item.customer_id] = [item]
            else:
                owned.append(item)
            all_items.append(item)
            cores.append(core)

    def __len__(self) -> int:
        """Number of open items indexed, duplicates included."""
        return len(self._items)

    def by_invoice(self, ref: str) -> Bucket:
        """Items whose number equals ``ref`` once both are normalised (formatting only)."""
        norm = normalise_ref(ref)
        if not norm:
            return _EMPTY
        return tuple(
            i for i in self.by_key(item_key(ref)[0]) if normalise_ref(i.invoice_number) == norm
        )

    def by_invoice_loose(self, ref: str) -> Bucket:
        """Items whose number equals ``ref`` ignoring formatting and leading zeros."""
        loose = loose_ref(ref)
        if not loose:
            return _EMPTY
        return tuple(
            i for i in self.by_key(item_key(ref)[0]) if loose_ref(i.invoice_number) == loose
        )

    def by_key(self, key: str) -> Bucket:
        """Items whose key (formatting, padding and OCR forgiven) is ``key``."""
        return _get(self._by_key, key) if key else _EMPTY

    def by_core(self, core: str) -> Bucket:
        """Items whose number is ``core`` under any label, or under none."""
        if not core:
            return _EMPTY
        return _get(self._by_core, core) + _get(self._by_key, core)

    def by_po(self, ref: str) -> Bucket:
        """Items raised against purchase order ``ref`` (its label, such as ``PO``, ignored)."""
        core = item_key(ref)[1]
        return _get(self._by_po, core) if core else _EMPTY

    def for_customer(self, customer_id: str) -> Bucket:
        """All items of one customer, in the order they were indexed."""
        return tuple(self._by_customer.get(customer_id, ()))

    def customer_items(self, customer_id: str) -> Sequence[OpenItem]:
        """Like :meth:`for_customer`, without a copy (the largest customers hold thousands)."""
        return self._by_customer.get(customer_id, ())

    def customer_keys(self, customer_id: str) -> _CustomerKeys:
        """Keys, cores and credit notes of one customer's items, in :meth:`for_customer` order.

        Computed the first time a customer is asked for and kept: the customers that
        remittances mention are few next to the million items.
        """
        found = self._customer_keys.get(customer_id)
        if found is None:
            items = self._by_customer.get(customer_id, ())
            pairs = [item_key(item.invoice_number) for item in items]
            by_age = sorted(items, key=age)
            by_amount: dict[Decimal, list[OpenItem]] = {}
            for item in items:
                by_amount.setdefault(item.open_amount, []).append(item)
            found = _CustomerKeys(
                [key for key, _core in pairs],
                [core for _key, core in pairs],
                [item for item in by_age if item.open_amount < 0],
                [item for item in by_age if item.open_amount > 0],
                by_amount,
            )
            self._customer_keys[customer_id] = found
        return found

    def customer_size(self, customer_id: str) -> int:
        """How many open items one customer has."""
        return len(self._by_customer.get(customer_id, ()))

    def customer_ids(self) -> frozenset[str]:
        """Every customer that has at least one open item."""
        return frozenset(self._by_customer)

    def warm(self) -> DeletionIndex:
        """Build the one-edit index now rather than at the first lookup that needs it."""
        if self._fuzzy is None:
            self._fuzzy = DeletionIndex(self._cores, min_len=MIN_FUZZY_CORE)
        return self._fuzzy

    def near_core(self, core: str) -> list[tuple[OpenItem, str]] | None:
        """Items, with their cores, whose core may be one edit from ``core``.

        The caller checks the edit distance; this only narrows a million to a handful.
        Returns None when too many numbers lie that close for one to be picked out.
        """
        if len(core) < MIN_FUZZY_CORE:
            return []
        found = self.warm().candidates(core)
        if found is None:
            return None
        items, cores = self._items, self._cores
        return [(items[i], cores[i]) for i in found]
