"""An ``.eml`` message cut into the parts that may each hold a remittance.

A message is a container, not a document: its body and each attachment are read by the
reader for their own type. The alternatives of a ``multipart/alternative`` (the same
text as HTML and as plain text) are kept together so one advice is not reported twice.
"""

from __future__ import annotations

import email
import email.policy
from dataclasses import dataclass
from email.message import EmailMessage, Message

_EXTENSIONS = {"text/plain": ".txt", "text/html": ".html", "application/pdf": ".pdf"}


@dataclass(frozen=True, slots=True)
class Part:
    """One leaf of a message, ready for a reader."""

    name: str
    content_type: str
    data: bytes
    attached: bool
    """True for a file the sender attached; False for the message body."""


def message_parts(data: bytes) -> list[list[Part]]:
    """Return the message's leaves as groups of alternatives, richest alternative first.

    Forwarded messages (``message/rfc822``) are opened, so an advice forwarded by a
    colleague is found as if it had been sent directly.
    """
    message = email.message_from_bytes(data, policy=email.policy.default)
    namer = _Namer()
    return list(_groups(message, namer))


class _Namer:
    """Names parts without a filename ``body1.txt``, ``body2.html``... in message order."""

    def __init__(self) -> None:
        self.count = 0

    def name(self, part: Message) -> str:
        filename = part.get_filename()
        if filename:
            return str(filename)
        self.count += 1
        return f"body{self.count}{_EXTENSIONS.get(part.get_content_type(), '.bin')}"


def _groups(message: Message, namer: _Namer) -> list[list[Part]]:
    content_type = message.get_content_type()
    if content_type == "message/rfc822":
        inner = message.get_payload()
        inner_messages = inner if isinstance(inner, list) else [inner]
        return [g for m in inner_messages if isinstance(m, Message) for g in _groups(m, namer)]
    if not message.is_multipart():
        return [[_leaf(message, namer)]]
    children = [child for child in message.get_payload() if isinstance(child, Message)]
    if content_type == "multipart/alternative":
        # Senders list the plainest alternative first; the richest holds the table.
        richest_first = reversed(children)
        return [[part for child in richest_first for g in _groups(child, namer) for part in g]]
    return [g for child in children for g in _groups(child, namer)]


def _leaf(part: Message, namer: _Namer) -> Part:
    name = namer.name(part)
    content_type = part.get_content_type()
    attached = part.get_content_disposition() == "attachment" or bool(part.get_filename())
    return Part(name=name, content_type=content_type, data=_payload(part), attached=attached)


def _payload(part: Message) -> bytes:
    """Decoded bytes; text is re-encoded as UTF-8 so readers need not know the charset."""
    if part.get_content_maintype() == "text" and isinstance(part, EmailMessage):
        try:
            content = part.get_content()
        except (LookupError, ValueError, AssertionError):  # unknown or lying charset
            content = None
        if isinstance(content, str):
            return content.encode("utf-8")
    raw = part.get_payload(decode=True)
    return raw if isinstance(raw, bytes) else b""
