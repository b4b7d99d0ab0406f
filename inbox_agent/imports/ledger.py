"""Bring the ERP's open-items list into the store, again and again, without duplicates.

Each import is compared with what the store holds, keyed by customer and invoice number:

- an item the store does not have is **added**;
- an item whose amounts, dates, currency, name or PO number differ is **updated**;
- an item the store has but a *full* export no longer lists has been paid or cleared in
  the ERP, and is **closed**;
- everything else is **unchanged**, and is not written at all.

**Closed means ``open_amount = 0``.** There is no status column: an open-items list only
ever says how much is still open, so "nothing open" is the natural way to record that an
item left the list. It keeps the row (and its original ``amount``) for reviewers and the
audit trail, needs no migration, and an item that comes back (a payment reversed) is
simply updated again, recorded as ``reopened``. Matching must use :func:`outstanding`,
which leaves closed items out.

A partial export (only the changes since yesterday) must not close what it does not
mention: pass ``close_missing=False`` (``--partial`` on the command line).

Writes go in bulk (one INSERT and one UPDATE statement per thousand rows) inside the
caller's transaction, so an import of a million items is stored whole or not at all. Every
update, closure and reopening writes an audit event with the changed fields before and
after; additions are summed up in one event per import, since a first import of a million
items is one decision, not a million.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import Table, bindparam, insert, update
from sqlalchemy import select as core_select
from sqlmodel import Session, SQLModel, col, select

from inbox_agent.errors import InboxAgentError
from inbox_agent.imports.mapping import customers_from_open_items
from inbox_agent.store import repo
from inbox_agent.store.models import Customer as CustomerRow
from inbox_agent.store.models import CustomerAlias as CustomerAliasRow
from inbox_agent.store.models import OpenItem as OpenItemRow
from inbox_agent.store.types import utcnow
from matchers import types as core

__all__ = [
    "LedgerImportError",
    "LedgerImportResult",
    "import_open_items",
    "outstanding",
]

ZERO = Decimal("0.00")
BATCH = 1000
"""Rows per bulk statement: large enough to be fast, small enough for any driver's limits."""
MAX_REPORTED = 20

# The fields an import may change; customer_id and invoice_number are the key.
_FIELDS = (
    "customer_name",
    "currency",
    "amount",
    "open_amount",
    "invoice_date",
    "due_date",
    "po_number",
)

Key = tuple[str, str]
Values = tuple[Any, ...]


class LedgerImportError(InboxAgentError):
    """The open items cannot be stored as given; the message says which rows to fix."""

    def __init__(self, message: str, problems: Sequence[str] = ()) -> None:
        self.problems = list(problems)
        super().__init__("\n".join([message, *self.problems]))


@dataclass(frozen=True, slots=True)
class LedgerImportResult:
    """What one import changed; ``reopened`` items are also counted in ``updated``."""

    added: int = 0
    updated: int = 0
    closed: int = 0
    unchanged: int = 0
    reopened: int = 0
    customers_added: int = 0

    def as_json(self) -> dict[str, int]:
        """The counts as a JSON object."""
        return {
            "added": self.added,
            "updated": self.updated,
            "closed": self.closed,
            "unchanged": self.unchanged,
            "reopened": self.reopened,
            "customers_added": self.customers_added,
        }


@dataclass(slots=True)
class _Plan:
    """The writes an import needs, worked out before anything is written."""

    inserts: list[core.OpenItem] = field(default_factory=list)
    updates: list[dict[str, Any]] = field(default_factory=list)
    closes: list[int] = field(default_factory=list)
    events: list[tuple[str, str, dict[str, Any], dict[str, Any]]] = field(default_factory=list)
    unchanged: int = 0
    reopened: int = 0


def _table() -> Table:
    return SQLModel.metadata.tables[OpenItemRow.__tablename__]


