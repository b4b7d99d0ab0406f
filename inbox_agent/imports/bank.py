"""Bank statements in, receipts out: BAI2, CAMT.053, MT940 and bank CSV exports.

One reader class per format behind :class:`~inbox_agent.imports.bank_base.StatementReader`,
an explicit registry (:data:`READERS`, in sniffing order), format detection from the
file's content, and :func:`import_bank_file`, which stores every credit once.

Libraries, and where we do not use one:

- **MT940** is read by ``mt-940`` (module ``mt940``), statement by statement
  (``parse_statements``) so each ``:25:`` account keeps its own currency, with every
  opt-in fix of the library switched on (``Options.all()``: reversal signs, IBAN split
  from the applicant name, untruncated ``:86:``).
- **BAI2** is parsed and checked by ``bai2`` (its models, type-code table and control
  totals). We feed its parser our own record iterator because its line splitter fails
  on real files: several records on one physical line, records wrapped without an
  ``88`` continuation, and a ``03`` summary continued on an ``88`` right after a type
  code (it glues ``190`` and ``500000`` into a type code ``190500000``).
- **CAMT.053** is read here with the standard library's ElementTree by local element
  names, so every version (001.02 to 001.13) reads alike. The maintained reader on PyPI,
  ``pycamt`` 1.1.1, replaces the entry amount with the first ``Amt`` inside the
  transaction details but keeps the entry's currency: on the camt.053.001.04 and .08
  samples it reports 0 EUR for an 8.85 EUR credit. ``camt053`` (0.0.23) pulls in a web
  server and exact pins of jinja2 and cryptography for what is a few XPath lookups.
  The XML comes from the bank, but a DOCTYPE is still refused (no entity tricks), and
  ElementTree never fetches external resources.
- **CSV** exports are read with pandas ``dtype=str``: columns are recognised by their
  headers (date or value date; amount, or credit and debit columns, or an amount with a
  debit/credit mark; currency; reference and description; payer; account), the decimal
  mark is decided once per file, and amounts go from text to Decimal without float.

camt.052 (intraday report) and camt.054 (debit/credit notification) are refused as
``unsupported``: their credits come again in the end-of-day camt.053, often grouped
differently, so importing both would count the same money twice.

What counts as a receipt: BAI2 details whose type code the BAI list marks as a credit;
MT940 lines marked ``C`` (not ``RC``/``RD`` reversals); CAMT entries ``CRDT``, booked, not
reversed; CSV rows with a positive credit. Zero amounts never count.

Storing is idempotent: a receipt's natural key is (account, value date, currency, amount,
reference, occurrence), where ``occurrence`` numbers genuinely identical lines within one
file in file order, so importing the same file twice, or an overlapping statement, adds
nothing. Each receipt records the sha256 of its file, and the file itself is kept in the
blob store under that key.
"""

from __future__ import annotations

import csv
import hashlib
import io
import logging
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any, ClassVar
from xml.etree import ElementTree as ET

import mt940
import pandas as pd
from bai2.constants import (  # type: ignore[import-untyped,unused-ignore]
    FundsType,
    RecordCode,
    TypeCodeTransaction,
)
from bai2.exceptions import (  # type: ignore[import-untyped,unused-ignore]
    IntegrityException,
    NotSupportedYetException,
    ParsingException,
)
from bai2.models import Record  # type: ignore[import-untyped,unused-ignore]
from bai2.parsers import Bai2FileParser  # type: ignore[import-untyped,unused-ignore]
from sqlalchemy.dialects import postgresql, sqlite
from sqlmodel import Session, SQLModel

from inbox_agent.imports.bank_base import (
    MAX_REPORTED,
    BankCredit,
    BankStatementError,
    ReadOptions,
    Statement,
    StatementReader,
    account_or_error,
    checked_amount,
    clean_text,
    compose_reference,
    currency_or_error,
    decode_text,
    minor_units,
    payer_text,
)
from inbox_agent.store import repo
from inbox_agent.store.db import session_scope
from inbox_agent.store.models import BankReceipt
from inbox_agent.store.types import utcnow
from inbox_agent.workspace import Workspace
from matchers.types import CENT, money

__all__ = [
    "READERS",
    "Bai2Reader",
    "BankImportResult",
    "Camt053Reader",
    "CsvReader",
    "Mt940Reader",
    "detect_reader",
    "import_bank_file",
    "number_occurrences",
    "read_statement",
    "store_statement",
]

SNIFF_BYTES = 8192
_ASCII_DIGITS = re.compile(r"[0-9]+")
_ASCII_DIGIT = re.compile(r"[0-9]")
_BATCH = 1000
_RECEIPT_KEY_ARGS = (
    "account",
    "value_date",
    "amount",
    "currency",
    "reference",
    "payer_name",
    "source_sha256",
    "occurrence",
)
_UPSERT_INSERTS: dict[str, Callable[[Any], Any]] = {
    "sqlite": sqlite.insert,
    "postgresql": postgresql.insert,
}


# --- CAMT.053 -----------------------------------------------------------------------------


def _local(tag: object) -> str:
    """An element's name without its namespace (``{urn:...camt.053.001.08}Ntry`` -> Ntry)."""
    return tag.rpartition("}")[2] if isinstance(tag, str) else ""


def _all(element: ET.Element, path: str) -> list[ET.Element]:
    """Every element at ``path`` (local names joined by ``/``), in document order."""
    found = [element]
    for step in path.split("/"):
        found = [child for parent in found for child in parent if _local(child.tag) == step]
    return found


def _first(element: ET.Element, path: str) -> ET.Element | None:
    matches = _all(element, path)
    return matches[0] if matches else None


def _text(element: ET.Element, *paths: str) -> str:
    """The cleaned text of the first non-blank element among ``paths``, else ""."""
    for path in paths:
        for match in _all(element, path):
            text = clean_text(match.text)
            if text:
                return text
    return ""


def _texts(element: ET.Element, path: str) -> list[str]:
    return [clean_text(match.text) for match in _all(element, path) if clean_text(match.text)]


def _xml_date(element: ET.Element, path: str, where: str) -> date | None:
    """An ISO 20022 date choice (``Dt`` or ``DtTm``) as a date; None when absent."""
    text = _text(element, f"{path}/Dt", f"{path}/DtTm")
    if not text:
        return None
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        raise BankStatementError("corrupt", f"{where}: {path} {text!r} is not a date") from None


def _xml_amount(element: ET.Element | None, where: str) -> Decimal:
    text = clean_text(element.text if element is not None else "")
    try:
        value = Decimal(text)
    except InvalidOperation:
        raise BankStatementError("corrupt", f"{where}: amount {text!r} is not a number") from None
    return checked_amount(value, where)


