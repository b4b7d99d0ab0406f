"""``inbox-agent bench match``: how often the matcher is right, how sure it says it is, how fast.

It generates a seeded noisy ledger and remittances (:mod:`inbox_agent.bench.ledger_gen`),
writes the ledger as an ERP export, loads it the way ``inbox-agent match`` does, matches
every remittance and compares each allocation with the truth. It prints:

* auto-precision - of the allocations made automatically, the share that are right (a
  wrong automatic posting is the worst error; target at least 0.995);
* auto-recall - of all true allocations, the share made automatically (target 0.90);
* top-1 accuracy - of all true allocations, the share the matcher proposed (auto or
  review) exactly right;
* a calibration table - proposals binned by confidence, with the share right in each bin
  (a bin starting at 0.99 should be right at least 99% of the time);
* load time, match time, peak memory, and a naive baseline (rapidfuzz
  ``process.extractOne`` of each reference over every open invoice number) timed on a
  sample of lines, with the per-line ratio.

An allocation is right when invoice, customer and amount all equal a true allocation.
Seeds: 7 is the default evaluation seed, 101-103 are used by ``--calibrate`` to derive
:data:`matchers.calibration.OBSERVED`, and 2026 is held out - run it to check that
nothing was tuned to the other seeds.
"""

from __future__ import annotations

import dataclasses
import gc
import json
import math
import random
import resource
import sys
import tempfile
import time
from collections import Counter, defaultdict
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Annotated, Any

import typer
from rapidfuzz import process

from inbox_agent.bench.ledger_gen import DISCOUNT_RATES, Case, Ledger, generate
from inbox_agent.config.rules import MatchingRules
from inbox_agent.imports.mapping import policy_from_rules
from matchers import CustomerDirectory, MatchStatus, OpenItem, OpenItemIndex, Proposal, match_all
from matchers.calibration import CEILING, MIN_SEEN, keys_for
from matchers.receipts import link_receipts
from matchers.types import MatchPolicy

FULL = {"items": 1_000_000, "customers": 50_000, "lines": 10_000}
QUICK = {"items": 20_000, "customers": 1_000, "lines": 2_000}
EVALUATION_SEED = 7
CALIBRATION_SEEDS = (101, 102, 103)
HELD_OUT_SEED = 2026
BINS = (0.0, 0.6, 0.7, 0.8, 0.9, 0.95, 0.98, 0.99, 1.0001)
WILSON_Z = 1.96


# ---------------------------------------------------------------- scoring


@dataclass(slots=True)
class Tally:
    """Counts of allocations and how many were right."""

    seen: int = 0
    right: int = 0

    def add(self, *, right: bool) -> None:
        """Count one allocation."""
        self.seen += 1
        self.right += int(right)

    @property
    def share(self) -> float:
        """Share right (1.0 when nothing was seen, so empty rows do not alarm)."""
        return self.right / self.seen if self.seen else 1.0


@dataclass(slots=True)
class Scores:
    """Everything the bench reports about accuracy."""

    truth: int = 0
    auto: Tally = field(default_factory=Tally)
    proposed: Tally = field(default_factory=Tally)
    bins: list[Tally] = field(default_factory=lambda: [Tally() for _ in BINS[:-1]])
    bin_confidence: list[float] = field(default_factory=lambda: [0.0 for _ in BINS[:-1]])
    evidence: defaultdict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))
    by_noise: defaultdict[str, list[int]] = field(
        default_factory=lambda: defaultdict(lambda: [0, 0, 0])
    )
    customer: defaultdict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))

    @property
    def auto_precision(self) -> float:
        """Share of automatic allocations that are right."""
        return self.auto.share

    @property
    def auto_recall(self) -> float:
        """Share of all true allocations made automatically (and right)."""
        return self.auto.right / self.truth if self.truth else 1.0

    @property
    def top1(self) -> float:
        """Share of all true allocations proposed exactly right, auto or review."""
        return self.proposed.right / self.truth if self.truth else 1.0


def _bin(confidence: float) -> int:
    for position in range(len(BINS) - 1):
        if confidence < BINS[position + 1]:
            return position
    return len(BINS) - 2


