"""``inbox-agent bench classify``: how well mail is sorted, measured on the labelled corpus.

Two runs over the same messages: the shipped rules.yaml plus the fallback, exactly as the
agent sorts (``rules_classifier.classify``), and the fallback alone (no rules), which is
what mail no admin rule foresaw meets. The corpus has three splits of templates: A, which
the lexicon was tuned on first; B, on which the confidence calibration is fitted; and C,
written later. B and C were held out until their failures were read on 2026-11-27, so all
three are now "tuned on". The other splits are hand-written mail from authors who never
read the classifier (``inbox_agent/bench/mail_holdout``): the pattern model is trained on
all but the held-out one (K), the closest stand-in for mail nobody has seen;
``--cross-validate`` measures each training split with a model that never saw it. Each run
reports accuracy per split and overall; precision,
recall and F1 per category; the most frequent confusions; how much would go to a person
(confidence below ``sorting.min_confidence``) and how accurate the rest is; and speed.
Figures are printed, never asserted: a test checks the shape of the report only.
"""

from __future__ import annotations

import json
import sys
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated, Any

import typer

from inbox_agent.bench.classify_model import cross_validate, render_cross_validation, train_and_ship
from inbox_agent.bench.mail_holdout import (
    HAND_WRITTEN_SPLITS,
    HELD_OUT_SPLITS,
    HoldoutMissing,
    load_holdout,
)
from inbox_agent.classify.corpus import DEFAULT_SEED, LabelledMessage, build_corpus
from inbox_agent.classify.fallback import (
    CALIBRATION,
    fit_calibration,
    lexicon_verdict,
)
from inbox_agent.classify.rules_classifier import classify
from inbox_agent.config.active import active_rules
from inbox_agent.config.loader import RulesInvalid
from inbox_agent.config.rules import CATEGORIES, SortingRules
from inbox_agent.mail.parse import ParsedMessage, parse_message

GENERATED_SPLITS = ("A", "B", "C")
SPLITS = ("all", *GENERATED_SPLITS, *HAND_WRITTEN_SPLITS)
CALIBRATION_SPLIT = "B"
CALIBRATION_BINS = ((0.0, 0.6), (0.6, 0.8), (0.8, 0.9), (0.9, 0.95), (0.95, 1.01))


@dataclass(frozen=True, slots=True)
class Outcome:
    """One message's label and what the classifier said."""

    message: LabelledMessage
    category: str
    confidence: float
    rule: str | None

    @property
    def correct(self) -> bool:
        """True when the predicted category is the label."""
        return self.category == self.message.category


@dataclass(slots=True)
class ModeReport:
    """Every figure for one way of sorting the corpus."""

    mode: str
    outcomes: list[Outcome]
    seconds: float
    cpu_seconds: float
    min_confidence: float
    extra: dict[str, Any] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        """The report as plain JSON-ready data."""
        kept = [o for o in self.outcomes if o.confidence >= self.min_confidence]
        return {
            "mode": self.mode,
            "messages": len(self.outcomes),
            "accuracy": {name: _accuracy(self._split(name)) for name in SPLITS},
            "split_sizes": {name: len(self._split(name)) for name in SPLITS},
            "per_category": per_category(self.outcomes),
            "confusions": confusions(self.outcomes),
            "to_person_share": _round(1 - len(kept) / len(self.outcomes)) if self.outcomes else 0.0,
            "accuracy_on_rest": _accuracy(kept),
            "by_language": _grouped(self.outcomes, lambda o: o.message.language),
            "by_shape": _grouped(self.outcomes, lambda o: _shape_group(o.message.shape)),
            "decided_by_rule": sum(1 for o in self.outcomes if o.rule is not None),
            "calibration": calibration_table(self.outcomes),
            "calibration_by_split": {
                name: calibration_table(self._split(name))
                for name in SPLITS[1:]
                if self._split(name)
            },
            "messages_per_second": _rate(len(self.outcomes), self.seconds),
            "messages_per_cpu_second": _rate(len(self.outcomes), self.cpu_seconds),
            **self.extra,
        }

    def _split(self, name: str) -> list[Outcome]:
        return [o for o in self.outcomes if name == "all" or o.message.split == name]