def _values(item: core.OpenItem) -> Values:
    """An incoming item's comparable fields, normalised as the store keeps them."""
    return (
        item.customer_name,
        item.currency,
        core.money(item.amount),
        core.money(item.open_amount),
        item.invoice_date,
        item.due_date,
        item.po_number or None,
    )


_SEPARATOR = "\x1f"  # ASCII unit separator: never in a name, number or date
_OPEN_AMOUNT = _FIELDS.index("open_amount")
_CLOSED = str(ZERO)


def _fingerprint(values: Iterable[Any]) -> str:
    """The comparable fields as one exact string: Decimals as cents, dates in ISO.

    Two items are unchanged exactly when their fingerprints are equal. One string per
    stored item instead of a tuple of seven objects keeps a million-item comparison
    within a few hundred megabytes.
    """
    return _SEPARATOR.join(_text(value) for value in values)


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, Decimal) and value == 0:
        return _CLOSED  # -0.00 (a credit note used up) is as closed as 0.00
    return str(value)


def _check_unique(items: Sequence[core.OpenItem], first_row: int) -> None:
    """Refuse a file that lists one invoice of one customer twice.

    The store keeps one row per customer and invoice number; silently keeping either
    line would store a wrong open amount, and summing them would hide an ERP export bug.
    """
    seen: dict[Key, int] = {}
    problems: list[str] = []
    for offset, item in enumerate(items):
        key = (item.customer_id, item.invoice_number)
        row = first_row + offset
        if key in seen:
            problems.append(
                f"rows {seen[key]} and {row}: invoice {item.invoice_number} of customer "
                f"{item.customer_id} is listed twice"
            )
            if len(problems) >= MAX_REPORTED:
                problems.append("(stopped after this many problems)")
                break
        else:
            seen[key] = row
    if problems:
        raise LedgerImportError(
            "the open items list an invoice more than once; merge those lines in the export",
            problems,
        )


def _stored(session: Session) -> dict[Key, tuple[int, str]]:
    """Every stored item's id and fingerprint, read in chunks as plain rows (no ORM)."""
    table = _table()
    columns = [table.c.id, table.c.customer_id, table.c.invoice_number]
    columns += [table.c[name] for name in _FIELDS]
    stored: dict[Key, tuple[int, str]] = {}
    result = session.connection().execute(core_select(*columns))
    for chunk in result.partitions(10_000):
        for row in chunk:
            stored[(row[1], row[2])] = (row[0], _fingerprint(row[3:]))
    return stored


def _changes(before: str, after: str) -> tuple[dict[str, Any], dict[str, Any]]:
    """The fields that differ, before and after, as the audit trail keeps them (text)."""
    old, new = before.split(_SEPARATOR), after.split(_SEPARATOR)
    changed = [i for i, (a, b) in enumerate(zip(old, new, strict=True)) if a != b]
    return (
        {_FIELDS[i]: old[i] or None for i in changed},
        {_FIELDS[i]: new[i] or None for i in changed},
    )


def _insert_row(item: core.OpenItem, now: datetime) -> dict[str, Any]:
    row = dict(zip(_FIELDS, _values(item), strict=True))
    row.update(customer_id=item.customer_id, invoice_number=item.invoice_number, updated_at=now)
    return row


def _update_row(row_id: int, values: Values) -> dict[str, Any]:
    """Parameters of one row's UPDATE; bind names differ from column names, as Core needs."""
    return {"row_id": row_id, **{f"new_{n}": v for n, v in zip(_FIELDS, values, strict=True)}}


