"""The pattern model beside the lexicon: shipped weights, stable features, who decides."""

from __future__ import annotations

import subprocess
import sys

import pytest

from inbox_agent.classify import fallback
from inbox_agent.classify.model import features, shipped_model
from inbox_agent.config.rules import CATEGORIES


def test_hashed_features_are_the_same_in_every_process() -> None:
    """GIVEN the same text WHEN featurised here and in a fresh interpreter (another hash
    seed) THEN the hashed ids are identical: shipped weights stay meaningful."""
    text = "Zahlung erfolgt nächste Woche 付款"
    here = sorted(features(text))
    code = (
        "from inbox_agent.classify.model import features;"
        f"print(sorted(features({text!r})))"
    )
    there = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        env={"PYTHONHASHSEED": "123"},
    ).stdout
    assert str(here) == there.strip()


def test_shipped_weights_load_and_give_a_distribution() -> None:
    """The package ships the model; its probabilities cover every category and sum to 1."""
    model = shipped_model()
    assert model is not None
    probabilities = model.probabilities("please send us a copy of invoice 12345")
    assert set(probabilities) == set(CATEGORIES)
    assert sum(probabilities.values()) == pytest.approx(1.0)
    assert max(probabilities, key=lambda c: probabilities[c]) == "invoice_request"


def test_protocol_headers_are_not_overruled_by_the_model() -> None:
    """GIVEN a lexicon verdict resting on an Auto-Submitted header WHEN joined with a model
    sure of something else THEN the verdict stands."""
    evidence = [fallback.Evidence("auto_reply", 8.0, "header", "Auto-Submitted")]
    verdict = fallback.decide(evidence)
    assert fallback._protocol_decides(verdict)


def test_the_model_decides_where_the_lexicon_only_has_hints() -> None:
    """GIVEN a lexicon leaning weakly one way (a cue word) WHEN the model is very sure of
    another category THEN the joined verdict follows the model."""
    weak = fallback.decide([fallback.Evidence("payment_promise", 0.75, "body", "friday", False)])
    model = dict.fromkeys(CATEGORIES, 0.01)
    model["remittance"] = 0.93
    joined = fallback.join_model(weak, model)
    assert joined.category == "remittance"
    assert joined.evidence[-1].where == "model"
