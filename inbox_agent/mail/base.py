"""The contract every mailbox backend owes the agent.

An implementation lists messages it has not been told are done, hands over their
original bytes untouched, and moves a message to a folder only when the caller says so
(the caller says so after its record is committed; that ordering is what makes intake
lose nothing and do nothing twice). Identities must be stable across restarts: the same
message always yields the same ``backend_key``.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Protocol, runtime_checkable


@dataclass(frozen=True, slots=True)
class MailRef:
    """A message's stable identity within one backend (e.g. ``folder:remit-01.eml``)."""

    backend_key: str


@runtime_checkable
class Mailbox(Protocol):
    """One watched mailbox: list, fetch original bytes, move."""

    kind: str

    def check(self) -> str:
        """Connect and return a one-line description; raise MailboxError saying what is wrong."""
        ...

    def list_new(self) -> Iterator[MailRef]:
        """Yield messages still in the inbox, oldest first."""
        ...

    def fetch(self, ref: MailRef) -> bytes:
        """Return the message's original RFC 5322 bytes, byte for byte."""
        ...

    def move(self, ref: MailRef, folder: str) -> None:
        """File the message into ``folder`` (created if missing); idempotent."""
        ...

    def set_flag(self, ref: MailRef, label: str) -> None:
        """Flag or categorise the message (IMAP keyword, Outlook category); idempotent."""
        ...

    def save_draft(self, raw: bytes) -> str:
        """Store an RFC 5322 message in the mailbox's Drafts folder; return its backend id.

        The draft is never sent by the agent: a collector reviews and sends it.
        """
        ...