_NOT_A_STATEMENT = {
    "BkToCstmrAcctRpt": (
        "camt.052 is an intraday account report, not a statement: its entries may still "
        "be pending and come again in the end-of-day camt.053; import the camt.053 instead"
    ),
    "BkToCstmrDbtCdtNtfctn": (
        "camt.054 is a debit/credit notification, not a statement: the same credits come "
        "again in the end-of-day camt.053 (often grouped differently, so importing both "
        "would count them twice); import the camt.053 instead"
    ),
}


@dataclass(slots=True)
class _TxDetails:
    """What one ``TxDtls`` says about who paid and what for."""

    payer_name: str | None
    payer_account: str | None
    parts: list[str]


def _tx_details(tx: ET.Element) -> _TxDetails:
    parts = [
        *_texts(tx, "RmtInf/Ustrd"),
        *_texts(tx, "RmtInf/Strd/CdtrRefInf/Ref"),
        *_texts(tx, "RmtInf/Strd/RfrdDocInf/Nb"),
        *_texts(tx, "RmtInf/Strd/AddtlRmtInf"),
        _text(tx, "Refs/EndToEndId"),
        _text(tx, "Refs/AcctSvcrRef"),
        _text(tx, "AddtlTxInf"),
    ]
    payer = _text(
        tx,
        "RltdPties/Dbtr/Nm",
        "RltdPties/Dbtr/Pty/Nm",
        "RltdPties/UltmtDbtr/Nm",
        "RltdPties/UltmtDbtr/Pty/Nm",
    )
    account = _text(tx, "RltdPties/DbtrAcct/Id/IBAN", "RltdPties/DbtrAcct/Id/Othr/Id")
    return _TxDetails(payer_text(payer), account or None, parts)


def _split_amounts(txs: Sequence[ET.Element], total: Decimal, currency: str) -> list[Decimal]:
    """Each transaction's share of a batch entry, or [] when they do not add up.

    A batch credit (one entry, many payers) is worth splitting: each payer's transfer is
    a receipt to match on its own. It is split only when every transaction states a
    positive credit amount in the entry's currency and the amounts sum to the entry;
    otherwise the entry stays one receipt, which is never wrong about the money.
    """
    amounts: list[Decimal] = []
    for tx in txs:
        element = _first(tx, "AmtDtls/TxAmt/Amt")
        if element is None:
            element = _first(tx, "Amt")
        indicator = _text(tx, "CdtDbtInd")
        if element is None or (element.get("Ccy") or currency) != currency:
            return []
        if indicator and indicator != "CRDT":
            return []
        try:
            value = Decimal(clean_text(element.text))
        except InvalidOperation:
            return []
        if not value.is_finite() or value <= 0:
            return []
        amounts.append(value)
    return amounts if sum(amounts) == total else []


@dataclass(frozen=True, slots=True)
class _StatementContext:
    account: str
    currency: str | None
    options: ReadOptions


class Camt053Reader:
    """ISO 20022 camt.053 bank-to-customer statements, every version, by local names."""

    name: ClassVar[str] = "camt053"
    label: ClassVar[str] = "CAMT.053"

    def sniff(self, head: str) -> bool:
        """An XML document in an ISO 20022 camt namespace, or with a camt root element."""
        start = head.lstrip("\ufeff \t\r\n")
        return start.startswith("<") and (
            "urn:iso:std:iso:20022:tech:xsd:camt." in head or "<BkToCstmr" in head
        )

    def read(self, data: bytes, *, options: ReadOptions) -> Statement:
        """Every booked credit entry of every statement in the message."""
        message = self._message(data)
        credits: list[BankCredit] = []
        skipped = 0
        warnings: list[str] = []
        for number, stmt in enumerate(_all(message, "Stmt"), start=1):
            statement_id = _text(stmt, "Id")
            where = f"statement {number}" + (f" ({statement_id})" if statement_id else "")
            context = _StatementContext(
                account=account_or_error(
                    _text(stmt, "Acct/Id/IBAN", "Acct/Id/Othr/Id"), options, where
                ),
                currency=_text(stmt, "Acct/Ccy") or None,
                options=options,
            )
            for index, entry in enumerate(_all(stmt, "Ntry"), start=1):
                found = self._entry(entry, context, f"{where} entry {index}", warnings)
                credits.extend(found)
                skipped += not found
        return Statement(self.name, tuple(credits), skipped, tuple(warnings))

    @staticmethod
    def _message(data: bytes) -> ET.Element:
        """The statement message element, or a refusal that says what the file is."""
        if b"<!DOCTYPE" in data[:SNIFF_BYTES].upper():
            raise BankStatementError(
                "corrupt", "the XML declares a DOCTYPE; bank statements never do"
            )
        try:
            root = ET.fromstring(data)
        except ET.ParseError as exc:
            line, column = exc.position
            msg = f"not well-formed XML at line {line}, column {column}"
            raise BankStatementError("corrupt", msg) from None
        except LookupError as exc:  # <?xml encoding="..."?> names no codec Python knows
            raise BankStatementError("corrupt", f"the XML declares {exc}") from None
        message = root
        if _local(root.tag) == "Document":
            children = [child for child in root if _local(child.tag)]
            message = children[0] if children else root
        kind = _local(message.tag)
        if kind in _NOT_A_STATEMENT:
            raise BankStatementError("unsupported", _NOT_A_STATEMENT[kind])
        if kind != "BkToCstmrStmt":
            msg = (
                f"an ISO 20022 message of kind {kind!r} is not a bank statement; import a camt.053"
            )
            raise BankStatementError("unsupported", msg)
        return message

    @staticmethod
    def _entry(
        entry: ET.Element, context: _StatementContext, where: str, warnings: list[str]
    ) -> list[BankCredit]:
        """The receipts in one ``Ntry``: none for debits, reversals and unbooked entries."""
        if _text(entry, "CdtDbtInd") != "CRDT" or _text(entry, "RvslInd").lower() == "true":
            return []
        status = _text(entry, "Sts/Cd", "Sts")
        if status and status != "BOOK":
            return []
        amount_element = _first(entry, "Amt")
        amount = _xml_amount(amount_element, where)
        if amount <= 0:
            return []
        found_currency = amount_element.get("Ccy") if amount_element is not None else None
        currency = currency_or_error(found_currency or context.currency, context.options, where)
        value_date = _xml_date(entry, "ValDt", where) or _xml_date(entry, "BookgDt", where)
        if value_date is None:
            raise BankStatementError("corrupt", f"{where}: neither a value nor a booking date")
        base = BankCredit(
            account=context.account,
            value_date=value_date,
            amount=amount,
            currency=currency,
            booking_date=_xml_date(entry, "BookgDt", where),
            where=where,
        )
        entry_refs = [_text(entry, "AcctSvcrRef")]
        txs = [tx for details in _all(entry, "NtryDtls") for tx in _all(details, "TxDtls")]
        details = [_tx_details(tx) for tx in txs]
        shares = _split_amounts(txs, amount, currency) if len(txs) > 1 else []
        if shares:
            return [
                _with_details(base, detail, entry_refs, amount=share, where=f"{where} tx {n}")
                for n, (detail, share) in enumerate(zip(details, shares, strict=True), start=1)
            ]
        if len(txs) > 1:
            warnings.append(
                f"{where}: a batch of {len(txs)} transactions whose amounts do not add up to "
                "the entry; kept as one receipt"
            )
        merged = _TxDetails(
            payer_name=next((d.payer_name for d in details if d.payer_name), None),
            payer_account=next((d.payer_account for d in details if d.payer_account), None),
            parts=[part for d in details for part in d.parts],
        )
        if not any(merged.parts):
            entry_refs.insert(0, _text(entry, "AddtlNtryInf"))
        return [_with_details(base, merged, entry_refs, amount=amount, where=where)]


