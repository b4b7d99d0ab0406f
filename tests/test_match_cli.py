"""``inbox-agent match`` end to end, and the open-items import it stands on.

The command is driven through a fresh Typer app holding only ``match`` so these tests do
not depend on every other command module; output is checked against the contract's
JSON Schema (../shared/contract/schemas.py).
"""

from __future__ import annotations

import importlib.util
import json
from decimal import Decimal
from pathlib import Path
from typing import Any

import pandas as pd
import pytest
import typer
from jsonschema import Draft202012Validator
from pydantic import ValidationError
from typer.testing import CliRunner

from inbox_agent.cli import match_cmd
from inbox_agent.config.rules import MatchingRules, PayerRule
from inbox_agent.imports import (
    OpenItemsError,
    customers_from_open_items,
    customers_from_rules,
    merge_customers,
    policy_from_rules,
    read_open_items,
)
from inbox_agent.imports.open_items import parse_amount, parse_date
from matchers import Customer, MatchPolicy

REPO = Path(__file__).resolve().parents[1]
SCHEMAS = REPO.parent / "shared" / "contract" / "schemas.py"

HEADER = (
    "customer_id,customer_name,invoice_number,invoice_date,due_date,currency,amount,"
    "open_amount,po_number,sales_rep\n"
)
OPEN_ITEMS = HEADER + (
    "C0042,Acme Pty Ltd,INV-00123,2026-01-31,2026-02-28,AUD,5000.00,5000.00,,Kim\n"
    'C0042,Acme Pty Ltd,INV-00124,2026-01-31,2026-02-28,AUD,"1,500.00",1500.00,,Kim\n'
    "C0042,Acme Pty Ltd,CN-0009,2026-02-02,,AUD,-100.00,-100.00,,Kim\n"
    "C0107,Bayanihan Trading Corp,INV-00200,2026-01-15,2026-02-15,AUD,800.00,800.00,4500123,\n"
)
RULES = """\
version: 1
payers:
  - customer_id: C0042
    name: Acme Pty Ltd
    aliases: [Roadrunner Supplies]
    email_domains: [acme.example.com.au]
    bank_accounts: ["062-000 1234 5678"]
matching:
  auto_threshold: 0.95
  review_threshold: 0.6
  amount_tolerance: "0.05"
  max_discount_pct: "3.0"
  allow_auto: true
"""


def _remittance(source: str, payer: str | None, *lines: tuple[str, str, str]) -> dict[str, Any]:
    return {
        "source": source,
        "ok": True,
        "payer": {"name": payer, "customer_id": None},
        "payment_date": "2026-03-14",
        "payment_reference": "EFT 88123",
        "currency": "AUD",
        "total": None,
        "lines": [
            {"invoice_ref": ref, "paid_amount": paid, "reference_kind": kind}
            for ref, paid, kind in lines
        ],
        "method": "table",
        "warnings": [],
    }


FULL = _remittance(
    "a.pdf",
    "ACME PTY. LTD",
    ("INV00123", "4950.00", "invoice"),
    ("inv 00124", "1500.00", "invoice"),
    ("CN-0009", "-100.00", "credit_note"),
)
PO = _remittance("c.pdf", None, ("4500123", "800.00", "po"))
UNKNOWN = _remittance("d.pdf", "Nobody Ltd", ("INV-404", "10.00", "invoice"))
ALIAS = _remittance("e.pdf", "Roadrunner Supplies", ("INV-00123", "5000.00", "invoice"))
FAILED = {"source": "b.pdf", "ok": False, "error": {"code": "encrypted", "message": "locked"}}


@pytest.fixture(scope="module")
def match_schema() -> dict[str, Any]:
    assert SCHEMAS.exists(), f"contract schemas not found at {SCHEMAS} (shared/ beside the repo)"
    spec = importlib.util.spec_from_file_location("contract_schemas", SCHEMAS)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    schema: dict[str, Any] = module.MATCH
    return schema


def _app() -> typer.Typer:
    app = typer.Typer()
    match_cmd.register(app)

    @app.callback()
    def _root() -> None:
        """Force sub-command mode, as the real app has several commands."""

    return app


