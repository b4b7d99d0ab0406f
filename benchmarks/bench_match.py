"""Benchmark the matching core on a million open items (not a test; prints figures).

Run: ``.venv/bin/python benchmarks/bench_match.py [--items N] [--remittances N] [--csv]``.

DESIGN.md promises the core is "fast on a million open items": this builds that many
synthetic items (50 per customer), a thousand remittances mixing every case the engine
knows (exact, discount, short payment, credit note, PO, leading zeros, unknown numbers,
payers known by number, by name, by a misspelt name or not at all), and times building
the index and matching. ``--csv`` also writes the items to a CSV and times the import.
"""

from __future__ import annotations

import argparse
import gc
import random
import resource
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from decimal import Decimal
from pathlib import Path

from matchers import (
    Customer,
    CustomerDirectory,
    MatchPolicy,
    OpenItem,
    OpenItemIndex,
    Payer,
    ReferenceKind,
    Remittance,
    RemittanceLine,
    match_all,
)

ITEMS_PER_CUSTOMER = 50
WORDS = (
    "Acme", "Bayanihan", "Lion", "City", "Müller", "Harbour", "Pacific", "Summit",
    "Delta", "Kestrel", "Orchid", "Granite", "Meridian", "Tasman", "Coral", "Vega",
)  # fmt: skip
FORMS = ("Pty Ltd", "GmbH", "Pte Ltd", "Inc", "Corp", "Ltd")


def peak_rss_mb() -> float:
    """Peak resident memory of this process so far, in MiB (Linux reports KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


@contextmanager
def timed(label: str, count: int | None = None, unit: str = "items") -> Iterator[None]:
    """Print how long the block took, its rate and the peak RSS after it."""
    start = time.perf_counter()
    yield
    seconds = time.perf_counter() - start
    rate = f", {count / seconds:,.0f} {unit}/s" if count else ""
    print(f"{label:<28} {seconds:8.3f} s{rate}  (peak RSS {peak_rss_mb():,.0f} MiB)")


def cents(value: int) -> Decimal:
    """An amount from whole cents, exact (never via float)."""
    return Decimal(value).scaleb(-2)


def customer_name(n: int) -> str:
    """A deterministic, varied company name for customer number ``n``."""
    first, second = WORDS[n % len(WORDS)], WORDS[(n // len(WORDS)) % len(WORDS)]
    return f"{first} {second} {n:05d} {FORMS[n % len(FORMS)]}"


def make_items(count: int, rng: random.Random) -> list[OpenItem]:
    """``count`` open items: 5% credit notes, 30% with a PO, 50 per customer."""
    items: list[OpenItem] = []
    for n in range(count):
        cid = n // ITEMS_PER_CUSTOMER
        credit = n % 20 == 0
        amount = cents(rng.randint(1_000, 5_000_000)) * (-1 if credit else 1)
        items.append(
            OpenItem(
                customer_id=f"C{cid:06d}",
                invoice_number=f"{'CN' if credit else 'INV'}-{n:08d}",
                currency="AUD",
                amount=amount,
                open_amount=amount,
                customer_name=customer_name(cid),
                po_number=f"45{n:08d}" if n % 10 < 3 else None,
            )
        )
    return items


def _payer(cid: str, rng: random.Random) -> Payer:
    n = int(cid[1:])
    roll = rng.random()
    if roll < 0.3:
        return Payer(customer_id=cid)
    if roll < 0.7:
        return Payer(name=customer_name(n).upper().replace(" ", "  "))
    if roll < 0.85:  # a typo: fuzzy name matching does the work
        name = customer_name(n)
        return Payer(name=name[:3] + name[4:])
    return Payer()


def _line(item: OpenItem, rng: random.Random) -> RemittanceLine:
    roll = rng.random()
    kind = ReferenceKind.CREDIT_NOTE if item.open_amount < 0 else ReferenceKind.INVOICE
    ref, paid = item.invoice_number, item.open_amount
    if roll < 0.15:  # settlement discount of 2%
        paid = (paid * Decimal("0.98")).quantize(Decimal("0.01"))
    elif roll < 0.25:  # short payment
        paid = (paid - cents(rng.randint(1, 999))).quantize(Decimal("0.01"))
    elif roll < 0.35:  # the payer drops the zero padding
        ref = ref.replace("-0", "-", 1).lower()
    elif roll < 0.40 and item.po_number:
        ref, kind = item.po_number, ReferenceKind.PO
    elif roll < 0.45:  # a number we do not have
        ref = f"X-{rng.randint(1, 10**9)}"
    return RemittanceLine(invoice_ref=ref, paid_amount=paid, reference_kind=kind)


def make_remittances(items: list[OpenItem], count: int, rng: random.Random) -> list[Remittance]:
    """``count`` remittances of 1-10 lines, each line a customer's own open item."""
    remittances: list[Remittance] = []
    customers = len(items) // ITEMS_PER_CUSTOMER
    for n in range(count):
        cid = rng.randrange(customers)
        own = items[cid * ITEMS_PER_CUSTOMER : (cid + 1) * ITEMS_PER_CUSTOMER]
        chosen = rng.sample(own, rng.randint(1, 10))
        remittances.append(
            Remittance(
                source=f"remit-{n:05d}.pdf",
                lines=tuple(_line(i, rng) for i in chosen),
                payer=_payer(own[0].customer_id, rng),
                currency="AUD",
            )
        )
    return remittances


def bench_import(items: list[OpenItem]) -> None:
    """Write the items as the contract's CSV and time reading them back."""
    from inbox_agent.imports import read_open_items  # only when asked: pulls in pandas

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "open.csv"
        with path.open("w", encoding="utf-8") as out:
            out.write(
                "customer_id,customer_name,invoice_number,currency,amount,open_amount,po_number\n"
            )
            for i in items:
                out.write(
                    f"{i.customer_id},{i.customer_name},{i.invoice_number},{i.currency},"
                    f"{i.amount},{i.open_amount},{i.po_number or ''}\n"
                )
        with timed("read open-items CSV", len(items)):
            read_open_items(path)


def main(argv: list[str] | None = None) -> None:
    """Build, index, match and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, default=1_000_000)
    parser.add_argument("--remittances", type=int, default=1_000)
    parser.add_argument("--csv", action="store_true", help="also time the CSV import")
    args = parser.parse_args(argv)
    rng = random.Random(42)
    print(f"python {sys.version.split()[0]}; {args.items:,} open items, "
          f"{args.remittances:,} remittances")  # fmt: skip

    with timed("make open items", args.items):
        items = make_items(args.items, rng)
    remittances = make_remittances(items, args.remittances, rng)
    lines = sum(len(r.lines) for r in remittances)
    with timed("build index", args.items):
        index = OpenItemIndex(items)
    del index
    gc.disable()  # as `inbox-agent match` does while it loads (see match_cmd._bulk_load)
    with timed("build index, GC paused", args.items):
        index = OpenItemIndex(items)
    gc.enable()
    with timed("build customer directory", len(index.customer_ids()), "customers"):
        names = {i.customer_id: i.customer_name for i in items}
        directory = CustomerDirectory(Customer(c, n) for c, n in names.items())
    with timed(f"match ({lines:,} lines)", args.remittances, "remittances"):
        proposals = match_all(remittances, index, directory, MatchPolicy())
    statuses = Counter(p.status.value for p in proposals)
    identified = sum(p.customer_id is not None for p in proposals)
    print(f"proposals: {dict(statuses)}; customer identified for {identified:,}")
    if args.csv:
        bench_import(items)
    print(f"peak RSS {peak_rss_mb():,.0f} MiB")


if __name__ == "__main__":
    main()
