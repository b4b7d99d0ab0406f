"""Bank statements: every real sample file, credits only, exact totals, idempotent storing.

The samples are real-world statements with their licences in ../shared/data/bank. Expected
totals are computed here from the file text with the formats' own rules (BAI2 type codes
100-399 are credits; an MT940 ``:61:`` mark ``C`` is a credit; a CAMT ``Ntry`` with
``CRDT``), independently of the readers under test, and a few entries are checked by hand.
Storing runs on SQLite and on a real PostgreSQL (the ``db_url`` fixture).
"""

from __future__ import annotations

import hashlib
import json
import re
import shutil
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
import typer
from sqlalchemy import func
from sqlmodel import Session, select
from typer.testing import CliRunner

from inbox_agent.cli import import_cmd
from inbox_agent.imports import bank as bank_module
from inbox_agent.imports.bank import (
    READERS,
    import_bank_file,
    number_occurrences,
    read_statement,
)
from inbox_agent.imports.bank_base import (
    BankCredit,
    BankStatementError,
    ReadOptions,
    StatementReader,
)
from inbox_agent.settings import Settings
from inbox_agent.store.models import AuditEvent, BankReceipt
from inbox_agent.workspace import Workspace, open_workspace

BANK = Path(__file__).resolve().parents[2] / "shared" / "data" / "bank"
STATEMENTS = sorted(p for p in BANK.rglob("*") if p.is_file() and not p.name.startswith("LICENSE"))
NOT_STATEMENTS = {"camt052.v2.xml", "camt054.v2.xml", "camt054.v8.xml"}
NEEDS_CURRENCY = {"self-provided-sparkassen.sta"}  # a bare :61:/:86: fragment, no :60F:


def test_sample_statements_are_there() -> None:
    """GIVEN the shared sample folder WHEN listed THEN every format has its real files."""
    kinds = {p.parent.name for p in STATEMENTS}
    assert kinds == {"bai2", "camt", "mt940"}, f"sample statements missing under {BANK}"
    assert len(STATEMENTS) >= 18


# --- expected values, from the file text ----------------------------------------------------


def _expected(path: Path) -> tuple[int, dict[str, Decimal]]:
    """(number of credits, total per currency) read from the text with the spec's rules."""
    text = path.read_text(encoding="latin-1")
    found: list[tuple[str, Decimal]] = []
    if path.parent.name == "bai2":
        for code, cents in re.findall(r"(?:^|/\s+)16,(\d{3}),([+-]?\d+),", text, re.MULTILINE):
            if 100 <= int(code) <= 399 and int(cents) > 0:
                found.append(("", Decimal(cents) / 100))
    elif path.parent.name == "mt940":
        pattern = r"^:61:\d{6}(?:\d{4}|\s{4})?(RC|RD|C|D)[A-Z]?\s*(\d+,\d*)"
        for mark, amount in re.findall(pattern, text, re.MULTILINE):
            value = Decimal(amount.replace(",", "."))
            if mark == "C" and value > 0:
                found.append(("", value))
    else:
        entries = re.findall(
            r"<Ntry>\s*<Amt Ccy=\"(\w{3})\">([\d.]+)</Amt>\s*<CdtDbtInd>(\w+)</CdtDbtInd>", text
        )
        found = [(ccy, Decimal(v)) for ccy, v, ind in entries if ind == "CRDT" and Decimal(v)]
    totals: dict[str, Decimal] = {}
    for currency, value in found:
        totals[currency] = totals.get(currency, Decimal(0)) + value
    return len(found), totals


def _options(path: Path) -> ReadOptions:
    return ReadOptions(currency="EUR") if path.name in NEEDS_CURRENCY else ReadOptions()