def _write(tmp_path: Path, *, items: str = OPEN_ITEMS, lines: list[Any] | None = None) -> list[str]:
    open_csv = tmp_path / "open.csv"
    open_csv.write_text(items, encoding="utf-8")
    remit = tmp_path / "remit.jsonl"
    body = [x if isinstance(x, str) else json.dumps(x) for x in (lines or [FULL])]
    remit.write_text("\n".join(body) + "\n", encoding="utf-8")
    rules = tmp_path / "rules.yaml"
    rules.write_text(RULES, encoding="utf-8")
    return [
        "match",
        "--open-items",
        str(open_csv),
        "--remittance",
        str(remit),
        "--rules",
        str(rules),
    ]


def _invoke(args: list[str], stdin: str | None = None):
    return CliRunner().invoke(_app(), args, input=stdin)


def _objects(stdout: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in stdout.splitlines()]


# ---------------------------------------------------------------- the command


def test_match_prints_contract_objects(tmp_path, match_schema):
    """GIVEN open items and extracted remittances (invoice, PO, unknown)
    WHEN match --json runs
    THEN one schema-valid object per remittance comes out, with the expected statuses."""
    args = _write(tmp_path, lines=[FULL, PO, UNKNOWN])
    result = _invoke([*args, "--json"])
    assert result.exit_code == 0, result.stderr
    objs = _objects(result.stdout)
    validator = Draft202012Validator(match_schema)
    for obj in objs:
        assert not list(validator.iter_errors(obj)), obj
    full, po, unknown = objs
    assert full["customer_id"] == "C0042"
    assert full["status"] == "auto"
    assert [a["amount"] for a in full["allocations"]] == ["4950.00", "1500.00", "-100.00"]
    assert full["allocations"][0]["reason"] == (
        "invoice number exact; amount equals open less 1.0% discount (our terms)"
    )
    assert full["unallocated"] == "0.00"
    assert po["status"] == "review"
    assert po["allocations"][0]["invoice_number"] == "INV-00200"
    assert unknown == {
        "source": "d.pdf",
        "customer_id": None,
        "customer_confidence": 0.0,
        "status": "unmatched",
        "allocations": [],
        "unallocated": "10.00",
    }


def test_bad_and_unreadable_lines_are_reported_and_the_rest_matched(tmp_path):
    """GIVEN a remittance file with an ok:false record, a broken JSON line and a good one
    WHEN match runs
    THEN the good one is matched, the ok:false one is noted, the broken one is named by
    its line number, and the exit code is 1."""
    args = _write(tmp_path, lines=[FAILED, '{"source": "x.pdf", "ok": tru', "[1, 2]", FULL])
    result = _invoke([*args, "--json"])
    assert result.exit_code == 1
    assert [o["source"] for o in _objects(result.stdout)] == ["a.pdf"]
    assert "line 1: skipping b.pdf" in result.stderr
    assert "encrypted" in result.stderr
    assert "remit.jsonl line 2: not valid JSON" in result.stderr
    assert "remit.jsonl line 3: expected a JSON object" in result.stderr


def test_only_ok_false_records_is_still_success(tmp_path):
    """GIVEN a remittance file whose only record could not be read at extraction
    WHEN match runs
    THEN nothing is printed on stdout and the exit code is 0 (the input was handled)."""
    result = _invoke([*_write(tmp_path, lines=[FAILED]), "--json"])
    assert result.exit_code == 0
    assert result.stdout == ""


def test_record_missing_fields_is_an_error_with_line_number(tmp_path):
    """GIVEN an ok:true record without its lines
    WHEN match runs
    THEN it is reported with its line number."""
    broken = {"source": "z.pdf", "ok": True}
    result = _invoke([*_write(tmp_path, lines=[FULL, broken]), "--json"])
    assert result.exit_code == 1
    assert "line 2: not a remittance object" in result.stderr
    assert len(_objects(result.stdout)) == 1


STATEMENT = """Value Date,Amount,Currency,Reference,Payer Name,Payer Account
2026-03-15,6350.00,AUD,EFT 88123 remittance,ACME PTY LTD,062000 12345678
2026-03-16,800.00,AUD,,BAYANIHAN TRADING,
2026-03-16,6350.00,AUD,,SOMEONE ELSE,
"""


