"""Training the pattern model and measuring it honestly: ``--train-model``, ``--cross-validate``.

The model (``classify/model.py``) is only as good as the mail it learned from, and a
figure measured on that same mail says nothing. So the shipped weights learn from the
hand-written training splits only (never ``mail_holdout.HELD_OUT_SPLITS``), and
cross-validation measures each of them with a model trained on the others: the
figure that tells whether a change (a feature, ``fallback.MODEL_WEIGHT``) generalises
to authors the model has not read. Both need scikit-learn, a development dependency.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from dataclasses import dataclass

import typer

from inbox_agent.bench.mail_holdout import TRAINING_SPLITS
from inbox_agent.classify.corpus import LabelledMessage
from inbox_agent.classify.fallback import (
    JOIN_CALIBRATION,
    classify_fallback,
    fit_calibration,
    lexicon_verdict,
    was_joined,
)
from inbox_agent.classify.features import message_zones
from inbox_agent.classify.model import MODEL_PATH, PatternModel, model_text, shipped_model, train
from inbox_agent.mail.parse import ParsedMessage, parse_message


@dataclass(frozen=True, slots=True)
class FoldResult:
    """One hand-written split measured by a model that never saw it."""

    split: str
    messages: int
    lexicon_right: int
    joined_right: int
    joined_samples: tuple[tuple[float, bool], ...] = ()
    """(log-odds, right) of each verdict the model took part in: calibration data."""


def training_messages(corpus: Sequence[LabelledMessage]) -> list[LabelledMessage]:
    """The messages the shipped model learns from: the hand-written training splits.

    Not the held-out ones, and not the generated corpus either: cross-validated, adding
    its templates did not help (94.1% against 94.6% without), the lexicon already knows
    their wording, and they would teach the model its authors' habits.
    """
    return [m for m in corpus if m.split in TRAINING_SPLITS]


def fit(messages: Sequence[LabelledMessage]) -> PatternModel:
    """A model fitted on these messages, as the classifier reads them."""
    texts = [model_text(message_zones(parse_message(m.data))) for m in messages]
    try:
        return train(texts, [m.category for m in messages])
    except ImportError as exc:  # scikit-learn is a development dependency
        typer.echo(
            "training the pattern model needs scikit-learn: pip install -e '.[dev]'", err=True
        )
        raise typer.Exit(1) from exc


def train_and_ship(corpus: Sequence[LabelledMessage]) -> None:
    """Fit the model on the training splits and write the weights the package ships."""
    messages = training_messages(corpus)
    fitted = fit(messages)
    fitted.save(MODEL_PATH)
    shipped_model.cache_clear()
    splits = sorted({m.split for m in messages})
    print(
        f"pattern model trained on {len(messages)} messages (splits {', '.join(splits)}), "
        f"{len(fitted.feature_ids)} features -> {MODEL_PATH}",
        file=sys.stderr,
    )


def cross_validate(corpus: Sequence[LabelledMessage]) -> list[FoldResult]:
    """Each hand-written training split, sorted with a model trained on all the others."""
    training = training_messages(corpus)
    parsed: dict[str, list[tuple[LabelledMessage, ParsedMessage]]] = {}
    for message in training:
        parsed.setdefault(message.split, []).append((message, parse_message(message.data)))
    results = []
    for split in TRAINING_SPLITS:
        if split not in parsed:
            continue
        print(f"cross-validation: training without {split} ...", file=sys.stderr)
        model = fit([m for m in training if m.split != split])
        lexicon = joined = 0
        samples = []
        for message, mail in parsed[split]:
            lexicon += lexicon_verdict(mail).category == message.category
            verdict = classify_fallback(mail, model=model)
            joined += verdict.category == message.category
            if was_joined(verdict):
                samples.append((verdict.log_odds, verdict.category == message.category))
        results.append(FoldResult(split, len(parsed[split]), lexicon, joined, tuple(samples)))
    return results


def fit_join_calibration(results: Sequence[FoldResult]) -> tuple[float, float]:
    """``fallback.JOIN_CALIBRATION`` fitted on out-of-fold verdicts only.

    Fitted on mail the model had not seen, so the confidence says how often a verdict
    on new mail is right, not how well the model remembers its training mail.
    """
    return fit_calibration([s for r in results for s in r.joined_samples])


def render_cross_validation(results: Sequence[FoldResult]) -> str:
    """A table of lexicon-alone and joined accuracy per left-out split, with the totals."""
    lines = [f"{'left out':<10}{'n':>5}{'lexicon alone':>15}{'lexicon+model':>15}"]
    for row in results:
        lines.append(
            f"{row.split:<10}{row.messages:>5}{_pct(row.lexicon_right, row.messages):>15}"
            f"{_pct(row.joined_right, row.messages):>15}"
        )
    total = sum(r.messages for r in results)
    lines.append(
        f"{'all':<10}{total:>5}{_pct(sum(r.lexicon_right for r in results), total):>15}"
        f"{_pct(sum(r.joined_right for r in results), total):>15}"
    )
    if any(r.joined_samples for r in results):
        lines.append(
            f"joined confidence calibration fitted out of fold: {fit_join_calibration(results)}"
            f" (in use: {JOIN_CALIBRATION})"
        )
    return "\n".join(lines)


def _pct(right: int, total: int) -> str:
    return f"{100 * right / total:.1f}%" if total else "-"