@pytest.mark.parametrize("path", STATEMENTS, ids=lambda p: p.name)
def test_every_sample_statement_reads_with_exact_credit_totals(path: Path) -> None:
    """
    GIVEN a real statement file (BAI2, CAMT or MT940)
    WHEN it is read, its format sniffed from the content
    THEN it gives only credits, as Decimals, whose count and total match the file's text;
         camt.052 and camt.054, which are not statements, are refused as unsupported.
    """
    data = path.read_bytes()
    if path.name in NOT_STATEMENTS:
        with pytest.raises(BankStatementError) as refused:
            read_statement(data)
        assert refused.value.code == "unsupported"
        assert "camt.053" in refused.value.message
        return
    statement = read_statement(data, options=_options(path))
    count, totals = _expected(path)
    assert (
        statement.format == {"bai2": "bai2", "camt": "camt053", "mt940": "mt940"}[path.parent.name]
    )
    assert len(statement.credits) == count
    assert all(isinstance(c.amount, Decimal) and c.amount > 0 for c in statement.credits)
    assert all(isinstance(c.value_date, date) for c in statement.credits)
    got = statement.totals()
    if path.parent.name == "camt":
        assert got == totals
    else:  # the currency is in the headers there, not beside each amount
        assert sum(got.values(), Decimal(0)) == sum(totals.values(), Decimal(0))


def test_hand_checked_entries() -> None:
    """
    GIVEN four sample files WHEN read THEN known entries come out exactly: account,
    value date, amount, currency, payer and reference.
    """
    camt = read_statement((BANK / "camt" / "camt053.v8.xml").read_bytes()).credits
    assert len(camt) == 1
    # The transaction details carry <Amt Ccy="SEK">0</Amt>: the entry's 8.85 EUR counts.
    assert (camt[0].account, camt[0].value_date, camt[0].amount, camt[0].currency) == (
        "NL26VAYB8060476890",
        date(2015, 1, 2),
        Decimal("8.85"),
        "EUR",
    )
    assert camt[0].payer_name == "NAME NAME"
    assert camt[0].payer_account == "NL56AGDH9619008421"
    assert camt[0].reference.startswith("4654654654654654 | MUELL/FINP/RA12345")
    assert camt[0].booking_date == date(2014, 12, 31)

    svb = read_statement((BANK / "bai2" / "mojbai2-svb_us_example.bai2").read_bytes()).credits
    assert [(c.account, c.value_date, c.amount, c.currency) for c in svb] == [
        ("1234567890", date(2022, 2, 1), Decimal("4901.96"), "USD"),
        ("1234567890", date(2022, 2, 2), Decimal("9058.00"), "USD"),
    ]
    assert svb[0].reference == "SOME PAYMENT ACH OFFSET | 172629"

    # Value-dated funds (V) carry their own date: 16 March, in a group as of 17 March.
    moov = read_statement((BANK / "bai2" / "moov-sample1.txt").read_bytes()).credits
    first = next(c for c in moov if c.amount == Decimal("2035.00"))
    assert (first.value_date, first.currency, first.reference) == (
        date(2006, 3, 16),
        "CAD",
        "TFR 1020 0345678",
    )

    ing = read_statement((BANK / "mt940" / "jejik-ing.sta").read_bytes()).credits
    assert [(c.account, c.value_date, c.amount) for c in ing] == [
        ("0001234567", date(2010, 7, 22), Decimal("3.68")),
        ("0001234567", date(2010, 7, 23), Decimal("1.00")),
    ]
    german = read_statement((BANK / "mt940" / "betterplace-sepa_mt9401.sta").read_bytes())
    renate = next(c for c in german.credits if c.reference.startswith("Keine Buchung"))
    assert renate.payer_name is not None
    assert renate.payer_name.startswith("Richter Renate")
    assert renate.payer_account == "DE42100100100043921105"


