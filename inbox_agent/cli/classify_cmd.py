"""``inbox-agent classify FILE.eml... --json``: sort messages as the agent would."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from inbox_agent.classify.rules_classifier import classify
from inbox_agent.cli.common import emit_json, rules_or_exit
from inbox_agent.mail.parse import parse_message

FilesArg = Annotated[list[Path], typer.Argument(help="Messages (.eml) to sort.")]
JsonOpt = Annotated[bool, typer.Option("--json", help="JSON Lines on stdout.")]
RulesOpt = Annotated[Path | None, typer.Option("--rules", help="rules.yaml to use.")]


def classify_command(files: FilesArg, as_json: JsonOpt = False, rules: RulesOpt = None) -> None:
    """Print each message's category, confidence and the rule that decided it."""
    active = rules_or_exit(rules)
    failed = False
    for path in files:
        try:
            data = path.read_bytes()
        except OSError as exc:
            typer.echo(f"{path}: cannot read: {exc.strerror}", err=True)
            failed = True
            continue
        result = classify(parse_message(data), active.sorting)
        obj = {
            "source": str(path),
            "category": result.category,
            "confidence": result.confidence,
            "rule": result.rule,
        }
        if as_json:
            emit_json(obj)
        else:
            typer.echo(f"{path}\t{result.category}\t{result.confidence:.2f}\t{result.rule or '-'}")
    if failed:
        raise typer.Exit(1)


def register(app: typer.Typer) -> None:
    """Add ``classify`` to the main app."""
    app.command("classify")(classify_command)
