"""What every portal uploader and every delivery channel owes; the contract of this package.

Two levels, because a portal can be reached more than one way (the "channel ladder"):

**A channel** (:class:`Channel`) delivers one invoice to one portal and can say whether
the portal already holds an invoice number. The upload ledger (:mod:`.ledger`) only ever
talks to channels. Today there is the browser channel (:class:`.browser.BrowserChannel`);
a ``CxmlChannel`` (an ``InvoiceDetailRequest`` posted with the shared secret) slots in
beside it by registering a :class:`ChannelFactory` in :mod:`.channels`, ahead of the
browser, enabled only for accounts that configure cXML. A channel owes:

- ``deliver(invoice, evidence)``: submit the invoice once and return the portal's
  reference and status (:class:`Delivery`), or raise a :class:`.errors.PortalError` that
  says whether it is transient and whether the outcome is unknown (Submit already sent).
- ``find_invoice(invoice_number, evidence)``: the portal's record of that number
  (:class:`PortalInvoice`) or None. The ledger calls it before re-submitting anything a
  crash left in ``submitting``; a channel that cannot look up raises
  :class:`.errors.LookupUnavailableError` and the ledger asks the next channel.
- Evidence: every step's screenshot (or, for cXML, the request and response documents)
  written through :class:`Evidence`, never anywhere else.

**A browser uploader** (:class:`PortalUploader`) is the per-portal Playwright script the
browser channel drives, step by step, so that the channel can screenshot, notice an
expired session and re-start, and know exactly when Submit was clicked. An uploader owes,
in this order:

1. ``login()`` — sign in (user, password, the TOTP second factor if the portal asks, any
   cookie banner); :class:`.errors.PortalAuthError` / :class:`.errors.PortalMfaError`
   when refused.
2. ``open_purchase_order(invoice)`` — find the customer's purchase order and start an
   invoice from it ("PO flip"); ``find_invoice(number)`` — search the invoice list.
3. ``fill_header(invoice)`` and ``set_lines(invoice)`` — invoice number, date, tax; the
   PO lines kept, re-quantified or removed to match our invoice.
4. ``attach_pdf(path)`` — the invoice PDF.
5. ``calculate(invoice)`` — have the portal total the invoice and return that total; the
   channel refuses to submit when it differs from ours (:class:`.errors.InvoiceMismatchError`).
6. ``submit()`` — click Submit; from here on any failure is "outcome unknown".
7. ``read_back(invoice)`` — the status and reference the portal shows for it.

Uploaders find everything by visible label, role and text, read from a flow file
(``flows/<portal>.yaml``) that rules.yaml can override, never by generated ids.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Literal, Protocol, runtime_checkable

from matchers.types import CENT

PortalName = Literal["coupa", "ariba", "taulia"]
PORTALS: tuple[PortalName, ...] = ("coupa", "ariba", "taulia")


@dataclass(frozen=True, slots=True)
class InvoiceLine:
    """One line of our invoice, tied to the purchase-order line it bills."""

    po_line: int
    quantity: Decimal
    unit_price: Decimal | None = None
    """None: the PO's price (most portals refuse a changed price on a PO flip anyway)."""
    description: str = ""

    def amount(self, po_price: Decimal) -> Decimal:
        """Line amount at our price, or the PO's when we do not state one."""
        price = self.unit_price if self.unit_price is not None else po_price
        return (self.quantity * price).quantize(CENT)


@dataclass(frozen=True, slots=True)
class InvoiceToUpload:
    """Everything a channel needs to deliver one invoice, already checked for sense.

    ``lines`` None means "invoice the purchase order as it stands" (a full PO flip);
    ``tax`` None means "whatever makes the portal's total equal ours", which the uploader
    works out from the subtotal the portal calculates.
    """

    invoice_number: str
    portal: PortalName
    customer_id: str
    customer_name: str
    po_number: str
    invoice_date: date
    currency: str
    total: Decimal
    pdf: Path
    lines: tuple[InvoiceLine, ...] | None = None
    tax: Decimal | None = None
    supplier_note: str = ""


