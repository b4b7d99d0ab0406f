"""A seeded, noisy open-items ledger with remittances whose true allocations are known.

The matcher is measured on what this builds, so it is built the way real ledgers and real
payers are, not the way the matcher likes them:

* customers with company names (trading names for some), remittance e-mail domains and
  bank accounts for most, a home currency; a few customers hold most of the items;
* invoice numbers from one dense sequence in date order (so a mistyped number is very
  often *another real invoice*), a numeric SAP-style series and an ``SI`` series for
  other company codes, credit notes, numbers that two customers both hold (merged
  ledgers), purchase orders of which some cover several invoices, partly paid items,
  customers billed the same amount every month;
* remittances that name the payer in one of many ways (or not at all), quote numbers
  exactly, reformatted, without padding or label, OCR-damaged, mistyped or transposed,
  quote a purchase order instead, take discounts (stated or not), deduct, short-pay,
  overpay, net credit notes (listed or silently), carry the wrong currency, list no lines
  at all, or quote references that are not ours.

Every remittance comes with its true allocations and a noise label per allocation, so
the bench can report which kinds of noise the matcher gets wrong. :data:`MIX` holds the
proportions; they follow what AR teams report (most lines clean, formatting and discounts
the commonest noise).
"""

from __future__ import annotations

import random
import string
from bisect import bisect_right
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from itertools import accumulate
from pathlib import Path

import numpy as np
import numpy.typing as npt

from matchers.customers import normalise_company
from matchers.types import (
    BankReceipt,
    Customer,
    OpenItem,
    Payer,
    ReferenceKind,
    Remittance,
    RemittanceLine,
)

TODAY = date(2026, 3, 16)

_PLACES = (
    "Acme", "Harbour", "Pacific", "Summit", "Delta", "Kestrel", "Orchid", "Granite",
    "Meridian", "Tasman", "Coral", "Vega", "Lion", "Bayside", "Northern", "Southern",
    "Eastern", "Western", "Global", "United", "Allied", "Premier", "Metro", "Coastal",
    "Alpine", "Golden", "Silver", "Blue Gum", "Redgum", "Ironbark", "Stone", "River",
    "Lakeside", "Ocean", "Sunrise", "Horizon", "Pinnacle", "Keystone", "Frontier", "Liberty",
    "Crown", "Phoenix", "Falcon", "Eagle", "Wattle", "Banksia", "Yarra", "Murray",
    "Hunter", "Darling", "Orion", "Atlas", "Zenith", "Apex", "Sterling", "Cobalt",
    "Emerald", "Sapphire", "Quantum", "Vertex", "Beacon", "Harvest", "Highland", "Valley",
)  # fmt: skip
_TRADES = (
    "Logistics", "Engineering", "Foods", "Trading", "Holdings", "Builders", "Electrical",
    "Plumbing", "Motors", "Health", "Pharmacy", "Textiles", "Mining", "Energy", "Systems",
    "Solutions", "Freight", "Hospitality", "Packaging", "Plastics", "Timber", "Steel",
    "Hardware", "Dental", "Veterinary", "Printing", "Cleaning", "Security", "Catering",
    "Landscaping", "Transport", "Agriculture", "Chemicals", "Electronics", "Furniture",
    "Medical", "Marine", "Aviation", "Pharma", "Robotics",
)  # fmt: skip
_SURNAMES = (
    "Nguyen", "Smith", "Müller", "Patel", "O'Brien", "Kowalski", "Tanaka", "Rossi",
    "Schmidt", "Singh", "Wilson", "Chen", "García", "Dubois", "Novak", "Jensen",
    "Murphy", "Kelly", "Walsh", "Fischer", "Weber", "Costa", "Silva", "Lee", "Park",
)  # fmt: skip
_FORMS = ("Pty Ltd", "Pty Ltd", "Pty Ltd", "Ltd", "Limited", "Inc", "GmbH", "LLC", "Corp",
          "Pte Ltd", "PLC", "B.V.", "")  # fmt: skip
_FORM_SWAPS = {"Pty Ltd": "PTY. LIMITED", "Ltd": "Limited", "Limited": "Ltd", "Inc": "Inc.",
               "GmbH": "G.m.b.H.", "LLC": "L.L.C.", "Corp": "Corporation",
               "Pte Ltd": "Pte. Ltd.", "PLC": "plc", "B.V.": "BV", "": ""}  # fmt: skip