def _rate(count: int, seconds: float) -> float | None:
    return round(count / seconds, 1) if seconds > 0 else None


def _round(value: float) -> float:
    return round(value, 4)


def _accuracy(outcomes: Sequence[Outcome]) -> float | None:
    return _round(sum(o.correct for o in outcomes) / len(outcomes)) if outcomes else None


def _shape_group(shape: str) -> str:
    base = shape.split("+")[0].split("<")[0]
    return f"{base}+html" if "+html" in shape else base


def _grouped(outcomes: Sequence[Outcome], key: Any) -> dict[str, dict[str, Any]]:
    groups: dict[str, list[Outcome]] = {}
    for outcome in outcomes:
        groups.setdefault(key(outcome), []).append(outcome)
    return {name: {"n": len(g), "accuracy": _accuracy(g)} for name, g in sorted(groups.items())}


def per_category(outcomes: Sequence[Outcome]) -> dict[str, dict[str, Any]]:
    """Precision, recall and F1 for each category, with its number of labelled messages."""
    table: dict[str, dict[str, Any]] = {}
    for category in CATEGORIES:
        true_pos = sum(1 for o in outcomes if o.category == category and o.correct)
        predicted = sum(1 for o in outcomes if o.category == category)
        actual = sum(1 for o in outcomes if o.message.category == category)
        precision = true_pos / predicted if predicted else None
        recall = true_pos / actual if actual else None
        f1 = (
            2 * precision * recall / (precision + recall)
            if precision is not None and recall is not None and precision + recall
            else None
        )
        table[category] = {
            "n": actual,
            "precision": None if precision is None else _round(precision),
            "recall": None if recall is None else _round(recall),
            "f1": None if f1 is None else _round(f1),
        }
    return table


def confusions(outcomes: Sequence[Outcome], limit: int = 10) -> list[dict[str, Any]]:
    """The most frequent (label, prediction) mistakes, with example message keys."""
    counts = Counter((o.message.category, o.category) for o in outcomes if not o.correct)
    return [
        {
            "label": label,
            "predicted": predicted,
            "count": count,
            "examples": [
                o.message.key
                for o in outcomes
                if (o.message.category, o.category) == (label, predicted)
            ][:3],
        }
        for (label, predicted), count in counts.most_common(limit)
    ]


def calibration_table(outcomes: Sequence[Outcome]) -> list[dict[str, Any]]:
    """Per confidence band: how many, their mean confidence, and how many were right."""
    rows = []
    for low, high in CALIBRATION_BINS:
        band = [o for o in outcomes if low <= o.confidence < high]
        if band:
            rows.append(
                {
                    "band": f"{low:.2f}-{min(high, 1.0):.2f}",
                    "n": len(band),
                    "mean_confidence": _round(sum(o.confidence for o in band) / len(band)),
                    "accuracy": _accuracy(band),
                }
            )
    return rows


def evaluate(
    mode: str,
    messages: Sequence[tuple[LabelledMessage, ParsedMessage]],
    sorting: SortingRules,
) -> ModeReport:
    """Sort every message as the agent would under ``sorting``, timing the sorting alone."""
    outcomes = []
    started, cpu_started = time.perf_counter(), time.process_time()
    for labelled, parsed in messages:
        result = classify(parsed, sorting)
        outcomes.append(Outcome(labelled, result.category, result.confidence, result.rule))
    return ModeReport(
        mode,
        outcomes,
        time.perf_counter() - started,
        time.process_time() - cpu_started,
        sorting.min_confidence,
    )


def refit(messages: Sequence[tuple[LabelledMessage, ParsedMessage]]) -> tuple[float, float]:
    """Calibration constants for ``fallback.CALIBRATION``, fitted on split B only.

    Not on A: the lexicon was tuned until A was all right, so A would teach certainty.
    Calibration moves confidence only, never the category, so B's accuracy stays held out.
    """
    samples = []
    for labelled, parsed in messages:
        if labelled.split != CALIBRATION_SPLIT:
            continue
        verdict = lexicon_verdict(parsed)
        if verdict.evidence:  # no evidence has its fixed confidence; nothing to fit
            samples.append((verdict.log_odds, verdict.category == labelled.category))
    return fit_calibration(samples)


