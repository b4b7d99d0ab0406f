"""Original bytes to a parsed view the rest of the agent reads.

Parsing never raises on bad mail: MIME defects are collected as text so the message can
be kept and shown to a person with a clear reason, instead of crashing the pass.
"""

from __future__ import annotations

import email
import email.policy
from dataclasses import dataclass, field
from datetime import datetime
from email.message import EmailMessage, Message
from email.utils import getaddresses, parsedate_to_datetime


@dataclass(frozen=True, slots=True)
class Attachment:
    """One attached file, bytes untouched."""

    filename: str
    content_type: str
    data: bytes


@dataclass(frozen=True, slots=True)
class ParsedMessage:
    """What classification and extraction need from one message."""

    message_id: str | None
    subject: str
    sender: str
    sender_domain: str
    date: datetime | None
    in_reply_to: str | None
    headers: dict[str, str]
    body_text: str
    body_html: str | None
    attachments: tuple[Attachment, ...] = ()
    defects: tuple[str, ...] = field(default_factory=tuple)


def _header(msg: Message, name: str) -> str:
    try:
        value = msg.get(name)
    except (ValueError, IndexError, TypeError):  # a header the parser cannot fold
        return ""
    return str(value).strip() if value is not None else ""


def _date(msg: Message) -> datetime | None:
    raw = _header(msg, "Date")
    if not raw:
        return None
    try:
        return parsedate_to_datetime(raw)
    except (TypeError, ValueError):
        return None


def _decoded_text(part: Message) -> str:
    payload = part.get_payload(decode=True)
    if not isinstance(payload, bytes):
        return ""
    charset = part.get_content_charset() or "utf-8"
    try:
        return payload.decode(charset, errors="replace")
    except LookupError:
        return payload.decode("utf-8", errors="replace")


def _attachment(part: Message, index: int) -> Attachment:
    if part.get_content_type() == "message/rfc822":
        inner = part.get_payload()
        first = inner[0] if isinstance(inner, list) and inner else None
        data = first.as_bytes() if isinstance(first, Message) else b""
        name = part.get_filename() or f"forwarded-{index}.eml"
    else:
        payload = part.get_payload(decode=True)
        data = payload if isinstance(payload, bytes) else b""
        name = part.get_filename() or f"part-{index}"
    return Attachment(filename=name, content_type=part.get_content_type(), data=data)


def _walk(msg: Message) -> tuple[str, str | None, list[Attachment]]:
    texts: list[str] = []
    html: str | None = None
    attachments: list[Attachment] = []
    for index, part in enumerate(_parts(msg)):
        disposition = part.get_content_disposition()
        ctype = part.get_content_type()
        if ctype == "message/rfc822" or disposition == "attachment" or part.get_filename():
            attachments.append(_attachment(part, index))
        elif ctype == "text/plain":
            texts.append(_decoded_text(part))
        elif ctype == "text/html" and html is None:
            html = _decoded_text(part)
    return "\n".join(texts), html, attachments


def _parts(msg: Message) -> list[Message]:
    """Leaf parts, not descending into attached messages (they stay whole attachments)."""
    if msg.get_content_type() == "message/rfc822":
        return [msg]
    if not msg.is_multipart():
        return [msg]
    leaves: list[Message] = []
    payload = msg.get_payload()
    for sub in payload if isinstance(payload, list) else []:
        if isinstance(sub, Message):
            leaves.extend(_parts(sub))
    return leaves


def parse_message(data: bytes) -> ParsedMessage:
    """Parse RFC 5322 bytes; defects are reported, never raised."""
    msg = _parse_bytes(data)
    body_text, body_html, attachments = _walk(msg)
    senders = getaddresses([_header(msg, "From")])
    address = senders[0][1].lower() if senders else ""
    defects = [type(d).__name__ for d in getattr(msg, "defects", [])]
    if not data.strip():
        defects.append("EmptyMessage")
    headers = {k: _header(msg, k) for k in dict.fromkeys(msg.keys())}
    return ParsedMessage(
        message_id=_header(msg, "Message-ID") or None,
        subject=_header(msg, "Subject"),
        sender=address,
        sender_domain=address.rpartition("@")[2],
        date=_date(msg),
        in_reply_to=_header(msg, "In-Reply-To") or None,
        headers=headers,
        body_text=body_text,
        body_html=body_html,
        attachments=tuple(attachments),
        defects=tuple(defects),
    )


def _parse_bytes(data: bytes) -> Message:
    """Modern policy decodes RFC 2047 and raw UTF-8 headers; compat32 if it chokes."""
    try:
        return email.message_from_bytes(data, policy=email.policy.default)
    except Exception:  # any parser failure: fall back to the lenient policy
        return email.message_from_bytes(data, policy=email.policy.compat32)


def as_email_message(data: bytes) -> EmailMessage:
    """Parse with the modern policy, for code that builds replies from a message."""
    parsed = email.message_from_bytes(data, policy=email.policy.default)
    assert isinstance(parsed, EmailMessage)
    return parsed