def _with_details(
    base: BankCredit, details: _TxDetails, entry_refs: list[str], *, amount: Decimal, where: str
) -> BankCredit:
    return BankCredit(
        account=base.account,
        value_date=base.value_date,
        amount=amount,
        currency=base.currency,
        reference=compose_reference([*details.parts, *entry_refs]),
        payer_name=details.payer_name,
        payer_account=details.payer_account,
        booking_date=base.booking_date,
        where=where,
    )


# --- BAI2 ---------------------------------------------------------------------------------

_BAI2_RECORD = re.compile(r"^(?:0[123]|16|49|88|98|99)[,:]")
# Several records on one physical line ("...,2/   02,..."): split after a slash that is
# followed by blanks and a record code. The slash stays with the record it ends.
_BAI2_INLINE = re.compile(r"(?<=/)\s+(?=(?:0[123]|16|49|88|98|99),)")
_ORIGINATOR = re.compile(r"(?:ORIG CO NAME:|DBNM:)\s*(.+?)(?=\s+(?:ORIG ID|[A-Z]{4}):|\s{2,}|$)")


def _bai2_rows(text: str) -> list[tuple[int, str]]:
    """Physical records with their line numbers, whatever the file's line layout.

    Raises:
        BankStatementError: a line that starts no record and continues none.
    """
    rows: list[tuple[int, str]] = []
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line:
            continue
        for piece in _BAI2_INLINE.split(line):
            if _BAI2_RECORD.match(piece):
                rows.append((number, piece))
            elif rows:  # a record wrapped onto the next line without an 88
                rows[-1] = (rows[-1][0], f"{rows[-1][1]} {piece}")
            else:
                msg = f"line {number}: not a BAI2 record (expected 01, 02, 03, 16, 49, 88, 98, 99)"
                raise BankStatementError("corrupt", msg)
    if not rows:
        raise BankStatementError("corrupt", "no BAI2 records in the file")
    if not rows[-1][1].startswith("99"):
        msg = (
            f"the file ends at line {rows[-1][0]} without its 99 file trailer: it is cut "
            "short; fetch it from the bank again"
        )
        raise BankStatementError("corrupt", msg)
    return rows


def _join_generic(contents: Sequence[str], *, detail: bool = False) -> list[str]:
    """bai2's own rule for a record and its 88s: "/" ends a field, else text goes on."""
    joined = ""
    for content in contents:
        if content.endswith("/"):
            joined += content[:-1] + ","
        elif content:
            joined += content + " "
    fields = joined[:-1].split(",")
    if detail:  # a 16: type code, amount, funds type, availability...
        _fill_availability(fields, 2)
    return fields


_FUNDS_EXTRA_FIELDS = {"S": 3, "V": 2}


def _summary_complete(summary: Sequence[str]) -> bool:
    """True when an 03's summary fields end exactly after a whole summary group.

    A group is type code, amount, item count and funds type, plus the availability
    fields its funds type brings (S: three, V: date and time, D: a count and pairs).
    """
    position = 0
    while position < len(summary):
        if position + 4 > len(summary):
            return False
        funds = summary[position + 3].strip()
        extra = _FUNDS_EXTRA_FIELDS.get(funds, 0)
        if funds == "D":
            if position + 5 > len(summary) or not _ASCII_DIGITS.fullmatch(summary[position + 4]):
                return False
            extra = 1 + 2 * int(summary[position + 4])
        position += 4 + extra
    return position == len(summary)


def _fill_availability(fields: list[str], funds_at: int) -> int:
    """Read blank availability amounts as zero; returns where the next group starts.

    BAI2 lets a sender default a field by leaving it blank, but bai2 calls ``int("")`` on
    the availability amounts of funds types S and D, so a valid file would fail there.
    """
    funds = fields[funds_at].strip() if funds_at < len(fields) else ""
    blanks: list[int] = []
    end = funds_at + 1
    if funds == "S":
        blanks = [funds_at + 1, funds_at + 2, funds_at + 3]
        end = funds_at + 4
    elif funds == "D" and funds_at + 1 < len(fields):
        count_at = funds_at + 1
        if not fields[count_at].strip():
            fields[count_at] = "0"
        count = fields[count_at].strip()
        pairs = int(count) if _ASCII_DIGITS.fullmatch(count) else 0
        blanks = [count_at + 2 * n + 2 for n in range(pairs)]
        end = count_at + 1 + 2 * pairs
    elif funds == "V":
        end = funds_at + 3
    for index in blanks:
        if index < len(fields) and not fields[index].strip():
            fields[index] = "0"
    return end


def _fill_summary(fields: list[str]) -> list[str]:
    """Apply :func:`_fill_availability` to every summary group of a ``03`` record."""
    position = 2  # after account number and currency
    while position + 3 < len(fields):
        position = _fill_availability(fields, position + 3)
    return fields


def _join_account(contents: Sequence[str]) -> list[str]:
    """The fields of a ``03`` record continued over 88s.

    A "/" ends the physical record; whether the comma before it separates one more
    (empty) field or only leads into the continuation depends on where the summary
    group stands, which is what the funds types say. bai2's own rule (count commas
    modulo four) misreads a record that breaks right after a type code.
    """
    fields: list[str] = []
    continues_field = False
    for content in contents:
        piece = content.rstrip()
        ends_record = piece.endswith("/")
        elements = piece.removesuffix("/").split(",")
        if continues_field and fields:
            fields[-1] += elements.pop(0)
        if (
            ends_record
            and len(elements) > 1
            and elements[-1] == ""
            and _summary_complete((fields + elements[:-1])[2:])
        ):
            elements.pop()
        fields.extend(elements)
        continues_field = not ends_record
    return _fill_summary(fields)