def _pct(value: float | None) -> str:
    return "  -  " if value is None else f"{100 * value:5.1f}%"


def render(report: dict[str, Any]) -> str:
    """The human-readable form of one mode's report."""
    acc = report["accuracy"]
    sizes = report["split_sizes"]
    lines = [
        f"== {report['mode']} ({report['messages']} messages, "
        f"{report['messages_per_second']} messages/s, "
        f"{report['messages_per_cpu_second']} per CPU-second)",
        f"accuracy: all {_pct(acc['all'])} (n={sizes['all']})   "
        f"generated A/B/C (tuned on): {_pct(acc['A'])} / {_pct(acc['B'])} / {_pct(acc['C'])} "
        f"(n={sizes['A']}/{sizes['B']}/{sizes['C']})",
        "hand-written by other authors (model trained on): "
        + "  ".join(
            f"{name} {_pct(acc[name])} (n={sizes[name]})"
            for name in HAND_WRITTEN_SPLITS
            if name not in HELD_OUT_SPLITS and sizes[name]
        ),
        "held out (never read or trained on): "
        + "  ".join(f"{name} {_pct(acc[name])} (n={sizes[name]})" for name in HELD_OUT_SPLITS),
        f"to a person (confidence < threshold): {_pct(report['to_person_share'])}   "
        f"accuracy on the rest: {_pct(report['accuracy_on_rest'])}   "
        f"decided by a rule: {report['decided_by_rule']}",
        "",
        f"{'category':<20}{'n':>5}{'precision':>11}{'recall':>9}{'F1':>9}",
    ]
    for category, row in report["per_category"].items():
        lines.append(
            f"{category:<20}{row['n']:>5}{_pct(row['precision']):>11}"
            f"{_pct(row['recall']):>9}{_pct(row['f1']):>9}"
        )
    lines.append("")
    lines.append("confusions (label -> predicted: count, examples):")
    lines.extend(
        f"  {c['label']} -> {c['predicted']}: {c['count']}  {', '.join(c['examples'])}"
        for c in report["confusions"]
    )
    if not report["confusions"]:
        lines.append("  none")
    lines.append(
        "by language: "
        + "  ".join(
            f"{k} {_pct(v['accuracy'])} (n={v['n']})" for k, v in report["by_language"].items()
        )
    )
    lines.append(
        "by shape:    "
        + "  ".join(
            f"{k} {_pct(v['accuracy'])} (n={v['n']})" for k, v in report["by_shape"].items()
        )
    )
    lines.append("calibration (confidence band: n, mean confidence, share right):")
    for name, table in [("all", report["calibration"]), *report["calibration_by_split"].items()]:
        lines.append(
            f"  {name:<4}"
            + "  ".join(
                f"[{r['band']}] n={r['n']} conf {r['mean_confidence']:.2f} "
                f"right {_pct(r['accuracy'])}"
                for r in table
            )
        )
    return "\n".join(lines)


def _write_corpus(target: Path, corpus: Sequence[LabelledMessage]) -> None:
    target.mkdir(parents=True, exist_ok=True)
    with (target / "labels.jsonl").open("w", encoding="utf-8") as labels:
        for message in corpus:
            name = message.key.replace("/", "-") + ".eml"
            (target / name).write_bytes(message.data)
            row = {
                "file": name,
                "category": message.category,
                "language": message.language,
                "split": message.split,
                "shape": message.shape,
            }
            labels.write(json.dumps(row, ensure_ascii=False) + "\n")


