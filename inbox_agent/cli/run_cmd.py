"""``inbox-agent run``: the scheduled agent, one per workspace, stopped cleanly by SIGTERM."""

from __future__ import annotations

import logging
import os
import signal
from datetime import timedelta
from types import FrameType
from typing import Annotated

import typer

from inbox_agent.cli.common import rules_or_exit
from inbox_agent.errors import InboxAgentError
from inbox_agent.instance_lock import InstanceLock
from inbox_agent.mail.registry import open_mailbox
from inbox_agent.scheduler import AgentRuntime, AgentService, mailbox_url
from inbox_agent.settings import load_settings
from inbox_agent.workspace import open_workspace

log = logging.getLogger(__name__)

STOP_SIGNALS = (signal.SIGTERM, signal.SIGINT)


def run_command(
    interval_seconds: Annotated[
        float | None,
        typer.Option(
            "--interval-seconds",
            min=0.1,
            hidden=True,
            help="Poll this often instead of schedule.poll_every_minutes (tests, demos).",
        ),
    ] = None,
) -> None:
    """Run the agent on its schedule until SIGTERM or Ctrl-C; one agent per workspace."""
    settings = load_settings()
    rules = rules_or_exit(None)
    lock = InstanceLock(settings.home)
    try:
        lock.acquire()
    except InboxAgentError as exc:
        typer.echo(str(exc), err=True)
        raise typer.Exit(1) from exc
    try:
        url = mailbox_url(settings, rules)
        open_mailbox(url)  # an unknown scheme stops the start, not every pass after it
        runtime = AgentRuntime(
            settings=settings,
            rules=rules,
            workspace=open_workspace(settings),
            poll_interval=timedelta(seconds=interval_seconds) if interval_seconds else None,
        )
        service = AgentService(runtime)
    except InboxAgentError as exc:
        lock.release()
        typer.echo(f"cannot start the agent: {exc}", err=True)
        raise typer.Exit(1) from exc
    _on_stop_signals(service)
    typer.echo(
        f"agent running for workspace {settings.home} (pid {os.getpid()}); "
        f"mailbox {_redacted(url)}; " + "; ".join(spec.description for spec in service.specs),
        err=True,
    )
    try:
        service.run()
    finally:
        lock.release()
    typer.echo("agent stopped", err=True)


def _on_stop_signals(service: AgentService) -> None:
    def handler(signum: int, _frame: FrameType | None) -> None:
        log.info(
            "%s received: finishing the message in hand, then stopping", signal.strsignal(signum)
        )
        service.request_stop()

    for signum in STOP_SIGNALS:
        signal.signal(signum, handler)


def _redacted(url: str) -> str:
    """A mailbox URL fit for a log line: user and host, never a password."""
    scheme, sep, rest = url.partition("://")
    if not sep:
        return url
    credentials, at, host = rest.rpartition("@")
    if not at:
        return url
    user = credentials.split(":", 1)[0]
    return f"{scheme}://{user}@{host}"


def register(app: typer.Typer) -> None:
    """Add ``run`` to the main app."""
    app.command("run")(run_command)
