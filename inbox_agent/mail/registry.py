"""Mailbox URL to backend: an explicit registry of URL schemes (CONTRACT.md's list)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from urllib.parse import unquote, urlparse

from inbox_agent.errors import ConfigError
from inbox_agent.mail.base import Mailbox
from inbox_agent.mail.local import EmlFolderMailbox, MaildirMailbox


def _local_path(url: str) -> Path:
    parsed = urlparse(url)
    raw = unquote(parsed.netloc + parsed.path)
    if not raw:
        raise ConfigError(f"mailbox URL {url!r} names no folder")
    return Path(raw).expanduser()


def _imap(url: str) -> Mailbox:
    from inbox_agent.mail.imap import open_imap  # loaded on use: only IMAP users pay for it

    return open_imap(url)


BACKENDS: dict[str, Callable[[str], Mailbox]] = {
    "folder": lambda url: EmlFolderMailbox(_local_path(url)),
    "maildir": lambda url: MaildirMailbox(_local_path(url)),
    "imap": _imap,
    "imaps": _imap,
    # EWS and Graph modules import exchangelib / msal only when a mailbox is opened.
    "ews": lambda url: __import__("inbox_agent.mail.ews", fromlist=["*"]).open_ews(url),
    "ews+http": lambda url: __import__("inbox_agent.mail.ews", fromlist=["*"]).open_ews(url),
    "graph": lambda url: __import__("inbox_agent.mail.graph", fromlist=["*"]).open_graph(url),
}
"""Backends by URL scheme (CONTRACT.md's list); network backends load on first use."""


def open_mailbox(url: str) -> Mailbox:
    """Build the backend a mailbox URL names, or say which schemes are understood."""
    scheme = urlparse(url).scheme.lower()
    factory = BACKENDS.get(scheme)
    if factory is None:
        known = ", ".join(f"{name}://" for name in sorted(BACKENDS))
        raise ConfigError(f"mailbox URL scheme {scheme!r} is not supported; use one of {known}")
    return factory(url)