def test_bank_receipts_are_linked_to_remittances(tmp_path, match_schema):
    """GIVEN a CSV bank statement with Acme's receipt (its reference and account), a
    receipt from Bayanihan, and another receipt of Acme's amount from someone else
    WHEN match --json runs with --bank
    THEN each proposal carries its receipt (Acme's by reference and account, Bayanihan's
    by name), still valid against the contract, and the unknown remittance has none."""
    bank = tmp_path / "statement.csv"
    bank.write_text(STATEMENT, encoding="utf-8")
    result = _invoke([*_write(tmp_path, lines=[FULL, PO, UNKNOWN]), "--json", "--bank", str(bank)])
    assert result.exit_code == 0, result.stderr
    full, po, unknown = _objects(result.stdout)
    validator = Draft202012Validator(match_schema)
    assert all(not list(validator.iter_errors(o)) for o in (full, po, unknown))
    assert full["bank_receipt"]["value_date"] == "2026-03-15"
    assert full["bank_receipt"]["status"] == "auto"
    assert "quotes EFT 88123" in full["bank_receipt"]["reason"]
    assert "payer's account" in full["bank_receipt"]["reason"]
    assert po["bank_receipt"]["amount"] == "800.00"
    assert unknown["bank_receipt"] is None


def test_unreadable_bank_file_is_reported_and_proposals_still_made(tmp_path):
    """GIVEN --bank with a file that is no statement
    WHEN match runs
    THEN stderr says why, the proposals are printed without receipts, and the exit code
    is 1."""
    bank = tmp_path / "statement.bai2"
    bank.write_text("01,placeholder/\n", encoding="utf-8")
    result = _invoke([*_write(tmp_path), "--json", "--bank", str(bank)])
    assert result.exit_code == 1
    assert "not a usable bank statement" in result.stderr
    (obj,) = _objects(result.stdout)
    assert obj["status"] == "auto"
    assert obj["bank_receipt"] is None


def test_sender_domain_and_account_on_the_payer_identify_the_customer(tmp_path):
    """GIVEN remittances naming no payer but carrying the sender's address, or the
    paying account, in ``payer``
    WHEN match runs
    THEN the customer from rules.yaml with that domain or account is recognised."""
    by_mail = {
        **ALIAS,
        "source": "m.pdf",
        "payer": {"name": None, "customer_id": None, "email": "ap@acme.example.com.au"},
    }
    by_account = {
        **ALIAS,
        "source": "n.pdf",
        "payer": {"name": None, "customer_id": None, "bank_account": "0620001234-5678"},
    }
    result = _invoke([*_write(tmp_path, lines=[by_mail, by_account]), "--json"])
    assert result.exit_code == 0, result.stderr
    assert [o["customer_id"] for o in _objects(result.stdout)] == ["C0042", "C0042"]


def test_payer_alias_from_rules_identifies_the_customer(tmp_path):
    """GIVEN a payer name known only as an alias in rules.yaml
    WHEN match runs
    THEN the customer is recognised from the alias."""
    result = _invoke([*_write(tmp_path, lines=[ALIAS]), "--json"])
    (obj,) = _objects(result.stdout)
    assert obj["customer_id"] == "C0042"
    assert obj["customer_confidence"] >= 0.97


def test_thresholds_come_from_rules(tmp_path):
    """GIVEN rules.yaml with allow_auto false
    WHEN a perfect match is found
    THEN it is proposed for review only."""
    args = _write(tmp_path)
    (tmp_path / "rules.yaml").write_text(RULES.replace("allow_auto: true", "allow_auto: false"))
    (obj,) = _objects(_invoke([*args, "--json"]).stdout)
    assert obj["status"] == "review"
    assert {a["status"] for a in obj["allocations"]} == {"review"}


def test_invalid_rules_stop_with_exit_1(tmp_path):
    """GIVEN a rules file with a misspelt key
    WHEN match runs
    THEN it stops with exit 1 before matching anything."""
    args = _write(tmp_path)
    (tmp_path / "rules.yaml").write_text("version: 1\nmatchng: {}\n")
    result = _invoke([*args, "--json"])
    assert result.exit_code == 1
    assert result.stdout == ""
    assert "matchng" in result.stderr


def test_human_output_lists_allocations(tmp_path):
    """GIVEN no --json
    WHEN match runs
    THEN each proposal and its allocations are printed as tab-separated lines."""
    result = _invoke(_write(tmp_path))
    assert result.exit_code == 0
    first, *allocations = result.stdout.splitlines()
    assert first.split("\t")[:2] == ["a.pdf", "auto"]
    assert len(allocations) == 3
    assert allocations[0].strip().startswith("INV-00123")


