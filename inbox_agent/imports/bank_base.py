"""What a bank-statement reader owes, and the plain values every reader hands back.

A reader turns one file format (BAI2, CAMT.053, MT940, a bank's CSV export) into
:class:`BankCredit` values: the money that came *in*, because only credits are receipts
that cash application can clear against invoices. Debits, reversals, zero-amount
information lines and entries the bank has not booked yet are counted in
:attr:`Statement.skipped`, never returned as receipts.

An implementation of :class:`StatementReader` owes:

- ``name``: the registry key and the ``--format`` value (``bai2``, ``camt053``...);
  ``label``: how messages name the format;
- ``sniff(head)``: True when the first few kilobytes of *text* look like its format.
  Sniffing reads content, not the file name, because banks deliver BAI2 as ``.txt``,
  MT940 as ``.sta``, ``.940`` or ``.txt``, and a camt.054 notification as ``.xml`` like
  a camt.053 statement;
- ``read(data, options=...)``: every credit, amounts as :class:`~decimal.Decimal` read
  straight from the file's text (never through float), dates as :class:`~datetime.date`,
  the account and currency from the file or, where the file does not say, from
  :class:`ReadOptions`; anything it cannot use raises :class:`BankStatementError` with a
  code and a message that names the place (line, statement, entry) and what to do next.

Readers are pure: bytes in, values out. Storing receipts (idempotently, numbering
identical lines) is :mod:`inbox_agent.imports.bank`'s job, so a reader can be tested on
a file without a database.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import ClassVar, Protocol, runtime_checkable

from inbox_agent.errors import InboxAgentError
from matchers.types import CENT

REFERENCE_MAX = 500
"""The ``bank_receipts.reference`` column's length; longer texts are cut, with a mark."""
PAYER_MAX = 500
ACCOUNT_MAX = 100
MAX_AMOUNT = Decimal("1e16")
"""``NUMERIC(18, 2)`` holds up to 10^16; a larger amount is a misread file, not a payment."""
MAX_REPORTED = 20
"""How many bad rows one error lists: enough to see a pattern, short enough to read."""

_CURRENCY = re.compile(r"[A-Z]{3}")
_SPACES = re.compile(r"\s+")

# ISO 4217 minor units where they are not two; BAI2 amounts carry no decimal point and
# mean "in the currency's minor unit", so a yen amount of 2700 is 2700 yen, not 27.00.
_ZERO_DECIMALS = (
    "BIF", "CLP", "DJF", "GNF", "ISK", "JPY", "KMF", "KRW", "PYG", "RWF", "UGX", "UYI",
    "VND", "VUV", "XAF", "XOF", "XPF",
)  # fmt: skip
_THREE_DECIMALS = ("BHD", "IQD", "JOD", "KWD", "LYD", "OMR", "TND")
_MINOR_UNITS: dict[str, int] = {
    **dict.fromkeys(_ZERO_DECIMALS, 0),
    **dict.fromkeys(_THREE_DECIMALS, 3),
}


class BankStatementError(InboxAgentError):
    """A statement file that cannot be imported; ``code`` says which kind of problem.

    Codes follow CONTRACT.md's error codes where they mean the same thing:
    ``unsupported`` (not a statement format we read, e.g. a camt.054 notification),
    ``corrupt`` (the format is right but the content is broken), ``incomplete`` (the file
    does not say something we need, such as the currency, and no option supplied it).
    """

    def __init__(self, code: str, message: str, problems: Sequence[str] = ()) -> None:
        self.code = code
        self.message = message
        self.problems = list(problems)
        super().__init__("\n".join([message, *self.problems]))


@dataclass(frozen=True, slots=True)
class ReadOptions:
    """What the person importing knows and the file may not say.

    Attributes:
        account: Our account, for files that do not name it (many CSV exports).
        currency: The currency, for files that do not carry one (MT940 fragments, CSV).
        date_format: A ``strptime`` format for CSV dates that could be read two ways
            (``03/04/2026`` is a different day in Sydney and in Chicago).
    """

    account: str | None = None
    currency: str | None = None
    date_format: str | None = None


@dataclass(frozen=True, slots=True)
class BankCredit:
    """One receipt: money credited to our account, as the statement describes it.

    ``reference`` is what the bank tells us about the payment, most useful first: the
    payer's remittance text or structured creditor reference, then end-to-end and bank
    references. It is part of the natural key, so it must come out the same every time
    the same entry is read.
    """

    account: str
    value_date: date
    amount: Decimal
    currency: str
    reference: str = ""
    payer_name: str | None = None
    payer_account: str | None = None
    booking_date: date | None = None
    where: str = ""

    @property
    def natural_key(self) -> tuple[str, date, str, Decimal, str]:
        """The fields that make two lines "the same entry" (with ``occurrence``)."""
        return (self.account, self.value_date, self.currency, self.amount, self.reference)


