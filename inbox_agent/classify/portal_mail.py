"""What an AP portal's status mail says: which invoice, its new status, and why.

Coupa, SAP Business Network (Ariba) and Taulia mail the supplier whenever the customer
acts on an invoice: approved, rejected or disputed (with a reason), paid. Reading those
keeps the upload ledger true without signing in to three portals. The classifier has
already put such mail in ``portal_notification``; this module reads the details:

    >>> parse_portal_mail(sender="do_not_reply@acme.coupahost.com",
    ...                   subject="Invoice #INV-1042 has been disputed",
    ...                   body="Reason: Quantity billed exceeds quantity received.")
    PortalNotification(portal='coupa', invoice_number='INV-1042', new_status='disputed', \
reason='Quantity billed exceeds quantity received')

How, and why this way:

- **Portal** from the sender's domain (``coupahost.com``/``coupa.com``, ``ariba.com``,
  ``taulia.com``), else from the portal's name in the text, since a colleague may
  forward the mail.
- **Status** from the subject when it says one, else from the body: portals put the
  headline in the subject, while bodies carry boilerplate ("approved invoices are paid
  on their due date") that would mislead. Within one text the *first* status phrase
  wins, and a phrase after "not" ("has not been approved") does not count. "Scheduled
  for payment" is approved, not paid: the money has not moved.
- **Invoice number** is the token after "invoice" (``Invoice #``, ``Invoice No.``,
  ``Invoice Number:``, German ``Rechnung``) that contains a digit, subject first.
- **Reason** from "Reason:", "Comments:", "Dispute reason:", "because ...", or what
  follows "disputed/rejected invoice N:"; the first sentence only, so the portal's
  "Please log in to resubmit" is left out.

Mail that announces no invoice status (a new purchase order, an early-payment offer, a
remittance that names no invoice) gives None: it is not an error.
"""

from __future__ import annotations

import re
from typing import Final, Literal, NamedTuple

from inbox_agent.classify.features import html_to_text
from inbox_agent.mail.parse import ParsedMessage

PortalName = Literal["coupa", "ariba", "taulia"]
PortalStatus = Literal["approved", "rejected", "disputed", "paid"]
STATUSES: Final[tuple[PortalStatus, ...]] = ("approved", "rejected", "disputed", "paid")
MAX_REASON = 300
MAX_SCAN_CHARS = 8_000
"""Only the head of a body is read: the status and the reason are never at the end of a
long mail, and a pathological body must not cost regex time."""


class PortalNotification(NamedTuple):
    """One invoice's new status at one portal, as its mail announced it."""

    portal: PortalName
    invoice_number: str
    new_status: PortalStatus
    reason: str | None


_DOMAINS: Final[tuple[tuple[str, PortalName], ...]] = (
    ("coupahost.com", "coupa"),
    ("coupa.com", "coupa"),
    ("ariba.com", "ariba"),
    ("taulia.com", "taulia"),
)
_NAMES: Final[tuple[tuple[re.Pattern[str], PortalName], ...]] = (
    (re.compile(r"\bcoupa\b", re.IGNORECASE), "coupa"),
    (re.compile(r"\b(?:sap business network|ariba)\b", re.IGNORECASE), "ariba"),
    (re.compile(r"\btaulia\b", re.IGNORECASE), "taulia"),
)

_I = re.IGNORECASE
_STATUS_PATTERNS: Final[tuple[tuple[PortalStatus, re.Pattern[str]], ...]] = (
    (
        "paid",
        re.compile(
            r"\b(?:has|have) been paid\b|\bwas paid\b|\bpaid in full\b"
            r"|\bstatus[^.\n]{0,30}?\bpaid\b|\binvoice\s+#?\s*\S*\d\S*\s+(?:is\s+(?:now\s+)?)?paid\b"
            r"|\bpayment\b[^.\n]{0,60}?\b(?:has been|was)\s+(?:sent|made|issued|completed|executed|"
            r"remitted)\b|\bpayment (?:sent|made|issued|completed)\b"
            r"|\bpayment remittance\b|\bremittance advice\b|\bwurde (?:be)?zahlt\b"
            r"|已付款|已支付|已付清",
            _I,
        ),
    ),
    (
        "rejected",
        re.compile(
            r"\brejected\b|\binvoice\b[^.\n]{0,40}?\b(?:failed|declined)\b|\b(?:failed|declined) "
            r"invoice\b|\bcould not be processed\b|\breturned to supplier\b"
            r"|\bstatus[^.\n]{0,30}?\b(?:rejected|failed)\b|\babgelehnt\b|被拒绝|已拒绝|被驳回|已驳回",
            _I,
        ),
    ),
    (
        "disputed",
        re.compile(
            r"\bdisputed\b|\bdispute (?:was |has been )?(?:raised|opened|created|filed)\b"
            r"|\bin dispute\b|\bbeanstandet\b|有争议|提出争议|争议中",
            _I,
        ),
    ),
    (
        "approved",
        re.compile(
            r"\bapproved\b|\bscheduled (?:for payment|to be paid)\b|\bpayment (?:is )?scheduled\b"
            r"|\bgenehmigt\b|\bfreigegeben\b|已被批准|已批准|已核准|已审批",
            _I,
        ),
    ),
)
_NEGATED = re.compile(r"\b(?:not|never|nicht)\s+(?:yet\s+)?(?:been\s+|be\s+)?$", _I)