class _Bai2Records:
    """Feeds ``bai2``'s parsers records, as its ``IteratorHelper`` does, from our rows.

    ``line`` is the physical line of the record being parsed, for error messages.
    """

    def __init__(self, rows: Sequence[tuple[int, str]]) -> None:
        self.line = rows[0][0]
        self.current_record: Any = None
        self._records = self._build(rows)
        self.advance()

    def advance(self) -> None:
        self.current_record, self.line = next(self._records)

    @staticmethod
    def _build(rows: Sequence[tuple[int, str]]) -> Iterator[tuple[Any, int]]:
        group: list[tuple[int, str]] = []
        for row in [*rows, (0, "")]:
            if group and (not row[1] or row[1][:2] != "88"):
                code = RecordCode(group[0][1][:2])
                contents = [content[3:] for _, content in group]
                if code == RecordCode.account_identifier:
                    fields = _join_account(contents)
                else:
                    detail = code == RecordCode.transaction_detail
                    fields = _join_generic(contents, detail=detail)
                raw = [(RecordCode(content[:2]), content[3:]) for _, content in group]
                yield Record(code=code, fields=fields, rows=raw), group[0][0]
                group = []
            if row[1]:
                group.append(row)


def _parse_bai2(rows: Sequence[tuple[int, str]], *, check_integrity: bool) -> Any:
    records = _Bai2Records(rows)
    try:
        return Bai2FileParser(records, check_integrity=check_integrity).parse()
    except IntegrityException:
        raise
    except NotSupportedYetException as exc:
        raise BankStatementError("corrupt", f"near line {records.line}: {exc}") from None
    except (ParsingException, ValueError, IndexError, KeyError, TypeError, StopIteration) as exc:
        detail = str(exc) or type(exc).__name__
        msg = f"near line {records.line}: not a valid BAI2 file ({detail})"
        raise BankStatementError("corrupt", msg) from None


class Bai2Reader:
    """BAI2 (Cash Management Balance Reporting Specification v2) files, via ``bai2``."""

    name: ClassVar[str] = "bai2"
    label: ClassVar[str] = "BAI2"

    def sniff(self, head: str) -> bool:
        """The first record is a BAI2 file header (``01,``)."""
        return head.lstrip("\ufeff \t\r\n").startswith("01,")

    def read(self, data: bytes, *, options: ReadOptions) -> Statement:
        """Every credit detail (type codes the BAI2 list marks as credits) of every account.

        Control totals and record counts are checked; when they do not match, the file is
        still read (banks' test files and hand-edited files often disagree with their own
        trailers) and the mismatch is reported as a warning to check against the bank.
        """
        rows = _bai2_rows(decode_text(data))
        warnings: list[str] = []
        try:
            parsed = _parse_bai2(rows, check_integrity=True)
        except IntegrityException as exc:
            warnings.append(
                f"the file's trailer totals do not match its records ({exc}); the receipts "
                "were read anyway: check them against the bank's own report"
            )
            parsed = _parse_bai2(rows, check_integrity=False)
        credits: list[BankCredit] = []
        skipped = 0
        for group in parsed.children:
            header = group.header
            for account in group.children:
                currency = currency_or_error(
                    account.header.currency or header.currency, options, "BAI2 account"
                )
                number = account_or_error(
                    account.header.customer_account_number, options, "BAI2 account"
                )
                for tx in account.children:
                    credit = _bai2_credit(tx, number, currency, header.as_of_date)
                    if credit is None:
                        skipped += 1
                    else:
                        credits.append(credit)
        return Statement(self.name, tuple(credits), skipped, tuple(warnings))


def _bai2_credit(tx: Any, account: str, currency: str, as_of: date | None) -> BankCredit | None:
    """A ``16`` transaction detail as a receipt, or None for debits and zero amounts."""
    where = f"BAI2 account {account} transaction"
    if tx.type_code is None or tx.type_code.transaction != TypeCodeTransaction.credit:
        return None
    if not tx.amount or tx.amount < 0:
        return None
    amount = checked_amount(Decimal(tx.amount).scaleb(-minor_units(currency)), where)
    value_date = as_of
    availability = tx.availability or {}
    if tx.funds_type == FundsType.value_dated and availability.get("date"):
        value_date = availability["date"]
    if value_date is None:
        raise BankStatementError("corrupt", f"{where}: the group header has no as-of date")
    text = clean_text(tx.text)
    payer = _ORIGINATOR.search(text)
    return BankCredit(
        account=account,
        value_date=value_date,
        amount=amount,
        currency=currency,
        reference=compose_reference([text, tx.customer_reference, tx.bank_reference]),
        payer_name=payer_text(payer.group(1)) if payer else None,
        where=f"{where} {tx.type_code.code}",
    )


# --- MT940 --------------------------------------------------------------------------------

_MT940_TAG = re.compile(r"(?m)^\s*:(?:20|25|28C?|60[FM]|61|62[FM]|86):")


@contextmanager
def _quiet(logger_name: str) -> Iterator[None]:
    """Hush a library that logs its own parse failures at ERROR level.

    The failure reaches the person once, as our BankStatementError; the library's
    regex dump on stderr would only bury that message.
    """
    logger = logging.getLogger(logger_name)
    level = logger.level
    logger.setLevel(logging.CRITICAL)
    try:
        yield
    finally:
        logger.setLevel(level)


def _plain_date(value: object) -> date | None:
    """mt940's Date (a date subclass) as a plain date, so values compare and store alike."""
    if isinstance(value, date):
        return date(value.year, value.month, value.day)
    return None


class Mt940Reader:
    """SWIFT MT940 customer statements (and bare :61:/:86: fragments), via ``mt-940``."""

    name: ClassVar[str] = "mt940"
    label: ClassVar[str] = "MT940"

    def sniff(self, head: str) -> bool:
        """A SWIFT text block, or MT940 field tags at the start of lines."""
        return "{4:" in head or ":61:" in head or len(_MT940_TAG.findall(head)) >= 2

    def read(self, data: bytes, *, options: ReadOptions) -> Statement:
        """Every ``C`` (credit) line; ``D``, ``RC`` and ``RD`` (reversals) are not receipts."""
        text = decode_text(data)
        settings = mt940.Options.all()
        try:
            with _quiet("mt940"):
                blocks = mt940.parse_statements(io.StringIO(text), options=settings)
                if not blocks:  # a fragment without :20: (some banks' day files)
                    blocks = [mt940.parse(io.StringIO(text), options=settings)]
        except (ValueError, KeyError, IndexError, TypeError, RuntimeError, InvalidOperation) as exc:
            detail = exc.args[0] if exc.args and isinstance(exc.args[0], str) else str(exc)
            raise BankStatementError("corrupt", f"not a valid MT940 file: {detail}") from None
        credits: list[BankCredit] = []
        skipped = 0
        for number, block in enumerate(blocks, start=1):
            account = account_or_error(
                block.data.get("account_identification"), options, f"statement {number}"
            )
            where = f"statement {number}" + (f" ({account})" if account else "")
            for index, transaction in enumerate(block, start=1):
                credit = _mt940_credit(
                    transaction.data, account, block.currency, options, f"{where} line {index}"
                )
                if credit is None:
                    skipped += 1
                else:
                    credits.append(credit)
        warnings = () if credits or skipped else ("no :61: statement lines found",)
        return Statement(self.name, tuple(credits), skipped, warnings)


