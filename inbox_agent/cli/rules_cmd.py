"""``inbox-agent rules check [PATH]``: catch a bad rules.yaml edit before it takes effect.

Problems go to stdout, one per line as ``PATH:LINE: location: message``, the shape editors
and CI logs turn into links; the exit code (0 valid, 1 not) is what scripts rely on.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from inbox_agent.config.loader import RulesInvalid, load_rules
from inbox_agent.config.rules import Rules
from inbox_agent.settings import load_settings

PathArg = Annotated[
    Path | None,
    typer.Argument(
        help="rules.yaml to check; default INBOX_AGENT_RULES, else ./rules.yaml.",
        show_default=False,
    ),
]


def summarise(rules: Rules) -> str:
    """One line that lets the admin see the file was read as they meant it."""
    parts = [
        _plural(len(rules.sorting.rules), "sorting rule"),
        _plural(len(rules.sorting.categories), "category", "categories"),
        _plural(len(rules.payers), "payer"),
        _plural(len(rules.replies.templates), "reply template"),
        _plural(len(rules.portals), "portal"),
        _plural(len(rules.extraction.templates), "extraction template"),
    ]
    return ", ".join(parts)


def _plural(count: int, singular: str, plural: str | None = None) -> str:
    word = singular if count == 1 else (plural or singular + "s")
    return f"{count} {word}"


def check_command(path: PathArg = None) -> None:
    """Validate rules.yaml and list every problem with its line (exit 1 if any)."""
    target = path if path is not None else load_settings().rules
    try:
        rules = load_rules(target)
    except RulesInvalid as exc:
        for problem in exc.problems:
            typer.echo(problem.render(str(target)))
        count = len(exc.problems)
        typer.echo(f"{target}: {_plural(count, 'problem')}; the file was not accepted")
        raise typer.Exit(1) from None
    typer.echo(f"{target} OK: {summarise(rules)}")


def register(app: typer.Typer) -> None:
    """Add the ``rules`` command family to the main app."""
    rules_app = typer.Typer(
        help="Check the rules file admins edit.", no_args_is_help=True, add_completion=False
    )
    rules_app.command("check")(check_command)
    app.add_typer(rules_app, name="rules")
