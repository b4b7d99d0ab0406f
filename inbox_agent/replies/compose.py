"""Build the RFC 5322 draft a collector would send: threaded, addressed, with attachments.

A reply must land in the customer's thread, in every mail client: ``In-Reply-To`` and
``References`` name the message it answers, and the subject keeps the customer's words with
one reply prefix (never "RE: RE:", and a German "AW:" or a Chinese "回复:" counts as one).
It goes to the ``Reply-To`` the customer asked for, else to the sender.

The Message-ID is derived from the original message's SHA-256, so composing the same reply
again gives the same Message-ID: a backend that deduplicates by Message-ID (IMAP, the
Maildir) then keeps one draft however often a crash makes the agent try again.

Templates are admin-written Jinja2 from rules.yaml, so they run in Jinja2's sandbox, with
undefined variables treated as errors. A template that fails never stops a draft: the
reply falls back to a plain default and the failure is logged for the admin.
"""

from __future__ import annotations

import email.policy
import logging
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from email.message import EmailMessage
from email.utils import format_datetime, formataddr, getaddresses

import jinja2
from jinja2.sandbox import SandboxedEnvironment

log = logging.getLogger(__name__)

REPLY_PREFIX = re.compile(
    r"^\s*(?:re|aw|sv|vs|antw|antwort|rif|odp|ynt|vá|回复|回覆|答复|答覆|返信)"
    r"\s*(?:\[\d+\]|\(\d+\))?\s*[:：]",
    re.IGNORECASE,
)
"""Reply prefixes mail clients write (English, German, Nordic, Italian, Polish, Turkish,
Vietnamese, Chinese, Japanese); a subject that starts with one is a reply already."""

NO_REPLY = re.compile(
    r"^(?:no[-_.]?reply|do[-_.]?not[-_.]?reply|mailer-daemon|postmaster|bounce[s]?)\b",
    re.IGNORECASE,
)
"""Senders nobody reads: a reply to them would only bounce or vanish."""

MAX_REFERENCES = 10
"""RFC 5322 lets a long References chain be cut; the first and the latest ids are kept."""

FALLBACK_DOMAIN = "inbox-agent.invalid"
CATEGORY_HEADER = "X-Inbox-Agent-Category"


class TemplateFailed(Exception):
    """A reply template could not be rendered (syntax, undefined variable, sandbox)."""


@dataclass(frozen=True, slots=True)
class DraftAttachment:
    """A file the draft carries: a statement, an invoice copy."""

    filename: str
    content_type: str
    data: bytes


@dataclass(frozen=True, slots=True)
class Composed:
    """A finished draft: the bytes the mailbox gets and what the review page shows."""

    raw: bytes
    message_id: str
    subject: str
    body: str
    from_address: str | None
    to_address: str
    attachments: tuple[DraftAttachment, ...]


@dataclass(frozen=True, slots=True)
class Rendered:
    """A template's output, and whether the plain default had to stand in for it."""

    subject: str
    body: str
    fell_back: bool = False


# ---------------------------------------------------------------- threading and addresses


def reply_subject(original: str) -> str:
    """The customer's subject with one reply prefix; "" when they wrote none."""
    subject = " ".join(original.split())
    if not subject or REPLY_PREFIX.match(subject):
        return subject
    return f"RE: {subject}"


def draft_message_id(seed_sha256: str, from_address: str | None, *, kind: str = "reply") -> str:
    """A Message-ID that is the same every time the same original is answered."""
    domain = from_address.rpartition("@")[2] if from_address and "@" in from_address else ""
    domain = re.sub(r"[^A-Za-z0-9.-]", "", domain) or FALLBACK_DOMAIN
    return f"<{kind}.{seed_sha256[:40]}@{domain}>"


def references(original_references: str, original_message_id: str | None) -> list[str]:
    """The References of a reply: the original's chain plus the original itself."""
    chain = re.findall(r"<[^<>\s]+>", original_references or "")
    if original_message_id:
        chain.extend(re.findall(r"<[^<>\s]+>", original_message_id) or [original_message_id])
    chain = list(dict.fromkeys(chain))
    if len(chain) > MAX_REFERENCES:
        chain = [chain[0], *chain[-(MAX_REFERENCES - 1) :]]
    return chain


def reply_recipients(headers: Mapping[str, str], *, ours: Sequence[str] = ()) -> list[str]:
    """Where the reply goes: ``Reply-To`` when the customer gave one, else ``From``.

    Our own addresses and no-reply senders are dropped, so the agent never answers itself
    or a robot.
    """
    lowered = {name.lower(): value for name, value in headers.items()}
    own = {address.lower() for address in ours if address}
    for header in ("reply-to", "from"):
        found = [
            formataddr((name, address))
            for name, address in getaddresses([lowered.get(header, "")])
            if _usable(address) and address.lower() not in own
        ]
        if found:
            return found
    return []


def _usable(address: str) -> bool:
    local, at, domain = address.partition("@")
    return bool(at and local and "." in domain) and not NO_REPLY.match(local)


def display_name(headers: Mapping[str, str]) -> str:
    """The sender's name as they wrote it, for "Dear ..." when we do not know the customer."""
    lowered = {name.lower(): value for name, value in headers.items()}
    pairs = getaddresses([lowered.get("from", "")])
    return pairs[0][0].strip() if pairs else ""


# ---------------------------------------------------------------- templates

_ENV = SandboxedEnvironment(
    undefined=jinja2.StrictUndefined, autoescape=False, keep_trailing_newline=True
)


