"""An in-memory index of open items, built once so each remittance line costs O(1).

Payers quote our invoice numbers the way their AP clerk typed them: ``INV-00123``,
``inv 00123``, ``INV00123``. The index therefore keys items by a normalised form (upper
case, letters and digits only) and, for the careful second try, by a *loose* form that also
drops leading zeros inside each run of digits (``INV-123`` meets ``INV-00123``). The raw
number stays on the :class:`~matchers.types.OpenItem`, so a proposal always shows the
number exactly as the ERP holds it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from matchers.types import OpenItem

_NOT_ALNUM = re.compile(r"[\W_]+")
_LEADING_ZEROS = re.compile(r"(?<![0-9])0+(?=[0-9])")

Bucket = tuple[OpenItem, ...]
_EMPTY: Bucket = ()


_DIGITS = "0123456789"


def normalise_ref(ref: str) -> str:
    """Reduce a document number to upper-case letters and digits.

    Spaces, dashes, slashes and dots are how people format a number, not part of it, so
    ``"inv 00123"``, ``"INV-00123"`` and ``"INV00123"`` all become ``"INV00123"``.
    """
    # Plain string methods first: this runs once per open item, and the regular
    # expression is only needed for the rarer separators.
    compact = ref.replace("-", "").replace(" ", "")
    if not compact.isalnum():
        compact = _NOT_ALNUM.sub("", compact)
    return compact.upper()


def unpad(key: str) -> str:
    """Drop leading zeros of every digit run of a normalised key (``INV0123`` -> ``INV123``).

    The usual shape, letters then digits, is done with string methods; anything else
    falls back to the regular expression, which gives the same answer more slowly.
    """
    head = key.rstrip(_DIGITS)
    if head and not head.isalpha():
        return _LEADING_ZEROS.sub("", key)
    if head == key:
        return key
    return head + (key[len(head) :].lstrip("0") or "0")


def loose_ref(ref: str) -> str:
    """Normalise and also drop leading zeros of every digit run (``INV-0123`` -> ``INV123``).

    Kept apart from :func:`normalise_ref` because zero-padding can, rarely, be the only
    difference between two real documents; the engine scores a loose hit lower.
    """
    return unpad(normalise_ref(ref))


def _add(table: dict[str, Bucket], key: str, item: OpenItem) -> None:
    # Tuples, not lists: a million one-item buckets is the common case and a tuple of one
    # is the smallest container Python has; collisions (duplicates) are rare.
    bucket = table.get(key)
    table[key] = (item,) if bucket is None else (*bucket, item)


class OpenItemIndex:
    """Open items keyed by invoice number, customer and PO number.

    Invoice numbers are stored once, under their loose key; an exact look-up takes the
    loose bucket (one or two items) and keeps those whose normalised number is equal.
    One table instead of two halves the build time and memory on a million items.
    """

    __slots__ = ("_by_customer", "_by_loose", "_by_po", "_size")

    def __init__(self, items: Iterable[OpenItem]) -> None:
        """Index ``items`` once; every lookup afterwards is a dictionary hit."""
        self._by_loose: dict[str, Bucket] = {}
        self._by_po: dict[str, Bucket] = {}
        self._by_customer: dict[str, list[OpenItem]] = {}
        self._size = 0
        self._insert_all(items)

    def _insert_all(self, items: Iterable[OpenItem]) -> None:
        # One tight loop with local names: this runs a million times at start-up, and
        # attribute and global look-ups are most of its cost in CPython.
        normalise, add = normalise_ref, _add
        by_loose, by_po, by_customer = self._by_loose, self._by_po, self._by_customer
        for item in items:
            add(by_loose, unpad(normalise(item.invoice_number)), item)
            if item.po_number:
                po = normalise(item.po_number)
                if po:
                    add(by_po, po, item)
            owned = by_customer.get(item.customer_id)
            if owned is None:
                by_customer[item.customer_id] = [item]
            else:
                owned.append(item)
            self._size += 1

    def __len__(self) -> int:
        """Number of open items indexed, duplicates included."""
        return self._size

    def by_invoice(self, ref: str) -> Bucket:
        """Items whose number equals ``ref`` once both are normalised."""
        key = normalise_ref(ref)
        if not key:
            return _EMPTY
        bucket = self._by_loose.get(unpad(key), _EMPTY)
        return tuple(i for i in bucket if normalise_ref(i.invoice_number) == key)

    def by_invoice_loose(self, ref: str) -> Bucket:
        """Items whose number equals ``ref`` ignoring formatting and leading zeros."""
        key = loose_ref(ref)
        return self._by_loose.get(key, _EMPTY) if key else _EMPTY

    def by_po(self, ref: str) -> Bucket:
        """Items raised against purchase order ``ref`` (normalised like invoice numbers)."""
        key = normalise_ref(ref)
        return self._by_po.get(key, _EMPTY) if key else _EMPTY

    def for_customer(self, customer_id: str) -> Bucket:
        """All items of one customer, in the order they were indexed."""
        return tuple(self._by_customer.get(customer_id, ()))

    def customer_ids(self) -> frozenset[str]:
        """Every customer that has at least one open item."""
        return frozenset(self._by_customer)
