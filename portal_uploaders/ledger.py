"""The upload ledger: one row per (portal, invoice number), so no invoice goes up twice.

States and who moves them::

    queued ──claim──▶ submitting ──▶ submitted   (the portal's reference read back)
       ▲                  │    ├───▶ rejected    (the portal refused it: duplicate number)
       │                  │    └───▶ failed      (not sent: wrong password, bad form, down)
       └──── re-arm ──────┼──────────  failed, once ``next_attempt_at`` has passed
                          └── crash / unknown outcome: stays ``submitting``

- **Claiming** is one conditional ``UPDATE ... SET status='submitting' WHERE id=:id AND
  status='queued'``: whichever worker's update counts a row owns the invoice. On
  PostgreSQL (READ COMMITTED) a second, concurrent update waits for the first to commit,
  re-reads the row, no longer matches, and counts zero rows, so two workers never submit
  the same invoice. Every later write checks ``claimed_by`` too, so a worker that lost its
  claim (it stalled past the lease and another took over) cannot overwrite the result.
- **A crash** mid-submission leaves the row ``submitting`` with the dead worker's id. The
  row is *recovered* (claimed again, ``recovering=True``) when its worker is gone: a
  process id on this host that no longer runs, no holder at all (an unknown outcome was
  released), or a lease older than ``lease``. A recovered claim must look the invoice
  number up in the portal before anything else, and only re-submits when the portal
  does not have it.
- **Retries** are for transient failures only (the portal down, a 5xx, a dropped
  connection): the worker retries with exponential backoff (:class:`RetryPolicy`) and,
  when it gives up, records ``failed`` with ``next_attempt_at`` so the next run waits.
  Anything else (wrong password, wrong TOTP, a refused field, a screen we no longer
  recognise) fails at once with no retry loop; the next scheduled run tries once more.
- ``rejected`` is final: the portal said no (a duplicate number); a person looks.

Every transition writes an audit event (``portal_upload.<status>``), because an invoice
sent to a customer is an action that touches money.
"""

from __future__ import annotations

import logging
import os
import socket
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, or_, update
from sqlalchemy.sql import ColumnElement
from sqlmodel import Session, col, select

from inbox_agent.errors import StorageError
from inbox_agent.store import repo
from inbox_agent.store.db import session_scope
from inbox_agent.store.models import PortalUpload
from inbox_agent.store.types import utcnow

log = logging.getLogger(__name__)

DEFAULT_LEASE = timedelta(minutes=15)


class UploadStatus(StrEnum):
    """Where an invoice is on its way to a portal."""

    QUEUED = "queued"
    SUBMITTING = "submitting"
    SUBMITTED = "submitted"
    FAILED = "failed"
    REJECTED = "rejected"


FINAL = frozenset({UploadStatus.SUBMITTED, UploadStatus.REJECTED})


class LedgerConflictError(StorageError):
    """Another worker took this entry over; this worker's result is not recorded."""


@dataclass(frozen=True, slots=True)
class RetryPolicy:
    """Backoff for transient failures: ``base * factor**(n-1)`` seconds, capped.

    ``attempts`` counts tries within one run; ``later`` is how long the next run waits
    before trying an entry that failed transiently.
    """

    attempts: int = 3
    base_seconds: float = 2.0
    factor: float = 2.0
    max_seconds: float = 60.0
    later: timedelta = timedelta(minutes=30)

    def delay(self, attempt: int) -> float:
        """Seconds to wait after failed attempt number ``attempt`` (1-based)."""
        return float(min(self.max_seconds, self.base_seconds * self.factor ** (attempt - 1)))


@dataclass(frozen=True, slots=True)
class Claim:
    """This worker owns a ledger entry until it records an outcome."""

    row_id: int
    portal: str
    invoice_number: str
    worker: str
    recovering: bool
    attempts: int


def new_worker_id() -> str:
    """``host:pid:nonce``: the host and pid let a restart see that the holder is dead."""
    return f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"