def test_bai2_with_a_summary_continued_after_a_type_code() -> None:
    """
    GIVEN BAI2 whose 03 summary breaks right after a type code ("...,190/" then "88,...")
          and whose S availability has a defaulted (blank) field
    WHEN read
    THEN every record parses, the file's own control totals check out (no warning) and
         the four credits total 309,500.00 USD.
    """
    statement = read_statement((BANK / "bai2" / "moov-sample2.txt").read_bytes())
    assert statement.warnings == ()
    assert statement.totals() == {"USD": Decimal("309500.00")}


def test_bai2_whose_trailers_disagree_is_read_with_a_warning() -> None:
    """GIVEN a BAI2 file whose 49 record counts are wrong WHEN read THEN a warning says so."""
    statement = read_statement(
        (BANK / "bai2" / "moov-sample4-continuations-newline-delimited.txt").read_bytes()
    )
    assert len(statement.credits) == 9
    assert any("trailer totals do not match" in w for w in statement.warnings)


def test_mt940_without_currency_needs_one_from_the_person() -> None:
    """
    GIVEN an MT940 fragment with no balance line (so no currency)
    WHEN read without and with --currency
    THEN the first is refused as incomplete, naming the option; the second gives 30.00 EUR.
    """
    data = (BANK / "mt940" / "self-provided-sparkassen.sta").read_bytes()
    with pytest.raises(BankStatementError) as refused:
        read_statement(data)
    assert refused.value.code == "incomplete"
    assert "--currency" in refused.value.message
    credits = read_statement(data, options=ReadOptions(currency="EUR")).credits
    assert [(c.amount, c.currency, c.value_date) for c in credits] == [
        (Decimal("30.00"), "EUR", date(2018, 11, 26))
    ]


# --- format detection -----------------------------------------------------------------------


def test_registry_is_explicit_and_every_reader_keeps_the_protocol() -> None:
    """GIVEN the registry WHEN inspected THEN four readers, each a StatementReader."""
    assert list(READERS) == ["camt053", "bai2", "mt940", "csv"]
    for name, reader in READERS.items():
        assert isinstance(reader, StatementReader)
        assert reader.name == name


@pytest.mark.parametrize(
    ("sample", "fmt"),
    [
        ("bai2/moov-sample1.txt", "bai2"),
        ("camt/camt053.v4.xml", "camt053"),
        ("mt940/jejik-ing.sta", "mt940"),
    ],
)
def test_format_is_sniffed_from_content_not_the_name(sample: str, fmt: str, tmp_path: Path) -> None:
    """
    GIVEN a statement saved under a misleading name (statement.csv)
    WHEN imported without --format
    THEN its real format is recognised from the content.
    """
    target = tmp_path / "statement.csv"
    shutil.copyfile(BANK / sample, target)
    assert read_statement(target.read_bytes()).format == fmt


@pytest.mark.parametrize(
    ("data", "code", "words"),
    [
        (b"", "corrupt", "empty"),
        (b"%PDF-1.7\n...", "unsupported", "binary"),
        (b"Dear AR team, we paid.\n", "unsupported", "cannot tell"),
        (b"<?xml version='1.0'?><Invoice/>", "unsupported", "not an ISO 20022"),
        (
            b"<Document xmlns='urn:iso:std:iso:20022:tech:xsd:camt.053.001.02'><Bk",
            "corrupt",
            "line 1",
        ),
        (
            b"<?xml version='1.0'?><!DOCTYPE d [<!ENTITY x 'y'>]>"
            b"<Document xmlns='urn:iso:std:iso:20022:tech:xsd:camt.053.001.02'/>",
            "corrupt",
            "DOCTYPE",
        ),
        (b"01,A,B,230214,0754,1,,,2/\n02,A,B,1,220201,,USD,2/\n", "corrupt", "99 file trailer"),
        (b":20:X\n:25:ACC\n:61:garbage\n", "corrupt", "MT940"),
        (
            b"<?xml version='1.0' encoding='UTF-R8'?>"
            b"<Document xmlns='urn:iso:std:iso:20022:tech:xsd:camt.053.001.02'/>",
            "corrupt",
            "unknown encoding",
        ),
    ],
    ids=[
        "empty",
        "pdf",
        "prose",
        "other-xml",
        "broken-xml",
        "doctype",
        "cut-bai2",
        "bad-61",
        "bad-encoding",
    ],
)
def test_bad_files_get_a_clear_refusal(data: bytes, code: str, words: str) -> None:
    """GIVEN a file that is not a usable statement WHEN read THEN a coded, worded refusal."""
    with pytest.raises(BankStatementError) as refused:
        read_statement(data)
    assert refused.value.code == code
    assert words in str(refused.value)


