"""The browser channel: a portal uploader driven step by step in Debian's Chromium.

One Chromium per run (:class:`BrowserHost`), one browser context per portal (its cookies
are that portal's session), one page reused for every invoice of that portal, so the
portal sees one sign-in per run, as a person working through a list would.

The channel owns what every portal shares: a screenshot after every step, one fresh
sign-in and restart when the portal expires the session before Submit, the comparison
of the portal's total with ours before Submit, and the line between "not sent" and
"outcome unknown" once Submit has been clicked.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from playwright.sync_api import Browser, BrowserContext, Page, Playwright, sync_playwright
from playwright.sync_api import Error as PlaywrightError

from portal_uploaders.base import (
    Delivery,
    Evidence,
    InvoiceToUpload,
    PortalInvoice,
    PortalName,
    PortalUploader,
)
from portal_uploaders.credentials import redact
from portal_uploaders.errors import (
    InvoiceMismatchError,
    OutcomeUnknownError,
    PortalConfigError,
    PortalDuplicateError,
    PortalError,
    PortalFlowError,
    PortalSessionExpired,
    PortalValidationError,
)

log = logging.getLogger(__name__)

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = (
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
)
VIEWPORT = {"width": 1366, "height": 900}

UploaderFactory = Callable[[Page], PortalUploader]


class BrowserHost:
    """Starts Chromium on first use and stops it on :meth:`close`; or lends a given one.

    Tests hand in the browser their module already runs (one per module keeps the suite
    fast); the CLI and the scheduler let this start Debian's ``/usr/bin/chromium``
    headless (Playwright's own browser download does not exist on these machines).
    """

    def __init__(self, browser: Browser | None = None, *, executable_path: str = CHROMIUM) -> None:
        self._browser = browser
        self._owned = browser is None
        self._executable = executable_path
        self._playwright: Playwright | None = None
        self._manager: Any = None

    def browser(self) -> Browser:
        """The running browser, started now if need be.

        Raises:
            PortalConfigError: Chromium is not installed or does not start.
        """
        if self._browser is not None:
            return self._browser
        if not Path(self._executable).exists():
            raise PortalConfigError(
                f"no Chromium at {self._executable}: install Debian's package "
                "(apt-get install chromium)"
            )
        try:
            self._manager = sync_playwright()
            self._playwright = self._manager.start()
            self._browser = self._playwright.chromium.launch(
                executable_path=self._executable, args=list(CHROMIUM_ARGS), headless=True
            )
        except PlaywrightError as exc:
            self.close()
            raise PortalConfigError(f"Chromium did not start: {exc}") from exc
        return self._browser

    def close(self) -> None:
        """Stop the browser if this host started it."""
        if not self._owned:
            return
        if self._browser is not None:
            try:
                self._browser.close()
            except PlaywrightError:
                log.debug("the browser had already gone")
            self._browser = None
        if self._manager is not None:
            self._manager.__exit__(None, None, None)
            self._manager = None
            self._playwright = None


class BrowserChannel:
    """A :class:`~portal_uploaders.base.Channel` that drives one portal's uploader."""

    name = "browser"

    def __init__(
        self,
        portal: PortalName,
        host: BrowserHost,
        make_uploader: UploaderFactory,
        *,
        secrets: tuple[str, ...] = (),
    ) -> None:
        self.portal = portal
        self._host = host
        self._make_uploader = make_uploader
        self._secrets = secrets
        self._context: BrowserContext | None = None
        self._uploader: PortalUploader | None = None

    def _fresh_uploader(self) -> PortalUploader:
        if self._context is None:
            self._context = self._host.browser().new_context(viewport=VIEWPORT)  # type: ignore[arg-type]
        if self._uploader is None:
            self._uploader = self._make_uploader(self._context.new_page())
        return self._uploader

    def close(self) -> None:
        """Close this portal's browser context (its cookies, its page)."""
        if self._context is not None:
            try:
                self._context.close()
            except PlaywrightError:
                log.debug("the browser context had already gone")
        self._context = None
        self._uploader = None

    # --- the Channel contract -----------------------------------------------------------

    def find_invoice(self, invoice_number: str, evidence: Evidence) -> PortalInvoice | None:
        """Sign in if needed and search the portal's invoice list."""
        uploader = self._fresh_uploader()
        try:
            for attempt in (1, 2):
                try:
                    uploader.login()
                    found = uploader.find_invoice(invoice_number)
                except PortalSessionExpired:
                    if attempt == 2:
                        raise
                    continue
                self._shot(uploader, evidence, "lookup")
                return found
        except PortalError as exc:
            self._shot(uploader, evidence, "lookup-error")
            raise self._clean(exc) from exc
        except PlaywrightError as exc:
            raise PortalFlowError(self._text(f"{self.portal} look-up failed: {exc}")) from exc
        return None  # pragma: no cover  (the loop always returns or raises)

    def deliver(self, invoice: InvoiceToUpload, evidence: Evidence) -> Delivery:
        """Run the uploader's steps; sign in again once if the session expires before Submit.

        Raises:
            PortalError: as the steps raised it; after Submit was clicked, anything but a
                refusal by the portal becomes :class:`OutcomeUnknownError`.
        """
        uploader = self._fresh_uploader()
        for attempt in (1, 2):
            try:
                return self._deliver_once(uploader, invoice, evidence)
            except PortalSessionExpired as exc:
                self._shot(uploader, evidence, "session-expired")
                if attempt == 2:
                    raise self._clean(exc) from exc
                log.info(
                    "%s expired the session during %s; signing in again",
                    self.portal,
                    invoice.invoice_number,
                )
        raise AssertionError("unreachable")  # pragma: no cover

    def _deliver_once(
        self, uploader: PortalUploader, invoice: InvoiceToUpload, evidence: Evidence
    ) -> Delivery:
        steps: list[tuple[str, Callable[[], object]]] = [
            ("signed-in", uploader.login),
            ("purchase-order", lambda: uploader.open_purchase_order(invoice)),
            ("header", lambda: uploader.fill_header(invoice)),
            ("lines", lambda: uploader.set_lines(invoice)),
            ("attachment", lambda: uploader.attach_pdf(invoice.pdf)),
        ]
        clicked = False
        try:
            for name, step in steps:
                step()
                self._shot(uploader, evidence, name)
            total = uploader.calculate(invoice)
            self._shot(uploader, evidence, "calculated")
            if total != invoice.total:
                raise InvoiceMismatchError(
                    f"{self.portal} totals {invoice.invoice_number} at {total:.2f}, our invoice "
                    f"is {invoice.total:.2f} {invoice.currency}; not submitted (check the PO "
                    "lines and the tax)"
                )
            clicked = True
            uploader.submit()
            self._shot(uploader, evidence, "submitted")
            found = uploader.read_back(invoice)
        except (PortalDuplicateError, PortalValidationError) as exc:
            self._shot(uploader, evidence, "refused")
            raise self._clean(exc) from exc
        except PortalSessionExpired:
            if clicked:
                raise OutcomeUnknownError(
                    f"{self.portal} expired the session as Submit was clicked for "
                    f"{invoice.invoice_number}"
                ) from None
            raise
        except (PortalError, PlaywrightError) as exc:
            self._shot(uploader, evidence, "error")
            error = exc if isinstance(exc, PortalError) else PortalFlowError(str(exc))
            if clicked:
                raise OutcomeUnknownError(
                    self._text(f"after Submit for {invoice.invoice_number}: {error}")
                ) from exc
            raise self._clean(error) from exc
        return Delivery(
            portal_reference=found.portal_reference, portal_status=found.status, channel=self.name
        )

    # --- helpers --------------------------------------------------------------------------

    def _shot(self, uploader: PortalUploader, evidence: Evidence, step: str) -> None:
        try:
            uploader.screenshot(evidence.next_path(step))
        except (PlaywrightError, OSError) as exc:
            log.warning("%s: screenshot of %s failed: %s", self.portal, step, exc)

    def _text(self, text: str) -> str:
        return redact(text, self._secrets)

    def _clean(self, exc: PortalError) -> PortalError:
        """The same error with any secret scrubbed from its message."""
        message = self._text(str(exc))
        if message == str(exc):
            return exc
        return type(exc)(message)