JsonOpt = Annotated[bool, typer.Option("--json", help="One JSON object per mode on stdout.")]
RulesOpt = Annotated[Path | None, typer.Option("--rules", help="rules.yaml to use.")]
LimitOpt = Annotated[int | None, typer.Option("--limit", min=1, help="Use N messages only.")]
SplitOpt = Annotated[
    str,
    typer.Option("--split", help="all; A, B or C (generated); D to K (hand-written; K held out)."),
]
SeedOpt = Annotated[int, typer.Option("--seed", help="Corpus seed.")]
FitOpt = Annotated[
    bool, typer.Option("--fit-calibration", help="Refit the confidence calibration on split B.")
]
TrainOpt = Annotated[
    bool,
    typer.Option(
        "--train-model",
        help="Retrain the pattern model on every split but K, write its weights, then measure.",
    ),
]
CrossOpt = Annotated[
    bool,
    typer.Option(
        "--cross-validate",
        help="Measure each hand-written training split with a model trained without it.",
    ),
]
WriteOpt = Annotated[
    Path | None,
    typer.Option("--write-corpus", help="Also write the corpus as .eml + labels.jsonl."),
]


def classify_bench(
    *,
    as_json: JsonOpt = False,
    rules: RulesOpt = None,
    limit: LimitOpt = None,
    split: SplitOpt = "all",
    seed: SeedOpt = DEFAULT_SEED,
    fit: FitOpt = False,
    write_corpus: WriteOpt = None,
    train_model: TrainOpt = False,
    cross: CrossOpt = False,
) -> None:
    """Sort the labelled corpus with the shipped rules + fallback, and with the fallback alone."""
    if split not in SPLITS:
        typer.echo(f"--split must be one of {', '.join(SPLITS)}, not {split!r}", err=True)
        raise typer.Exit(2)
    try:
        sorting = active_rules(rules).sorting
    except RulesInvalid as exc:
        typer.echo(str(exc), err=True)
        raise typer.Exit(1) from exc
    built = time.perf_counter()
    try:
        corpus = _corpus(seed, split, limit)
    except HoldoutMissing as exc:
        typer.echo(str(exc), err=True)
        raise typer.Exit(1) from exc
    if write_corpus is not None:
        _write_corpus(write_corpus, corpus)
    if train_model:
        train_and_ship(_corpus(seed, "all", None))
    if cross:
        typer.echo(render_cross_validation(cross_validate(_corpus(seed, "all", None))))
        return
    started = time.perf_counter()
    parsed = [(m, parse_message(m.data)) for m in corpus]
    parse_seconds = time.perf_counter() - started
    print(
        f"corpus: {len(corpus)} messages built in {started - built:.2f}s, parsed in "
        f"{parse_seconds:.2f}s (seed {seed}, split {split})",
        file=sys.stderr,
    )
    modes = [
        evaluate("rules+fallback", parsed, sorting),
        evaluate("fallback only", parsed, sorting.model_copy(update={"rules": []})),
    ]
    if fit:
        modes[1].extra["calibration_fitted_on_B"] = list(refit(parsed))
        modes[1].extra["calibration_in_use"] = list(CALIBRATION)
    for mode in modes:
        report = mode.as_dict()
        if as_json:
            sys.stdout.write(json.dumps(report, ensure_ascii=False) + "\n")
        else:
            typer.echo(render(report))
            if "calibration_fitted_on_B" in report:
                typer.echo(
                    f"calibration fitted on split B: {tuple(report['calibration_fitted_on_B'])}"
                    f" (in use: {CALIBRATION})"
                )
            typer.echo("")


def _corpus(seed: int, split: str, limit: int | None) -> list[LabelledMessage]:
    """The generated corpus and the hand-written splits, as ``--split`` and ``--limit`` ask."""
    corpus: list[LabelledMessage] = []
    if split == "all" or split in GENERATED_SPLITS:
        corpus.extend(build_corpus(seed, split=split))
    for name in HAND_WRITTEN_SPLITS:
        if split in {"all", name}:
            corpus.extend(load_holdout(name))
    if limit is None or limit >= len(corpus):
        return corpus
    step = len(corpus) / limit  # spread over every split and template, not the first few
    return [corpus[int(i * step)] for i in range(limit)]


def register(bench_app: typer.Typer) -> None:
    """Add ``classify`` to the ``bench`` group."""
    bench_app.command("classify")(classify_bench)