def test_bai2_unknown_type_code_names_the_line() -> None:
    """GIVEN BAI2 with a type code outside the BAI list WHEN read THEN the line is named."""
    data = (BANK / "bai2" / "moov-sample1.txt").read_bytes().replace(b"16,409", b"16,999", 1)
    with pytest.raises(BankStatementError) as refused:
        read_statement(data)
    assert "line 5" in str(refused.value)
    assert "999" in str(refused.value)


# --- CAMT details ---------------------------------------------------------------------------

CAMT = """<?xml version="1.0" encoding="UTF-8"?>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.08">
 <BkToCstmrStmt><GrpHdr><MsgId>M1</MsgId><CreDtTm>2026-03-14T18:00:00</CreDtTm></GrpHdr>
  <Stmt><Id>S1</Id><Acct><Id><IBAN>DE89370400440532013000</IBAN></Id><Ccy>EUR</Ccy></Acct>
   {entries}
  </Stmt></BkToCstmrStmt></Document>
"""


def _entry(amount: str, *, indicator: str = "CRDT", extra: str = "", txs: str = "") -> str:
    return (
        f'<Ntry><Amt Ccy="EUR">{amount}</Amt><CdtDbtInd>{indicator}</CdtDbtInd>{extra}'
        "<BookgDt><Dt>2026-03-13</Dt></BookgDt><ValDt><Dt>2026-03-14</Dt></ValDt>"
        f"<NtryDtls>{txs}</NtryDtls></Ntry>"
    )


def _tx(amount: str, payer: str, text: str) -> str:
    return (
        f'<TxDtls><AmtDtls><TxAmt><Amt Ccy="EUR">{amount}</Amt></TxAmt></AmtDtls>'
        f"<RltdPties><Dbtr><Pty><Nm>{payer}</Nm></Pty></Dbtr></RltdPties>"
        f"<RmtInf><Ustrd>{text}</Ustrd></RmtInf></TxDtls>"
    )


def test_camt_batch_entry_is_split_per_payer_when_the_amounts_add_up() -> None:
    """
    GIVEN a camt.053 batch credit of 150.00 made of two transfers (100.00 + 50.00)
    WHEN read
    THEN two receipts, one per payer with its own remittance text.
    """
    txs = _tx("100.00", "Acme Pty Ltd", "INV-1") + _tx("50.00", "Globex", "INV-2")
    credits = read_statement(CAMT.format(entries=_entry("150.00", txs=txs)).encode()).credits
    assert [(c.amount, c.payer_name, c.reference) for c in credits] == [
        (Decimal("100.00"), "Acme Pty Ltd", "INV-1"),
        (Decimal("50.00"), "Globex", "INV-2"),
    ]


def test_camt_batch_that_does_not_add_up_stays_one_receipt() -> None:
    """GIVEN a batch whose parts do not sum to the entry WHEN read THEN one receipt, warned."""
    txs = _tx("100.00", "Acme Pty Ltd", "INV-1") + _tx("40.00", "Globex", "INV-2")
    statement = read_statement(CAMT.format(entries=_entry("150.00", txs=txs)).encode())
    assert [c.amount for c in statement.credits] == [Decimal("150.00")]
    assert statement.credits[0].reference == "INV-1 | INV-2"
    assert statement.warnings and "do not add up" in statement.warnings[0]