_TLDS = (".com.au", ".com.au", ".com", ".co.nz", ".de", ".co.uk", ".net")
_CURRENCIES: tuple[tuple[str, float], ...] = (
    ("AUD", 0.8), ("NZD", 0.07), ("USD", 0.08), ("EUR", 0.05),
)  # fmt: skip
_OCR = {"0": "O", "1": "I", "5": "S", "8": "B", "2": "Z"}
_NOISE_LABELS = ("Invoice No. ", "Inv ", "INV#", "#", "Tax Invoice ", "Ref ", "")

# Proportions of each kind of noise (per line unless said otherwise).
MIX: dict[str, float] = {
    # how the number is quoted
    "ref_exact": 0.60,
    "ref_format": 0.10,  # case and separators
    "ref_zeros": 0.06,  # zero padding dropped
    "ref_label": 0.06,  # label missing or another label
    "ref_ocr": 0.04,
    "ref_digit": 0.03,  # one wrong digit
    "ref_swap": 0.03,  # two neighbours swapped
    "ref_po": 0.03,  # purchase order instead of the invoice
    "ref_slip": 0.01,  # a digit missing or doubled
    "ref_two": 0.005,  # two invoices on one line
    # what is paid
    "amt_exact": 0.80,
    "amt_discount": 0.06,  # discount stated
    "amt_terms": 0.04,  # discount at our rate, unstated
    "amt_deduction": 0.04,  # short, deduction stated
    "amt_short": 0.025,  # short, no reason (bank fees, disputes)
    "amt_over": 0.01,
    # per remittance
    "rem_no_lines": 0.02,
    "rem_unknown_ref": 0.01,  # one line, a reference that is not ours, paying our invoice
    "rem_netted": 0.008,  # an invoice paid less a credit note that is not listed
    "rem_credit_line": 0.15,  # a credit note listed as its own line, when there is one
    "rem_wrong_currency": 0.01,
    "rem_foreign_line": 0.005,  # a line paying someone else's invoice: not ours at all
    # how the payer is named
    "payer_number": 0.25,
    "payer_name": 0.20,
    "payer_name_variant": 0.18,
    "payer_alias": 0.04,
    "payer_name_typo": 0.06,
    "payer_truncated": 0.06,
    "payer_domain": 0.12,
    "payer_account": 0.05,
    "payer_nothing": 0.04,
}
DISCOUNT_RATES = (Decimal("1"), Decimal("2"), Decimal("2.5"))
"""Our discount terms in the generated world (the engine gets them from rules.yaml)."""


@dataclass(frozen=True, slots=True)
class Truth:
    """One allocation a perfect matcher would make, and the noise it came through."""

    invoice_number: str
    customer_id: str
    amount: Decimal
    noise: str


@dataclass(frozen=True, slots=True)
class Case:
    """A remittance, who really paid, and its true allocations."""

    remittance: Remittance
    customer_id: str | None
    truth: tuple[Truth, ...]
    payer_noise: str


@dataclass(slots=True)
class _Row:
    customer: int
    number: str
    invoice_date: date
    cents: int
    open_cents: int
    po: str | None
    credit: bool


@dataclass(slots=True)
class Ledger:
    """Customers, open items (as rows, to keep a million cheap) and the remittances."""

    customers: list[Customer]
    currencies: list[str]
    rows: list[_Row]
    cases: list[Case] = field(default_factory=list)
    receipts: list[BankReceipt] = field(default_factory=list)
    receipt_truth: dict[str, int] = field(default_factory=dict)
    """Remittance source -> position of its receipt in ``receipts``."""

    def open_items(self) -> Iterator[OpenItem]:
        """The ledger as the core's open items."""
        for row in self.rows:
            yield _item(row, self.customers[row.customer], self.currencies[row.customer])

    def write_csv(self, path: Path) -> None:
        """The ledger as an ERP export with CONTRACT.md's columns.

        Written with plain string formatting (no field needs quoting: names have no
        commas or quotes), since a million rows through ``csv.writer`` take a while.
        """
        customers = [
            (c.customer_id, _csv_field(c.name), self.currencies[n])
            for n, c in enumerate(self.customers)
        ]
        days: dict[date, tuple[str, str]] = {}
        with path.open("w", encoding="utf-8", newline="") as out:
            out.write(
                "customer_id,customer_name,invoice_number,invoice_date,due_date,"
                "currency,amount,open_amount,po_number\n"
            )
            for row in self.rows:
                cid, name, currency = customers[row.customer]
                dated = days.get(row.invoice_date)
                if dated is None:
                    due = row.invoice_date + timedelta(days=30)
                    dated = days[row.invoice_date] = (row.invoice_date.isoformat(), due.isoformat())
                out.write(
                    f"{cid},{name},{row.number},{dated[0]},{dated[1]},{currency},"
                    f"{_text(row.cents)},{_text(row.open_cents)},{row.po or ''}\n"
                )