def _plan(
    items: Iterable[core.OpenItem],
    stored: dict[Key, tuple[int, str]],
    *,
    close_missing: bool,
) -> _Plan:
    """Work out the writes; ``stored`` is consumed (what is left was not in the export)."""
    plan = _Plan()
    for item in items:
        key = (item.customer_id, item.invoice_number)
        found = stored.pop(key, None)
        if found is None:
            plan.inserts.append(item)
            continue
        values = _values(item)
        row_id, old = found
        new = _fingerprint(values)
        if old == new:
            plan.unchanged += 1
            continue
        before, after = _changes(old, new)
        reopened = old.split(_SEPARATOR)[_OPEN_AMOUNT] == _CLOSED and values[3] != ZERO
        plan.reopened += reopened
        action = "open_item.reopened" if reopened else "open_item.updated"
        plan.events.append((action, f"{key[0]}/{key[1]}", before, after))
        plan.updates.append(_update_row(row_id, values))
    if close_missing:
        for key, (row_id, old) in stored.items():
            open_amount = old.split(_SEPARATOR)[_OPEN_AMOUNT]
            if open_amount == _CLOSED:
                continue
            plan.closes.append(row_id)
            before, after = {"open_amount": open_amount}, {"open_amount": _CLOSED}
            plan.events.append(("open_item.closed", f"{key[0]}/{key[1]}", before, after))
    return plan