_INVOICE = re.compile(
    r"(?:\b(?:invoice|rechnung|factura|facture)s?\b|发票|發票)\s*"
    r"(?:(?:#|no\.?|nr\.?|number|num\.?|id)\s*)?[:#]?\s*"
    r"(?P<number>[A-Z0-9][A-Z0-9_./\-]*\d[A-Z0-9_./\-]*)",
    _I,
)
_REASON_MARKERS: Final[tuple[re.Pattern[str], ...]] = (
    re.compile(r"\b(?:rejection|dispute|return)\s+reason\s*[:\-]\s*(?P<r>[^\n]+)", _I),
    re.compile(
        r"\breason(?:\s+(?:for|of)\s+(?:the\s+)?(?:rejection|dispute))?\s*(?:code)?"
        r"\s*[:\-]\s*(?P<r>[^\n]+)",
        _I,
    ),
    re.compile(
        r"\b(?:comments?|comment from [^:\n]{1,60}|note from [^:\n]{1,60}|"
        r"message from [^:\n]{1,60}|grund)\s*:\s*(?P<r>[^\n]+)",
        _I,
    ),
    re.compile(r"\bfor the following reason\s*:?\s*(?P<r>[^\n]+)", _I),
    re.compile(
        r"\b(?:disputed|rejected|declined)\b[^:\n]{0,80}?\binvoice\s+\S+?\s*:\s*"
        r"(?P<r>[^\n]+)",
        _I,
    ),
    re.compile(r"\bcould not be processed\s*:\s*(?P<r>[^\n]+)", _I),
    re.compile(r"\b(?:rejected|disputed|declined)\b[^.\n]{0,80}?\bbecause\s+(?P<r>[^\n]+)", _I),
    re.compile(r"\bwith the (?:reason|comment)\s*:?\s*(?P<r>[^\n]+)", _I),
    re.compile(r"\b(?:rejected|disputed|declined|failed)\s+[-–:]\s+(?P<r>[^\n]+)", _I),
)
_PAYMENT_REFERENCE = re.compile(r"\bpayment (?:reference|ref\.?|number)\s*[:#]?\s*(?P<r>\S+)", _I)
_SENTENCE_END = re.compile(r"(?<=[a-z0-9)\"'])\.(?:\s|$)", _I)
_BOILERPLATE = re.compile(
    r"\s*(?:please (?:log|sign) in|log in to|sign in to|view (?:the )?invoice|respond to|"
    r"to view|click here|resubmit|this is an automated).*$",
    _I,
)
_NOT_A_NUMBER = re.compile(r"^\d{1,2}$|^\d{4}-\d{2}-\d{2}$")


def portal_of(sender: str, text: str = "") -> PortalName | None:
    """The portal a mail comes from: by the sender's domain, else by name in the text."""
    address = sender.rsplit("<", 1)[-1].strip(" >").lower()
    domain = address.rsplit("@", 1)[-1]
    for suffix, portal in _DOMAINS:
        if domain == suffix or domain.endswith("." + suffix):
            return portal
    for pattern, portal in _NAMES:
        if pattern.search(text):
            return portal
    return None


def status_in(text: str) -> PortalStatus | None:
    """The first status phrase in ``text`` that is not negated, or None."""
    best: tuple[int, PortalStatus] | None = None
    for status, pattern in _STATUS_PATTERNS:
        for match in pattern.finditer(text):
            if _NEGATED.search(text[max(0, match.start() - 24) : match.start()]):
                continue
            if best is None or match.start() < best[0]:
                best = (match.start(), status)
            break
    return best[1] if best else None


def invoice_number_in(text: str) -> str | None:
    """The invoice number after the first "invoice" that is followed by one."""
    for match in _INVOICE.finditer(text):
        number = match.group("number").rstrip("./-_")
        if number and not _NOT_A_NUMBER.match(number):
            return number
    return None


def reason_in(text: str, status: PortalStatus) -> str | None:
    """Why the customer did it, in its first sentence, or None when the mail says not."""
    for pattern in _REASON_MARKERS:
        match = pattern.search(text)
        if match:
            reason = _first_sentence(match.group("r"))
            if reason:
                return reason
    if status == "paid":
        match = _PAYMENT_REFERENCE.search(text)
        if match:
            return f"payment reference {match.group('r').rstrip('.,;')}"
    return None


def _first_sentence(text: str) -> str:
    text = _BOILERPLATE.sub("", text.strip())
    end = _SENTENCE_END.search(text)
    if end:
        text = text[: end.start()]
    text = text.strip().strip("\"'“”‘’").strip().rstrip(".;,")
    return text[:MAX_REASON]


def parse_portal_mail(*, sender: str, subject: str, body: str) -> PortalNotification | None:
    """The notification a portal mail carries, or None when it announces no status."""
    body = body[:MAX_SCAN_CHARS]
    portal = portal_of(sender, f"{subject}\n{body}")
    status = status_in(subject) or status_in(body)
    number = invoice_number_in(subject) or invoice_number_in(body)
    if portal is None or status is None or number is None:
        return None
    reason = reason_in(body, status) or reason_in(subject, status)
    return PortalNotification(portal, number, status, reason)


def read_portal_mail(message: ParsedMessage) -> PortalNotification | None:
    """:func:`parse_portal_mail` on a stored message (its HTML when it has no text)."""
    body = message.body_text
    if not body.strip() and message.body_html:
        body = html_to_text(message.body_html)
    return parse_portal_mail(sender=message.sender, subject=message.subject, body=body)