def _mt940_credit(
    data: dict[str, Any],
    account: str,
    statement_currency: str | None,
    options: ReadOptions,
    where: str,
) -> BankCredit | None:
    amount = data.get("amount")
    if str(data.get("status") or "").upper() != "C" or amount is None:
        return None
    value = checked_amount(Decimal(amount.amount), where)
    if value <= 0:
        return None
    currency = currency_or_error(amount.currency or statement_currency, options, where)
    value_date = _plain_date(data.get("date"))
    if value_date is None:
        raise BankStatementError("corrupt", f"{where}: the :61: line has no value date")
    purpose = compose_reference([data.get("purpose"), data.get("additional_purpose")])
    reference = compose_reference(
        [
            purpose or data.get("transaction_details"),
            data.get("end_to_end_reference"),
            data.get("customer_reference"),
            data.get("bank_reference"),
            data.get("extra_details"),
        ]
    )
    return BankCredit(
        account=account,
        value_date=value_date,
        amount=value,
        currency=currency,
        reference=reference,
        payer_name=payer_text(data.get("applicant_name")),
        payer_account=clean_text(data.get("applicant_iban")) or None,
        booking_date=_plain_date(data.get("entry_date")),
        where=where,
    )


# --- CSV ----------------------------------------------------------------------------------


def _header_key(name: object) -> str:
    return re.sub(r"[^0-9a-zäöüß]+", " ", str(name).lower()).strip()


# fmt: off
_ROLES: dict[str, frozenset[str]] = {
    "value_date": frozenset(
        {"value date", "valuta", "valutadatum", "wertstellung", "value dt", "val date"}
    ),
    "date": frozenset(
        {
            "date", "booking date", "posting date", "transaction date", "entry date",
            "book date", "txn date", "trans date", "buchungstag", "buchungsdatum", "datum",
        }
    ),
    "amount": frozenset(
        {"amount", "transaction amount", "amt", "betrag", "umsatz", "net amount"}
    ),
    "credit": frozenset(
        {
            "credit", "credits", "credit amount", "deposit", "deposits", "paid in",
            "money in", "haben", "gutschrift", "cr amount", "amount credit",
        }
    ),
    "debit": frozenset(
        {
            "debit", "debits", "debit amount", "withdrawal", "withdrawals", "paid out",
            "money out", "soll", "lastschrift", "dr amount", "amount debit",
        }
    ),
    "direction": frozenset(
        {
            "credit debit", "debit credit", "cr dr", "dr cr", "d c", "c d", "dc", "cd",
            "credit debit indicator", "cdtdbtind", "soll haben", "sign",
        }
    ),
    "currency": frozenset(
        {"currency", "ccy", "cur", "curr", "currency code", "währung", "waehrung"}
    ),
    "reference": frozenset(
        {
            "reference", "ref", "payment reference", "remittance information",
            "remittance info", "verwendungszweck", "purpose", "end to end id",
            "end to end reference", "customer reference",
        }
    ),
    "description": frozenset(
        {
            "description", "details", "narrative", "memo", "text", "transaction details",
            "buchungstext", "particulars", "information",
        }
    ),
    "payer": frozenset(
        {
            "payer", "payer name", "counterparty", "counterparty name", "name", "remitter",
            "originator", "ordering party", "debtor", "debtor name", "from", "sender",
            "auftraggeber", "zahlungspflichtiger", "beguenstigter zahlungspflichtiger",
            "begünstigter zahlungspflichtiger", "auftraggeber empfänger",
        }
    ),
    "payer_account": frozenset(
        {"payer account", "counterparty account", "counterparty iban", "debtor iban", "iban"}
    ),
    "account": frozenset(
        {"account", "account number", "account no", "our account", "konto", "auftragskonto"}
    ),
    "bank_reference": frozenset({"bank reference", "bank ref", "transaction id", "id"}),
}
# fmt: on
_CREDIT_MARKS = frozenset({"c", "cr", "crdt", "credit", "h", "haben", "+"})
_DEBIT_MARKS = frozenset({"d", "dr", "dbit", "debit", "s", "soll", "-"})
_DELIMITERS = (",", ";", "\t", "|")
_HEADER_SEARCH = 30
_DATE_FORMATS = (
    "%Y-%m-%d", "%d.%m.%Y", "%d/%m/%Y", "%m/%d/%Y", "%d-%m-%Y", "%Y/%m/%d", "%Y.%m.%d",
    "%d.%m.%y", "%d/%m/%y", "%m/%d/%y", "%Y%m%d", "%d %b %Y", "%d-%b-%Y", "%d-%b-%y",
    "%d %B %Y", "%b %d %Y", "%B %d %Y",
)  # fmt: skip
_TIME_SUFFIX = re.compile(r"[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?$")
_MONEY_NOISE = re.compile(r"[\s'\u00a0\u202f$€£¥₹]")
_CODE_AROUND = re.compile(r"^([A-Z]{3})\s*(?=[-+(\d.,])|(?<=[\d.)\-])\s*([A-Z]{3})$")
_CURRENCY_SUFFIX = re.compile(r" [a-z]{3}$")
_HEADER_CURRENCY = re.compile(r"[\s(\[]([A-Z]{3})[)\]]?\s*$")
_DECIMAL_TAIL = re.compile(r"([.,])(\d{1,2})\)?-?$")


def _roles(headers: Sequence[object]) -> dict[str, int]:
    """Which column plays which role; the first column that fits a role takes it."""
    found: dict[str, int] = {}
    for position, header in enumerate(headers):
        key = _header_key(header)
        # "Amount (EUR)" and "Betrag EUR" name the amount column too.
        keys = (key, _CURRENCY_SUFFIX.sub("", key))
        role = next(
            (r for r, names in _ROLES.items() if keys[0] in names or keys[1] in names), None
        )
        if role is not None and role not in found:
            found[role] = position
    return found