def _process_gone(pid: int) -> bool:
    """True when no live process has this id (a zombie counts as gone)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except PermissionError:
        return False
    stat = Path(f"/proc/{pid}/stat")
    try:
        state = stat.read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return False
    return state in {"Z", "X"}


def holder_is_dead(worker: str | None, *, here: str | None = None) -> bool:
    """Whether the worker that holds a claim is known to be gone.

    Only a worker on this same host can be checked; one elsewhere is trusted until its
    lease runs out.
    """
    if worker is None:
        return True
    host, _, rest = worker.partition(":")
    pid_text = rest.partition(":")[0]
    if host != (here or socket.gethostname()) or not pid_text.isdigit():
        return False
    pid = int(pid_text)
    if pid == os.getpid():
        return False
    return _process_gone(pid)


class UploadLedger:
    """The ledger's state machine over the ``portal_uploads`` table."""

    def __init__(
        self,
        engine: Engine,
        *,
        worker: str | None = None,
        lease: timedelta = DEFAULT_LEASE,
        clock: Callable[[], datetime] = utcnow,
        actor: str = "agent:portal-uploads",
    ) -> None:
        self.engine = engine
        self.worker = worker or new_worker_id()
        self.lease = lease
        self.clock = clock
        self.actor = actor

    # --- reading ------------------------------------------------------------------------

    def entry(self, *, portal: str, invoice_number: str) -> PortalUpload | None:
        """The ledger row for this invoice on this portal, if any."""
        with session_scope(self.engine) as session:
            return _find(session, portal, invoice_number)

    def entries(self, *, portal: str | None = None) -> list[PortalUpload]:
        """Every row (of one portal), oldest first: for reports and the web app."""
        with session_scope(self.engine) as session:
            query = select(PortalUpload).order_by(col(PortalUpload.id))
            if portal is not None:
                query = query.where(PortalUpload.portal == portal)
            return list(session.exec(query).all())

    # --- transitions --------------------------------------------------------------------

    def enqueue(self, *, portal: str, invoice_number: str, customer_id: str | None) -> PortalUpload:
        """Queue an invoice for a portal unless the ledger already knows it."""
        with session_scope(self.engine) as session:
            row, created = repo._insert_once(
                session,
                lambda: _find(session, portal, invoice_number),
                lambda: PortalUpload(
                    portal=portal,
                    invoice_number=invoice_number,
                    customer_id=customer_id,
                    status=UploadStatus.QUEUED.value,
                ),
            )
            if created:
                self._audit(session, row, "queued", before=None)
            return row

    def claim(self, *, portal: str, invoice_number: str) -> Claim | None:
        """Take the entry for this worker, or None when it is done or someone else's.

        A ``failed`` entry whose retry time has come is queued again first; a
        ``submitting`` entry whose holder is gone is recovered (``recovering=True``).
        The writes come before any read, so on SQLite the transaction holds the write
        lock from its first statement and a racing worker waits instead of failing.
        """
        now = self.clock()
        key = [
            col(PortalUpload.portal) == portal,
            col(PortalUpload.invoice_number) == invoice_number,
        ]
        due_again = or_(
            col(PortalUpload.next_attempt_at).is_(None), col(PortalUpload.next_attempt_at) <= now
        )
        claimed = {
            "claimed_by": self.worker,
            "claimed_at": now,
            "attempts": PortalUpload.attempts + 1,
            "updated_at": now,
        }
        with session_scope(self.engine) as session:
            _update(
                session,
                [*key, _status_is(UploadStatus.FAILED), due_again],
                status=UploadStatus.QUEUED.value,
                updated_at=now,
            )
            taken = _update(
                session,
                [*key, _status_is(UploadStatus.QUEUED)],
                status=UploadStatus.SUBMITTING.value,
                **claimed,
            )
            recovering = False
            row = _find(session, portal, invoice_number)
            if row is None or row.id is None:
                return None
            if not taken and row.status == UploadStatus.SUBMITTING and self._abandoned(row, now):
                holder = (
                    col(PortalUpload.claimed_by).is_(None)
                    if row.claimed_by is None
                    else col(PortalUpload.claimed_by) == row.claimed_by
                )
                taken = _update(
                    session, [*key, _status_is(UploadStatus.SUBMITTING), holder], **claimed
                )
                recovering = taken
                row = _find(session, portal, invoice_number)
            if not taken or row is None or row.id is None:
                return None
            action = "recovered" if recovering else "claimed"
            log.info("%s %s on %s (attempt %d)", action, invoice_number, portal, row.attempts)
            return Claim(
                row_id=row.id,
                portal=portal,
                invoice_number=invoice_number,
                worker=self.worker,
                recovering=recovering,
                attempts=row.attempts,
            )

    def _abandoned(self, row: PortalUpload, now: datetime) -> bool:
        if holder_is_dead(row.claimed_by):
            return True
        return row.claimed_at is None or now - row.claimed_at > self.lease

    def heartbeat(self, claim: Claim) -> None:
        """Renew the lease before a long step, so nobody thinks this worker died."""
        now = self.clock()
        with session_scope(self.engine) as session:
            self._guarded(session, claim, claimed_at=now, updated_at=now)

    def mark_submitted(
        self,
        claim: Claim,
        *,
        portal_reference: str | None,
        portal_status: str | None,
        channel: str,
        screenshots: list[str],
        found_in_portal: bool = False,
    ) -> PortalUpload:
        """The portal has the invoice; ``found_in_portal`` when a look-up showed it."""
        now = self.clock()
        return self._finish(
            claim,
            UploadStatus.SUBMITTED,
            portal_reference=portal_reference,
            portal_status=portal_status,
            channel=channel,
            screenshots=screenshots,
            submitted_at=now,
            error=None,
            error_code="found_in_portal" if found_in_portal else None,
            next_attempt_at=None,
            claimed_by=None,
        )

    def mark_rejected(self, claim: Claim, *, error: str, screenshots: list[str]) -> PortalUpload:
        """The portal refused the invoice for good (a duplicate number)."""
        return self._finish(
            claim,
            UploadStatus.REJECTED,
            error=error,
            error_code="duplicate",
            screenshots=screenshots,
            claimed_by=None,
        )

    def mark_failed(
        self,
        claim: Claim,
        *,
        error: str,
        code: str,
        screenshots: list[str],
        retry_at: datetime | None = None,
    ) -> PortalUpload:
        """Nothing reached the portal; ``retry_at`` for a transient cause, else None."""
        return self._finish(
            claim,
            UploadStatus.FAILED,
            error=error,
            error_code=code,
            screenshots=screenshots,
            next_attempt_at=retry_at,
            claimed_by=None,
        )

    def leave_unknown(self, claim: Claim, *, error: str, screenshots: list[str]) -> PortalUpload:
        """Submit may have reached the portal: stay ``submitting`` with no holder.

        The next claim recovers the entry at once and looks the invoice up first.
        """
        return self._finish(
            claim,
            UploadStatus.SUBMITTING,
            error=error,
            error_code="outcome_unknown",
            screenshots=screenshots,
            claimed_by=None,
        )

    def record_portal_status(
        self, *, portal: str, invoice_number: str, portal_status: str, actor: str | None = None
    ) -> PortalUpload | None:
        """Note what the portal now says (approved, disputed, paid), e.g. from its mail.

        The ledger's own status is not changed: it says what *we* did; ``portal_status``
        says what the customer did since. Returns None when the invoice is not in the
        ledger.
        """
        now = self.clock()
        with session_scope(self.engine) as session:
            row = _find(session, portal, invoice_number)
            if row is None:
                return None
            before = _state(row)
            row.portal_status = portal_status
            row.updated_at = now
            session.add(row)
            session.flush()
            repo.record_audit(
                session,
                actor=actor or self.actor,
                action="portal_upload.portal_status",
                entity="portal_upload",
                entity_id=row.id or 0,
                before=before,
                after=_state(row),
            )
            return row

    # --- internals ----------------------------------------------------------------------

    def _finish(self, claim: Claim, status: UploadStatus, **values: Any) -> PortalUpload:
        now = self.clock()
        before = {"status": UploadStatus.SUBMITTING.value, "attempts": claim.attempts}
        with session_scope(self.engine) as session:
            self._guarded(session, claim, status=status.value, updated_at=now, **values)
            row = session.get(PortalUpload, claim.row_id)
            if row is None:  # pragma: no cover  (rows are never deleted)
                raise StorageError(f"ledger row {claim.row_id} vanished")
            self._audit(session, row, status.value, before=before)
            return row

    def _guarded(self, session: Session, claim: Claim, **values: Any) -> None:
        held = _update(
            session,
            [
                col(PortalUpload.id) == claim.row_id,
                _status_is(UploadStatus.SUBMITTING),
                col(PortalUpload.claimed_by) == claim.worker,
            ],
            **values,
        )
        if not held:
            raise LedgerConflictError(
                f"the ledger entry for {claim.invoice_number} on {claim.portal} was taken over "
                "by another worker; this worker's result was not recorded"
            )

    def _audit(
        self, session: Session, row: PortalUpload, action: str, *, before: dict[str, Any] | None
    ) -> None:
        repo.record_audit(
            session,
            actor=self.actor,
            action=f"portal_upload.{action}",
            entity="portal_upload",
            entity_id=row.id or 0,
            before=before,
            after=_state(row),
        )


def _find(session: Session, portal: str, invoice_number: str) -> PortalUpload | None:
    query = select(PortalUpload).where(
        PortalUpload.portal == portal, PortalUpload.invoice_number == invoice_number
    )
    return session.exec(query).first()


def _status_is(status: UploadStatus) -> ColumnElement[bool]:
    return col(PortalUpload.status) == status.value


def _update(session: Session, conditions: list[ColumnElement[bool]], **values: Any) -> bool:
    """One conditional UPDATE; True when it changed a row (the condition still held)."""
    statement = (
        update(PortalUpload)
        .where(*conditions)
        .values(**values)
        .execution_options(synchronize_session=False)
    )
    result = session.connection().execute(statement)
    session.expire_all()
    return bool(result.rowcount == 1)


def _state(row: PortalUpload) -> dict[str, Any]:
    return {
        "portal": row.portal,
        "invoice_number": row.invoice_number,
        "status": row.status,
        "attempts": row.attempts,
        "portal_reference": row.portal_reference,
        "portal_status": row.portal_status,
        "channel": row.channel,
        "error_code": row.error_code,
        "error": row.error,
        "screenshots": len(row.screenshots or []),
    }
