"""One upload run: every due invoice through the ledger and the channel ladder, once.

What the CLI (``inbox-agent portals upload --due``), the scheduler and the demo call.
Each invoice ends as one :class:`UploadOutcome` with the CONTRACT.md statuses:

- ``submitted``: delivered in this run (the portal's reference read back), or found in
  the portal by a look-up right after an unknown outcome in this run;
- ``skipped_duplicate``: already submitted *by us*, found in our ledger, or found in the
  portal when recovering an entry a crashed run left in ``submitting``: nothing was sent;
- ``failed``: nothing was delivered; ``error`` says why. This includes the portal
  refusing the invoice as a duplicate it received from elsewhere (the ledger records
  ``rejected``, and the error begins "rejected by the portal"): a person must look, since
  we did not send what the portal holds.

A sign-in refused on one invoice stops that portal for the rest of the run: trying the
next invoice with the same password would only count towards locking the account.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from sqlalchemy import Engine

from inbox_agent.config.rules import Rules
from inbox_agent.store.db import session_scope
from inbox_agent.store.models import PortalUpload
from portal_uploaders.base import Channel, Evidence, PortalInvoice, PortalName
from portal_uploaders.channels import ChannelContext, ChannelFactory, ladder_for
from portal_uploaders.due import DueInvoice, build_invoice, find_due
from portal_uploaders.errors import (
    LookupUnavailableError,
    OutcomeUnknownError,
    PortalAuthError,
    PortalConfigError,
    PortalDuplicateError,
    PortalError,
    PortalMfaError,
)
from portal_uploaders.ledger import Claim, LedgerConflictError, RetryPolicy, UploadLedger

log = logging.getLogger(__name__)

OutcomeStatus = Literal["submitted", "skipped_duplicate", "failed"]


@dataclass(frozen=True, slots=True)
class UploadOutcome:
    """What happened to one invoice in this run (one JSON line of the CLI)."""

    invoice_number: str
    portal: str
    status: OutcomeStatus
    portal_reference: str | None = None
    screenshots: tuple[str, ...] = ()
    error: str | None = None

    def to_json(self) -> dict[str, Any]:
        """The CONTRACT.md object."""
        return {
            "invoice_number": self.invoice_number,
            "portal": self.portal,
            "status": self.status,
            "portal_reference": self.portal_reference,
            "screenshots": list(self.screenshots),
            "error": self.error,
        }


def summarize(outcomes: Iterable[UploadOutcome]) -> dict[str, int]:
    """Counts per status, every status present (the demo summary's ``uploads``)."""
    counts = {"submitted": 0, "skipped_duplicate": 0, "failed": 0}
    for outcome in outcomes:
        counts[outcome.status] += 1
    return counts


@dataclass(slots=True)
class UploadRun:
    """Settings of one run; :meth:`run` yields outcomes as invoices finish."""

    engine: Engine
    rules: Rules
    home: Path
    context: ChannelContext = field(default_factory=ChannelContext)
    retry: RetryPolicy = field(default_factory=RetryPolicy)
    ledger: UploadLedger | None = None
    ladder: list[ChannelFactory] | None = None
    sleep: Callable[[float], None] = time.sleep
    _blocked: dict[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if self.ledger is None:
            self.ledger = UploadLedger(self.engine)

    @property
    def _ledger(self) -> UploadLedger:
        assert self.ledger is not None
        return self.ledger

    def run(
        self, *, portals: Iterable[str] | None = None, numbers: Iterable[str] | None = None
    ) -> Iterator[UploadOutcome]:
        """Upload what is due (optionally only these portals or invoice numbers)."""
        with session_scope(self.engine) as session:
            scan = find_due(
                session,
                rules=self.rules,
                home=self.home,
                now=self._ledger.clock(),
                portals=portals,
                numbers=numbers,
            )
        for entry in scan.done:
            yield _already_done(entry)
        if scan.without_pdf:
            log.info(
                "%d open item(s) for portals have no PDF yet, e.g. %s",
                len(scan.without_pdf),
                scan.without_pdf[0][1],
            )
        by_portal: dict[str, list[DueInvoice]] = {}
        for due in scan.due:
            by_portal.setdefault(due.portal, []).append(due)
        for portal, invoices in by_portal.items():
            yield from self._portal(portal, invoices)  # type: ignore[arg-type]

    def _portal(self, portal: PortalName, invoices: list[DueInvoice]) -> Iterator[UploadOutcome]:
        account = self.rules.portals[portal]
        channels: list[Channel] = []
        try:
            for factory in ladder_for(portal, account, self.ladder):
                channels.append(factory.create(portal, account, self.context))
        except PortalError as exc:
            self._blocked[portal] = str(exc)
        try:
            for due in invoices:
                yield self._one(due, channels)
        finally:
            for channel in channels:
                channel.close()

    # --- one invoice ----------------------------------------------------------------------

    def _one(self, due: DueInvoice, channels: list[Channel]) -> UploadOutcome:
        ledger = self._ledger
        blocked = self._blocked.get(due.portal)
        if blocked is not None:
            return _failed(due, f"not attempted: {blocked}")
        ledger.enqueue(
            portal=due.portal, invoice_number=due.invoice_number, customer_id=due.customer_id
        )
        claim = ledger.claim(portal=due.portal, invoice_number=due.invoice_number)
        if claim is None:
            entry = ledger.entry(portal=due.portal, invoice_number=due.invoice_number)
            if entry is not None and entry.status == "submitted":
                return _already_done(entry)
            return _failed(due, "another worker is uploading this invoice right now")
        evidence = Evidence.for_invoice(self.home, due.portal, due.invoice_number)
        try:
            return self._claimed(due, claim, channels, evidence)
        except LedgerConflictError as exc:
            return _failed(due, str(exc), evidence)
        except Exception as exc:
            # A bug must not leave the entry held: release it as "unknown", so the next
            # run looks the invoice up before anything is sent again.
            log.exception("upload of %s to %s stopped", due.invoice_number, due.portal)
            message = f"stopped by an unexpected error: {type(exc).__name__}: {exc}"
            ledger.leave_unknown(claim, error=message, screenshots=evidence.all_paths())
            return _failed(due, message, evidence)

    def _claimed(
        self, due: DueInvoice, claim: Claim, channels: list[Channel], evidence: Evidence
    ) -> UploadOutcome:
        ledger = self._ledger
        try:
            invoice = build_invoice(due)
        except PortalError as exc:
            ledger.mark_failed(
                claim, error=str(exc), code=exc.code, screenshots=evidence.all_paths()
            )
            return _failed(due, str(exc), evidence)
        if claim.recovering:
            early = self._recover(due, claim, channels, evidence)
            if early is not None:
                return early
        unknown_before = claim.recovering
        for attempt in range(1, self.retry.attempts + 1):
            ledger.heartbeat(claim)
            try:
                delivery = channels[0].deliver(invoice, evidence)
            except OutcomeUnknownError as exc:
                found = self._lookup(due, channels, evidence)
                if found is not None:
                    return self._found(
                        due, claim, found, evidence, channel=channels[0].name, status="submitted"
                    )
                unknown_before = True
                if attempt == self.retry.attempts:
                    ledger.leave_unknown(claim, error=str(exc), screenshots=evidence.all_paths())
                    return _failed(due, f"{exc}; the next run looks it up first", evidence)
                continue
            except PortalDuplicateError as exc:
                return self._duplicate(due, claim, channels, evidence, exc, ours=unknown_before)
            except PortalError as exc:
                if exc.transient and attempt < self.retry.attempts:
                    delay = self.retry.delay(attempt)
                    log.info(
                        "%s on %s: %s; retrying in %.1fs",
                        due.invoice_number,
                        due.portal,
                        exc,
                        delay,
                    )
                    self.sleep(delay)
                    continue
                return self._fail(due, claim, evidence, exc)
            ledger.mark_submitted(
                claim,
                portal_reference=delivery.portal_reference,
                portal_status=delivery.portal_status,
                channel=delivery.channel,
                screenshots=evidence.all_paths(),
            )
            return UploadOutcome(
                due.invoice_number,
                due.portal,
                "submitted",
                delivery.portal_reference,
                tuple(evidence.all_paths()),
            )
        raise AssertionError("unreachable")  # pragma: no cover

    def _recover(
        self, due: DueInvoice, claim: Claim, channels: list[Channel], evidence: Evidence
    ) -> UploadOutcome | None:
        """An entry a crash left in ``submitting``: look before sending anything."""
        try:
            found = self._lookup(due, channels, evidence)
        except PortalError as exc:
            message = (
                f"could not check whether {due.invoice_number} reached {due.portal} "
                f"before re-submitting ({exc}); not re-submitted"
            )
            self._ledger.leave_unknown(claim, error=message, screenshots=evidence.all_paths())
            self._block_if_auth(due.portal, exc)
            return _failed(due, message, evidence)
        if found is None:
            log.info(
                "%s is not at %s after the interrupted run; submitting it",
                due.invoice_number,
                due.portal,
            )
            return None
        return self._found(due, claim, found, evidence, channel=None, status="skipped_duplicate")

    def _lookup(
        self, due: DueInvoice, channels: list[Channel], evidence: Evidence
    ) -> PortalInvoice | None:
        for channel in channels:
            try:
                return channel.find_invoice(due.invoice_number, evidence)
            except LookupUnavailableError:
                continue
        raise LookupUnavailableError(f"no channel for {due.portal} can look an invoice up")

    def _found(
        self,
        due: DueInvoice,
        claim: Claim,
        found: PortalInvoice,
        evidence: Evidence,
        *,
        channel: str | None,
        status: OutcomeStatus,
    ) -> UploadOutcome:
        self._ledger.mark_submitted(
            claim,
            portal_reference=found.portal_reference,
            portal_status=found.status,
            channel=channel or "unknown",
            screenshots=evidence.all_paths(),
            found_in_portal=True,
        )
        return UploadOutcome(
            due.invoice_number,
            due.portal,
            status,
            found.portal_reference,
            tuple(evidence.all_paths()),
        )

    def _duplicate(
        self,
        due: DueInvoice,
        claim: Claim,
        channels: list[Channel],
        evidence: Evidence,
        exc: PortalDuplicateError,
        *,
        ours: bool,
    ) -> UploadOutcome:
        if ours:  # our own earlier, unconfirmed submission may be what the portal holds
            found = self._lookup(due, channels, evidence)
            if found is not None:
                return self._found(
                    due,
                    claim,
                    found,
                    evidence,
                    channel=channels[0].name,
                    status="skipped_duplicate",
                )
        message = f"rejected by the portal: {exc}; not sent by this agent, check it by hand"
        self._ledger.mark_rejected(claim, error=message, screenshots=evidence.all_paths())
        return _failed(due, message, evidence)

    def _fail(
        self, due: DueInvoice, claim: Claim, evidence: Evidence, exc: PortalError
    ) -> UploadOutcome:
        retry_at = self._ledger.clock() + self.retry.later if exc.transient else None
        self._ledger.mark_failed(
            claim,
            error=str(exc),
            code=exc.code,
            screenshots=evidence.all_paths(),
            retry_at=retry_at,
        )
        self._block_if_auth(due.portal, exc)
        return _failed(due, str(exc), evidence)

    def _block_if_auth(self, portal: str, exc: PortalError) -> None:
        if isinstance(exc, PortalAuthError | PortalMfaError | PortalConfigError):
            self._blocked[portal] = str(exc)


def _failed(due: DueInvoice, error: str, evidence: Evidence | None = None) -> UploadOutcome:
    shots = tuple(evidence.all_paths()) if evidence is not None else ()
    return UploadOutcome(due.invoice_number, due.portal, "failed", None, shots, error)


def _already_done(entry: PortalUpload) -> UploadOutcome:
    if entry.status == "submitted":
        return UploadOutcome(
            entry.invoice_number,
            entry.portal,
            "skipped_duplicate",
            entry.portal_reference,
            tuple(entry.screenshots or ()),
        )
    error = entry.error or f"ledger says {entry.status}"
    return UploadOutcome(
        entry.invoice_number,
        entry.portal,
        "failed",
        entry.portal_reference,
        tuple(entry.screenshots or ()),
        error,
    )


def upload_due(
    *,
    engine: Engine,
    rules: Rules,
    home: Path,
    context: ChannelContext | None = None,
    retry: RetryPolicy | None = None,
    portals: Iterable[str] | None = None,
    numbers: Iterable[str] | None = None,
) -> list[UploadOutcome]:
    """Upload every due invoice; the browser (if one was started) is stopped after."""
    ctx = context or ChannelContext()
    run = UploadRun(
        engine=engine, rules=rules, home=home, context=ctx, retry=retry or RetryPolicy()
    )
    try:
        return list(run.run(portals=portals, numbers=numbers))
    finally:
        if context is None:
            ctx.host.close()
