"""The sorting benchmark and the corpus it builds: shape of the report, never its figures."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from inbox_agent.bench import classify as bench
from inbox_agent.bench.classify import SPLITS
from inbox_agent.bench.mail_holdout import HAND_WRITTEN_SPLITS, HoldoutMissing, load_holdout
from inbox_agent.classify.corpus import LabelledMessage, build_corpus
from inbox_agent.config.rules import CATEGORIES
from inbox_agent.mail.parse import ParsedMessage, parse_message

REPO = Path(__file__).resolve().parents[1]
SMALL = "24"


@pytest.fixture(scope="module")
def corpus() -> list[LabelledMessage]:
    return build_corpus()


@pytest.fixture(scope="module")
def parsed(corpus: list[LabelledMessage]) -> list[tuple[LabelledMessage, ParsedMessage]]:
    return [(m, parse_message(m.data)) for m in corpus]


def _app() -> typer.Typer:
    app = typer.Typer()
    bench.register(app)
    app.command("noop")(lambda: None)  # two commands, so the sub-command name is required
    return app


def _run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(
        _app(), ["classify", "--rules", str(REPO / "rules.yaml"), "--limit", SMALL, *args]
    )
    return result.exit_code, result.stdout


def test_text_report_has_every_section() -> None:
    """GIVEN a small slice of the corpus WHEN the benchmark prints its text report
    THEN both modes appear, each with accuracy per split, the person share, a row per
    category with precision/recall/F1, confusions, speed and calibration."""
    code, out = _run()
    assert code == 0, out
    assert "== rules+fallback (24 messages" in out
    assert "== fallback only (24 messages" in out
    assert out.count("messages/s") == 2
    assert out.count("held out (never read or trained on): K") == 2
    assert out.count("to a person (confidence < threshold):") == 2
    assert out.count("category                n  precision   recall       F1") == 2
    for category in CATEGORIES:
        assert out.count(f"\n{category} ") == 2, category
    assert out.count("confusions (label -> predicted") == 2
    assert out.count("calibration (confidence band") == 2


def test_json_report_is_one_object_per_mode() -> None:
    """GIVEN --json WHEN the benchmark runs THEN stdout holds exactly two JSON objects whose
    figures are shares between 0 and 1 (or null where a split is empty)."""
    code, out = _run("--json")
    assert code == 0, out
    reports = [json.loads(line) for line in out.splitlines()]
    assert [r["mode"] for r in reports] == ["rules+fallback", "fallback only"]
    for report in reports:
        assert report["messages"] == int(SMALL)
        assert set(report["accuracy"]) == set(SPLITS)
        assert sum(report["split_sizes"][s] for s in SPLITS[1:]) == report["split_sizes"]["all"]
        assert set(report["per_category"]) == set(CATEGORIES)
        assert sum(row["n"] for row in report["per_category"].values()) == int(SMALL)
        shares = [report["accuracy"]["all"], report["to_person_share"], report["accuracy_on_rest"]]
        for row in report["per_category"].values():
            shares += [row["precision"], row["recall"], row["f1"]]
        assert all(v is None or 0.0 <= v <= 1.0 for v in shares)
        assert report["messages_per_second"] > 0
        wrong = sum(c["count"] for c in report["confusions"])
        assert wrong == round(report["messages"] * (1 - report["accuracy"]["all"]))
    assert reports[0]["decided_by_rule"] > 0
    assert reports[1]["decided_by_rule"] == 0


def test_fit_calibration_reports_constants() -> None:
    """GIVEN --fit-calibration WHEN the benchmark runs THEN it prints the constants fitted on
    split B beside the ones in use."""
    code, out = _run("--fit-calibration", "--json")
    assert code == 0, out
    fallback_report = json.loads(out.splitlines()[1])
    assert len(fallback_report["calibration_fitted_on_B"]) == 2
    assert len(fallback_report["calibration_in_use"]) == 2


def test_unknown_split_is_a_usage_error() -> None:
    """GIVEN --split Z WHEN the benchmark runs THEN exit 2 with the splits it knows."""
    result = CliRunner().invoke(_app(), ["classify", "--split", "Z"])
    assert result.exit_code == 2
    assert "all, A, B, C" in result.output


def test_write_corpus_writes_eml_and_labels(tmp_path: Path) -> None:
    """GIVEN --write-corpus DIR WHEN the benchmark runs THEN DIR holds one .eml per message
    and a labels.jsonl naming each file's category, language and split."""
    code, _ = _run("--write-corpus", str(tmp_path / "corpus"))
    assert code == 0
    labels = [
        json.loads(line) for line in (tmp_path / "corpus" / "labels.jsonl").read_text().splitlines()
    ]
    assert len(labels) == int(SMALL)
    for row in labels:
        data = (tmp_path / "corpus" / row["file"]).read_bytes()
        assert parse_message(data).subject
        assert row["category"] in CATEGORIES


def test_corpus_is_deterministic() -> None:
    """GIVEN the same seed WHEN the corpus is built twice THEN the bytes are identical;
    another seed gives other mail."""
    first = build_corpus(limit=30)
    assert [m.data for m in first] == [m.data for m in build_corpus(limit=30)]
    assert [m.data for m in first] != [m.data for m in build_corpus(seed=7, limit=30)]


