"""The browser steps every portal shares, driven by its flow file; portals subclass this.

The three portals differ in their words and screens, which the flow files hold, and in a
few habits, which the subclasses in :mod:`.coupa`, :mod:`.ariba` and :mod:`.taulia`
override: how the invoice is totalled, what Submit leads to, how an invoice is found.

Stage and target names are the vocabulary between this module and the flow files; each
subclass lists the ones it needs (``STAGES`` / ``TARGETS``) so a flow file or an override
that lacks one is refused when the uploader is built, not half-way through an invoice.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Mapping
from decimal import Decimal
from pathlib import Path
from typing import ClassVar

from playwright.sync_api import Page

from matchers.types import CENT
from portal_uploaders.base import InvoiceToUpload, PortalInvoice, PortalName
from portal_uploaders.credentials import PortalCredentials, totp_code
from portal_uploaders.errors import (
    InvalidInvoiceError,
    PortalAuthError,
    PortalConfigError,
    PortalDuplicateError,
    PortalFlowError,
    PortalMfaError,
    PortalValidationError,
)
from portal_uploaders.flow import Flow, FlowPage

log = logging.getLogger(__name__)

BASE_STAGES = (
    "open_sign_in",
    "sign_in",
    "mfa",
    "open_purchase_order",
    "fill_header",
    "set_line",
    "remove_line",
    "attach",
    "set_tax",
    "submit",
    "search_invoice",
)
BASE_TARGETS = (
    "sign_in_form",
    "signed_in",
    "sign_in_error",
    "mfa_code",
    "mfa_error",
    "invoice_form",
    "line_rows",
    "attachment_listed",
    "subtotal",
    "total",
    "confirmation",
    "form_error",
    "confirmation_reference",
    "confirmation_status",
    "invoice_row",
    "no_invoices",
    "invoice_reference",
    "invoice_status",
)


def money_text(amount: Decimal) -> str:
    """An amount as portals take it typed: plain digits, two places, no grouping."""
    return f"{amount.quantize(CENT):.2f}"


def quantity_text(quantity: Decimal) -> str:
    """A quantity without trailing zeros (``2``, ``1.5``)."""
    text = format(quantity.normalize(), "f")
    return text


class FlowUploader:
    """A :class:`~portal_uploaders.base.PortalUploader` that runs a portal's flow file."""

    portal: PortalName
    STAGES: ClassVar[tuple[str, ...]] = BASE_STAGES
    TARGETS: ClassVar[tuple[str, ...]] = BASE_TARGETS

    def __init__(
        self, page: Page, flow: Flow, base_url: str, credentials: PortalCredentials
    ) -> None:
        flow.require(stages=self.STAGES, targets=self.TARGETS)
        self.flow = flow
        self.credentials = credentials
        self.fp = FlowPage(page, flow, base_url, login_target="sign_in_form")

    # --- helpers --------------------------------------------------------------------------

    def values(self, invoice: InvoiceToUpload, **extra: str) -> dict[str, str]:
        """The placeholders a stage may use for ``invoice``."""
        values = dict(self.flow.values)
        values |= {
            "invoice_number": invoice.invoice_number,
            "invoice_date": invoice.invoice_date.strftime(self.flow.date_format),
            "po_number": invoice.po_number,
            "customer": self.flow.customers.get(invoice.customer_id, invoice.customer_name),
            "currency": invoice.currency,
            "supplier_note": invoice.supplier_note or f"Invoice {invoice.invoice_number}",
            "pdf": str(invoice.pdf),
            "pdf_name": invoice.pdf.name,
        }
        values.update(extra)
        return values

    def screenshot(self, path: Path) -> None:
        """Save the whole page as the evidence of one step."""
        self.fp.page.screenshot(path=str(path), full_page=True)

    def on_login_page(self) -> bool:
        """True when the portal shows its sign-in form."""
        return self.fp.on_login_page()

    def _matches(self, pattern_name: str, text: str) -> bool:
        pattern = self.flow.patterns.get(pattern_name)
        return bool(pattern and re.search(pattern, text, re.IGNORECASE))

    # --- sign-in ------------------------------------------------------------------------

    def login(self) -> None:
        """Sign in unless already signed in; pass the TOTP step when the portal asks.

        Raises:
            PortalAuthError: the portal refused the user or password (never retried).
            PortalMfaError: it refused the code.
            PortalConfigError: it asks for a code and no TOTP seed is configured.
        """
        self.fp.run("open_sign_in")
        if self.fp.wait_any(["signed_in", "sign_in_form"]) == "signed_in":
            return
        secret = {"username": self.credentials.username}
        secret["password"] = self.credentials.password.get_secret_value()
        self.fp.run("sign_in", secret)
        outcome = self.fp.wait_any(["signed_in", "mfa_code", "sign_in_error"], watch_login=False)
        if outcome == "sign_in_error":
            message = self.fp.text("sign_in_error")
            raise PortalAuthError(
                f"{self.portal} refused the sign-in for {self.credentials.username}: {message}"
                " (check the password variable; not retried, to avoid locking the account)"
            )
        if outcome == "mfa_code":
            self._second_factor()
        elif outcome is None:
            raise PortalFlowError(f"{self.portal}: no page after signing in ({self.fp.page.url})")

    def _second_factor(self) -> None:
        if self.credentials.totp_secret is None:
            raise PortalConfigError(
                f"{self.portal} asks for a second-factor code and the account has no "
                "totp_secret_env in rules.yaml"
            )
        self.fp.run("mfa", {"code": totp_code(self.credentials.totp_secret)})
        outcome = self.fp.wait_any(["signed_in", "mfa_error"], watch_login=False)
        if outcome != "signed_in":
            message = self.fp.text("mfa_error") if outcome else "no answer"
            raise PortalMfaError(
                f"{self.portal} refused the second-factor code: {message} (check the TOTP "
                "seed variable and this machine's clock)"
            )

    # --- the invoice ----------------------------------------------------------------------

    def open_purchase_order(self, invoice: InvoiceToUpload) -> None:
        """Open the PO and flip it into a new invoice form."""
        values = self.values(invoice)
        self.fp.run("open_purchase_order", values)
        if self.fp.wait_any(["invoice_form"]) is None:
            self.fp.check_page()
            raise PortalFlowError(
                f"{self.portal}: no invoice form for PO {invoice.po_number} ({self.fp.page.url})"
            )

    def fill_header(self, invoice: InvoiceToUpload) -> None:
        """Invoice number, date and note."""
        self.fp.run("fill_header", self.values(invoice))

    def po_lines(self) -> list[int]:
        """The PO line numbers the invoice form lists (first cell of each line row)."""
        numbers: list[int] = []
        for row in self.fp.locate("line_rows").all():
            cells = row.get_by_role("cell").all_inner_texts()
            if cells and cells[0].strip().isdigit():
                numbers.append(int(cells[0].strip()))
        return numbers

    def set_lines(self, invoice: InvoiceToUpload) -> None:
        """Remove PO lines we do not bill, then type our quantities."""
        if invoice.lines is None:
            return
        on_form = self.po_lines()
        wanted = {line.po_line: line for line in invoice.lines}
        absent = sorted(set(wanted) - set(on_form))
        if absent:
            raise InvalidInvoiceError(
                f"PO {invoice.po_number} on {self.portal} has no line(s) "
                f"{', '.join(map(str, absent))}; it lists {', '.join(map(str, on_form))}"
            )
        for number in on_form:
            if number not in wanted:
                self.fp.run("remove_line", self.values(invoice, line=str(number)))
        for number, line in wanted.items():
            values = self.values(invoice, line=str(number), quantity=quantity_text(line.quantity))
            self.fp.run("set_line", values)
            if line.unit_price is not None:
                if not self.fp.has_stage("set_line_price"):
                    raise InvalidInvoiceError(
                        f"{self.portal} does not let a supplier change a PO price"
                        f" (line {number} of {invoice.invoice_number})"
                    )
                values["unit_price"] = money_text(line.unit_price)
                self.fp.run("set_line_price", values)

    def attach_pdf(self, pdf: Path) -> None:
        """Attach the invoice PDF and wait until the portal lists it."""
        values = {"pdf": str(pdf), "pdf_name": pdf.name}
        self.fp.run("attach", values)
        if self.fp.wait_any(["attachment_listed"], values) is None:
            raise PortalFlowError(f"{self.portal}: {pdf.name} does not show as attached")

    def calculate(self, invoice: InvoiceToUpload) -> Decimal:
        """Type the tax (ours, or total less the portal's subtotal) and read the total."""
        tax = invoice.tax
        if tax is None:
            self._set_tax(invoice, Decimal("0.00"))
            tax = invoice.total - self.fp.amount("subtotal")
            if tax < 0:
                return self.fp.amount("total")  # the caller reports the mismatch
        self._set_tax(invoice, tax)
        return self.fp.amount("total")

    def _set_tax(self, invoice: InvoiceToUpload, tax: Decimal) -> None:
        self.fp.run("set_tax", self.values(invoice, tax=money_text(tax)))

    def submit(self) -> None:
        """Click Submit and wait for the confirmation or the portal's refusal.

        Raises:
            PortalDuplicateError: the portal already has this invoice number.
            PortalValidationError: it refused a field, or Submit did nothing.
        """
        self.fp.run("submit")
        answers = ["confirmation", "form_error"]
        outcome = self.fp.wait_any(answers, timeout_ms=self.flow.timeouts.confirm_ms)
        if outcome is None:
            invalid = self.fp.invalid_fields()
            if invalid:  # the browser blocked the form: nothing was sent
                raise PortalValidationError(
                    f"{self.portal}: Submit did nothing; missing or invalid: {', '.join(invalid)}"
                )
            outcome = self.fp.wait_any(answers)
        if outcome == "confirmation":
            return
        if outcome == "form_error":
            self._refused(self.fp.text("form_error"))
        self.fp.check_page()
        raise PortalFlowError(f"{self.portal}: no confirmation after Submit ({self.fp.page.url})")

    def _refused(self, message: str) -> None:
        if self._matches("duplicate", message):
            raise PortalDuplicateError(f"{self.portal} refused the invoice: {message}")
        raise PortalValidationError(f"{self.portal} refused the invoice: {message}")

    def read_back(self, invoice: InvoiceToUpload) -> PortalInvoice:
        """The reference and status on the confirmation page."""
        return PortalInvoice(
            invoice_number=invoice.invoice_number,
            portal_reference=self.fp.text("confirmation_reference") or None,
            status=self.fp.text("confirmation_status") or None,
        )

    def find_invoice(self, invoice_number: str) -> PortalInvoice | None:
        """Search the invoice list; open the invoice when the list lacks the reference."""
        values: Mapping[str, str] = {"invoice_number": invoice_number}
        self.fp.run("search_invoice", values)
        found = self.fp.wait_any(["invoice_row", "no_invoices"], values)
        if found is None:
            self.fp.check_page()
            raise PortalFlowError(f"{self.portal}: the invoice search showed no result list")
        if found == "no_invoices" or not self._row_present(values):
            return None
        if self.fp.has_stage("open_invoice"):
            self.fp.run("open_invoice", values)
        return PortalInvoice(
            invoice_number=invoice_number,
            portal_reference=self.fp.text("invoice_reference", values) or None,
            status=self.fp.text("invoice_status", values) or None,
        )

    def _row_present(self, values: Mapping[str, str]) -> bool:
        # "no_invoices" can be absent while a row for another number shows: look exactly.
        return self.fp.visible("invoice_row", values)
