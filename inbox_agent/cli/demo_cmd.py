"""``inbox-agent demo``: the whole pipeline on the embedded default."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Annotated

import typer

from inbox_agent.cli.common import emit_json, rules_or_exit
from inbox_agent.demo.run import DemoResult, run_demo
from inbox_agent.settings import load_settings

DEFAULT_HOME = Path("demo-workspace")

HomeOpt = Annotated[
    Path | None,
    typer.Option(
        "--home", help="Workspace folder (default: $INBOX_AGENT_HOME or ./demo-workspace)."
    ),
]


def _print_human(result: DemoResult) -> None:
    s, r = result.summary, result.report
    typer.echo(f"Demo workspace: {result.home.resolve()}")
    typer.echo(
        f"This pass: {r.seen} message(s) in the inbox, {r.new} new, "
        f"{r.already_done} already processed earlier (filed, not processed again)."
    )
    typer.echo(f"Messages: {s['messages']}")
    for category, count in sorted(s["by_category"].items()):
        typer.echo(f"  {category:<20} {count}")
    typer.echo(f"Remittance lines read: {s['remittance_lines']}")
    typer.echo(f"Lines matched: {s['matched_lines']} (auto {s['auto']}, for review {s['review']})")
    cash = ", ".join(f"{cur} {amount}" for cur, amount in sorted(s["cash_matched"].items()))
    typer.echo(f"Cash matched: {cash or 'none'}")
    for problem in r.problems:
        typer.echo(f"  kept for a person: {problem}")
    typer.echo(
        "Review page: the review web app is not part of this version yet; "
        "proposals are stored in the workspace database."
    )


def demo_command(
    as_json: Annotated[
        bool, typer.Option("--json", help="Print the summary as one JSON object.")
    ] = False,
    no_serve: Annotated[bool, typer.Option("--no-serve", help="Exit after the summary.")] = False,
    home: HomeOpt = None,
) -> None:
    """Build a demo workspace, run one pass of the agent, print a summary."""
    settings = load_settings()
    if home is not None:
        settings = settings.model_copy(update={"home": home.resolve()})
    elif not os.environ.get("INBOX_AGENT_HOME"):
        settings = settings.model_copy(update={"home": DEFAULT_HOME.resolve()})
    rules = rules_or_exit(None)
    result = run_demo(settings, rules)
    if as_json:
        emit_json(result.summary)
    else:
        _print_human(result)
    _ = no_serve  # nothing to serve until the review web app lands; the flag is accepted now


def register(app: typer.Typer) -> None:
    """Add ``demo`` to the main app."""
    app.command("demo")(demo_command)