def _write(session: Session, plan: _Plan, progress: Callable[[str], None] | None) -> None:
    table = _table()
    connection = session.connection()
    now = utcnow()
    for start in range(0, len(plan.inserts), BATCH):
        rows = [_insert_row(item, now) for item in plan.inserts[start : start + BATCH]]
        connection.execute(insert(table), rows)
        if progress is not None and (start // BATCH) % 50 == 49:
            progress(f"  {start + BATCH} of {len(plan.inserts)} new items written")
    by_id = table.c.id == bindparam("row_id")
    change = (
        update(table)
        .where(by_id)
        .values({**{name: bindparam(f"new_{name}") for name in _FIELDS}, "updated_at": now})
    )
    for start in range(0, len(plan.updates), BATCH):
        connection.execute(change, plan.updates[start : start + BATCH])
    close = update(table).where(by_id).values(open_amount=ZERO, updated_at=now)
    for start in range(0, len(plan.closes), BATCH):
        connection.execute(
            close, [{"row_id": row_id} for row_id in plan.closes[start : start + BATCH]]
        )


def _add_customers(session: Session, items: Sequence[core.OpenItem]) -> int:
    """Create customers the store does not know; new names of known ones become aliases.

    A known customer's name is never replaced: it may be the admin's spelling from
    rules.yaml, which reviewers recognise; the ERP's other spelling is kept as an alias.
    New customers are written in bulk (a first import brings tens of thousands).
    """
    known = _known_names(session)
    fresh: list[core.Customer] = []
    for customer in customers_from_open_items(items):
        existing = known.get(customer.customer_id)
        if existing is None:
            fresh.append(customer)
            continue
        name, names = existing
        new = tuple(n for n in (customer.name, *customer.aliases) if n and n not in names)
        if new:
            repo.upsert_customer(
                session, customer=core.Customer(customer.customer_id, name, aliases=new)
            )
    _insert_customers(session, fresh)
    return len(fresh)


def _known_names(session: Session) -> dict[str, tuple[str, set[str]]]:
    """Each stored customer's name, and every name it is known by (name and aliases)."""
    connection = session.connection()
    customers = SQLModel.metadata.tables[CustomerRow.__tablename__]
    aliases = SQLModel.metadata.tables[CustomerAliasRow.__tablename__]
    by_row: dict[int, str] = {}
    known: dict[str, tuple[str, set[str]]] = {}
    query = core_select(customers.c.id, customers.c.customer_id, customers.c.name)
    for row_id, customer_id, name in connection.execute(query).all():
        by_row[row_id] = customer_id
        known[customer_id] = (name, {name})
    alias_query = core_select(aliases.c.customer_row_id, aliases.c.alias)
    for row_id, alias in connection.execute(alias_query).all():
        known[by_row[row_id]][1].add(alias)
    return known


def _insert_customers(session: Session, customers: Sequence[core.Customer]) -> None:
    if not customers:
        return
    connection = session.connection()
    table = SQLModel.metadata.tables[CustomerRow.__tablename__]
    aliases = SQLModel.metadata.tables[CustomerAliasRow.__tablename__]
    rows = [{"customer_id": c.customer_id, "name": c.name} for c in customers]
    for start in range(0, len(rows), BATCH):
        connection.execute(insert(table), rows[start : start + BATCH])
    wanted = {c.customer_id: c.aliases for c in customers if c.aliases}
    if not wanted:
        return
    ids = connection.execute(core_select(table.c.id, table.c.customer_id)).all()
    alias_rows = [
        {"customer_row_id": row_id, "alias": alias}
        for row_id, customer_id in ids
        for alias in dict.fromkeys(wanted.get(customer_id, ()))
    ]
    for start in range(0, len(alias_rows), BATCH):
        connection.execute(insert(aliases), alias_rows[start : start + BATCH])


def import_open_items(
    session: Session,
    *,
    items: Sequence[core.OpenItem],
    actor: str,
    source: str,
    source_sha256: str | None = None,
    close_missing: bool = True,
    first_row: int = 2,
    progress: Callable[[str], None] | None = None,
) -> LedgerImportResult:
    """Bring the store's open items in line with an export; see the module docstring.

    Args:
        session: The caller's session; the whole import is one unit of work.
        items: The export's items, in file order (as :func:`read_open_items` returns them).
        actor: Who imports, for the audit trail.
        source: The file name, for the audit trail.
        source_sha256: The file's sha256, for the audit trail.
        close_missing: Close stored items the export does not list (a full export);
            False for a partial export of changes only.
        first_row: The file row of ``items[0]``, so duplicate rows are named as the
            person sees them (2 for a CSV or sheet with one header row).
        progress: Called with a line of progress now and then (the CLI prints to stderr).

    Returns:
        How many items were added, updated, closed and left unchanged.

    Raises:
        LedgerImportError: the export lists an invoice of a customer twice.
    """
    _check_unique(items, first_row)
    stored = _stored(session)
    if progress is not None:
        progress(f"comparing {len(items)} item(s) with {len(stored)} in the store")
    plan = _plan(items, stored, close_missing=close_missing)
    _write(session, plan, progress)
    customers_added = _add_customers(session, items)
    for action, entity_id, before, after in plan.events:
        repo.record_audit(
            session,
            actor=actor,
            action=action,
            entity="open_item",
            entity_id=entity_id,
            before=before,
            after=after,
        )
    result = LedgerImportResult(
        added=len(plan.inserts),
        updated=len(plan.updates),
        closed=len(plan.closes),
        unchanged=plan.unchanged,
        reopened=plan.reopened,
        customers_added=customers_added,
    )
    repo.record_audit(
        session,
        actor=actor,
        action="open_items.imported",
        entity="open_items_import",
        entity_id=source_sha256 or source,
        after={"source": source, "full": close_missing, **result.as_json()},
    )
    return result


def outstanding(session: Session, *, customer_id: str | None = None) -> list[core.OpenItem]:
    """Open items that still have money open, as the matcher takes them.

    Closed items (``open_amount = 0``) stay in the store for history but must not be
    proposed for a payment; this is the list matching should use.
    """
    query = select(OpenItemRow).where(col(OpenItemRow.open_amount) != ZERO)
    if customer_id is not None:
        query = query.where(OpenItemRow.customer_id == customer_id)
    query = query.order_by(col(OpenItemRow.customer_id), col(OpenItemRow.invoice_number))
    return [
        core.OpenItem(
            customer_id=row.customer_id,
            invoice_number=row.invoice_number,
            currency=row.currency,
            amount=row.amount,
            open_amount=row.open_amount,
            customer_name=row.customer_name,
            invoice_date=row.invoice_date,
            due_date=row.due_date,
            po_number=row.po_number,
        )
        for row in session.exec(query).all()
    ]