@dataclass(frozen=True, slots=True)
class Statement:
    """What a reader found in one file."""

    format: str
    credits: tuple[BankCredit, ...]
    skipped: int = 0
    warnings: tuple[str, ...] = ()

    def totals(self) -> dict[str, Decimal]:
        """Credited money per currency, for the summary line and for reconciling."""
        totals: dict[str, Decimal] = {}
        for credit in self.credits:
            before = totals.get(credit.currency, Decimal("0.00"))
            totals[credit.currency] = before + credit.amount
        return totals


@runtime_checkable
class StatementReader(Protocol):
    """One statement format; see the module docstring for what an implementation owes."""

    name: ClassVar[str]
    label: ClassVar[str]

    def sniff(self, head: str) -> bool:
        """True when ``head`` (the file's first kilobytes, decoded) is in this format."""
        ...

    def read(self, data: bytes, *, options: ReadOptions) -> Statement:
        """Every credit in the file; raises BankStatementError when it cannot."""
        ...


# --- helpers the readers share ---------------------------------------------------------


def clean_text(value: object) -> str:
    """Collapse the line breaks and runs of blanks statements pad their text fields with."""
    if value is None:
        return ""
    return _SPACES.sub(" ", str(value)).strip()


def compose_reference(parts: Iterable[str | None]) -> str:
    """Join the non-blank, distinct reference parts, most useful first, within the column.

    Deterministic by construction (same parts, same string), which the natural key needs.
    """
    seen: list[str] = []
    for part in parts:
        text = clean_text(part)
        if text and text.upper() not in {"NONREF", "NOTPROVIDED"} and text not in seen:
            seen.append(text)
    joined = " | ".join(seen)
    if len(joined) > REFERENCE_MAX:
        joined = joined[: REFERENCE_MAX - 1] + "…"
    return joined


def payer_text(value: object) -> str | None:
    """A payer name cleaned and cut to the column, or None when blank."""
    text = clean_text(value)
    return text[:PAYER_MAX] or None


def minor_units(currency: str) -> int:
    """Decimal places of ``currency``'s minor unit (ISO 4217); two unless listed."""
    return _MINOR_UNITS.get(currency, 2)


def currency_or_error(found: str | None, options: ReadOptions, where: str) -> str:
    """The file's currency, else the one the person passed, else a clear refusal."""
    for candidate in (found, options.currency):
        if candidate and candidate.strip():
            code = candidate.strip().upper()
            if not _CURRENCY.fullmatch(code):
                raise BankStatementError(
                    "corrupt", f"{where}: {candidate!r} is not a three-letter currency code"
                )
            return code
    raise BankStatementError(
        "incomplete",
        f"{where}: the file does not say which currency its amounts are in; "
        "pass --currency (e.g. --currency EUR)",
    )


def account_or_error(found: str | None, options: ReadOptions, where: str) -> str:
    """The file's account, else the one the person passed, else "" (one unnamed account).

    Raises:
        BankStatementError: the account is longer than the column; cutting it could
            merge two accounts, so it is refused instead.
    """
    account = clean_text(found) or clean_text(options.account)
    if len(account) > ACCOUNT_MAX:
        raise BankStatementError(
            "corrupt",
            f"{where}: account {account[:40]!r}... is longer than {ACCOUNT_MAX} characters",
        )
    return account


def checked_amount(value: Decimal, where: str) -> Decimal:
    """An amount the ledger can hold exactly: finite, within NUMERIC(18, 2), whole cents.

    Three-decimal currencies (BHD, KWD...) are kept to the mill here; the store rounds to
    cents, a limit of the ``Money`` column, not of the reader.
    """
    if not value.is_finite() or abs(value) >= MAX_AMOUNT:
        raise BankStatementError("corrupt", f"{where}: amount {value} cannot be a payment")
    if value == value.quantize(CENT):
        return value.quantize(CENT)
    return value


def decode_text(data: bytes) -> str:
    """Statement text as UTF-8 (a BOM is fine), else Windows-1252, which never fails.

    MT940 and CSV exports from European banks are still often Latin-1/Windows-1252;
    guessing wrong there only garbles an accented payer name, never an amount.
    """
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")