def test_camt_debits_reversals_and_pending_entries_are_not_receipts() -> None:
    """
    GIVEN a debit, a reversed credit, a pending credit and one booked credit
    WHEN read
    THEN only the booked credit is a receipt; the other three are counted as skipped.
    """
    entries = (
        _entry("10.00", indicator="DBIT")
        + _entry("20.00", extra="<RvslInd>true</RvslInd>")
        + _entry("30.00", extra="<Sts><Cd>PDNG</Cd></Sts>")
        + _entry("40.00", extra="<Sts><Cd>BOOK</Cd></Sts>")
    )
    statement = read_statement(CAMT.format(entries=entries).encode())
    assert [c.amount for c in statement.credits] == [Decimal("40.00")]
    assert statement.skipped == 3


# --- CSV ------------------------------------------------------------------------------------


def test_german_csv_with_preamble_semicolons_and_decimal_commas() -> None:
    """
    GIVEN a German bank export: account lines above the table, ';' separated, dates
          14.03.2026, amounts 1.234,50 and -99,90, a Windows-1252 umlaut
    WHEN read
    THEN the two credits come out exactly, the debit is skipped.
    """
    text = (
        "Kontoauszug;Girokonto\n"
        "IBAN;DE89370400440532013000\n"
        "\n"
        "Buchungstag;Valuta;Auftraggeber;Verwendungszweck;Betrag;Währung\n"
        "13.03.2026;14.03.2026;Müller GmbH;RE-1001 RE-1002;1.234,50;EUR\n"
        "13.03.2026;14.03.2026;Stadtwerke;Abschlag;-99,90;EUR\n"
        "14.03.2026;15.03.2026;Acme AG;RE 1003;0,10;EUR\n"
    )
    statement = read_statement(text.encode("cp1252"), options=ReadOptions(account="GIRO"))
    assert statement.format == "csv"
    assert [(c.value_date, c.amount, c.payer_name, c.reference) for c in statement.credits] == [
        (date(2026, 3, 14), Decimal("1234.50"), "Müller GmbH", "RE-1001 RE-1002"),
        (date(2026, 3, 15), Decimal("0.10"), "Acme AG", "RE 1003"),
    ]
    assert statement.skipped == 1
    assert {c.account for c in statement.credits} == {"GIRO"}


def test_csv_with_credit_and_debit_columns_and_big_exact_amounts() -> None:
    """
    GIVEN a US-style export with Debit and Credit columns, thousands separators and an
          amount beyond float's exact range
    WHEN read with --currency USD
    THEN credits are exact to the cent (no float on the way).
    """
    text = (
        "Date,Description,Debit,Credit,Balance\n"
        '2026-03-02,ACH CREDIT ORIG CO NAME:ACME,,"12,345,678,901,234.56",1\n'
        "2026-03-02,CHECK 1001,250.00,,1\n"
        "2026-03-03,WIRE IN,,0.30,1\n"
    )
    statement = read_statement(text.encode(), options=ReadOptions(currency="usd"))
    assert [c.amount for c in statement.credits] == [
        Decimal("12345678901234.56"),
        Decimal("0.30"),
    ]
    assert {c.currency for c in statement.credits} == {"USD"}
    assert statement.skipped == 1


def test_csv_amount_with_credit_debit_mark() -> None:
    """GIVEN an amount column and a CR/DR column WHEN read THEN only CR rows are receipts."""
    text = (
        "Value Date|Amount|CR/DR|Currency|Reference|Payer\n"
        "2026-03-02|100.00|CR|AUD|INV-9|Acme\n"
        "2026-03-02|100.00|DR|AUD|FEE|Bank\n"
    )
    credits = read_statement(text.encode()).credits
    assert [(c.amount, c.currency, c.payer_name) for c in credits] == [
        (Decimal("100.00"), "AUD", "Acme")
    ]


