"""``inbox-agent bench NAME``: accuracy and speed figures, printed, never asserted in tests.

Each benchmark lives in ``inbox_agent/bench/NAME.py`` and exposes ``register(bench_app)``.
"""

from __future__ import annotations

import importlib
import logging

import typer

log = logging.getLogger(__name__)

BENCHMARKS = ("classify", "extract", "match", "web")
"""Benchmark modules, in the order ``bench --help`` lists them."""


def register(app: typer.Typer) -> None:
    """Add the ``bench`` group with one sub-command per benchmark module."""
    bench_app = typer.Typer(help="Measure accuracy and speed on corpora the project builds.")
    for name in BENCHMARKS:
        try:
            module = importlib.import_module(f"inbox_agent.bench.{name}")
        except ModuleNotFoundError as exc:
            if exc.name != f"inbox_agent.bench.{name}":
                raise  # a dependency of the benchmark is missing: that is a real error
            log.debug("benchmark %s is not built yet", name)
            continue
        module.register(bench_app)
    app.add_typer(bench_app, name="bench")
