"""Portal status mail applied to the upload ledger: what the customer did with an invoice.

The ledger's own ``status`` says what *we* did (queued → submitting → submitted, failed
or rejected); ``portal_status`` says what the customer did since: ``approved``,
``rejected``, ``disputed`` or ``paid``, as the portal's mail announced it
(:mod:`inbox_agent.classify.portal_mail`). Writes go through
:meth:`~portal_uploaders.ledger.UploadLedger.record_portal_status`, which audits the
change; this module adds one more audit event with what only the mail knows (the
reason, and which message said so), because a person chasing a rejected invoice needs
the customer's words.

Rules, each for a reason:

- the same status again changes nothing and writes nothing: the agent may read a mail
  twice (a re-run after a crash), and the audit trail must not stutter;
- ``paid`` is final: an "approved" mail that arrives after the "paid" one is stale
  (mail is not delivered in order) and is reported, not applied;
- an invoice the ledger does not know (uploaded by hand, or by another system) is
  reported as ``unknown_invoice``, never an error: nothing in the mail is wrong;
- a status for an entry the ledger still holds as ``submitting`` or ``failed`` is
  applied and flagged: the portal evidently has the invoice, which the next upload
  run's look-up will confirm.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Literal

from sqlalchemy import Engine

from inbox_agent.classify.portal_mail import PortalNotification, read_portal_mail
from inbox_agent.mail.parse import ParsedMessage
from inbox_agent.store import repo
from inbox_agent.store.db import session_scope
from inbox_agent.store.models import PortalUpload
from portal_uploaders.ledger import UploadLedger, UploadStatus

log = logging.getLogger(__name__)

FINAL_PORTAL_STATUS = "paid"
DEFAULT_ACTOR = "agent:portal-mail"

Result = Literal["applied", "unchanged", "stale", "unknown_invoice"]


@dataclass(frozen=True, slots=True)
class NotificationOutcome:
    """What applying one notification did, in words a person can act on."""

    notification: PortalNotification
    result: Result
    message: str
    ledger_id: int | None = None
    previous_status: str | None = None


def _normal(number: str) -> str:
    return "".join(number.split()).lstrip("#").casefold()


def find_entry(ledger: UploadLedger, *, portal: str, invoice_number: str) -> PortalUpload | None:
    """The ledger row a mail speaks of; portals print numbers in their own case and spacing."""
    row = ledger.entry(portal=portal, invoice_number=invoice_number)
    if row is not None:
        return row
    wanted = _normal(invoice_number)
    return next(
        (r for r in ledger.entries(portal=portal) if _normal(r.invoice_number) == wanted), None
    )


def apply_notification(
    ledger: UploadLedger,
    notification: PortalNotification,
    *,
    source: str | None = None,
    actor: str = DEFAULT_ACTOR,
) -> NotificationOutcome:
    """Record the portal's new status on the invoice's ledger entry (see the module doc).

    ``source`` names the mail (its Message-ID) in the audit trail.
    """
    portal, number, status, reason = notification
    row = find_entry(ledger, portal=portal, invoice_number=number)
    if row is None or row.id is None:
        message = (
            f"{portal} says {number} is {status}, but the upload ledger has no such "
            f"invoice for {portal} (uploaded by hand or by another system?)"
        )
        log.warning("%s", message)
        return NotificationOutcome(notification, "unknown_invoice", message)
    previous = row.portal_status
    if previous is not None and previous.casefold() == status:
        return NotificationOutcome(
            notification,
            "unchanged",
            f"{number} at {portal} was already {status}",
            row.id,
            previous,
        )
    if previous is not None and previous.casefold() == FINAL_PORTAL_STATUS:
        message = (
            f"{portal} mail says {number} is {status}, but it is already paid; "
            "an older mail arriving late, not applied"
        )
        log.info("%s", message)
        return NotificationOutcome(notification, "stale", message, row.id, previous)
    ledger.record_portal_status(
        portal=portal, invoice_number=row.invoice_number, portal_status=status, actor=actor
    )
    with session_scope(ledger.engine) as session:
        repo.record_audit(
            session,
            actor=actor,
            action="portal_upload.notification",
            entity="portal_upload",
            entity_id=row.id,
            before={"portal_status": previous},
            after={
                "portal": portal,
                "invoice_number": row.invoice_number,
                "portal_status": status,
                "reason": reason,
                "source": source,
            },
        )
    message = f"{number} at {portal}: {previous or 'no portal status'} → {status}"
    if reason:
        message += f" ({reason})"
    if row.status != UploadStatus.SUBMITTED:
        message += (
            f"; the ledger still says {row.status}, yet the portal has the invoice: "
            "the next upload run will find it there"
        )
    log.info("%s", message)
    return NotificationOutcome(notification, "applied", message, row.id, previous)


def apply_portal_mail(
    engine: Engine,
    message: ParsedMessage,
    *,
    actor: str = DEFAULT_ACTOR,
) -> NotificationOutcome | None:
    """Read a ``portal_notification`` message and apply it; None when it names no status."""
    notification = read_portal_mail(message)
    if notification is None:
        return None
    return apply_notification(
        UploadLedger(engine), notification, source=message.message_id, actor=actor
    )