def test_csv_day_or_month_first_is_never_guessed() -> None:
    """
    GIVEN dates like 03/04/2026 that read day-first and month-first
    WHEN read without, then with --date-format
    THEN the first is refused naming the option; the second reads 3 April.
    """
    text = "Date,Amount,Currency\n03/04/2026,10.00,EUR\n05/06/2026,1.00,EUR\n"
    with pytest.raises(BankStatementError) as refused:
        read_statement(text.encode())
    assert refused.value.code == "incomplete"
    assert "--date-format" in refused.value.message
    credits = read_statement(text.encode(), options=ReadOptions(date_format="%d/%m/%Y")).credits
    assert credits[0].value_date == date(2026, 4, 3)


def test_csv_bad_cells_are_named_by_row_and_column() -> None:
    """
    GIVEN a CSV with a bad amount on row 3 and a bad currency on row 4
    WHEN read
    THEN the error names both rows, their columns and values.
    """
    text = (
        "Date,Amount,Currency,Reference\n"
        "2026-03-02,10.00,EUR,A\n"
        "2026-03-02,12.3x,EUR,B\n"
        "2026-03-02,5.00,EURO,C\n"
    )
    with pytest.raises(BankStatementError) as refused:
        read_statement(text.encode())
    problems = refused.value.problems
    assert problems[0].startswith("row 3, column 'Amount': '12.3x'")
    assert problems[1].startswith("row 4, column 'Currency'")
    assert "EURO" in problems[1]


def test_csv_total_lines_are_skipped_and_the_header_gives_the_currency() -> None:
    """
    GIVEN a CSV whose amount header says "(GBP)", with a closing "Total" line
    WHEN read
    THEN the credits are in GBP, the total line is skipped with a warning naming its row.
    """
    text = (
        "Date,Details,Amount (GBP)\n"
        "02/03/2026,BACS ACME LTD INV 5,120.00\n"
        "25/03/2026,DD ENERGY,-40.00\n"
        "Total,,80.00\n"
    )
    statement = read_statement(text.encode())
    assert [(c.value_date, c.amount, c.currency) for c in statement.credits] == [
        (date(2026, 3, 2), Decimal("120.00"), "GBP")
    ]
    assert statement.skipped == 2
    assert statement.warnings == ("rows without a date were not read as receipts (totals?): 4",)


def test_csv_without_currency_asks_for_one() -> None:
    """GIVEN a CSV with no currency column WHEN read THEN refused, naming --currency."""
    with pytest.raises(BankStatementError) as refused:
        read_statement(b"Date,Amount\n2026-03-02,10.00\n")
    assert refused.value.code == "incomplete"
    assert "--currency" in refused.value.message


# --- storing --------------------------------------------------------------------------------


@pytest.fixture
def workspace_db(tmp_path: Path, db_url: str) -> Workspace:
    return open_workspace(Settings(home=tmp_path / "ws", database_url=db_url))


def _receipts(workspace: Workspace) -> list[BankReceipt]:
    with Session(workspace.engine) as session:
        return list(session.exec(select(BankReceipt)).all())


