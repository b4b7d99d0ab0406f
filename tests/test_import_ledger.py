"""Open items: incremental re-import (added, updated, closed, unchanged) with an audit trail.

Storage tests run on SQLite and a real PostgreSQL (the ``session`` fixture); the command
is driven through a fresh Typer app holding only ``import``.
"""

from __future__ import annotations

import io
import json
from datetime import date
from decimal import Decimal
from pathlib import Path

import pandas as pd
import pytest
import typer
from sqlmodel import Session, col, select
from typer.testing import CliRunner

from inbox_agent.cli import import_cmd
from inbox_agent.imports.ledger import (
    LedgerImportError,
    LedgerImportResult,
    import_open_items,
    outstanding,
)
from inbox_agent.imports.open_items import read_open_items
from inbox_agent.store import repo
from inbox_agent.store.models import AuditEvent, OpenItem
from matchers import types as core

HEADER = (
    "customer_id,customer_name,invoice_number,invoice_date,due_date,currency,amount,"
    "open_amount,po_number\n"
)
INV1 = "C1,Acme Pty Ltd,INV-1,2026-01-31,2026-02-28,AUD,100.00,100.00,\n"
INV2 = "C1,Acme Pty Ltd,INV-2,2026-02-01,2026-03-01,AUD,250.00,250.00,PO-9\n"
INV2_PART_PAID = "C1,Acme Pty Ltd,INV-2,2026-02-01,2026-03-01,AUD,250.00,150.00,PO-9\n"
INV3 = "C2,Globex,INV-3,2026-02-03,2026-03-03,AUD,1234567.89,1234567.89,\n"
CN1 = "C2,Globex,CN-1,2026-02-04,,AUD,-20.00,-20.00,\n"
INV4 = "C3,Initech,INV-4,2026-03-01,2026-03-31,USD,75.10,75.10,\n"
FIRST = HEADER + INV1 + INV2 + INV3 + CN1
# The next day's export: INV-1 paid (gone), INV-2 part paid, INV-4 new.
SECOND = HEADER + INV2_PART_PAID + INV3 + CN1 + INV4


def _items(tmp_path: Path, text: str, name: str = "open.csv") -> list[core.OpenItem]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return read_open_items(path)


def _import(
    session: Session,
    items: list[core.OpenItem],
    *,
    close_missing: bool = True,
    source_sha256: str | None = None,
) -> LedgerImportResult:
    result = import_open_items(
        session,
        items=items,
        actor="tester",
        source="open.csv",
        source_sha256=source_sha256,
        close_missing=close_missing,
    )
    session.commit()
    return result


def _stored(session: Session) -> dict[str, tuple[Decimal, Decimal]]:
    rows = session.exec(select(OpenItem).order_by(col(OpenItem.invoice_number))).all()
    return {row.invoice_number: (row.amount, row.open_amount) for row in rows}


def _events(session: Session, action: str) -> list[AuditEvent]:
    query = select(AuditEvent).where(AuditEvent.action == action).order_by(col(AuditEvent.id))
    return list(session.exec(query).all())


def test_first_import_then_reimport_adds_updates_closes_and_leaves_the_rest(
    session: Session, tmp_path: Path
) -> None:
    """
    GIVEN an empty store
    WHEN yesterday's export (4 items) is imported, then today's: one paid (gone), one part
         paid (open amount changed), one new, two as before
    THEN the counts are 4 added, then 1 added / 1 updated / 1 closed / 2 unchanged; the
         paid item is kept with open amount 0 and left out of outstanding(); money is exact.
    """
    first = _import(session, _items(tmp_path, FIRST))
    assert first == LedgerImportResult(added=4, customers_added=2)

    second = _import(session, _items(tmp_path, SECOND))
    assert (second.added, second.updated, second.closed, second.unchanged) == (1, 1, 1, 2)
    assert second.customers_added == 1
    assert _stored(session) == {
        "CN-1": (Decimal("-20.00"), Decimal("-20.00")),
        "INV-1": (Decimal("100.00"), Decimal("0.00")),
        "INV-2": (Decimal("250.00"), Decimal("150.00")),
        "INV-3": (Decimal("1234567.89"), Decimal("1234567.89")),
        "INV-4": (Decimal("75.10"), Decimal("75.10")),
    }
    assert [i.invoice_number for i in outstanding(session)] == ["INV-2", "CN-1", "INV-3", "INV-4"]
    assert [i.invoice_number for i in outstanding(session, customer_id="C1")] == ["INV-2"]
    po = session.exec(select(OpenItem).where(OpenItem.invoice_number == "INV-2")).one()
    assert (po.po_number, po.due_date) == ("PO-9", date(2026, 3, 1))


