"""``inbox-agent extract FILE... [--json] [--explain]``: read advices, as CONTRACT.md says.

Every input is "handled" when it produced objects, even ``ok: false`` ones, so a batch
with an encrypted PDF still exits 0; only a file that cannot be opened at all makes the
exit code 1. With ``--json`` stdout holds JSON Lines and nothing else.

The payer templates of the rules in force apply, as they do when the agent reads mail,
so what this prints is what the pipeline would read. ``--explain`` says what was read
from where, for the admin writing such a template: as text under each remittance, or
with ``--json`` as an ``"explain"`` object added to each line (plain ``--json`` lines
stay exactly the contract's).
"""

from __future__ import annotations

import json
import logging
import sys
from pathlib import Path
from typing import Annotated, Any

import typer

from inbox_agent.cli.common import rules_or_exit
from inbox_agent.documents.explain import render
from inbox_agent.documents.registry import extract_file

log = logging.getLogger(__name__)

FilesArg = Annotated[
    list[Path],
    typer.Argument(
        metavar="FILE", help="Remittance advices: .pdf, .eml, .html, .txt, .csv or .xlsx."
    ),
]
JsonOpt = Annotated[bool, typer.Option("--json", help="JSON Lines on stdout, one per remittance.")]
ExplainOpt = Annotated[
    bool,
    typer.Option(
        "--explain",
        help="Say what was read from where (conventions, header lines, the table's header "
        'row and columns, each line\'s row); with --json as an "explain" object.',
    ),
]
RulesOpt = Annotated[
    Path | None, typer.Option("--rules", help="rules.yaml whose extraction templates apply.")
]


def extract_command(
    files: FilesArg, as_json: JsonOpt = False, explain: ExplainOpt = False, rules: RulesOpt = None
) -> None:
    """Print each remittance found in the files (or why a file could not be read)."""
    templates = rules_or_exit(rules).extraction.templates
    failed = False
    for path in files:
        try:
            objects = extract_file(path, templates=templates, explain=explain)
        except OSError as exc:
            typer.echo(f"{path}: cannot read: {exc.strerror or exc}", err=True)
            failed = True
            continue
        for obj in objects:
            _log_result(obj)
            if as_json:
                sys.stdout.write(json.dumps(obj, ensure_ascii=False) + "\n")
            else:
                typer.echo(format_human(obj))
                if "explain" in obj:
                    typer.echo(render(obj["explain"]))
    sys.stdout.flush()
    if failed:
        raise typer.Exit(1)


def _log_result(obj: dict[str, Any]) -> None:
    if obj["ok"]:
        log.info("%s: %d line(s) by %s", obj["source"], len(obj["lines"]), obj["method"])
    else:
        log.info("%s: %s", obj["source"], obj["error"]["code"])


def format_human(obj: dict[str, Any]) -> str:
    """A short table for people: one header line per remittance, one row per line."""
    if not obj["ok"]:
        error = obj["error"]
        return f"{obj['source']}: {error['code']} - {error['message']}"
    head = "  ".join(
        str(value or "-")
        for value in (
            obj["source"], obj["payer"]["name"], obj["payment_date"],
            obj["payment_reference"], obj["currency"], obj["total"],
        )
    )  # fmt: skip
    rows = [
        f"    {line['invoice_ref']:<16} {line['invoice_date'] or '-':<10} "
        f"{line['gross_amount'] or '-':>12} {line['discount']:>10} {line['deduction']:>10} "
        f"{line['paid_amount']:>12}  {line['reference_kind']}"
        for line in obj["lines"]
    ]
    warnings = [f"    warning: {text}" for text in obj["warnings"]]
    return "\n".join([head, *rows, *warnings])


def register(app: typer.Typer) -> None:
    """Add ``extract`` to the main app."""
    app.command("extract")(extract_command)
