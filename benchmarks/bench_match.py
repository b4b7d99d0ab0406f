"""The matching benchmark, kept here for old habits: it is ``inbox-agent bench match``.

Run ``.venv/bin/python benchmarks/bench_match.py [--quick] [--items N] [--customers N]
[--lines N] [--seed S] [--json]``; every option is the bench command's (see
:mod:`inbox_agent.bench.match` for what it measures and how).
"""

from __future__ import annotations

import sys

import typer

from inbox_agent.bench import match


def main(argv: list[str] | None = None) -> None:
    """Run ``bench match`` with these arguments."""
    app = typer.Typer(add_completion=False)
    match.register(app)

    @app.callback()
    def _group() -> None:
        """Benchmarks."""

    app(["match", *(sys.argv[1:] if argv is None else argv)])


if __name__ == "__main__":
    main()