def _score_case(case: Case, proposal: Proposal, scores: Scores) -> None:
    wanted = Counter((t.invoice_number, t.customer_id, t.amount) for t in case.truth)
    noise = {(t.invoice_number, t.customer_id, t.amount): t.noise for t in case.truth}
    scores.truth += len(case.truth)
    for t in case.truth:
        scores.by_noise[t.noise][0] += 1
    for allocation in proposal.allocations:
        key = (allocation.invoice_number, allocation.customer_id, allocation.amount)
        right = wanted[key] > 0
        if right:
            wanted[key] -= 1
            scores.by_noise[noise[key]][2] += 1
        scores.proposed.add(right=right)
        if allocation.status is MatchStatus.AUTO:
            scores.auto.add(right=right)
            if right:
                scores.by_noise[noise[key]][1] += 1
        position = _bin(allocation.confidence)
        scores.bins[position].add(right=right)
        scores.bin_confidence[position] += allocation.confidence
        ref, amount, customer, *flags = allocation.evidence.split("|")
        flagged = flags[0].split("+") if flags else []
        for key_name in keys_for(ref, amount, customer, flagged):
            scores.evidence[key_name].add(right=right)
    if case.customer_id is not None:
        kind = "none" if proposal.customer_id is None else case.payer_noise
        scores.customer[kind].add(right=proposal.customer_id == case.customer_id)


def evaluate(cases: Sequence[Case], proposals: Sequence[Proposal]) -> Scores:
    """Compare each proposal with its case's true allocations."""
    scores = Scores()
    for case, proposal in zip(cases, proposals, strict=True):
        _score_case(case, proposal, scores)
    return scores


def wilson_lower(right: int, seen: int, z: float = WILSON_Z) -> float:
    """Lower end of the Wilson score interval: the accuracy we can vouch for."""
    if seen == 0:
        return 0.0
    p = right / seen
    centre = p + z * z / (2 * seen)
    spread = z * math.sqrt(p * (1 - p) / seen + z * z / (4 * seen * seen))
    return (centre - spread) / (1 + z * z / seen)


def wilson_upper(right: int, seen: int, z: float = WILSON_Z) -> float:
    """Upper end of the Wilson score interval."""
    return 1.0 - wilson_lower(seen - right, seen, z) if seen else 1.0


def _parents(key: str) -> list[str]:
    """The more general descriptions a key may pool with, most general first."""
    parts = key.split("|")
    if parts[0] == "*":
        return []
    if len(parts) == 4:
        ref, amount, _customer, flags = parts
        if amount == "*":
            return [f"*|{flags}"]
        return [f"*|{flags}", f"{ref}|*|*|{flags}"] if "+" not in flags else []
    if len(parts) == 3:
        return [parts[0], f"{parts[0]}|{parts[1]}"]
    return [parts[0]] if len(parts) == 2 else []


def calibration_table(evidence: dict[str, Tally]) -> dict[str, float]:
    """The :data:`matchers.calibration.OBSERVED` table from counted evidence.

    Each description seen at least ``MIN_SEEN`` times gets the lower end of the 95%
    Wilson interval of its accuracy. Where the data cannot tell a description apart
    from a more general one (the general one's accuracy lies inside the specific one's
    interval), the general one's tighter bound is used instead (never above the
    specific one's upper end): pooling what is not shown to differ.
    """
    table: dict[str, float] = {}
    for key, tally in sorted(evidence.items()):
        if tally.seen < MIN_SEEN:
            continue
        low, high = wilson_lower(tally.right, tally.seen), wilson_upper(tally.right, tally.seen)
        value = low
        for parent in _parents(key):
            pooled = evidence.get(parent)
            if pooled is not None and pooled.seen > tally.seen and low <= pooled.share <= high:
                value = max(low, min(wilson_lower(pooled.right, pooled.seen), high))
                break
        table[key] = min(max(0.0, math.floor(value * 1000) / 1000), CEILING)
    return table


# ---------------------------------------------------------------- timing and memory


def peak_rss_mb() -> float:
    """Peak resident memory of this process so far, in MiB (Linux reports KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


@contextmanager
def _timed(into: dict[str, float], name: str) -> Iterator[None]:
    start = time.perf_counter()
    yield
    into[name] = round(time.perf_counter() - start, 3)
    typer.echo(f"  {name:<28} {into[name]:8.2f} s   (peak RSS {peak_rss_mb():,.0f} MiB)", err=True)


@contextmanager
def _gc_paused() -> Iterator[None]:
    """As `inbox-agent match` does while it loads a million acyclic objects."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def bench_policy() -> MatchPolicy:
    """The shipped defaults, with the generated world's discount terms."""
    return policy_from_rules(MatchingRules(discount_rates_pct=list(DISCOUNT_RATES)))


