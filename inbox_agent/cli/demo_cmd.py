"""``inbox-agent demo``: the whole pipeline on the embedded default."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Annotated

import typer

from inbox_agent.cli.common import emit_json, rules_or_exit
from inbox_agent.config.active import resolve_rules_path
from inbox_agent.demo.run import (
    DemoResult,
    demo_rules_path,
    ensure_demo_users,
    first_free_port,
    run_demo,
)
from inbox_agent.settings import Settings, load_settings

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
    if "drafts" in s:
        typer.echo(f"Reply drafts saved: {s['drafts']}")
    if "uploads" in s:
        u = s["uploads"]
        typer.echo(
            f"Portal uploads: {u.get('submitted', 0)} submitted, "
            f"{u.get('skipped_duplicate', 0)} skipped as already uploaded, "
            f"{u.get('failed', 0)} failed"
        )
    cash = ", ".join(f"{cur} {amount}" for cur, amount in sorted(s["cash_matched"].items()))
    typer.echo(f"Cash matched: {cash or 'none'}")
    for problem in r.problems:
        typer.echo(f"  kept for a person: {problem}")


def demo_command(
    as_json: Annotated[
        bool, typer.Option("--json", help="Print the summary as one JSON object.")
    ] = False,
    no_serve: Annotated[bool, typer.Option("--no-serve", help="Exit after the summary.")] = False,
    home: HomeOpt = None,
    port: Annotated[int, typer.Option("--port", help="Port for the review page.")] = 8000,
) -> None:
    """Build a demo workspace, run one pass of the agent, print a summary."""
    settings = load_settings()
    if home is not None:
        settings = settings.model_copy(update={"home": home.resolve()})
    elif not os.environ.get("INBOX_AGENT_HOME"):
        settings = settings.model_copy(update={"home": DEFAULT_HOME.resolve()})
    rules_path = demo_rules_path(settings.home, resolve_rules_path(None))
    rules = rules_or_exit(rules_path)
    result = run_demo(settings, rules, uploads=True)
    credentials = ensure_demo_users(settings)
    if as_json:
        emit_json(result.summary)
    else:
        _print_human(result)
    if no_serve:
        return
    _serve(settings, rules_path, credentials, port, to_stderr=as_json)


def _serve(
    settings: Settings,
    rules_path: Path,
    credentials: dict[str, str],
    port: int,
    *,
    to_stderr: bool,
) -> None:
    """Serve the review app; the address goes to stdout unless stdout carries JSON."""
    import uvicorn

    from inbox_agent.web.app import create_app

    chosen = first_free_port(port)
    typer.echo(f"Review page: http://127.0.0.1:{chosen}/  (Ctrl-C to stop)", err=to_stderr)
    for name, password in credentials.items():
        typer.echo(f"  sign in as {name} / {password}", err=to_stderr)
    uvicorn.run(
        create_app(settings, rules_path=rules_path),
        host="127.0.0.1",
        port=chosen,
        log_level="warning",
    )


def register(app: typer.Typer) -> None:
    """Add ``demo`` to the main app."""
    app.command("demo")(demo_command)