def test_remittances_from_stdin(tmp_path):
    """GIVEN --remittance - and extract's output piped in
    WHEN match runs
    THEN standard input is read like a file."""
    args = _write(tmp_path)
    args[args.index("--remittance") + 1] = "-"
    result = _invoke([*args, "--json"], stdin=json.dumps(FULL) + "\n")
    assert result.exit_code == 0
    assert _objects(result.stdout)[0]["status"] == "auto"


def test_missing_remittance_file_is_exit_1(tmp_path):
    """GIVEN a remittance path that does not exist
    WHEN match runs
    THEN it stops with exit 1 and says it cannot read the file."""
    args = _write(tmp_path)
    args[args.index("--remittance") + 1] = str(tmp_path / "nope.jsonl")
    result = _invoke(args)
    assert result.exit_code == 1
    assert "cannot read the remittance file" in result.stderr


def test_open_items_missing_column_is_exit_1(tmp_path):
    """GIVEN an open-items CSV without open_amount
    WHEN match runs
    THEN it stops with exit 1 naming the missing column, and prints no proposals."""
    items = "customer_id,invoice_number,currency,amount\nC1,INV-1,AUD,10.00\n"
    result = _invoke([*_write(tmp_path, items=items), "--json"])
    assert result.exit_code == 1
    assert result.stdout == ""
    assert "missing column open_amount" in result.stderr


def test_open_items_bad_rows_are_exit_1_with_rows_and_values(tmp_path):
    """GIVEN an open-items CSV with a bad amount and a bad date
    WHEN match runs
    THEN every bad row is named with its spreadsheet row number and value."""
    items = HEADER + (
        "C1,A,INV-1,2026-01-31,,AUD,10.00,10.00,,\n"
        "C1,A,INV-2,2026-01-31,,AUD,10.00,12.3x,,\n"
        "C1,A,INV-3,31/01/2026,,AUD,10.00,10.00,,\n"
    )
    result = _invoke([*_write(tmp_path, items=items), "--json"])
    assert result.exit_code == 1
    assert "row 3: open_amount '12.3x': not an amount" in result.stderr
    assert "row 4: invoice_date '31/01/2026': not an ISO date" in result.stderr


# ---------------------------------------------------------------- the open-items import


def test_read_csv_keeps_amounts_exact(tmp_path):
    """GIVEN a CSV with thousands separators, credits and blanks
    WHEN read
    THEN amounts are exact Decimals, blanks are None and extra columns are ignored."""
    path = tmp_path / "open.csv"
    path.write_text(OPEN_ITEMS, encoding="utf-8")
    items = read_open_items(path)
    assert len(items) == 4
    assert items[1].amount == Decimal("1500.00")
    assert items[2].open_amount == Decimal("-100.00")
    assert items[2].due_date is None
    assert items[3].po_number == "4500123"
    assert items[0].po_number is None
    assert items[0].customer_name == "Acme Pty Ltd"


def test_read_xlsx_with_numbers_and_dates(tmp_path):
    """GIVEN an XLSX export where amounts are numbers and dates are real dates
    WHEN read
    THEN the same values arrive as with CSV, with no float artefacts."""
    path = tmp_path / "open.xlsx"
    frame = pd.DataFrame(
        {
            "Customer ID": ["C1", "C2"],
            "Invoice Number": ["INV-1", "INV-2"],
            "Invoice Date": [pd.Timestamp("2026-01-31"), None],
            "Currency": ["aud", "NZD"],
            "Open Amount": [0.1 + 0.2, 1234.1],
        }
    )
    frame.to_excel(path, index=False)
    items = read_open_items(path)
    assert [i.open_amount for i in items] == [Decimal("0.30"), Decimal("1234.10")]
    assert items[0].amount == items[0].open_amount
    assert items[0].currency == "AUD"
    assert str(items[0].invoice_date) == "2026-01-31"
    assert items[1].invoice_date is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1234.50", "1234.50"),
        ("1,234.5", "1234.50"),
        ("(100.00)", "-100.00"),
        ("100.00-", "-100.00"),
        (" -7 ", "-7.00"),
    ],
)
def test_parse_amount_formats(text, expected):
    """GIVEN amounts as ERPs and spreadsheets write them
    WHEN parsed
    THEN each becomes the exact Decimal."""
    assert parse_amount(text) == Decimal(expected)


@pytest.mark.parametrize("text", ["", "abc", "1.234", "NaN", "1.234,50"])
def test_parse_amount_refuses_non_amounts(text):
    """GIVEN cells that are not two-place amounts
    WHEN parsed
    THEN they are refused rather than rounded or guessed."""
    with pytest.raises(ValueError, match=r"amount|decimal places"):
        parse_amount(text)