def _csv_field(text: str) -> str:
    if any(c in text for c in ',"\n'):
        return '"' + text.replace('"', '""') + '"'
    return text


def _text(cents: int) -> str:
    sign = "-" if cents < 0 else ""
    whole, part = divmod(abs(cents), 100)
    return f"{sign}{whole}.{part:02d}"


def _money(cents: int) -> Decimal:
    return Decimal(_text(cents))


def _item(row: _Row, customer: Customer, currency: str) -> OpenItem:
    return OpenItem(
        customer_id=customer.customer_id,
        invoice_number=row.number,
        currency=currency,
        amount=_money(row.cents),
        open_amount=_money(row.open_cents),
        customer_name=customer.name,
        invoice_date=row.invoice_date,
        due_date=row.invoice_date + timedelta(days=30),
        po_number=row.po,
    )


# ---------------------------------------------------------------- customers


def _company_name(rng: random.Random) -> str:
    pattern = rng.random()
    if pattern < 0.25:
        words = f"{rng.choice(_PLACES)} {rng.choice(_TRADES)}"
    elif pattern < 0.7:
        words = f"{rng.choice(_PLACES)} {rng.choice(_PLACES)} {rng.choice(_TRADES)}"
    elif pattern < 0.85:
        words = f"{rng.choice(_SURNAMES)} & {rng.choice(_SURNAMES)} {rng.choice(_TRADES)}"
    else:
        words = f"{rng.choice(_SURNAMES)} {rng.choice(_PLACES)} {rng.choice(_TRADES)}"
    form = rng.choice(_FORMS)
    return f"{words} {form}".strip()


def _domain(name: str, rng: random.Random) -> str:
    words = [w for w in name.lower().replace("&", " ").split() if w.isalpha()][:2]
    slug = "".join(words) or "mail"
    return slug + str(rng.randrange(10, 99)) + rng.choice(_TLDS)


def _account(rng: random.Random) -> str:
    if rng.random() < 0.6:
        return f"{rng.randrange(10**5, 10**6):06d}-{rng.randrange(10**7, 10**9)}"
    digits = "".join(rng.choice(string.digits) for _ in range(18))
    return f"DE{rng.randrange(10, 99)} {digits[:4]} {digits[4:8]} {digits[8:12]} {digits[12:]}"


def _customers(count: int, rng: random.Random) -> tuple[list[Customer], list[str]]:
    """Customers with distinct names, as a person would read them.

    1% trade under another customer's name with another legal form, as franchises do.
    """
    used: set[str] = set()
    customers: list[Customer] = []
    currencies: list[str] = []
    codes = [code for code, _weight in _CURRENCIES]
    weights = [weight for _code, weight in _CURRENCIES]
    for n in range(count):
        if customers and rng.random() < 0.01:
            twin = rng.choice(customers).name.rsplit(" ", 1)[0]
            name = f"{twin} {rng.choice(_FORMS)}".strip()
        else:
            name = _company_name(rng)
            for _ in range(50):
                if normalise_company(name) not in used:
                    break
                name = _company_name(rng)
            else:
                name = f"{name} {rng.choice(_SURNAMES)} {rng.choice(_PLACES)}"
        used.add(normalise_company(name))
        aliases = (f"{rng.choice(_PLACES)} {rng.choice(_TRADES)}",) if rng.random() < 0.08 else ()
        domains = (_domain(name, rng),) if rng.random() < 0.7 else ()
        accounts = (_account(rng),) if rng.random() < 0.6 else ()
        customers.append(Customer(f"C{n:06d}", name, aliases, domains, accounts))
        currencies.append(rng.choices(codes, weights)[0])
    return customers, currencies