def test_importing_every_statement_twice_adds_nothing_the_second_time(
    workspace_db: Workspace,
) -> None:
    """
    GIVEN every importable sample statement
    WHEN each is imported, then all are imported again
    THEN the receipts total what the files say, each carries its file's sha256 (and the
         file is in the blob store), and the second round adds nothing.
    """
    files = [p for p in STATEMENTS if p.name not in NOT_STATEMENTS]
    first = [import_bank_file(workspace_db, p, actor="test", options=_options(p)) for p in files]
    stored = _receipts(workspace_db)
    assert len(stored) == sum(r.added for r in first)
    # moov-sample5 repeats eight entries of sample4: the same bank entries, stored once.
    assert sum(r.already_imported for r in first) == 8
    for result, path in zip(first, files, strict=True):
        sha = hashlib.sha256(path.read_bytes()).hexdigest()
        assert result.sha256 == sha
        assert workspace_db.blobs.exists(sha)
    by_file: dict[str, Decimal] = {}
    for receipt in stored:
        assert isinstance(receipt.amount, Decimal)
        by_file[receipt.source_sha256] = by_file.get(receipt.source_sha256, Decimal(0)) + (
            receipt.amount
        )
    svb = hashlib.sha256((BANK / "bai2" / "mojbai2-svb_us_example.bai2").read_bytes())
    assert by_file[svb.hexdigest()] == Decimal("13959.96")

    second = [import_bank_file(workspace_db, p, actor="test", options=_options(p)) for p in files]
    assert [r.added for r in second] == [0] * len(files)
    assert len(_receipts(workspace_db)) == len(stored)
    with Session(workspace_db.engine) as session:
        events = session.exec(
            select(func.count())
            .select_from(AuditEvent)
            .where(AuditEvent.action == "bank_statement.imported")
        ).one()
    assert events == sum(1 for r in first if r.added)


MT940_TWINS = """:20:STMT1
:25:NL91ABNA0417164300
:28C:1/1
:60F:C260313EUR0,00
:61:2603140314C250,00NTRFNONREF//B1
:86:INV-77 ACME
:61:2603140314C250,00NTRFNONREF//B1
:86:INV-77 ACME
:62F:C260314EUR500,00
"""


def test_identical_lines_in_one_statement_are_two_receipts(
    workspace_db: Workspace, tmp_path: Path
) -> None:
    """
    GIVEN a statement with two genuinely identical credits (same day, amount, reference)
    WHEN imported twice, and a later statement repeats the first of them
    THEN two receipts (occurrence 0 and 1), and neither repeat adds a third.
    """
    twins = tmp_path / "twins.sta"
    twins.write_text(MT940_TWINS)
    assert import_bank_file(workspace_db, twins, actor="test").added == 2
    assert import_bank_file(workspace_db, twins, actor="test").added == 0
    single = tmp_path / "single.sta"
    single.write_text(
        MT940_TWINS.replace(":61:2603140314C250,00NTRFNONREF//B1\n:86:INV-77 ACME\n:62F", ":62F")
    )
    assert import_bank_file(workspace_db, single, actor="test").added == 0
    assert sorted(r.occurrence for r in _receipts(workspace_db)) == [0, 1]