def _is_header(roles: dict[str, int]) -> bool:
    has_date = "date" in roles or "value_date" in roles
    return has_date and ("amount" in roles or "credit" in roles)


def _find_header(lines: Sequence[str]) -> tuple[int, str] | None:
    """The header row (index) and delimiter: the first row that names a date and amount.

    Banks put account details above the table; looking a few rows down finds the table
    without asking the person to trim the file.
    """
    for index, line in enumerate(lines[:_HEADER_SEARCH]):
        for delimiter in _DELIMITERS:
            if delimiter not in line:
                continue
            cells = next(csv.reader([line], delimiter=delimiter), [])
            if len(cells) >= 2 and _is_header(_roles(cells)):
                return index, delimiter
    return None


class _BadCell(ValueError):
    """One cell that does not hold what its column promises."""


def _strip_date(text: str) -> str:
    return _TIME_SUFFIX.sub("", text.strip())


def _parses(text: str, fmt: str) -> bool:
    try:
        datetime.strptime(text, fmt)
    except ValueError:
        return False
    return True


def _date_format(values: Iterable[tuple[int, str]], column: str, forced: str | None) -> str:
    """The one date format that reads every date in the file.

    Day-first and month-first are never guessed: 03/04/2026 is a different day in
    Sydney and in Chicago. When both read every date, the person names the format.
    """
    distinct: dict[str, int] = {}
    for number, text in values:
        distinct.setdefault(_strip_date(text), number)
    if forced:
        return forced
    candidates = [fmt for fmt in _DATE_FORMATS if all(_parses(v, fmt) for v in distinct)]
    if candidates and (len(candidates) == 1 or candidates[0] == "%Y-%m-%d"):
        return candidates[0]
    if candidates:
        example = next(iter(distinct))
        shown = " or ".join(repr(c) for c in candidates[:2])
        raise BankStatementError(
            "incomplete",
            f"column {column!r}: dates such as {example!r} read as more than one format "
            f"({shown}); pass --date-format, e.g. --date-format '{candidates[0]}'",
        )
    best = max(_DATE_FORMATS, key=lambda fmt: sum(_parses(v, fmt) for v in distinct))
    bad, number = next((v, n) for v, n in distinct.items() if not _parses(v, best))
    raise BankStatementError(
        "corrupt",
        f"row {number}, column {column!r}: {bad!r} is not a date in the file's format "
        f"({best}); expected e.g. 2026-03-14 or 14.03.2026, or pass --date-format",
    )


_CR_DR = re.compile(r"(?<![A-Z])\s*(CR|DR)$", re.IGNORECASE)


def _bare(text: str) -> tuple[str, str | None, bool]:
    """A money cell without its decorations: (number text, currency code, debit mark).

    Strips a trailing ``CR``/``DR``, an ISO code before or after the number, currency
    symbols, blanks and Swiss apostrophes; signs and brackets are left for the caller.
    """
    cell = text.strip()
    debit = False
    mark = _CR_DR.search(cell)
    if mark:
        debit = mark.group(1).upper() == "DR"
        cell = cell[: mark.start()]
    code = None
    around = _CODE_AROUND.search(cell.strip())
    if around:
        code = around.group(1) or around.group(2)
        cell = _CODE_AROUND.sub("", cell.strip())
    return _MONEY_NOISE.sub("", cell), code, debit


def _decimal_mark(values: Iterable[str]) -> str:
    """The file's decimal mark: "," when amounts end in ",dd" and none in ".dd"."""
    commas = dots = 0
    for text in values:
        tail = _DECIMAL_TAIL.search(_bare(text)[0])
        if tail:
            commas += tail.group(1) == ","
            dots += tail.group(1) == "."
    if commas and dots:
        raise BankStatementError(
            "corrupt", "amounts use both '.' and ',' as the decimal mark; export them one way"
        )
    return "," if commas else "."


def _amount(text: str, mark: str) -> tuple[Decimal, str | None]:
    """A money cell as a signed Decimal and any currency code written in it.

    Reads ``1,234.50``, ``1.234,50`` (with mark ","), ``(12.00)``, ``12.00-``,
    ``-12.00``, ``12.00 CR`` / ``DR``, ``EUR 12.00`` and ``12.00 €``.
    """
    cell, code, negative = _bare(text)
    if cell.startswith("(") and cell.endswith(")"):
        cell, negative = cell[1:-1], not negative
    if cell.endswith("-"):
        cell, negative = cell[:-1], not negative
    if cell[:1] in {"+", "-"}:
        negative ^= cell[0] == "-"
        cell = cell[1:]
    return _digits(cell, mark, negative=negative), code


def _digits(cell: str, mark: str, *, negative: bool) -> Decimal:
    thousands = "," if mark == "." else "."
    whole, _, fraction = cell.rpartition(mark) if mark in cell else (cell, "", "")
    if thousands in whole:
        if not re.fullmatch(rf"\d{{1,3}}(?:{re.escape(thousands)}\d{{3}})+", whole):
            raise _BadCell(f"not an amount (the {thousands!r} is in the wrong place)")
        whole = whole.replace(thousands, "")
    if not _ASCII_DIGITS.fullmatch(whole + fraction):
        raise _BadCell("not an amount (expected e.g. 1234.50)")
    if len(fraction) > 2 and fraction.rstrip("0")[2:]:
        raise _BadCell("more than two decimal places")
    value = Decimal(f"{whole or 0}.{fraction or 0}").quantize(CENT)
    return -value if negative else value


@dataclass(slots=True)
class _CsvRow:
    number: int
    cells: dict[str, str]


@dataclass(slots=True)
class _CsvLayout:
    """Where the table starts and which column plays which role."""

    start: int
    columns: dict[str, str]
    frame: pd.DataFrame
    date_role: str
    header_currency: str | None = None
    problems: list[str] = field(default_factory=list)


