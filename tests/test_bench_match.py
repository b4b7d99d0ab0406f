"""``inbox-agent bench match``: its scoring, its generator and the shape of what it prints.

Figures are the bench's business, not the tests': a quick run is checked for structure
only (and for a calibration table whose accuracy does not fall as confidence rises).
"""

from __future__ import annotations

import json
from collections import Counter
from decimal import Decimal
from itertools import pairwise

import pytest
import typer
from typer.testing import CliRunner

from inbox_agent.bench import match as bench
from inbox_agent.bench.ledger_gen import MIX, Case, Truth, generate, noisy_ref
from matchers import Allocation, MatchStatus, Proposal, Remittance
from matchers.calibration import CEILING

D = Decimal
SMALL = ["--items", "3000", "--customers", "150", "--lines", "600", "--baseline-lines", "2"]


def _app() -> typer.Typer:
    app = typer.Typer()
    bench.register(app)

    @app.callback()
    def _root() -> None:
        """Force sub-command mode, as the real bench group has several commands."""

    return app


@pytest.fixture(scope="module")
def quick_figures() -> dict[str, object]:
    result = CliRunner().invoke(_app(), ["match", "--quick", "--in-memory", "--json", *SMALL])
    assert result.exit_code == 0, result.output
    figures: dict[str, object] = json.loads(result.stdout)
    return figures


def test_quick_bench_prints_every_figure(quick_figures):
    """GIVEN a quick in-memory bench run
    WHEN it prints --json
    THEN one object holds the accuracy figures (shares between 0 and 1), the calibration
    table, timings, peak memory and the baseline ratio."""
    for key in ("auto_precision", "auto_recall", "top1_accuracy", "proposal_precision"):
        assert 0.0 <= quick_figures[key] <= 1.0, key
    assert quick_figures["open_items"] == 3000
    assert quick_figures["true_allocations"] > 0
    for name in ("load: build index", "load: one-edit index", "match", "match_cpu"):
        assert quick_figures["times_s"][name] >= 0
    assert quick_figures["peak_rss_mb"] > 0
    assert quick_figures["speedup"] > 0
    assert quick_figures["baseline_lines"] == 2
    assert {"links", "links_right", "receipts"} <= set(quick_figures)
    assert set(quick_figures["customer_by_evidence"]) <= {
        "none",
        *(k for k in MIX if k.startswith("payer_")),
    }


def test_quick_bench_calibration_does_not_fall_as_confidence_rises(quick_figures):
    """GIVEN the quick run's calibration table
    WHEN bins holding at least 30 allocations are compared
    THEN none is more than 0.05 less accurate than a lower-confidence bin: confidence
    orders proposals by how often they are right."""
    rows = [r for r in quick_figures["calibration"] if r["count"] >= 30]
    assert rows
    for lower, higher in pairwise(rows):
        assert higher["accuracy"] >= lower["accuracy"] - 0.05, (lower, higher)


def test_bad_sizes_are_a_usage_error():
    """GIVEN fewer items than customers
    WHEN the bench is asked to run
    THEN it stops with exit 2 and says why."""
    result = CliRunner().invoke(_app(), ["match", "--items", "5", "--customers", "10"])
    assert result.exit_code == 2
    assert "--items must be at least --customers" in result.output


# ---------------------------------------------------------------- scoring


def _allocation(number: str, amount: str, status: MatchStatus, confidence: float) -> Allocation:
    return Allocation(number, "C1", D(amount), confidence, status, "why", "exact|exact|payer")