def test_line_by_line_path_for_other_databases_stores_the_same(
    workspace_db: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """
    GIVEN a database without INSERT ... ON CONFLICT (simulated: no bulk path registered)
    WHEN the twin-line statement is imported twice
    THEN repo.record_bank_receipt stores the same two receipts and the repeat adds none.
    """
    monkeypatch.setattr(bank_module, "_UPSERT_INSERTS", {})
    twins = tmp_path / "twins.sta"
    twins.write_text(MT940_TWINS)
    assert import_bank_file(workspace_db, twins, actor="test").added == 2
    assert import_bank_file(workspace_db, twins, actor="test").added == 0
    stored = _receipts(workspace_db)
    assert sorted((r.occurrence, r.amount, r.reference) for r in stored) == [
        (0, Decimal("250.00"), "INV-77 ACME | B1"),
        (1, Decimal("250.00"), "INV-77 ACME | B1"),
    ]


def test_occurrences_number_identical_credits_in_file_order() -> None:
    """GIVEN credits A, B, A, A WHEN numbered THEN A gets 0, 1, 2 and B gets 0."""
    a = BankCredit("X", date(2026, 3, 14), Decimal("1.00"), "EUR", "r")
    b = BankCredit("X", date(2026, 3, 14), Decimal("2.00"), "EUR", "r")
    assert [n for _, n in number_occurrences([a, b, a, a])] == [0, 0, 1, 2]


# --- CLI ------------------------------------------------------------------------------------


def _app() -> typer.Typer:
    app = typer.Typer()
    import_cmd.register(app)

    @app.callback()
    def _root() -> None:
        """Test root, so ``import`` stays a sub-command."""

    return app


@pytest.fixture
def cli_env(tmp_path: Path, db_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("INBOX_AGENT_HOME", str(tmp_path / "home"))
    monkeypatch.setenv("INBOX_AGENT_DATABASE_URL", db_url)


@pytest.mark.usefixtures("cli_env")
def test_cli_imports_statements_and_reports_repeats() -> None:
    """
    GIVEN a BAI2 and a CAMT.053 file
    WHEN `import bank` runs twice
    THEN exit 0, one summary line per file on stdout, progress on stderr, and the second
         run reports everything as already imported.
    """
    files = [str(BANK / "bai2" / "moov-sample1.txt"), str(BANK / "camt" / "camt053.v8.xml")]
    runner = CliRunner()
    first = runner.invoke(_app(), ["import", "bank", *files])
    assert first.exit_code == 0, first.output
    lines = first.stdout.splitlines()
    assert lines == [
        f"{files[0]}: BAI2, 5 credit(s) (CAD 3200.00): 5 added, 0 already imported; "
        "12 other entries skipped",
        f"{files[1]}: CAMT.053, 1 credit(s) (EUR 8.85): 1 added, 0 already imported; "
        "0 other entries skipped",
    ]
    assert "credit(s) read" in first.stderr
    again = runner.invoke(_app(), ["import", "bank", *files])
    assert again.exit_code == 0
    assert "0 added, 5 already imported" in again.stdout


@pytest.mark.usefixtures("workspace")
def test_cli_json_reports_unsupported_files_as_not_ok() -> None:
    """
    GIVEN a camt.054 and a camt.053
    WHEN `import bank --json` runs, and the same without --json
    THEN JSON: one object per file, ok false with code unsupported for the camt.054,
         amounts as two-place strings, exit 0 (handled); plain: the refusal on stderr
         and exit 1.
    """
    files = [str(BANK / "camt" / "camt054.v8.xml"), str(BANK / "camt" / "camt053.v4.xml")]
    result = CliRunner().invoke(_app(), ["import", "bank", *files, "--json"])
    assert result.exit_code == 0
    objects = [json.loads(line) for line in result.stdout.splitlines()]
    assert objects[0]["ok"] is False
    assert objects[0]["error"]["code"] == "unsupported"
    assert objects[1]["ok"] is True
    assert objects[1]["totals"] == {"EUR": "8.85"}
    plain = CliRunner().invoke(_app(), ["import", "bank", files[0]])
    assert plain.exit_code == 1
    assert "camt.054 is a debit/credit notification" in plain.stderr
    assert plain.stdout == ""


@pytest.mark.usefixtures("workspace")
@pytest.mark.parametrize(
    "args",
    [["--currency", "EURO"], ["--format", "ofx"], []],
    ids=["bad-currency", "bad-format", "no-file"],
)
def test_cli_usage_errors_exit_2(args: list[str]) -> None:
    """GIVEN a bad option or no file WHEN `import bank` runs THEN exit code 2."""
    files = [] if not args else [str(BANK / "bai2" / "moov-sample1.txt")]
    result = CliRunner().invoke(_app(), ["import", "bank", *files, *args])
    assert result.exit_code == 2


@pytest.mark.usefixtures("workspace")
def test_cli_currency_option_completes_a_fragment() -> None:
    """GIVEN the MT940 fragment WHEN imported with --currency eur THEN 30.00 EUR is stored."""
    path = str(BANK / "mt940" / "self-provided-sparkassen.sta")
    result = CliRunner().invoke(_app(), ["import", "bank", path, "--currency", "eur"])
    assert result.exit_code == 0, result.output
    assert "1 credit(s) (EUR 30.00): 1 added" in result.stdout