def render_text(source: str, variables: Mapping[str, object]) -> str:
    """Render one admin template in the sandbox.

    Raises:
        TemplateFailed: a syntax error, an undefined variable or a sandbox refusal.
    """
    try:
        return _ENV.from_string(source).render(dict(variables))
    except (jinja2.TemplateError, ArithmeticError, TypeError, ValueError, KeyError) as exc:
        raise TemplateFailed(f"{type(exc).__name__}: {exc}") from exc


def render_reply(
    subject: str | None,
    body: str | None,
    variables: Mapping[str, object],
    *,
    fallback: tuple[str, str],
    what: str,
) -> Rendered:
    """Render a template's subject and body; on any failure use ``fallback`` and log why."""
    if subject is None or body is None:
        return Rendered(*fallback, fell_back=True)
    try:
        rendered_subject = " ".join(render_text(subject, variables).split())
        rendered_body = tidy_body(render_text(body, variables))
    except TemplateFailed as exc:
        log.warning("reply template %s failed (%s); the plain default reply is used", what, exc)
        return Rendered(*fallback, fell_back=True)
    return Rendered(rendered_subject or fallback[0], rendered_body or fallback[1])


def tidy_body(text: str) -> str:
    """Trailing spaces off, at most one blank line in a row, one newline at the end."""
    lines = [line.rstrip() for line in text.replace("\r\n", "\n").split("\n")]
    out: list[str] = []
    for line in lines:
        if line or (out and out[-1]):
            out.append(line)
    return "\n".join(out).strip("\n") + "\n"


# ---------------------------------------------------------------- the message


def build_message(
    *,
    message_id: str,
    subject: str,
    body: str,
    from_address: str | None,
    to: Sequence[str],
    in_reply_to: str | None = None,
    reference_ids: Sequence[str] = (),
    attachments: Sequence[DraftAttachment] = (),
    category: str = "",
    when: datetime | None = None,
) -> bytes:
    """The RFC 5322 bytes of a draft (CRLF line ends, as IMAP and Exchange store mail)."""
    msg = EmailMessage(policy=email.policy.SMTP)
    if from_address:
        msg["From"] = from_address
    msg["To"] = ", ".join(to)
    msg["Subject"] = subject
    msg["Date"] = format_datetime(when or datetime.now(UTC))
    msg["Message-ID"] = message_id
    if in_reply_to:
        msg["In-Reply-To"] = in_reply_to
    if reference_ids:
        msg["References"] = " ".join(reference_ids)
    if category:
        msg[CATEGORY_HEADER] = category
    msg.set_content(body, charset="utf-8")
    for attachment in attachments:
        maintype, _, subtype = attachment.content_type.partition("/")
        msg.add_attachment(
            attachment.data,
            maintype=maintype or "application",
            subtype=subtype or "octet-stream",
            filename=attachment.filename,
        )
    return msg.as_bytes()


def compose_reply(
    *,
    original_headers: Mapping[str, str],
    original_sha256: str,
    from_address: str | None,
    subject: str,
    body: str,
    attachments: Sequence[DraftAttachment] = (),
    category: str = "",
    when: datetime | None = None,
) -> Composed | None:
    """A reply to the original message, or None when there is nobody to send it to.

    ``subject`` is the template's; it is used only when the original had none, since a
    reply keeps the customer's subject to stay in their thread.
    """
    lowered = {name.lower(): value for name, value in original_headers.items()}
    to = reply_recipients(original_headers, ours=[from_address or ""])
    if not to:
        return None
    sender = from_address or _first_address(lowered.get("to", ""))
    thread_subject = reply_subject(lowered.get("subject", "")) or subject
    original_id = lowered.get("message-id", "").strip() or None
    message_id = draft_message_id(original_sha256, sender)
    raw = build_message(
        message_id=message_id,
        subject=thread_subject,
        body=body,
        from_address=sender,
        to=to,
        in_reply_to=original_id,
        reference_ids=references(lowered.get("references", ""), original_id),
        attachments=attachments,
        category=category,
        when=when,
    )
    return Composed(
        raw=raw,
        message_id=message_id,
        subject=thread_subject,
        body=body,
        from_address=sender,
        to_address=", ".join(to),
        attachments=tuple(attachments),
    )


def compose_new(
    *,
    seed_sha256: str,
    kind: str,
    from_address: str | None,
    to: Sequence[str],
    subject: str,
    body: str,
    category: str,
    when: datetime | None = None,
) -> Composed:
    """A new message (not a reply), e.g. asking a payer for remittance details."""
    message_id = draft_message_id(seed_sha256, from_address, kind=kind)
    raw = build_message(
        message_id=message_id,
        subject=subject,
        body=body,
        from_address=from_address,
        to=to,
        category=category,
        when=when,
    )
    return Composed(raw, message_id, subject, body, from_address, ", ".join(to), ())


def rebuild(raw: bytes, *, subject: str, body: str) -> bytes:
    """The same draft with a reviewer's subject and text; headers and files unchanged."""
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    assert isinstance(msg, EmailMessage)
    files = [
        DraftAttachment(
            part.get_filename() or "attachment",
            part.get_content_type(),
            part.get_payload(decode=True) or b"",  # type: ignore[arg-type]
        )
        for part in msg.iter_attachments()
    ]
    return build_message(
        message_id=str(msg["Message-ID"] or ""),
        subject=subject,
        body=tidy_body(body),
        from_address=_first_address(str(msg["From"] or "")) or None,
        to=[formataddr(pair) for pair in getaddresses([str(msg["To"] or "")])],
        in_reply_to=str(msg["In-Reply-To"]) if msg["In-Reply-To"] else None,
        reference_ids=str(msg["References"] or "").split(),
        attachments=files,
        category=str(msg[CATEGORY_HEADER] or ""),
    )


def _first_address(value: str) -> str:
    for _name, address in getaddresses([value]):
        if "@" in address:
            return address
    return ""
