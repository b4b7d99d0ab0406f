"""Original bytes to a parsed view the rest of the agent reads.

Parsing never raises on bad mail. MIME defects are collected as text; the ones that mean
part of the message may be lost or misread (a multipart without its boundary, broken
base64) become *problems* with a sentence a person can act on, and the pipeline keeps
such a message for a person instead of guessing. A message over the size limit is not
opened at all beyond its headers: it is recorded, kept and handed to a person.

Attachments are expanded here (:mod:`inbox_agent.mail.attachments`): forwarded ``.eml``,
Outlook ``.msg``, ``winmail.dat`` and ZIP archives are listed together with what they
hold, so sorting rules and readers see the advice inside, not just ``bundle.zip``.
"""

from __future__ import annotations

import email
import email.policy
from dataclasses import dataclass, field
from datetime import datetime
from email.message import EmailMessage, Message
from email.parser import BytesHeaderParser
from email.utils import getaddresses, parsedate_to_datetime

from inbox_agent.mail.attachments import Attachment as Attachment
from inbox_agent.mail.attachments import AttachmentLimits, expand, mime_attachments

MB = 1024 * 1024

SERIOUS_DEFECTS: dict[str, str] = {
    "NoBoundaryInMultipartDefect": "a multipart message declares no boundary",
    "StartBoundaryNotFoundDefect": "the multipart boundary never appears, so no part was found",
    "MultipartInvariantViolationDefect": "a multipart message has no parts",
    "MissingHeaderBodySeparatorDefect": "the headers run into the body without a blank line",
    "InvalidBase64CharactersDefect": "an attachment's base64 holds invalid characters",
    "InvalidBase64LengthDefect": "an attachment's base64 has an impossible length",
    "EmptyMessage": "the message is empty",
}
"""Defects after which the parsed view may be missing content; each is a problem.

Missing base64 padding is not among them: the parser restores it and nothing is lost,
and senders get it wrong often enough that a person would see it on every such mail.
"""


@dataclass(frozen=True, slots=True)
class ParsedMessage:
    """What classification and extraction need from one message.

    ``attachments`` is the expanded list: containers first, then what they hold (each
    member's ``container`` says where it came from). ``defects`` lists every MIME defect
    by class name; ``problems`` are the reasons a person must look at this message.
    """

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
    problems: tuple[str, ...] = field(default_factory=tuple)
    too_large: bool = False


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


def _bodies(msg: Message) -> tuple[str, str | None]:
    """Plain text and the first HTML body, outside attachments and forwarded messages."""
    texts: list[str] = []
    html: str | None = None
    for part in _leaves(msg):
        if (
            part.get_content_type() == "message/rfc822"
            or part.get_content_disposition() == "attachment"
            or part.get_filename()
        ):
            continue
        if part.get_content_type() == "text/plain":
            texts.append(_decoded_text(part))
        elif part.get_content_type() == "text/html" and html is None:
            html = _decoded_text(part)
    return "\n".join(texts), html


def _leaves(msg: Message) -> list[Message]:
    if msg.get_content_type() == "message/rfc822" or not msg.is_multipart():
        return [msg]
    payload = msg.get_payload()
    leaves: list[Message] = []
    for sub in payload if isinstance(payload, list) else []:
        if isinstance(sub, Message):
            leaves.extend(_leaves(sub))
    return leaves


def _all_defects(msg: Message) -> list[str]:
    """Defects of the message and of every part (the parser files them per part)."""
    found = [type(d).__name__ for d in getattr(msg, "defects", [])]
    for part in msg.walk() if msg.is_multipart() else []:
        if part is not msg:
            found.extend(type(d).__name__ for d in getattr(part, "defects", []))
    return found


def parse_message(
    data: bytes,
    *,
    max_bytes: int | None = None,
    limits: AttachmentLimits | None = None,
) -> ParsedMessage:
    """Parse RFC 5322 bytes; defects and refusals are reported, never raised.

    Args:
        data: The original bytes.
        max_bytes: Above this size only the headers are read and the message is flagged
            ``too_large`` with a problem saying so (``mailbox.max_message_mb``).
        limits: How far attached containers (ZIP, .msg, winmail.dat) are opened.
    """
    if max_bytes is not None and len(data) > max_bytes:
        return _headers_only(data, max_bytes)
    msg = _parse_bytes(data)
    body_text, body_html = _bodies(msg)
    try:
        expansion = expand(mime_attachments(msg), limits)
    except Exception as exc:  # the last line of defence: never crash on hostile mail
        return _view(msg, body_text, body_html, data, problems=[f"attachments unreadable: {exc}"])
    return _view(
        msg,
        body_text,
        body_html,
        data,
        attachments=expansion.attachments,
        problems=list(expansion.problems),
    )


def _view(
    msg: Message,
    body_text: str,
    body_html: str | None,
    data: bytes,
    *,
    attachments: tuple[Attachment, ...] = (),
    problems: list[str] | None = None,
    too_large: bool = False,
) -> ParsedMessage:
    senders = getaddresses([_header(msg, "From")])
    address = senders[0][1].lower() if senders else ""
    defects = _all_defects(msg)
    if not data.strip():
        defects.append("EmptyMessage")
    mime_problems = [
        f"malformed MIME: {SERIOUS_DEFECTS[name]} ({name})"
        for name in dict.fromkeys(defects)
        if name in SERIOUS_DEFECTS
    ]
    return ParsedMessage(
        message_id=_header(msg, "Message-ID") or None,
        subject=_header(msg, "Subject"),
        sender=address,
        sender_domain=address.rpartition("@")[2],
        date=_date(msg),
        in_reply_to=_header(msg, "In-Reply-To") or None,
        headers={k: _header(msg, k) for k in dict.fromkeys(msg.keys())},
        body_text=body_text,
        body_html=body_html,
        attachments=attachments,
        defects=tuple(defects),
        problems=tuple([*mime_problems, *(problems or [])]),
        too_large=too_large,
    )


def _headers_only(data: bytes, max_bytes: int) -> ParsedMessage:
    """Read only the header block (at most 1 MB of it) of a message too large to open."""
    ends = [i for i in (data.find(b"\r\n\r\n"), data.find(b"\n\n")) if i >= 0]
    head = data[: min([*ends, MB])]
    msg = BytesHeaderParser(policy=email.policy.default).parsebytes(head + b"\n\n")
    reason = (
        f"the message is {len(data) / MB:.1f} MB, over the {max_bytes / MB:.0f} MB limit "
        "(mailbox.max_message_mb); not opened, the original is kept for a person"
    )
    return _view(msg, "", None, data, problems=[reason], too_large=True)


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