class CsvReader:
    """A bank's CSV export, its columns recognised by their headers."""

    name: ClassVar[str] = "csv"
    label: ClassVar[str] = "CSV"

    def sniff(self, head: str) -> bool:
        """A delimited header row naming a date and an amount (or credit) column."""
        return _find_header(head.splitlines()) is not None

    def read(self, data: bytes, *, options: ReadOptions) -> Statement:
        """Every row with a positive credit; rows are numbered as a text editor shows them.

        A row with no date at all (no digit in its date columns) is a total, balance or
        note line, not a transaction: it is skipped, and named in a warning.
        """
        layout = self._layout(decode_text(data))
        rows: list[_CsvRow] = []
        undated: list[int] = []
        for row in self._rows(layout):
            if _ASCII_DIGIT.search(row.cells.get("value_date", "") + row.cells.get("date", "")):
                rows.append(row)
            else:
                undated.append(row.number)
        dates = [(r.number, r.cells[layout.date_role]) for r in rows if r.cells[layout.date_role]]
        date_format = _date_format(dates, layout.columns[layout.date_role], options.date_format)
        money_roles = [role for role in ("amount", "credit", "debit") if role in layout.columns]
        mark = _decimal_mark(r.cells[role] for r in rows for role in money_roles)
        credits: list[BankCredit] = []
        for row in rows:
            try:
                credit = self._credit(row, layout, date_format, mark, options)
            except _BadCell as exc:
                layout.problems.append(f"row {row.number}, {exc}")
                if len(layout.problems) >= MAX_REPORTED:
                    layout.problems.append("(stopped after this many problems)")
                    break
                continue
            if credit is not None:
                credits.append(credit)
        if layout.problems:
            raise BankStatementError("corrupt", "bad rows in the bank CSV", layout.problems)
        warnings: tuple[str, ...] = ()
        if undated:
            shown = ", ".join(str(n) for n in undated[:5]) + (" ..." if len(undated) > 5 else "")
            warnings = (f"rows without a date were not read as receipts (totals?): {shown}",)
        skipped = len(rows) + len(undated) - len(credits)
        return Statement(self.name, tuple(credits), skipped, warnings)

    @staticmethod
    def _layout(text: str) -> _CsvLayout:
        lines = text.splitlines()
        found = _find_header(lines)
        if found is None:
            msg = (
                f"no header row naming a date and an amount (or credit) column in the first "
                f"{_HEADER_SEARCH} lines; expected headers such as Date, Amount, Currency, "
                "Reference, Payer"
            )
            raise BankStatementError("unsupported", msg)
        start, delimiter = found
        try:
            frame = pd.read_csv(
                io.StringIO("\n".join(lines[start:])),
                sep=delimiter,
                dtype=str,
                keep_default_na=False,
                na_filter=False,
                skip_blank_lines=False,
            )
        except (pd.errors.ParserError, ValueError) as exc:
            raise BankStatementError("corrupt", f"cannot read the CSV table: {exc}") from None
        roles = _roles(list(frame.columns))
        columns = {role: str(frame.columns[position]) for role, position in roles.items()}
        date_role = "value_date" if "value_date" in columns else "date"
        money_headers = [columns[r] for r in ("amount", "credit") if r in columns]
        in_headers = [_HEADER_CURRENCY.search(header) for header in money_headers]
        header_currency = next((m.group(1) for m in in_headers if m), None)
        return _CsvLayout(
            start=start,
            columns=columns,
            frame=frame,
            date_role=date_role,
            header_currency=header_currency,
        )

    @staticmethod
    def _rows(layout: _CsvLayout) -> Iterator[_CsvRow]:
        values = {
            role: layout.frame[column].fillna("").astype(str).tolist()
            for role, column in layout.columns.items()
        }
        first = layout.start + 2  # 1-based, and the header is the row before
        for offset in range(len(layout.frame)):
            cells = {role: values[role][offset].strip() for role in values}
            if any(cells.values()):
                yield _CsvRow(number=first + offset, cells=cells)

    @staticmethod
    def _credit(
        row: _CsvRow, layout: _CsvLayout, date_format: str, mark: str, options: ReadOptions
    ) -> BankCredit | None:
        """One row as a receipt, None when it is not a credit; _BadCell names the column."""
        cells = row.cells
        amount, code = _signed_amount(cells, layout.columns, mark)
        if amount <= 0:
            return None
        value_text = cells.get("value_date") or cells.get("date", "")
        column = layout.columns["value_date" if cells.get("value_date") else "date"]
        try:
            value_date = datetime.strptime(_strip_date(value_text), date_format).date()
        except ValueError:
            raise _BadCell(
                f"column {column!r}: {value_text!r} is not a date ({date_format})"
            ) from None
        where = f"row {row.number}"
        try:
            found = cells.get("currency") or code or layout.header_currency
            currency = currency_or_error(found, options, where)
        except BankStatementError as exc:
            if exc.code == "incomplete":
                raise
            column = layout.columns.get("currency", "currency")
            raise _BadCell(f"column {column!r}: {exc.message}") from None
        return BankCredit(
            account=account_or_error(cells.get("account"), options, where),
            value_date=value_date,
            amount=amount,
            currency=currency,
            reference=compose_reference(
                [cells.get("reference"), cells.get("description"), cells.get("bank_reference")]
            ),
            payer_name=payer_text(cells.get("payer")),
            payer_account=cells.get("payer_account") or None,
            where=where,
        )


def _signed_amount(
    cells: dict[str, str], columns: dict[str, str], mark: str
) -> tuple[Decimal, str | None]:
    """The row's movement, credits positive, from whichever amount columns the file has."""

    def read(role: str) -> tuple[Decimal, str | None]:
        try:
            return _amount(cells[role], mark)
        except _BadCell as exc:
            raise _BadCell(f"column {columns[role]!r}: {cells[role]!r} is {exc}") from None

    if "credit" in cells:
        if cells["credit"]:
            return read("credit")
        if cells.get("debit"):
            value, code = read("debit")
            return -abs(value), code
        if "amount" not in cells or not cells["amount"]:
            return Decimal(0), None
    if not cells.get("amount"):
        raise _BadCell(f"column {columns.get('amount', 'amount')!r}: the amount is blank")
    value, code = read("amount")
    mark_text = cells.get("direction", "").lower()
    if mark_text in _CREDIT_MARKS:
        return abs(value), code
    if mark_text in _DEBIT_MARKS:
        return -abs(value), code
    if mark_text:
        raise _BadCell(
            f"column {columns['direction']!r}: {cells['direction']!r} is not a credit/debit "
            "mark (C, D, CR, DR, CRDT, DBIT)"
        )
    return value, code


# --- registry, detection, storing ---------------------------------------------------------

_IN_SNIFFING_ORDER: tuple[StatementReader, ...] = (
    Camt053Reader(),
    Bai2Reader(),
    Mt940Reader(),
    CsvReader(),
)
READERS: dict[str, StatementReader] = {reader.name: reader for reader in _IN_SNIFFING_ORDER}
"""Every statement reader, in the order formats are sniffed: most distinctive first."""

_BINARY_MAGIC = (b"%PDF", b"PK\x03\x04", b"\xd0\xcf\x11\xe0")


