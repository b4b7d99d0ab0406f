"""The pattern model beside the lexicon: shipped weights, stable features, who decides."""

from __future__ import annotations

import math
import subprocess
import sys

import numpy as np
import pytest

from inbox_agent.classify import fallback
from inbox_agent.classify.model import PatternModel, features, shipped_model
from inbox_agent.config.rules import CATEGORIES
from inbox_agent.mail.parse import parse_message


def test_hashed_features_are_the_same_in_every_process() -> None:
    """GIVEN the same text WHEN featurised here and in a fresh interpreter (another hash
    seed) THEN the hashed ids are identical: shipped weights stay meaningful."""
    text = "Zahlung erfolgt nächste Woche 付款"
    here = sorted(features(text))
    code = f"from inbox_agent.classify.model import features;print(sorted(features({text!r})))"
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


def _always(category: str, probability: float) -> PatternModel:
    """A model that says ``category`` with ``probability`` whatever the text (no features)."""
    others = (1.0 - probability) / (len(CATEGORIES) - 1)
    logits = [math.log(probability if c == category else others) for c in CATEGORIES]
    return PatternModel(
        classes=tuple(CATEGORIES),
        feature_ids=np.array([0], dtype=np.int64),
        weights=np.zeros((1, len(CATEGORIES)), dtype=np.float32),
        intercepts=np.array(logits, dtype=np.float32),
    )


def _plain(subject: str, body: str) -> bytes:
    return (
        f"From: someone@example.com\r\nTo: ar@example.com\r\nSubject: {subject}\r\n\r\n{body}\r\n"
    ).encode()


def test_with_nothing_recognised_a_sure_model_names_the_category_for_a_person() -> None:
    """GIVEN mail the lexicon recognises nothing in WHEN the model is sure (>= 0.95)
    THEN its category is given, but below any person threshold."""
    mail = parse_message(_plain("zzkv", "trepok wibble snorf"))
    assert not fallback.lexicon_verdict(mail).evidence
    verdict = fallback.classify_fallback(mail, model=_always("dispute", 0.97))
    assert verdict.category == "dispute"
    assert verdict.confidence <= fallback.NO_EVIDENCE_CONFIDENCE


def test_with_nothing_recognised_an_unsure_model_leaves_other() -> None:
    """GIVEN mail the lexicon recognises nothing in WHEN the model only leans (0.6)
    THEN it stays 'other': a greeting is not a statement request."""
    mail = parse_message(_plain("zzkv", "trepok wibble snorf"))
    verdict = fallback.classify_fallback(mail, model=_always("statement_request", 0.6))
    assert (verdict.category, verdict.confidence) == ("other", fallback.NO_EVIDENCE_CONFIDENCE)