@dataclass(slots=True)
class Run:
    """One bench run: the ledger, what was loaded, the proposals and the timings."""

    ledger: Ledger
    items: list[OpenItem]
    index: OpenItemIndex
    proposals: list[Proposal]
    times: dict[str, float]


def _load(ledger: Ledger, times: dict[str, float], *, in_memory: bool) -> list[OpenItem]:
    if in_memory:
        with _timed(times, "build open items"), _gc_paused():
            return list(ledger.open_items())
    from inbox_agent.imports import read_open_items  # pandas only when the CSV is read

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "open-items.csv"
        with _timed(times, "write ERP export (CSV)"):
            ledger.write_csv(path)
        ledger.rows.clear()  # the matcher works from the file, as in production
        with _timed(times, "load: read CSV"), _gc_paused():
            return read_open_items(path)


def run_once(
    sizes: dict[str, int], seed: int, *, in_memory: bool, policy: MatchPolicy | None = None
) -> Run:
    """Generate, load, index and match; timings go to stderr as they happen."""
    times: dict[str, float] = {}
    typer.echo(
        f"bench match: {sizes['items']:,} open items, {sizes['customers']:,} customers, "
        f"~{sizes['lines']:,} remittance lines, seed {seed}",
        err=True,
    )
    with _timed(times, "generate ledger"):
        ledger = generate(seed=seed, **sizes)
    items = _load(ledger, times, in_memory=in_memory)
    with _timed(times, "load: build index"), _gc_paused():
        index = OpenItemIndex(items)
    with _timed(times, "load: one-edit index"), _gc_paused():
        index.warm()
    with _timed(times, "load: customer directory"), _gc_paused():
        directory = CustomerDirectory(ledger.customers)
    remittances = [case.remittance for case in ledger.cases]
    policy = policy or bench_policy()
    gc.collect()
    cpu = time.process_time()
    with _timed(times, "match"):
        proposals = match_all(remittances, index, directory, policy)
    times["match_cpu"] = round(time.process_time() - cpu, 3)
    return Run(ledger, items, index, proposals, times)


def baseline(run: Run, sample: int, seed: int) -> dict[str, float]:
    """Per-line time of ``process.extractOne`` over every invoice number, on a sample.

    Both wall-clock and CPU time are compared: on a shared machine the wall clock also
    measures the neighbours.
    """
    refs = [line.invoice_ref for case in run.ledger.cases for line in case.remittance.lines]
    if not refs or sample <= 0:
        return {}
    chosen = random.Random(seed).sample(refs, min(sample, len(refs)))
    numbers = [item.invoice_number for item in run.items]
    start, cpu = time.perf_counter(), time.process_time()
    for ref in chosen:
        process.extractOne(ref, numbers)
    per_line = (time.perf_counter() - start) / len(chosen)
    per_line_cpu = (time.process_time() - cpu) / len(chosen)
    lines = max(1, len(refs))
    ours, ours_cpu = run.times["match"] / lines, run.times["match_cpu"] / lines
    return {
        "baseline_lines": len(chosen),
        "baseline_ms_per_line": round(per_line * 1000, 3),
        "baseline_cpu_ms_per_line": round(per_line_cpu * 1000, 3),
        "ms_per_line": round(ours * 1000, 4),
        "cpu_ms_per_line": round(ours_cpu * 1000, 4),
        "speedup": round(per_line / ours, 1) if ours else float("inf"),
        "speedup_cpu": round(per_line_cpu / ours_cpu, 1) if ours_cpu else float("inf"),
    }


def receipt_scores(run: Run, policy: MatchPolicy) -> dict[str, float]:
    """How well remittances are tied to the bank receipts that brought their money."""
    ledger = run.ledger
    directory = CustomerDirectory(ledger.customers)
    links = link_receipts(
        [c.remittance for c in ledger.cases], ledger.receipts, directory, policy, run.proposals
    )
    right = {
        link.source for link in links if ledger.receipt_truth.get(link.source) == link.receipt_index
    }
    auto = [link for link in links if link.status is MatchStatus.AUTO]
    auto_right = [link for link in auto if link.source in right]
    return {
        "receipts": len(ledger.receipts),
        "links": len(links),
        "links_right": len(right),
        "links_auto": len(auto),
        "links_auto_right": len(auto_right),
        "receipts_with_advice": len(ledger.receipt_truth),
    }