def test_changes_and_closures_are_audited_with_before_and_after(
    session: Session, tmp_path: Path
) -> None:
    """
    GIVEN the two exports above
    WHEN both are imported
    THEN the part payment and the closure each have an audit event naming the item and
         only the changed field, before and after, as exact strings; each import has one
         summary event; unchanged and added items have none of their own.
    """
    _import(session, _items(tmp_path, FIRST), source_sha256="a" * 64)
    _import(session, _items(tmp_path, SECOND), source_sha256="b" * 64)
    updated = _events(session, "open_item.updated")
    closed = _events(session, "open_item.closed")
    assert [(e.entity_id, e.before, e.after) for e in updated] == [
        ("C1/INV-2", {"open_amount": "250.00"}, {"open_amount": "150.00"})
    ]
    assert [(e.entity_id, e.before, e.after) for e in closed] == [
        ("C1/INV-1", {"open_amount": "100.00"}, {"open_amount": "0.00"})
    ]
    assert {e.actor for e in updated + closed} == {"tester"}
    summaries = _events(session, "open_items.imported")
    assert [e.entity_id for e in summaries] == ["a" * 64, "b" * 64]
    assert summaries[1].after is not None
    assert summaries[1].after["closed"] == 1
    assert summaries[1].after["full"] is True
    assert len(session.exec(select(AuditEvent)).all()) == 4


def test_identical_reimport_writes_nothing(session: Session, tmp_path: Path) -> None:
    """
    GIVEN a store holding yesterday's export
    WHEN the same export is imported again
    THEN every item is unchanged, no row is rewritten (timestamps stay) and no row is added.
    """
    _import(session, _items(tmp_path, FIRST))
    stamps = {r.invoice_number: r.updated_at for r in session.exec(select(OpenItem)).all()}
    again = _import(session, _items(tmp_path, FIRST))
    assert again == LedgerImportResult(unchanged=4)
    session.expire_all()
    rows = session.exec(select(OpenItem)).all()
    assert {r.invoice_number: r.updated_at for r in rows} == stamps
    assert _events(session, "open_item.updated") == []


def test_a_used_up_credit_note_at_minus_zero_is_closed_not_changed(
    session: Session, tmp_path: Path
) -> None:
    """
    GIVEN a credit note the ERP lists with open amount -0.00 (used up)
    WHEN the export is imported twice, then once without it
    THEN it is unchanged the second time and never counted as closed: -0.00 is 0.
    """
    used_up = CN1.replace("-20.00,-20.00", "-20.00,-0.00")
    _import(session, _items(tmp_path, HEADER + INV1 + used_up))
    again = _import(session, _items(tmp_path, HEADER + INV1 + used_up))
    assert again == LedgerImportResult(unchanged=2)
    without = _import(session, _items(tmp_path, HEADER + INV1))
    assert (without.closed, without.unchanged) == (0, 1)


def test_a_closed_item_that_comes_back_is_reopened(session: Session, tmp_path: Path) -> None:
    """
    GIVEN INV-1 closed by a full import that no longer listed it
    WHEN a later export lists it again (the payment bounced)
    THEN it is updated with its open amount back, counted and audited as reopened.
    """
    _import(session, _items(tmp_path, FIRST))
    _import(session, _items(tmp_path, SECOND))
    back = _import(session, _items(tmp_path, SECOND + INV1))
    assert (back.updated, back.reopened, back.closed, back.added) == (1, 1, 0, 0)
    assert _stored(session)["INV-1"] == (Decimal("100.00"), Decimal("100.00"))
    [event] = _events(session, "open_item.reopened")
    assert (event.before, event.after) == ({"open_amount": "0.00"}, {"open_amount": "100.00"})


def test_partial_import_closes_nothing(session: Session, tmp_path: Path) -> None:
    """
    GIVEN a store with four items
    WHEN an export of changes only (one part payment) is imported with close_missing=False
    THEN that item is updated and the three it does not mention stay open.
    """
    _import(session, _items(tmp_path, FIRST))
    delta = _import(session, _items(tmp_path, HEADER + INV2_PART_PAID), close_missing=False)
    assert (delta.updated, delta.closed, delta.unchanged) == (1, 0, 0)
    assert len(outstanding(session)) == 4


def test_an_invoice_listed_twice_is_refused_naming_both_rows(
    session: Session, tmp_path: Path
) -> None:
    """
    GIVEN an export listing INV-2 of C1 on rows 3 and 5
    WHEN imported
    THEN it is refused naming rows 3 and 5, and the store is left as it was.
    """
    with pytest.raises(LedgerImportError) as refused:
        _import(session, _items(tmp_path, HEADER + INV1 + INV2 + INV3 + INV2_PART_PAID))
    assert refused.value.problems == ["rows 3 and 5: invoice INV-2 of customer C1 is listed twice"]
    session.rollback()
    assert _stored(session) == {}