def test_evaluate_counts_right_and_wrong_allocations():
    """GIVEN a remittance whose truth is INV-1 100.00 and INV-2 50.00, and a proposal with
    INV-1 100.00 auto (right), INV-3 50.00 auto (wrong) and nothing for INV-2
    WHEN scored
    THEN auto-precision is 1/2, auto-recall 1/2, top-1 1/2, and the bins and evidence
    table count one right and one wrong."""
    case = Case(
        Remittance("r", ()),
        "C1",
        (
            Truth("INV-1", "C1", D("100.00"), "ref_exact"),
            Truth("INV-2", "C1", D("50.00"), "ref_ocr"),
        ),
        "payer_number",
    )
    proposal = Proposal(
        "r", "C1", 0.99, MatchStatus.REVIEW,
        (_allocation("INV-1", "100.00", MatchStatus.AUTO, 0.995),
         _allocation("INV-3", "50.00", MatchStatus.AUTO, 0.97)),
        D("0.00"),
    )  # fmt: skip
    scores = bench.evaluate([case], [proposal])
    assert (scores.auto_precision, scores.auto_recall, scores.top1) == (0.5, 0.5, 0.5)
    assert scores.evidence["exact|exact|payer"].seen == 2
    assert scores.evidence["exact|exact|payer"].right == 1
    assert scores.by_noise["ref_ocr"] == [1, 0, 0]
    assert scores.customer["payer_number"].right == 1
    assert sum(t.seen for t in scores.bins) == 2


def test_wilson_bounds():
    """GIVEN accuracy counts
    WHEN the Wilson interval is taken
    THEN 100 of 100 vouches for about 0.963, and more data gives a tighter bound."""
    assert bench.wilson_lower(100, 100) == pytest.approx(0.963, abs=0.001)
    assert bench.wilson_lower(1000, 1000) > bench.wilson_lower(100, 100)
    assert bench.wilson_lower(0, 0) == 0.0
    assert bench.wilson_upper(50, 100) == pytest.approx(0.597, abs=0.001)


def test_calibration_table_pools_what_does_not_differ():
    """GIVEN a general description right 9,990 of 10,000 times, a specific one right 100
    of 100 times (no sign of a difference) and another right 80 of 100 times
    WHEN the table is made
    THEN the first specific one borrows the general bound, the second keeps its own,
    and descriptions seen fewer than 30 times are left out."""
    evidence = {
        "exact": bench.Tally(10_000, 9_990),
        "exact|exact|payer": bench.Tally(100, 100),
        "exact|short|payer": bench.Tally(100, 80),
        "exact|over|payer": bench.Tally(10, 10),
    }
    table = bench.calibration_table(evidence)
    assert table["exact|exact|payer"] == table["exact"] == pytest.approx(0.998, abs=0.001)
    assert table["exact|short|payer"] == pytest.approx(0.711, abs=0.001)
    assert "exact|over|payer" not in table
    assert max(table.values()) <= CEILING


# ---------------------------------------------------------------- the generator


def test_generator_is_seeded_and_covers_every_kind_of_noise():
    """GIVEN two ledgers from one seed and one from another
    WHEN compared
    THEN the same seed gives the same remittances and truth, another seed differs, and
    a modest ledger holds every kind of reference and amount noise."""
    first = generate(items=6000, customers=300, lines=3000, seed=5)
    again = generate(items=6000, customers=300, lines=3000, seed=5)
    other = generate(items=6000, customers=300, lines=3000, seed=6)
    assert [c.truth for c in first.cases] == [c.truth for c in again.cases]
    assert [c.truth for c in first.cases] != [c.truth for c in other.cases]
    noise = Counter(part for c in first.cases for t in c.truth for part in t.noise.split("+"))
    for kind in MIX:
        if kind.startswith(("ref_", "amt_")) and kind != "ref_po":
            assert noise[kind] > 0, kind
    assert noise["rem_no_lines"] > 0 and noise["credit_note"] > 0
    assert any(not c.remittance.lines for c in first.cases)
    assert len(first.rows) == 6000


@pytest.mark.parametrize(
    ("kind", "number", "expected"),
    [
        ("ref_zeros", "INV-00012345", "INV-12345"),
        ("ref_exact", "INV-00012345", "INV-00012345"),
    ],
)
def test_noisy_reference_examples(kind, number, expected):
    """GIVEN a number and a kind of noise with no randomness in it
    WHEN the generator quotes it that way
    THEN the payer's version is as expected."""
    import random

    assert noisy_ref(number, kind, random.Random(0)) == expected