# ---------------------------------------------------------------- reporting


def summary(scores: Scores, run: Run, extra: dict[str, Any]) -> dict[str, Any]:
    """Every figure as one JSON-ready object."""
    lines = sum(len(c.remittance.lines) for c in run.ledger.cases)
    bins = [
        {
            "from": BINS[i],
            "to": min(BINS[i + 1], 1.0),
            "count": tally.seen,
            "accuracy": round(tally.share, 4),
            "mean_confidence": round(scores.bin_confidence[i] / tally.seen, 4)
            if tally.seen
            else None,
        }
        for i, tally in enumerate(scores.bins)
    ]
    return {
        "open_items": len(run.index),
        "customers": len(run.ledger.customers),
        "remittances": len(run.ledger.cases),
        "remittance_lines": lines,
        "true_allocations": scores.truth,
        "auto_allocations": scores.auto.seen,
        "auto_precision": round(scores.auto_precision, 4),
        "auto_recall": round(scores.auto_recall, 4),
        "top1_accuracy": round(scores.top1, 4),
        "proposal_precision": round(scores.proposed.share, 4),
        "calibration": bins,
        "by_noise": {
            k: {"true": v[0], "auto_right": v[1], "proposed_right": v[2]}
            for k, v in sorted(scores.by_noise.items())
        },
        "customer_by_evidence": {
            k: {"count": t.seen, "accuracy": round(t.share, 4)}
            for k, t in sorted(scores.customer.items())
        },
        "times_s": run.times,
        "match_lines_per_s": round(lines / run.times["match"], 1) if run.times["match"] else None,
        "peak_rss_mb": round(peak_rss_mb(), 1),
        **extra,
    }


def _print_human(figures: dict[str, Any]) -> None:
    echo = typer.echo
    echo(f"open items {figures['open_items']:,}; customers {figures['customers']:,}; "
         f"remittances {figures['remittances']:,}; lines {figures['remittance_lines']:,}; "
         f"true allocations {figures['true_allocations']:,}")  # fmt: skip
    echo("")
    echo(f"auto-precision   {figures['auto_precision']:.4f}   (target >= 0.995; "
         f"{figures['auto_allocations']:,} automatic allocations)")  # fmt: skip
    echo(f"auto-recall      {figures['auto_recall']:.4f}   (target >= 0.90)")
    echo(f"top-1 accuracy   {figures['top1_accuracy']:.4f}   (proposal precision "
         f"{figures['proposal_precision']:.4f})")  # fmt: skip
    echo("")
    echo("calibration: confidence bin -> share right (count, mean confidence)")
    for row in figures["calibration"]:
        if row["count"]:
            echo(f"  [{row['from']:.2f}, {row['to']:.2f})  {row['accuracy']:.4f}  "
                 f"({row['count']:,}, {row['mean_confidence']:.3f})")  # fmt: skip
    echo("")
    echo("by kind of noise: true, auto and right, proposed and right")
    for name, row in figures["by_noise"].items():
        echo(f"  {name:<36} {row['true']:6,} {row['auto_right']:6,} {row['proposed_right']:6,}")
    echo("")
    echo("customer identified right, by how the payer was named")
    for name, row in figures["customer_by_evidence"].items():
        echo(f"  {name:<24} {row['accuracy']:.4f}  ({row['count']:,})")
    if "links" in figures:
        echo("")
        echo(f"bank receipts: {figures['links_right']:,} of {figures['links']:,} links right "
             f"({figures['links_auto_right']:,} of {figures['links_auto']:,} automatic); "
             f"{figures['receipts_with_advice']:,} receipts had an advice")  # fmt: skip
    echo("")
    times = figures["times_s"]
    parts = {k[6:]: v for k, v in times.items() if k.startswith("load")}
    detail = ", ".join(f"{k} {v:.2f}" for k, v in parts.items())
    echo(f"load time        {sum(parts.values()):8.2f} s   ({detail})")
    rate = f"{figures['match_lines_per_s']:,} lines/s; {times['match_cpu']:.2f} s of CPU"
    echo(f"match time       {times['match']:8.2f} s   (target <= 10 s; {rate})")
    echo(f"peak memory      {figures['peak_rss_mb']:8,.0f} MiB (target < 2048; whole process)")
    if "speedup" in figures:
        echo(
            f"naive baseline   {figures['baseline_ms_per_line']:8.1f} ms/line on "
            f"{figures['baseline_lines']} lines vs {figures['ms_per_line']:.3f} ms/line: "
            f"{figures['speedup']:,.0f}x faster (target >= 100x); by CPU time "
            f"{figures['baseline_cpu_ms_per_line']:.1f} vs {figures['cpu_ms_per_line']:.3f} "
            f"ms/line, {figures['speedup_cpu']:,.0f}x"
        )