def test_the_same_number_at_two_customers_is_two_items(session: Session, tmp_path: Path) -> None:
    """GIVEN INV-1 at C1 and at C9 WHEN imported THEN two items, not a duplicate."""
    other = INV1.replace("C1,Acme Pty Ltd", "C9,Other Co")
    result = _import(session, _items(tmp_path, HEADER + INV1 + other))
    assert result.added == 2


def test_known_customer_keeps_its_name_and_gains_the_erp_spelling_as_alias(
    session: Session, tmp_path: Path
) -> None:
    """
    GIVEN customer C1 stored as "Acme" (the admin's spelling from rules.yaml)
    WHEN the ERP export names it "Acme Pty Ltd"
    THEN the name stays "Acme" and "Acme Pty Ltd" becomes an alias; no customer is added.
    """
    repo.upsert_customer(session, customer=core.Customer("C1", "Acme", aliases=("ACME",)))
    session.commit()
    result = _import(session, _items(tmp_path, HEADER + INV1))
    assert result.customers_added == 0
    [customer] = repo.list_customers(session)
    assert customer.name == "Acme"
    assert set(customer.aliases) == {"ACME", "Acme Pty Ltd"}


# --- CLI ------------------------------------------------------------------------------------


def _app() -> typer.Typer:
    app = typer.Typer()
    import_cmd.register(app)

    @app.callback()
    def _root() -> None:
        """Test root, so ``import`` stays a sub-command."""

    return app


@pytest.mark.usefixtures("workspace")
def test_cli_imports_open_items_and_prints_the_counts(tmp_path: Path) -> None:
    """
    GIVEN yesterday's CSV and today's as an XLSX
    WHEN `import open-items` runs on each
    THEN exit 0 with a summary line of the counts on stdout and progress on stderr;
         --json prints the same counts as one object.
    """
    yesterday = tmp_path / "yesterday.csv"
    yesterday.write_text(FIRST, encoding="utf-8")
    runner = CliRunner()
    first = runner.invoke(_app(), ["import", "open-items", str(yesterday)])
    assert first.exit_code == 0, first.output
    assert first.stdout == (
        f"{yesterday}: 4 open item(s): 4 added, 0 updated, 0 closed, 0 unchanged; "
        "2 new customer(s)\n"
    )
    assert "read 4 open item(s)" in first.stderr

    today = tmp_path / "today.xlsx"
    frame = pd.read_csv(io.StringIO(SECOND), dtype=str, keep_default_na=False)
    frame.to_excel(today, index=False)
    second = runner.invoke(_app(), ["import", "open-items", str(today), "--json"])
    assert second.exit_code == 0, second.output
    report = json.loads(second.stdout)
    assert report["ok"] is True
    assert (report["added"], report["updated"], report["closed"], report["unchanged"]) == (
        1,
        1,
        1,
        2,
    )
    assert len(report["sha256"]) == 64


@pytest.mark.usefixtures("workspace")
def test_cli_bad_open_items_name_row_and_column(tmp_path: Path) -> None:
    """
    GIVEN a CSV whose row 3 has a bad open amount
    WHEN imported, without and with --json
    THEN plain: exit 1 and stderr names row 3, the column and the value, stdout empty;
         JSON: one ok:false object with the same message, exit 0 (handled).
    """
    bad = tmp_path / "bad.csv"
    bad.write_text(HEADER + INV1 + INV2.replace("250.00,250.00", "250.00,12.3x"))
    plain = CliRunner().invoke(_app(), ["import", "open-items", str(bad)])
    assert plain.exit_code == 1
    assert "row 3: open_amount '12.3x': not an amount" in plain.stderr
    assert plain.stdout == ""
    as_json = CliRunner().invoke(_app(), ["import", "open-items", str(bad), "--json"])
    assert as_json.exit_code == 0
    report = json.loads(as_json.stdout)
    assert report["ok"] is False
    assert report["error"]["code"] == "corrupt"
    assert "row 3: open_amount" in report["error"]["message"]


@pytest.mark.usefixtures("workspace")
def test_cli_duplicates_and_missing_files_exit_1(tmp_path: Path) -> None:
    """
    GIVEN an export listing an invoice twice, and a path that does not exist
    WHEN imported
    THEN both exit 1 with a message saying what is wrong, and nothing is stored.
    """
    twice = tmp_path / "twice.csv"
    twice.write_text(HEADER + INV1 + INV1)
    result = CliRunner().invoke(_app(), ["import", "open-items", str(twice)])
    assert result.exit_code == 1
    assert "rows 2 and 3: invoice INV-1 of customer C1 is listed twice" in result.stderr
    missing = CliRunner().invoke(_app(), ["import", "open-items", str(tmp_path / "nope.csv")])
    assert missing.exit_code == 1
    assert "cannot read the file" in missing.stderr


def test_cli_without_a_file_is_a_usage_error() -> None:
    """GIVEN no FILE WHEN `import open-items` runs THEN exit 2."""
    assert CliRunner().invoke(_app(), ["import", "open-items"]).exit_code == 2