# ---------------------------------------------------------------- the ledger


def _sizes(items: int, customers: int, rng: random.Random) -> list[int]:
    """Items per customer: a long tail, at least one each, summing to ``items``."""
    raw = [rng.paretovariate(1.3) for _ in range(customers)]
    spare = items - customers
    scale = spare / sum(raw)
    sizes = [1 + int(r * scale) for r in raw]
    short = items - sum(sizes)
    for i in range(abs(short)):
        j = i % customers
        if short > 0:
            sizes[j] += 1
        elif sizes[j] > 1:
            sizes[j] -= 1
    return sizes


def _amount_cents(rng: random.Random) -> int:
    return max(1_000, int(rng.lognormvariate(11.9, 1.2)))


def _number(series: int, seq: int, *, credit: bool) -> str:
    if credit:
        return f"CN-{seq:07d}"
    if series == 0:
        return f"INV-{seq:08d}"
    if series == 1:
        return f"9{seq:09d}"
    return f"SI{seq:07d}"


def _rows(sizes: Sequence[int], rng: random.Random) -> list[_Row]:
    """Every open item, drawn in bulk with numpy (a million one at a time is slow)."""
    gen = np.random.default_rng(rng.randrange(2**32))
    customers = len(sizes)
    owners = np.repeat(np.arange(customers), sizes)
    gen.shuffle(owners)  # invoices of one customer are spread through the sequence
    total = len(owners)
    series = gen.choice(3, size=customers, p=[0.85, 0.10, 0.05])
    fixed = np.where(gen.random(customers) < 0.05, _amount_array(gen, customers), 0)
    cents = np.where(fixed[owners] > 0, fixed[owners], _amount_array(gen, total))
    credit = gen.random(total) < 0.04
    cents = np.where(credit, -(cents // 5), cents)
    half_paid = ~credit & (gen.random(total) < 0.1)
    open_cents = np.where(half_paid, cents // 2, cents)
    has_po = ~credit & (gen.random(total) < 0.5)
    reuse_po = gen.random(total) < 0.3
    po_numbers = gen.integers(10**7, 10**8, size=total)
    ages = (180 * (total - np.arange(total)) // total).tolist()
    dates = [TODAY - timedelta(days=d) for d in range(181)]
    blanket: dict[int, str] = {}
    rows: list[_Row] = []
    for seq, (customer, c, o, cr, po_flag, reuse, po_n, age) in enumerate(
        zip(owners.tolist(), cents.tolist(), open_cents.tolist(), credit.tolist(),
            has_po.tolist(), reuse_po.tolist(), po_numbers.tolist(), ages, strict=True),
        start=10_000,
    ):  # fmt: skip
        po: str | None = None
        if po_flag:
            po = blanket.get(customer) if reuse else None
            if po is None:
                po = blanket[customer] = f"45{po_n}"
        number = _number(int(series[customer]), seq, credit=cr)
        rows.append(_Row(customer, number, dates[age], c, o, po, cr))
    _duplicate_numbers(rows, rng)
    return rows


def _amount_array(gen: np.random.Generator, size: int) -> npt.NDArray[np.int64]:
    return np.maximum(1_000, gen.lognormal(11.9, 1.2, size=size)).astype(np.int64)


def _duplicate_numbers(rows: list[_Row], rng: random.Random) -> None:
    """Give 1% of invoices a number another customer's invoice has (a merged ledger)."""
    for _ in range(len(rows) // 100):
        a, b = rng.randrange(len(rows)), rng.randrange(len(rows))
        if rows[a].customer != rows[b].customer and not rows[a].credit and not rows[b].credit:
            rows[b].number = rows[a].number


# ---------------------------------------------------------------- noise


def _pick(rng: random.Random, prefix: str) -> str:
    kinds = [k for k in MIX if k.startswith(prefix)]
    return rng.choices(kinds, [MIX[k] for k in kinds])[0]


def _digit_positions(text: str) -> list[int]:
    return [i for i, c in enumerate(text) if c.isdigit()]


def _wrong_digit(number: str, rng: random.Random) -> str:
    positions = _digit_positions(number)
    p = rng.choice(positions[-6:])
    choices = [d for d in string.digits if d != number[p]]
    return number[:p] + rng.choice(choices) + number[p + 1 :]


def _swap(number: str, rng: random.Random) -> str:
    positions = [p for p in _digit_positions(number)[-6:-1] if number[p] != number[p + 1]
                 and number[p + 1].isdigit()]  # fmt: skip
    if not positions:
        return _wrong_digit(number, rng)
    p = rng.choice(positions)
    return number[:p] + number[p + 1] + number[p] + number[p + 2 :]


def _slip(number: str, rng: random.Random) -> str:
    p = rng.choice(_digit_positions(number)[-5:])
    if rng.random() < 0.5:
        return number[:p] + number[p + 1 :]
    return number[:p] + number[p] + number[p:]


def _ocr(number: str, rng: random.Random) -> str:
    positions = [i for i in _digit_positions(number) if number[i] in _OCR]
    if not positions:
        return number.lower()
    chosen = set(rng.sample(positions, min(len(positions), rng.choice((1, 1, 2)))))
    return "".join(_OCR[c] if i in chosen else c for i, c in enumerate(number))


def _format(number: str, rng: random.Random) -> str:
    style = rng.randrange(4)
    if style == 0:
        return number.lower()
    if style == 1:
        return number.replace("-", "")
    if style == 2:
        return number.replace("-", " ")
    return number.replace("-", "/")


def _drop_zeros(number: str, rng: random.Random) -> str:
    head = number.rstrip(string.digits)
    digits = number[len(head) :]
    if not digits.startswith("0"):
        return _format(number, rng)
    return head + (digits.lstrip("0") or "0")


def _label(number: str, rng: random.Random) -> str:
    bare = number.lstrip(string.ascii_letters + "-")
    return rng.choice(_NOISE_LABELS) + bare


def noisy_ref(number: str, kind: str, rng: random.Random) -> str:
    """The number as a payer with this kind of noise would quote it."""
    if kind == "ref_format":
        return _format(number, rng)
    if kind == "ref_zeros":
        return _drop_zeros(number, rng)
    if kind == "ref_label":
        return _label(number, rng)
    if kind == "ref_ocr":
        return _ocr(number, rng)
    if kind == "ref_digit":
        return _wrong_digit(number, rng)
    if kind == "ref_swap":
        return _swap(number, rng)
    if kind == "ref_slip":
        return _slip(number, rng)
    return number


def _percent(cents: int, rate: Decimal) -> int:
    return int((Decimal(cents) * rate / 100).quantize(Decimal(1)))


@dataclass(frozen=True, slots=True)
class _Paid:
    paid: int
    allocated: int
    discount: int = 0
    deduction: int = 0


def _amount(open_cents: int, kind: str, rng: random.Random) -> _Paid:
    if kind == "amt_discount":
        off = _percent(open_cents, rng.choice(DISCOUNT_RATES))
        return _Paid(open_cents - off, open_cents - off, discount=off)
    if kind == "amt_terms":
        off = _percent(open_cents, rng.choice(DISCOUNT_RATES))
        return _Paid(open_cents - off, open_cents - off)
    if kind == "amt_deduction":
        off = max(100, int(open_cents * rng.uniform(0.02, 0.3)))
        return _Paid(open_cents - off, open_cents - off, deduction=off)
    if kind == "amt_short":
        off = (
            rng.choice((1500, 2000, 2500))
            if rng.random() < 0.5
            else int(open_cents * rng.uniform(0.05, 0.5))
        )
        return _Paid(open_cents - off, open_cents - off)
    if kind == "amt_over":
        extra = max(100, int(open_cents * rng.uniform(0.01, 0.2)))
        return _Paid(open_cents + extra, open_cents)
    return _Paid(open_cents, open_cents)


# ---------------------------------------------------------------- payers


def _variant(name: str, rng: random.Random) -> str:
    for form, swap in _FORM_SWAPS.items():
        if form and name.endswith(" " + form):
            name = name[: -len(form)] + (swap if rng.random() < 0.6 else "")
            break
    name = name.replace("&", "and") if rng.random() < 0.3 else name
    return name.upper() if rng.random() < 0.5 else name.strip()


def _typo(name: str, rng: random.Random) -> str:
    words = name.split()
    long = [i for i, w in enumerate(words) if len(w) >= 6]
    if not long:
        return name.upper()
    i = rng.choice(long)
    word = words[i]
    p = rng.randrange(1, len(word) - 1)
    words[i] = (
        word[:p] + word[p + 1 :]
        if rng.random() < 0.5
        else word[:p] + word[p + 1] + word[p] + word[p + 2 :]
    )
    return " ".join(words)


def _payer(customer: Customer, rng: random.Random) -> tuple[Payer, str]:
    kind = _pick(rng, "payer_")
    if kind == "payer_domain" and not customer.email_domains:
        kind = "payer_name_variant"
    if kind == "payer_account" and not customer.bank_accounts:
        kind = "payer_name"
    if kind == "payer_alias" and not customer.aliases:
        kind = "payer_name"
    name = customer.name
    if kind == "payer_number":
        return Payer(name=_variant(name, rng), customer_id=customer.customer_id), kind
    if kind == "payer_name":
        return Payer(name=name), kind
    if kind == "payer_name_variant":
        return Payer(name=_variant(name, rng)), kind
    if kind == "payer_alias":
        return Payer(name=customer.aliases[0]), kind
    if kind == "payer_name_typo":
        return Payer(name=_typo(name, rng)), kind
    if kind == "payer_truncated":
        return Payer(name=name.upper()[:18]), kind
    if kind == "payer_domain":
        return Payer(email_domain=f"ap.{customer.email_domains[0]}"), kind
    if kind == "payer_account":
        return Payer(bank_account=customer.bank_accounts[0].replace("-", " ")), kind
    return Payer(), kind


# ---------------------------------------------------------------- remittances


@dataclass(slots=True)
class _Line:
    line: RemittanceLine
    truth: tuple[Truth, ...]


class _Builder:
    """Draws remittances from a ledger, each open item paid at most once."""

    def __init__(self, ledger: Ledger, rng: random.Random) -> None:
        self.ledger = ledger
        self.rng = rng
        self.by_customer: list[list[int]] = [[] for _ in ledger.customers]
        for position, row in enumerate(ledger.rows):
            self.by_customer[row.customer].append(position)
        for positions in self.by_customer:
            positions.sort(key=lambda p: (ledger.rows[p].invoice_date, p))
        self.cumulative = list(accumulate(len(p) for p in self.by_customer))
        self.used: set[int] = set()
        self.serial = 0

    def _free(self, customer: int, *, credit: bool, count: int) -> list[int]:
        """Up to ``count`` unused items (invoices or credit notes) of one customer.

        Drawn by rejection rather than by listing the customer's free items: the largest
        customers hold tens of thousands of items and are drawn the most often.
        """
        positions, rows, rng = self.by_customer[customer], self.ledger.rows, self.rng
        chosen: list[int] = []
        for _ in range(count * 8 + 8):
            if len(chosen) == count:
                break
            p = positions[rng.randrange(len(positions))]
            if p not in self.used and p not in chosen and rows[p].credit == credit:
                chosen.append(p)
        return chosen

    def _truth(self, position: int, cents: int, noise: str) -> Truth:
        row = self.ledger.rows[position]
        cid = self.ledger.customers[row.customer].customer_id
        self.used.add(position)
        return Truth(row.number, cid, _money(cents), noise)

    def _invoice_line(self, position: int) -> _Line:
        rng, row = self.rng, self.ledger.rows[position]
        ref_kind, amt_kind = _pick(rng, "ref_"), _pick(rng, "amt_")
        paid = _amount(row.open_cents, amt_kind, rng)
        kind = ReferenceKind.INVOICE
        if ref_kind == "ref_po" and row.po:
            ref, kind = (row.po if rng.random() < 0.7 else f"PO {row.po}"), ReferenceKind.PO
        else:
            ref_kind = "ref_exact" if ref_kind in {"ref_po", "ref_two"} else ref_kind
            ref = noisy_ref(row.number, ref_kind, rng)
        gross = _money(row.open_cents) if paid.discount or paid.deduction else None
        line = RemittanceLine(
            invoice_ref=ref,
            paid_amount=_money(paid.paid),
            invoice_date=row.invoice_date if rng.random() < 0.5 else None,
            gross_amount=gross,
            discount=_money(paid.discount),
            deduction=_money(paid.deduction),
            reference_kind=kind,
        )
        return _Line(line, (self._truth(position, paid.allocated, f"{ref_kind}+{amt_kind}"),))

    def _two_on_one_line(self, first: int, second: int) -> _Line:
        rows = self.ledger.rows
        a, b = rows[first], rows[second]
        line = RemittanceLine(
            invoice_ref=f"{a.number}, {b.number}",
            paid_amount=_money(a.open_cents + b.open_cents),
        )
        truth = (
            self._truth(first, a.open_cents, "ref_two"),
            self._truth(second, b.open_cents, "ref_two"),
        )
        return _Line(line, truth)

    def _credit_line(self, position: int) -> _Line:
        row = self.ledger.rows[position]
        ref = row.number if self.rng.random() < 0.7 else _format(row.number, self.rng)
        line = RemittanceLine(
            invoice_ref=ref,
            paid_amount=_money(row.open_cents),
            reference_kind=ReferenceKind.CREDIT_NOTE,
        )
        return _Line(line, (self._truth(position, row.open_cents, "credit_note"),))

    def _foreign_line(self) -> _Line:
        rng = self.rng
        ref = f"{rng.choice(('F', 'SO', 'B'))}{rng.randrange(10**5, 10**6)}/{rng.randrange(10, 99)}"
        return _Line(RemittanceLine(ref, _money(_amount_cents(rng))), ())

    def _normal(self, customer: int) -> list[_Line]:
        rng = self.rng
        count = 1 if rng.random() < 0.4 else min(12, 2 + int(rng.expovariate(0.4)))
        invoices = self._free(customer, credit=False, count=count)
        lines: list[_Line] = []
        index = 0
        while index < len(invoices):
            if index + 1 < len(invoices) and rng.random() < MIX["ref_two"]:
                lines.append(self._two_on_one_line(invoices[index], invoices[index + 1]))
                index += 2
                continue
            lines.append(self._invoice_line(invoices[index]))
            index += 1
        if lines and rng.random() < MIX["rem_credit_line"]:
            credits = self._free(customer, credit=True, count=1)
            lines.extend(self._credit_line(p) for p in credits)
        if rng.random() < MIX["rem_foreign_line"] * len(lines):
            lines.insert(rng.randrange(len(lines) + 1), self._foreign_line())
        return lines

    def _netted(self, customer: int) -> list[_Line] | None:
        credits = self._free(customer, credit=True, count=1)
        invoices = self._free(customer, credit=False, count=1)
        if not credits or not invoices:
            return None
        rows = self.ledger.rows
        invoice, credit = rows[invoices[0]], rows[credits[0]]
        if invoice.open_cents + credit.open_cents <= 0:
            return None
        line = RemittanceLine(invoice.number, _money(invoice.open_cents + credit.open_cents))
        truth = (
            self._truth(invoices[0], invoice.open_cents, "rem_netted"),
            self._truth(credits[0], credit.open_cents, "rem_netted"),
        )
        return [_Line(line, truth)]

    def _unknown_ref(self, customer: int) -> list[_Line]:
        invoices = self._free(customer, credit=False, count=1)
        if not invoices:
            return []
        row = self.ledger.rows[invoices[0]]
        ref = f"V{self.rng.randrange(10**4, 10**5)}"
        line = RemittanceLine(ref, _money(row.open_cents), reference_kind=ReferenceKind.UNKNOWN)
        return [_Line(line, (self._truth(invoices[0], row.open_cents, "rem_unknown_ref"),))]

    def _oldest(self, customer: int) -> list[int]:
        """The customer's oldest unused invoices, one to four of them."""
        wanted, found = self.rng.randint(1, 4), list[int]()
        for p in self.by_customer[customer]:
            if len(found) == wanted:
                break
            if p not in self.used and not self.ledger.rows[p].credit:
                found.append(p)
        return found

    def remittance(self) -> Case:
        """One remittance with its truth; the kind of remittance is drawn from MIX."""
        rng, ledger = self.rng, self.ledger
        customer = bisect_right(self.cumulative, rng.randrange(self.cumulative[-1]))
        roll, no_lines = rng.random(), tuple[int, ...]()
        lines: list[_Line] | None = None
        if roll < MIX["rem_no_lines"]:
            no_lines = tuple(self._oldest(customer))
            lines = []
        elif roll < MIX["rem_no_lines"] + MIX["rem_unknown_ref"]:
            lines = self._unknown_ref(customer)
        elif roll < MIX["rem_no_lines"] + MIX["rem_unknown_ref"] + MIX["rem_netted"]:
            lines = self._netted(customer)
        if lines is None or (not lines and not no_lines):
            lines = self._normal(customer)
        truth = [t for line in lines for t in line.truth]
        truth += [self._truth(p, ledger.rows[p].open_cents, "rem_no_lines") for p in no_lines]
        return self._case(customer, lines, truth)

    def _case(self, customer: int, lines: list[_Line], truth: list[Truth]) -> Case:
        rng, ledger = self.rng, self.ledger
        record = ledger.customers[customer]
        payer, payer_noise = _payer(record, rng)
        currency = ledger.currencies[customer]
        if rng.random() < MIX["rem_wrong_currency"]:
            currency = rng.choice([c for c, _w in _CURRENCIES if c != currency])
            truth = [Truth(t.invoice_number, t.customer_id, t.amount, t.noise + "+currency")
                     for t in truth]  # fmt: skip
        paid = sum((line.line.paid_amount for line in lines), Decimal("0.00"))
        if not lines:
            paid = sum((t.amount for t in truth), Decimal("0.00"))
        self.serial += 1
        remittance = Remittance(
            source=f"remit-{self.serial:06d}.pdf",
            lines=tuple(line.line for line in lines),
            payer=payer,
            payment_date=TODAY - timedelta(days=rng.randrange(0, 5)),
            payment_reference=f"EFT{rng.randrange(10**6, 10**7)}",
            currency=currency,
            total=paid,
        )
        return Case(remittance, record.customer_id, tuple(truth), payer_noise)


def _receipts(ledger: Ledger, rng: random.Random) -> None:
    """A bank statement: most remittances' money, plus receipts with no advice."""
    receipts: list[tuple[BankReceipt, str | None]] = []
    by_id = {c.customer_id: c for c in ledger.customers}
    for case in ledger.cases:
        remittance = case.remittance
        if rng.random() > 0.95 or case.customer_id is None or remittance.payment_date is None:
            continue
        customer = by_id[case.customer_id]
        receipts.append(
            (
                BankReceipt(
                    account=customer.bank_accounts[0] if customer.bank_accounts else "",
                    value_date=remittance.payment_date + timedelta(days=rng.randrange(0, 3)),
                    amount=remittance.total or Decimal("0.00"),
                    currency=remittance.currency or "AUD",
                    reference=(remittance.payment_reference or "") if rng.random() < 0.6 else "",
                    payer_name=customer.name.upper()[:18],
                ),
                remittance.source,
            )
        )
    for _ in range(len(ledger.cases) // 10):
        other = rng.choice(ledger.customers)
        receipts.append(
            (
                BankReceipt(
                    account=other.bank_accounts[0] if other.bank_accounts else "",
                    value_date=TODAY - timedelta(days=rng.randrange(0, 8)),
                    amount=_money(_amount_cents(rng)),
                    currency="AUD",
                    payer_name=other.name.upper()[:18],
                ),
                None,
            )
        )
    rng.shuffle(receipts)
    ledger.receipts = [r for r, _s in receipts]
    ledger.receipt_truth = {s: i for i, (_r, s) in enumerate(receipts) if s is not None}


def generate(*, items: int, customers: int, lines: int, seed: int) -> Ledger:
    """A ledger and its remittances, the same for the same seed.

    The remittances hold about ``lines`` true allocations in all.

    Args:
        items: Open items (invoices and credit notes).
        customers: Customers; a few hold most items (a long tail).
        lines: Remittance lines to draw (counted as true allocations, roughly).
        seed: The random seed; the bench keeps one seed aside as held out.
    """
    if customers < 1 or items < customers:
        raise ValueError("need at least one customer and one item per customer")
    rng = random.Random(seed)
    people, currencies = _customers(customers, rng)
    ledger = Ledger(people, currencies, _rows(_sizes(items, customers, rng), rng))
    builder = _Builder(ledger, rng)
    drawn = 0
    while drawn < lines and len(builder.used) < len(ledger.rows) * 0.8:
        case = builder.remittance()
        if not case.truth and not case.remittance.lines:
            continue
        ledger.cases.append(case)
        drawn += max(1, len(case.truth))
    _receipts(ledger, rng)
    return ledger