def detect_reader(data: bytes) -> StatementReader:
    """The reader for ``data``, chosen from the content (never only the file name).

    Raises:
        BankStatementError: ``unsupported`` when no reader recognises the content.
    """
    head_bytes = data[:SNIFF_BYTES]
    if head_bytes.startswith(_BINARY_MAGIC) or b"\x00" in head_bytes:
        raise BankStatementError(
            "unsupported",
            "a binary file (PDF, spreadsheet or archive), not a statement; export the "
            "statement as BAI2, CAMT.053, MT940 or CSV",
        )
    head = head_bytes.decode("utf-8-sig", errors="replace")
    for reader in READERS.values():
        if reader.sniff(head):
            return reader
    if head.lstrip().startswith("<"):
        msg = "an XML file that is not an ISO 20022 camt statement; import a camt.053"
        raise BankStatementError("unsupported", msg)
    raise BankStatementError(
        "unsupported",
        "cannot tell the statement format from the content: expected BAI2, CAMT.053, "
        "MT940, or a CSV with a date and an amount column (or pass --format)",
    )


def read_statement(
    data: bytes, *, format_name: str | None = None, options: ReadOptions | None = None
) -> Statement:
    """Read one statement file's bytes with the named reader, or the one that fits.

    Raises:
        BankStatementError: the file is empty, of an unknown kind, or broken.
    """
    if not data.strip():
        raise BankStatementError("corrupt", "the file is empty")
    if format_name is None:
        reader = detect_reader(data)
    elif format_name in READERS:
        reader = READERS[format_name]
    else:
        known = ", ".join(READERS)
        raise BankStatementError("unsupported", f"unknown format {format_name!r}; use {known}")
    return reader.read(data, options=options or ReadOptions())


def number_occurrences(credits: Iterable[BankCredit]) -> list[tuple[BankCredit, int]]:
    """Pair each credit with its occurrence: 0, or n for the n+1-th identical line.

    Two customers can pay the same amount with the same reference on the same day; the
    occurrence keeps both, and numbering in file order makes a re-import find the same keys.
    """
    seen: dict[tuple[str, date, str, Decimal, str], int] = {}
    numbered: list[tuple[BankCredit, int]] = []
    for credit in credits:
        occurrence = seen.get(credit.natural_key, 0)
        seen[credit.natural_key] = occurrence + 1
        numbered.append((credit, occurrence))
    return numbered


@dataclass(frozen=True, slots=True)
class BankImportResult:
    """What one statement import did, for the summary line and ``--json``."""

    source: str
    format: str
    sha256: str
    credits: int
    added: int
    already_imported: int
    skipped: int
    totals: dict[str, Decimal]
    warnings: tuple[str, ...] = ()

    def as_json(self) -> dict[str, Any]:
        """The result as a JSON object; amounts as two-place strings (CONTRACT.md)."""
        return {
            "source": self.source,
            "ok": True,
            "format": self.format,
            "sha256": self.sha256,
            "credits": self.credits,
            "added": self.added,
            "already_imported": self.already_imported,
            "skipped": self.skipped,
            "totals": {ccy: f"{amount.quantize(CENT)}" for ccy, amount in self.totals.items()},
            "warnings": list(self.warnings),
        }


def _insert_new_receipts(session: Session, rows: Sequence[dict[str, Any]]) -> int:
    """Insert the receipts whose natural key is new; returns how many were inserted.

    On SQLite and PostgreSQL this is ``INSERT ... ON CONFLICT DO NOTHING RETURNING id`` in
    batches: the unique natural key decides, so two workers importing the same file
    store each receipt once, and a statement of thousands of lines takes one statement
    per thousand rather than a lookup and a savepoint per line. Other databases go
    through :func:`repo.record_bank_receipt`, one line at a time.
    """
    dialect = session.get_bind().dialect.name
    if dialect not in _UPSERT_INSERTS:
        return sum(
            repo.record_bank_receipt(session, **{key: row[key] for key in _RECEIPT_KEY_ARGS})[1]
            for row in rows
        )
    table = SQLModel.metadata.tables[BankReceipt.__tablename__]
    # Only the columns the table has: the payer's account is read from every format but
    # is stored once a migration adds ``bank_receipts.payer_account``.
    columns = set(table.c.keys())
    statement = _UPSERT_INSERTS[dialect](table).on_conflict_do_nothing().returning(table.c.id)
    connection = session.connection()
    now = utcnow()
    added = 0
    for start in range(0, len(rows), _BATCH):
        batch = [
            {key: value for key, value in {**row, "created_at": now}.items() if key in columns}
            for row in rows[start : start + _BATCH]
        ]
        added += len(connection.execute(statement, batch).all())
    return added


def store_statement(
    session: Session, *, statement: Statement, source: str, source_sha256: str, actor: str
) -> BankImportResult:
    """Record every credit of ``statement`` once; a second import of the file adds nothing.

    The caller owns the transaction: a statement is stored whole or not at all.
    """
    rows = [
        {
            "account": credit.account,
            "value_date": credit.value_date,
            "amount": money(credit.amount),
            "currency": credit.currency,
            "reference": credit.reference,
            "occurrence": occurrence,
            "payer_name": credit.payer_name,
            "payer_account": credit.payer_account,
            "source_sha256": source_sha256,
        }
        for credit, occurrence in number_occurrences(statement.credits)
    ]
    added = _insert_new_receipts(session, rows)
    result = BankImportResult(
        source=source,
        format=statement.format,
        sha256=source_sha256,
        credits=len(statement.credits),
        added=added,
        already_imported=len(statement.credits) - added,
        skipped=statement.skipped,
        totals=statement.totals(),
        warnings=statement.warnings,
    )
    if added:
        summary = result.as_json()
        repo.record_audit(
            session,
            actor=actor,
            action="bank_statement.imported",
            entity="bank_statement",
            entity_id=source_sha256,
            after={key: summary[key] for key in ("source", "format", "added", "totals")},
        )
    return result


def import_bank_file(
    workspace: Workspace,
    path: Path,
    *,
    actor: str,
    format_name: str | None = None,
    options: ReadOptions | None = None,
    progress: Callable[[str], None] | None = None,
) -> BankImportResult:
    """Read a statement file, keep its bytes, and store its credits as receipts.

    The original is put in the blob store under its sha256 (the ``source_sha256`` each
    receipt carries), so a receipt can always be traced to the exact file it came from.

    Raises:
        BankStatementError: the file cannot be read as a statement.
        StorageError: the database refused the import (nothing was stored).
    """
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise BankStatementError("corrupt", f"cannot read the file: {exc.strerror}") from None
    statement = read_statement(data, format_name=format_name, options=options)
    if progress is not None:
        label = READERS[statement.format].label
        progress(f"{path}: {label}, {len(statement.credits)} credit(s) read")
    sha = hashlib.sha256(data).hexdigest()
    workspace.blobs.put(data)
    with session_scope(workspace.engine) as session:
        return store_statement(
            session, statement=statement, source=str(path), source_sha256=sha, actor=actor
        )
