"""``inbox-agent mailbox test``: connect to the configured mailbox and say what is wrong.

Home Assistant validates a mail integration by actually connecting and naming the
problem (invalid auth, invalid folder); an admin setting up the agent needs the same
before the first scheduled poll fails quietly at night.
"""

from __future__ import annotations

from typing import Annotated

import typer

from inbox_agent.cli.common import rules_or_exit
from inbox_agent.errors import ConfigError, MailboxError
from inbox_agent.mail.errors import (
    MailboxAuthError,
    MailboxConnectError,
    MailboxFolderMissing,
    MailboxThrottled,
    MailboxTlsError,
)
from inbox_agent.mail.registry import open_mailbox
from inbox_agent.settings import load_settings

mailbox_app = typer.Typer(
    help="Check the mailbox the agent watches.", no_args_is_help=True, add_completion=False
)

PROBLEM = {
    MailboxAuthError: "sign-in refused",
    MailboxFolderMissing: "folder missing",
    MailboxTlsError: "TLS failure",
    MailboxConnectError: "cannot connect",
    MailboxThrottled: "throttled",
}


def _kind(exc: MailboxError) -> str:
    for cls, label in PROBLEM.items():
        if isinstance(exc, cls):
            return label
    return "mailbox error"


def _configured_url(url: str | None) -> str:
    if url:
        return url
    settings_url = load_settings().mailbox_url
    if settings_url:
        return settings_url
    rules_url = rules_or_exit(None).mailbox.url
    if rules_url:
        return rules_url
    typer.echo(
        "no mailbox configured: set INBOX_AGENT_MAILBOX_URL or mailbox.url in rules.yaml",
        err=True,
    )
    raise typer.Exit(1)


@mailbox_app.command("test")
def test_command(
    url: Annotated[
        str | None,
        typer.Option("--url", help="Test this mailbox URL instead of the configured one."),
    ] = None,
) -> None:
    """Connect, sign in and open the watched folder; print what was found or what is wrong."""
    try:
        mailbox = open_mailbox(_configured_url(url))
    except ConfigError as exc:
        typer.echo(f"mailbox URL problem: {exc}", err=True)
        raise typer.Exit(1) from exc
    try:
        description = mailbox.check()
    except MailboxError as exc:
        typer.echo(f"mailbox test failed ({_kind(exc)}): {exc}", err=True)
        raise typer.Exit(1) from exc
    finally:
        close = getattr(mailbox, "close", None)  # network backends hold a connection
        if callable(close):
            close()
    typer.echo(description)


def register(app: typer.Typer) -> None:
    """Add the ``mailbox`` command group to the main app."""
    app.add_typer(mailbox_app, name="mailbox")