@dataclass(frozen=True, slots=True)
class PortalInvoice:
    """What a portal's invoice list says about one invoice number."""

    invoice_number: str
    portal_reference: str | None
    status: str | None


@dataclass(frozen=True, slots=True)
class Delivery:
    """A delivered invoice: the portal's reference for it and the status it shows."""

    portal_reference: str | None
    portal_status: str | None
    channel: str


_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


def safe_name(text: str) -> str:
    """A file-system-safe form of an invoice number or step name (``INV/1`` → ``INV_1``)."""
    cleaned = _UNSAFE.sub("_", text).strip("._")
    return cleaned or "unnamed"


@dataclass(slots=True)
class Evidence:
    """The screenshot trail of one invoice on one portal: ``NN-step.png`` in one folder.

    Numbering continues after whatever is already in the folder, so a retry or a run
    after a crash adds to the trail instead of overwriting what happened before.
    """

    folder: Path
    written: list[Path] = field(default_factory=list)

    @classmethod
    def for_invoice(cls, home: Path, portal: str, invoice_number: str) -> Evidence:
        """``<home>/screenshots/<portal>/<invoice>/``."""
        return cls(home / "screenshots" / portal / safe_name(invoice_number))

    def next_path(self, step: str) -> Path:
        """Where the next screenshot of ``step`` goes (the folder is created)."""
        self.folder.mkdir(parents=True, exist_ok=True)
        taken = [p for p in self.folder.glob("*.png") if p.name[:2].isdigit()]
        number = max((int(p.name[:2]) for p in taken), default=0) + 1
        path = self.folder / f"{number:02d}-{safe_name(step)}.png"
        self.written.append(path)
        return path

    def all_paths(self) -> list[str]:
        """Every screenshot of this invoice so far, in order, as strings for the ledger."""
        if not self.folder.is_dir():
            return []
        return [str(p) for p in sorted(self.folder.glob("*.png"))]


@runtime_checkable
class Channel(Protocol):
    """One way of delivering invoices to one portal (browser today, cXML next)."""

    name: str
    portal: PortalName

    def deliver(self, invoice: InvoiceToUpload, evidence: Evidence) -> Delivery:
        """Submit ``invoice`` once; raise a PortalError that says what went wrong."""
        ...

    def find_invoice(self, invoice_number: str, evidence: Evidence) -> PortalInvoice | None:
        """The portal's record of ``invoice_number``, or None when it has none."""
        ...

    def close(self) -> None:
        """Release sessions, pages or connections."""
        ...


@runtime_checkable
class PortalUploader(Protocol):
    """The browser steps for one portal, driven in order by the browser channel."""

    portal: PortalName

    def login(self) -> None:
        """Sign in (and pass the second factor) unless the page is already signed in."""
        ...

    def find_invoice(self, invoice_number: str) -> PortalInvoice | None:
        """Search the portal's invoice list for ``invoice_number``."""
        ...

    def open_purchase_order(self, invoice: InvoiceToUpload) -> None:
        """Find the purchase order and open a new invoice from it (PO flip)."""
        ...

    def fill_header(self, invoice: InvoiceToUpload) -> None:
        """Type the invoice number, date and the other header fields."""
        ...

    def set_lines(self, invoice: InvoiceToUpload) -> None:
        """Make the invoice's lines match ours: quantities set, extra PO lines removed."""
        ...

    def attach_pdf(self, pdf: Path) -> None:
        """Attach the invoice PDF."""
        ...

    def calculate(self, invoice: InvoiceToUpload) -> Decimal:
        """Set the tax, have the portal total the invoice, return the portal's total."""
        ...

    def submit(self) -> None:
        """Click Submit and wait until the portal answers (confirmation or refusal)."""
        ...

    def read_back(self, invoice: InvoiceToUpload) -> PortalInvoice:
        """The reference and status the portal shows for the submitted invoice."""
        ...

    def screenshot(self, path: Path) -> None:
        """Save what the page shows now."""
        ...

    def on_login_page(self) -> bool:
        """True when the portal has sent us back to sign in (an expired session)."""
        ...