def _calibrate(sizes: dict[str, int], *, in_memory: bool) -> None:
    total: defaultdict[str, Tally] = defaultdict(Tally)
    # Every proposal is kept, however unsure, so that evidence the table would put below
    # the review threshold is still counted (otherwise it could never earn its way up).
    everything = dataclasses.replace(bench_policy(), review_threshold=0.0)
    for seed in CALIBRATION_SEEDS:
        run = run_once(sizes, seed, in_memory=in_memory, policy=everything)
        scores = evaluate(run.ledger.cases, run.proposals)
        for key, tally in scores.evidence.items():
            total[key].seen += tally.seen
            total[key].right += tally.right
    typer.echo("OBSERVED: dict[str, float] = {")
    for key, value in calibration_table(total).items():
        tally = total[key]
        typer.echo(f'    "{key}": {value},  # {tally.right}/{tally.seen}')
    typer.echo("}")


ItemsOpt = Annotated[int | None, typer.Option("--items", help="Open items (default 1,000,000).")]
CustomersOpt = Annotated[
    int | None, typer.Option("--customers", help="Customers (default 50,000).")
]
LinesOpt = Annotated[int | None, typer.Option("--lines", help="Remittance lines (default 10,000).")]
SeedOpt = Annotated[int, typer.Option("--seed", help="Seed (7 evaluates; 2026 is held out).")]
QuickOpt = Annotated[bool, typer.Option("--quick", help="Small sizes for a quick look.")]
JsonOpt = Annotated[bool, typer.Option("--json", help="One JSON object on stdout.")]
MemoryOpt = Annotated[
    bool, typer.Option("--in-memory", help="Skip the CSV round trip (load from memory).")
]
BaselineOpt = Annotated[int, typer.Option("--baseline-lines", help="Lines timed for the baseline.")]
CalibrateOpt = Annotated[
    bool,
    typer.Option("--calibrate", help="Print matchers.calibration.OBSERVED from seeds 101-103."),
]


def match_bench(
    *,
    items: ItemsOpt = None,
    customers: CustomersOpt = None,
    lines: LinesOpt = None,
    seed: SeedOpt = EVALUATION_SEED,
    quick: QuickOpt = False,
    as_json: JsonOpt = False,
    in_memory: MemoryOpt = False,
    baseline_lines: BaselineOpt = 20,
    calibrate: CalibrateOpt = False,
) -> None:
    """Accuracy, calibration and speed of the matcher on a generated noisy ledger."""
    defaults = QUICK if quick else FULL
    sizes = {
        "items": items or defaults["items"],
        "customers": customers or defaults["customers"],
        "lines": lines or defaults["lines"],
    }
    if sizes["items"] < sizes["customers"] or sizes["customers"] < 1:
        typer.echo("--items must be at least --customers, and both at least 1", err=True)
        raise typer.Exit(2)
    if calibrate:
        _calibrate(sizes, in_memory=in_memory)
        return
    run = run_once(sizes, seed, in_memory=in_memory)
    scores = evaluate(run.ledger.cases, run.proposals)
    extra: dict[str, Any] = {"seed": seed}
    extra.update(receipt_scores(run, bench_policy()))
    extra.update(baseline(run, baseline_lines, seed))
    figures = summary(scores, run, extra)
    if as_json:
        sys.stdout.write(json.dumps(figures, default=_json_default) + "\n")
    else:
        _print_human(figures)


def _json_default(value: object) -> object:
    if isinstance(value, Decimal):
        return f"{value:.2f}"
    raise TypeError(f"not JSON serialisable: {type(value).__name__}")


def register(bench_app: typer.Typer) -> None:
    """Add ``match`` to the ``bench`` group."""
    bench_app.command("match")(match_bench)
