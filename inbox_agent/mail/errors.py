"""What can go wrong with a mailbox, one class per thing the user does differently about it.

Every backend (IMAP, EWS, Graph, local folders) translates its library's exceptions into
these at its boundary (``raise MailboxAuthError(...) from exc``), so that
``inbox-agent mailbox test``, ``poll`` and the scheduler can say what to do next without
knowing which protocol is behind the mailbox. The message itself is written by the
backend, which knows the host, the folder and the setting to change; the class says what
kind of fix it is. All are :class:`~inbox_agent.errors.MailboxError`, so code that only
needs "the mailbox failed" keeps catching that.
"""

from __future__ import annotations

from inbox_agent.errors import MailboxError


class MailboxAuthError(MailboxError):
    """The server refused the credentials: wrong password, expired token, consent missing.

    Retrying does not help; a person has to change a secret or a grant.
    """


class MailboxFolderMissing(MailboxError):
    """The watched folder does not exist on the server (a typo in the URL, or renamed)."""

    def __init__(self, message: str, *, folder: str) -> None:
        """Keep the folder's name so callers can show or create it."""
        super().__init__(message)
        self.folder = folder


class MailboxTlsError(MailboxError):
    """TLS failed: an untrusted or mismatched certificate, or TLS spoken to a plain port.

    Never worked around by turning verification off; the fix is to trust the server's CA
    (``SSL_CERT_FILE``) or to use the right scheme and port.
    """


class MailboxConnectError(MailboxError):
    """The server could not be reached, or the connection dropped and could not be resumed.

    Usually passing (the server restarts, the network blips): the next pass tries again.
    """


class MailboxThrottled(MailboxError):
    """The server asked us to slow down; ``retry_after`` says for how long, when it said."""

    def __init__(self, message: str, *, retry_after: float | None = None) -> None:
        """Keep the server's wait hint (seconds) for the scheduler."""
        super().__init__(message)
        self.retry_after = retry_after


class MailboxMessageGone(MailboxError):
    """A message is no longer where its identity says (moved or deleted by someone else).

    Not a fault of the agent: the message will be listed again under its new identity if
    it came back to the inbox.
    """
