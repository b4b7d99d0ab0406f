"""``inbox-agent bench extract`` on a tiny corpus: it builds, scores and prints its table.

The figures themselves are not asserted (a benchmark reports, it does not pass or fail);
what is checked is that the corpus is deterministic, the scoring counts right, and the
report has every figure the issue asks for.
"""

from __future__ import annotations

import json
from collections import Counter
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
import typer
from typer.testing import CliRunner

from inbox_agent.bench import extract as bench_extract
from inbox_agent.bench.remit_corpus import FAST_TOOLS, build_corpus, libreoffice_tool
from inbox_agent.bench.remit_corpus.build import CorpusDoc
from inbox_agent.bench.remit_corpus.score import score_doc


@pytest.fixture
def cli() -> typer.Typer:
    app = typer.Typer()

    @app.callback()
    def main() -> None:
        """Keep ``extract`` a subcommand, as under ``inbox-agent bench``."""

    bench_extract.register(app)
    return app


@pytest.fixture(scope="module")
def quick_json(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """The ``--json`` report of one quick run (built once for the module)."""
    out = tmp_path_factory.mktemp("corpus")
    app = typer.Typer()

    @app.callback()
    def main() -> None:
        """Subcommand holder."""

    bench_extract.register(app)
    result = CliRunner().invoke(app, ["extract", "--out", str(out), "--quick", "--json"])
    assert result.exit_code == 0, result.output
    (line,) = result.stdout.splitlines()
    report: dict[str, Any] = json.loads(line)
    report["_out"] = str(out)
    return report


def test_quick_bench_prints_the_table(cli: typer.Typer, quick_json: dict[str, Any]) -> None:
    """GIVEN the quick corpus (already built) WHEN the bench runs without --json
    THEN the table shows lines for text and scans, per tool, held-out, headers, speed."""
    result = CliRunner().invoke(cli, ["extract", "--out", quick_json["_out"], "--quick"])
    assert result.exit_code == 0, result.output
    text = result.stdout
    for heading in (
        "Lines (invoice reference, paid amount)", "text documents", "scans", "tool reportlab",
        "tool spreadsheet", "tool email", "held-out text", "Header fields", "payer",
        "payment_date", "reference", "currency", "total", "pdfplumber alone", "ratio",
        "pages/s", "Targets:",
    ):  # fmt: skip
        assert heading in text, heading
    assert "(cached)" in result.stderr


def test_json_report_has_every_figure(quick_json: dict[str, Any]) -> None:
    """GIVEN a quick run THEN the JSON holds per-group P/R/F1, header accuracy and speed."""
    corpus, lines = quick_json["corpus"], quick_json["lines"]
    assert set(corpus["by_tool"]) == set(FAST_TOOLS)
    assert corpus["docs"] == sum(corpus["by_tool"].values()) == lines["text"]["docs"]
    assert corpus["scans"] == 0 and lines["scan"]["docs"] == 0
    for tally in (lines["text"], *lines["by_tool"].values()):
        assert 0.0 <= tally["precision"] <= 1.0 and 0.0 <= tally["recall"] <= 1.0
        assert tally["lines_right"] <= min(tally["lines_found"], tally["lines_expected"])
    held = lines["held_out"].get("text", {"docs": 0})["docs"]
    dev = lines["development"].get("text", {"docs": 0})["docs"]
    assert held + dev == corpus["docs"] == corpus["held_out_docs"] + dev
    assert set(quick_json["header"]["text"]) >= {"payer", "payment_date", "reference", "all"}
    speed = quick_json["speed"]
    assert speed["text_pdf_docs"] == corpus["by_tool"]["reportlab"]
    assert speed["extract_seconds"] > 0 and speed["pdfplumber_seconds"] > 0
    assert speed["ratio"] == pytest.approx(speed["extract_seconds"] / speed["pdfplumber_seconds"],
                                           rel=0.01)  # fmt: skip
    assert set(quick_json["targets"]) >= {"text_f1", "scan_f1", "ratio", "text_f1_met"}


def test_corpus_is_deterministic(tmp_path: Path) -> None:
    """GIVEN the same seed in two folders THEN the same truths and byte-identical PDFs."""
    first = build_corpus(tmp_path / "a", quick=True, tools=["reportlab", "spreadsheet"])
    second = build_corpus(tmp_path / "b", quick=True, tools=["reportlab", "spreadsheet"])
    assert [d.truth for d in first.docs] == [d.truth for d in second.docs]
    pdfs = [d for d in first.docs if d.is_pdf]
    assert pdfs
    for doc in pdfs:
        assert first.path(doc).read_bytes() == second.path(doc).read_bytes()
    other = build_corpus(tmp_path / "c", quick=True, seed=7, tools=["reportlab"])
    assert [d.truth for d in other.docs] != [d.truth for d in first.docs if d.tool == "reportlab"]


def test_truths_are_consistent(tmp_path: Path) -> None:
    """GIVEN a built corpus THEN every truth's lines add up to its total and refs differ."""
    corpus = build_corpus(tmp_path, quick=True)
    for doc in corpus.docs:
        lines = doc.truth["lines"]
        assert lines
        assert len({line["invoice_ref"] for line in lines}) == len(lines)
        if doc.truth["total"] is not None:
            paid = sum(Decimal(line["paid_amount"]) for line in lines)
            assert paid == Decimal(doc.truth["total"]), doc.doc_id
        for line in lines:
            expected = (Decimal(line["gross_amount"]) - Decimal(line["discount"])
                        - Decimal(line["deduction"]))  # fmt: skip
            assert Decimal(line["paid_amount"]) == expected


def test_missing_slow_tool_is_reported_not_hidden(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """GIVEN no LibreOffice WHEN its documents are built THEN none, and a problem says why."""
    monkeypatch.setattr(libreoffice_tool, "executable", lambda: None)
    corpus = build_corpus(tmp_path, tools=["libreoffice"])
    assert corpus.docs == ()
    assert any("libreoffice" in problem for problem in corpus.problems)


def _doc(lines: list[tuple[str, str]]) -> CorpusDoc:
    truth = {
        "payer": "Acme Pty Ltd", "payment_date": "2026-03-14", "reference": "EFT 1",
        "currency": None, "total": "150.00",
        "lines": [{"invoice_ref": r, "paid_amount": a} for r, a in lines],
    }  # fmt: skip
    return CorpusDoc("d", "d.pdf", "reportlab", "native", "t", False, "text", 1, truth)


def test_scoring_counts_pairs_as_multisets() -> None:
    """GIVEN a line read twice and one misread THEN one right, two wrong, one missed."""
    doc = _doc([("INV-1", "100.00"), ("INV-2", "50.00")])
    found = [{"invoice_ref": "INV-1", "paid_amount": "100.00"},
             {"invoice_ref": "INV-1", "paid_amount": "100.00"},
             {"invoice_ref": "INV-2", "paid_amount": "5.00"}]  # fmt: skip
    obj = {
        "ok": True, "payer": {"name": "ACME PTY LTD"}, "payment_date": "2026-03-14",
        "payment_reference": "EFT 2", "currency": "AUD", "total": "150.00", "lines": found,
    }  # fmt: skip
    score = score_doc(doc, [obj], 0.1)
    assert score.true_positives == 1
    assert sum(score.found.values()) == 3 and sum(score.expected.values()) == 2
    assert not score.perfect
    # currency is not stated by this truth, so it is not scored; the payer folds case
    assert score.header == {"payer": True, "payment_date": True, "reference": False,
                            "total": True}  # fmt: skip


def test_unreadable_output_scores_zero() -> None:
    doc = _doc([("INV-1", "100.00")])
    error = {"ok": False, "error": {"code": "no_remittance", "message": "x"}}
    score = score_doc(doc, [error], 0.1)
    assert score.true_positives == 0 and score.error == "no_remittance"
    assert Counter(score.header.values())[True] == 0


def test_unknown_producer_is_a_usage_error(cli: typer.Typer, tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["extract", "--out", str(tmp_path), "--tools", "bogus"])
    assert result.exit_code == 2


def test_tools_with_the_outside_sets_is_a_usage_error(cli: typer.Typer) -> None:
    """GIVEN --outside with --tools WHEN run THEN a usage error, not a filter silently
    ignored."""
    result = CliRunner().invoke(cli, ["extract", "--outside", "--tools", "reportlab"])
    assert result.exit_code == 2
    assert "--tools" in result.output


def test_outside_sets_load_with_their_truth() -> None:
    """The remittances by outside authors load as a corpus: every file exists, the sets
    whose failures were read (R1-R3) count as development, scans are marked, truth has
    lines."""
    from inbox_agent.bench.remit_holdout import load_outside_sets

    corpus = load_outside_sets()
    by_set: dict[str, list[Any]] = {}
    for doc in corpus.docs:
        by_set.setdefault(doc.file.split("/")[0], []).append(doc)
        assert corpus.path(doc).is_file()
        assert doc.truth["lines"]
    assert {"R1", "R2"} <= set(by_set)
    assert not any(d.held_out for d in by_set["R1"])
    assert not any(d.held_out for d in by_set["R2"])
    assert sum(d.kind == "scan" for d in corpus.docs) >= 15


def test_an_outside_set_with_a_missing_file_is_a_clear_error(tmp_path: Path) -> None:
    """GIVEN a truth line naming a file that is not there WHEN loaded THEN the error says
    which line and which file."""
    from inbox_agent.bench.remit_holdout import OutsideSetMissing, load_outside_sets

    (tmp_path / "R9").mkdir()
    (tmp_path / "R9" / "truth.jsonl").write_text(
        '{"file": "gone.pdf", "tool": "txt", "scan": false, "lines": []}\n'
    )
    with pytest.raises(OutsideSetMissing, match=r"truth.jsonl:1: .*gone.pdf is missing"):
        load_outside_sets(tmp_path)