def test_parse_date_accepts_iso_and_excel_midnight_only():
    """GIVEN ISO dates, Excel timestamps and day-first dates
    WHEN parsed
    THEN the first two are read and the ambiguous one refused."""
    assert str(parse_date("2026-01-31")) == "2026-01-31"
    assert str(parse_date("2026-01-31 00:00:00")) == "2026-01-31"
    assert parse_date("  ") is None
    with pytest.raises(ValueError, match="ISO"):
        parse_date("03/04/2026")
    with pytest.raises(ValueError, match="calendar"):
        parse_date("2026-02-30")


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("missing.csv", None, "file not found"),
        ("empty.csv", "", "empty"),
        ("open.xls", "x", "unsupported file type .xls"),
        ("latin.csv", b"customer_id\n\xe9\n", "not UTF-8"),
    ],
)
def test_unusable_files_raise_open_items_error(tmp_path, name, content, message):
    """GIVEN a missing, empty, old-format or mis-encoded file
    WHEN read
    THEN OpenItemsError says what is wrong with it."""
    path = tmp_path / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    elif content is not None:
        path.write_text(content)
    with pytest.raises(OpenItemsError, match=message):
        read_open_items(path)


def test_blank_required_cells_are_listed(tmp_path):
    """GIVEN rows with a blank customer and a bad currency
    WHEN read
    THEN each problem is listed on its own line."""
    path = tmp_path / "open.csv"
    path.write_text(
        "customer_id,invoice_number,currency,open_amount\n,INV-1,AUD,1\nC1,INV-2,dollars,1\n"
    )
    with pytest.raises(OpenItemsError) as caught:
        read_open_items(path)
    assert caught.value.problems == [
        "row 2: customer_id '': is blank",
        "row 3: currency 'dollars': not a three-letter currency code such as AUD",
    ]


# ---------------------------------------------------------------- mapping


def test_policy_and_customers_from_rules():
    """GIVEN rules.yaml's matching and payers sections
    WHEN mapped into the core's types
    THEN the numbers and names carry over unchanged."""
    policy = policy_from_rules(
        MatchingRules(amount_tolerance=Decimal("0.05"), allow_auto=False, auto_threshold=0.9)
    )
    assert policy == MatchPolicy(
        auto_threshold=0.9, amount_tolerance=Decimal("0.05"), allow_auto=False
    )
    payers = [PayerRule(customer_id="C1", name="Acme Pty Ltd", aliases=["ACME AU"],
                        email_domains=["acme.au"], bank_accounts=["1234"])]  # fmt: skip
    assert customers_from_rules(payers) == [
        Customer("C1", "Acme Pty Ltd", ("ACME AU",), ("acme.au",), ("1234",))
    ]
    terms = policy_from_rules(MatchingRules(discount_rates_pct=[Decimal("1.5")], receipt_days=2))
    assert (terms.discount_rates_pct, terms.receipt_days) == ((Decimal("1.5"),), 2)


def test_customers_merge_rules_first_then_erp_names(tmp_path):
    """GIVEN a customer in rules.yaml and in the open items under another name
    WHEN merged
    THEN the admin's name leads and the ERP's name becomes an alias."""
    path = tmp_path / "open.csv"
    path.write_text(OPEN_ITEMS, encoding="utf-8")
    from_items = customers_from_open_items(read_open_items(path))
    assert [c.customer_id for c in from_items] == ["C0042", "C0107"]
    rules = [Customer("C0042", "ACME", ("Roadrunner",), ("acme.au",))]
    merged = merge_customers(rules, from_items, [Customer("C0042", "", (), (), ("99-1",))])
    assert merged[0] == Customer(
        "C0042", "ACME", ("Roadrunner", "Acme Pty Ltd"), ("acme.au",), ("99-1",)
    )
    assert merged[1].name == "Bayanihan Trading Corp"


def test_discount_rate_above_the_maximum_is_refused():
    """GIVEN matching rules whose terms include a 4% discount while at most 3% is accepted
    WHEN the rules are validated
    THEN they are refused, naming the rate: such terms could never be applied."""
    with pytest.raises(ValidationError, match="discount_rates_pct 4 above max_discount_pct"):
        MatchingRules(discount_rates_pct=[Decimal("2"), Decimal("4")])
