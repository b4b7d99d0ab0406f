"""``inbox-agent poll --once``: one pass over the configured mailbox.

The pass takes the workspace's instance lock, like ``inbox-agent run``: a manual poll
while the scheduled agent is running would race it for the same messages, so it is
refused with the running agent's pid instead.
"""

from __future__ import annotations

from dataclasses import asdict
from typing import Annotated

import typer

from inbox_agent.cli.common import emit_json, rules_or_exit
from inbox_agent.errors import InboxAgentError
from inbox_agent.instance_lock import InstanceLock
from inbox_agent.mail.registry import open_mailbox
from inbox_agent.pipeline import Agent
from inbox_agent.scheduler import mailbox_url
from inbox_agent.settings import load_settings
from inbox_agent.workspace import open_workspace


def poll_command(
    once: Annotated[bool, typer.Option("--once", help="One pass, then exit.")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print the pass report as JSON.")] = False,
) -> None:
    """Read, sort and process what is waiting in the mailbox."""
    if not once:
        typer.echo("poll runs one pass (--once); `inbox-agent run` polls on a schedule", err=True)
        raise typer.Exit(2)
    settings = load_settings()
    rules = rules_or_exit(None)
    try:
        url = mailbox_url(settings, rules)
        with InstanceLock(settings.home):
            mailbox = open_mailbox(url)
            mailbox.check()
            agent = Agent(mailbox=mailbox, workspace=open_workspace(settings), rules=rules)
            report = agent.poll_once()
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
