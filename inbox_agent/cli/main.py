"""Entry point: builds the Typer app from one module per command family.

Each command module exposes ``register(app)``; keeping the list explicit here makes the
whole command surface readable in one place (CONTRACT.md names what must exist).
"""

from __future__ import annotations

import logging
import sys

import typer

from inbox_agent.cli import (  # command modules, one per family
    bench_cmd,
    classify_cmd,
    demo_cmd,
    extract_cmd,
    import_cmd,
    mailbox_cmd,
    match_cmd,
    poll_cmd,
    portals_cmd,
    rules_cmd,
    run_cmd,
    serve_cmd,
)

app = typer.Typer(
    name="inbox-agent",
    help="AR group-inbox agent: sorts mail, reads remittances, proposes cash application.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

for module in (
    rules_cmd,
    extract_cmd,
    classify_cmd,
    match_cmd,
    import_cmd,
    poll_cmd,
    run_cmd,
    mailbox_cmd,
    demo_cmd,
    portals_cmd,
    bench_cmd,
    serve_cmd,
):
    module.register(app)


def run() -> None:
    """Console-script entry: logs to stderr so stdout stays clean JSON Lines."""
    logging.basicConfig(
        level=logging.INFO, stream=sys.stderr, format="%(levelname)s %(name)s: %(message)s"
    )
    logging.getLogger("alembic").setLevel(logging.WARNING)  # migrations are routine, not news
    logging.getLogger("httpx").setLevel(logging.WARNING)  # one line per request is noise
    app()
