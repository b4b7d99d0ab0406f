"""Small helpers every command shares: JSON Lines on stdout, rules loading with clear errors."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import typer

from inbox_agent.config.active import active_rules
from inbox_agent.config.loader import RulesInvalid
from inbox_agent.config.rules import Rules


def emit_json(obj: dict[str, Any]) -> None:
    """Print one JSON Lines object; non-ASCII kept readable, nothing else on stdout."""
    sys.stdout.write(json.dumps(obj, ensure_ascii=False) + "\n")
    sys.stdout.flush()


def rules_or_exit(path: Path | None) -> Rules:
    """Load the rules in force or stop with every problem listed (exit 1)."""
    try:
        return active_rules(path)
    except RulesInvalid as exc:
        typer.echo(str(exc), err=True)
        raise typer.Exit(1) from exc