def test_corpus_covers_what_the_benchmark_promises(corpus: list[LabelledMessage]) -> None:
    """GIVEN the full corpus THEN it has at least 200 messages; every category; English,
    Tagalog, both Chinese scripts, German and Malay; three splits; replies, forwards,
    HTML-only mail, attachments, bounces and read receipts."""
    assert len(corpus) >= 200
    assert set(Counter(m.category for m in corpus)) == set(CATEGORIES)
    assert {"en", "tl", "zh", "zh-hant", "de", "ms"} <= {m.language for m in corpus}
    assert {m.split for m in corpus} == {"A", "B", "C"}
    shapes = Counter(m.shape.split("<")[0].split("+")[0] for m in corpus)
    assert shapes["reply"] >= 50
    assert shapes["forward"] >= 5
    assert shapes["bounce"] >= 3
    assert shapes["receipt"] >= 1
    assert sum("+html" in m.shape for m in corpus) >= 30
    assert sum("+remit_pdf" in m.shape for m in corpus) >= 10
    assert sum("+eml" in m.shape for m in corpus) >= 1


def test_replies_quote_a_different_category(
    parsed: list[tuple[LabelledMessage, ParsedMessage]],
) -> None:
    """GIVEN the corpus's replies THEN each quotes mail of another category than its own
    (a dispute answering our statement), and is marked as a reply."""
    replies = [(m, p) for m, p in parsed if m.shape.startswith("reply<")]
    assert replies
    for message, mail in replies:
        quoted_topic = message.shape.split("<")[1].split("+")[0]
        assert quoted_topic != message.category, message.key
        assert mail.in_reply_to


def test_portal_mail_from_every_portal(parsed: list[tuple[LabelledMessage, ParsedMessage]]) -> None:
    """GIVEN the corpus's portal notifications THEN Coupa, Ariba and Taulia senders all occur."""
    domains = {p.sender_domain for m, p in parsed if m.category == "portal_notification"}
    for portal in ("coupa", "ariba", "taulia"):
        assert any(portal in domain for domain in domains), portal


def test_every_message_parses_cleanly(parsed: list[tuple[LabelledMessage, ParsedMessage]]) -> None:
    """GIVEN every corpus message WHEN parsed THEN no MIME defect is reported and there is a
    body to read."""
    for message, mail in parsed:
        assert not mail.defects, (message.key, mail.defects)
        assert mail.body_text.strip() or mail.body_html, message.key


def test_limit_spreads_over_categories() -> None:
    """GIVEN a small limit WHEN the corpus is built THEN the subset still spans the categories."""
    subset = build_corpus(limit=int(SMALL))
    assert len({m.category for m in subset}) >= 6


def test_hand_written_splits_load_with_their_labels(tmp_path: Path) -> None:
    """GIVEN a folder of .eml files and labels.jsonl WHEN loaded as a hand-written split
    THEN each message carries its label, language, shape and split, bytes unchanged."""
    folder = tmp_path / "E"
    folder.mkdir()
    (folder / "e-001.eml").write_bytes(b"Subject: Paid\r\n\r\nWe paid INV-1 today.\r\n")
    (folder / "labels.jsonl").write_text(
        '{"file": "e-001.eml", "category": "remittance", "language": "en", "shape": "plain"}\n'
    )
    [message] = load_holdout("E", root=tmp_path)
    assert (message.category, message.language, message.split, message.shape) == (
        "remittance",
        "en",
        "E",
        "plain",
    )
    assert message.data.startswith(b"Subject: Paid")


def test_a_missing_hand_written_split_is_a_clear_error(tmp_path: Path) -> None:
    """GIVEN no labels for a split WHEN loaded THEN the error names the missing file."""
    with pytest.raises(HoldoutMissing, match=r"labels\.jsonl is missing"):
        load_holdout("D", root=tmp_path)


def test_the_shipped_hand_written_splits_cover_every_category() -> None:
    """Every hand-written split exists, is labelled with known categories, and holds
    every category (so the bench's per-category table means something)."""
    for split in HAND_WRITTEN_SPLITS:
        messages = load_holdout(split)
        assert len(messages) >= 100
        assert {m.category for m in messages} == set(CATEGORIES)


def test_cross_validation_measures_each_split_without_it_and_never_trains_on_k() -> None:
    """GIVEN generated mail relabelled as two hand-written splits plus held-out K
    WHEN cross-validated THEN each training split is measured once, whole, with counts
    within range, and K is in no training set nor measured."""
    from dataclasses import replace

    from inbox_agent.bench.classify_model import cross_validate, training_messages

    base = build_corpus(limit=36)
    corpus = [replace(m, split="DEK"[i % 3]) for i, m in enumerate(base)]
    assert all(m.split != "K" for m in training_messages(corpus))
    results = cross_validate(corpus)
    assert [(r.split, r.messages) for r in results] == [("D", 12), ("E", 12)]
    for row in results:
        assert 0 <= row.lexicon_right <= row.messages
        assert 0 <= row.joined_right <= row.messages
