"""``inbox-agent poll --once``: one pass over the configured mailbox."""

from __future__ import annotations

from dataclasses import asdict
from typing import Annotated

import typer

from inbox_agent.cli.common import emit_json, rules_or_exit
from inbox_agent.errors import InboxAgentError
from inbox_agent.mail.registry import open_mailbox
from inbox_agent.pipeline import Agent
from inbox_agent.settings import load_settings
from inbox_agent.workspace import open_workspace


def poll_command(
    once: Annotated[bool, typer.Option("--once", help="One pass, then exit.")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print the pass report as JSON.")] = False,
) -> None:
    """Read, sort and process what is waiting in the mailbox."""
    if not once:
        typer.echo("the scheduled agent is not part of this version; use --once", err=True)
        raise typer.Exit(2)
    settings = load_settings()
    rules = rules_or_exit(None)
    url = settings.mailbox_url or rules.mailbox.url
    if not url:
        typer.echo("no mailbox configured: set INBOX_AGENT_MAILBOX_URL or mailbox.url", err=True)
        raise typer.Exit(1)
    try:
        mailbox = open_mailbox(url)
        mailbox.check()
        report = Agent(mailbox=mailbox, workspace=open_workspace(settings), rules=rules).poll_once()
    except InboxAgentError as exc:
        typer.echo(f"poll failed: {exc}", err=True)
        raise typer.Exit(1) from exc
    if as_json:
        emit_json(asdict(report))
    else:
        typer.echo(
            f"{report.seen} seen, {report.new} new, {report.already_done} already done, "
            f"{report.needs_person} for a person, {report.failed} failed, "
            f"{report.proposals} proposal(s)"
        )
    for problem in report.problems:
        typer.echo(f"  {problem}", err=True)


def register(app: typer.Typer) -> None:
    """Add ``poll`` to the main app."""
    app.command("poll")(poll_command)
