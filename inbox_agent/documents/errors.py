"""Why a document could not be read, in the contract's own vocabulary.

Readers translate whatever their parsing library raises into one :class:`DocumentError`
with one of CONTRACT.md's codes, so the CLI can print an ``ok: false`` object and carry on
with the next file instead of stopping the whole batch.
"""

from __future__ import annotations

from typing import Literal, get_args

from inbox_agent.errors import InboxAgentError

ErrorCode = Literal["encrypted", "corrupt", "unsupported", "too_large", "no_remittance"]
ERROR_CODES: tuple[ErrorCode, ...] = get_args(ErrorCode)


class DocumentError(InboxAgentError):
    """A document that cannot give a remittance; ``code`` is one of :data:`ERROR_CODES`.

    The message is written for the AR clerk who will see it in the review queue, so it says
    what to do next (ask for an unprotected copy, resend, ...), not which library failed.
    """

    def __init__(self, code: ErrorCode, message: str) -> None:
        if code not in ERROR_CODES:
            raise ValueError(f"unknown document error code {code!r}")
        super().__init__(message)
        self.code: ErrorCode = code
        self.message = message

    def __repr__(self) -> str:
        return f"DocumentError({self.code!r}, {self.message!r})"
