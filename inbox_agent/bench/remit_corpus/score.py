"""Score extraction against the corpus truth: line precision/recall/F1, header fields, speed.

A line counts as found when the extractor gives the same (invoice reference, paid amount)
pair as the truth; pairs are compared as multisets, so a line read twice is one right
and one wrong. Header fields are scored only where the advice states them.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Any

from inbox_agent.bench.remit_corpus.build import CorpusDoc

HEADER_FIELDS = ("payer", "payment_date", "reference", "currency", "total")
Pair = tuple[str, Decimal]


@dataclass(frozen=True, slots=True)
class DocScore:
    """How one document came out."""

    doc: CorpusDoc
    expected: Counter[Pair]
    found: Counter[Pair]
    header: dict[str, bool]
    """Per stated header field: read right or not."""
    seconds: float
    error: str | None = None
    got_header: dict[str, str | None] = field(default_factory=dict)

    @property
    def true_positives(self) -> int:
        """Lines read exactly right."""
        return sum((self.expected & self.found).values())

    @property
    def perfect(self) -> bool:
        """Every line right, nothing extra."""
        return self.expected == self.found


@dataclass(slots=True)
class Tally:
    """Line counts and time summed over a group of documents."""

    docs: int = 0
    perfect: int = 0
    true_positives: int = 0
    found: int = 0
    expected: int = 0
    pages: int = 0
    seconds: float = 0.0

    def add(self, score: DocScore) -> None:
        """Add one document's counts."""
        self.docs += 1
        self.perfect += score.perfect
        self.true_positives += score.true_positives
        self.found += sum(score.found.values())
        self.expected += sum(score.expected.values())
        self.pages += score.doc.pages
        self.seconds += score.seconds

    @property
    def precision(self) -> float:
        """Share of lines read that are right (1.0 when nothing was read)."""
        return self.true_positives / self.found if self.found else 1.0

    @property
    def recall(self) -> float:
        """Share of true lines that were read."""
        return self.true_positives / self.expected if self.expected else 1.0

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall."""
        total = self.precision + self.recall
        return 2 * self.precision * self.recall / total if total else 0.0

    def to_json(self) -> dict[str, Any]:
        """Figures rounded for printing."""
        return {
            "docs": self.docs, "perfect_docs": self.perfect, "lines_expected": self.expected,
            "lines_found": self.found, "lines_right": self.true_positives,
            "precision": round(self.precision, 4), "recall": round(self.recall, 4),
            "f1": round(self.f1, 4), "pages": self.pages, "seconds": round(self.seconds, 3),
            "pages_per_second": round(self.pages / self.seconds, 2) if self.seconds else None,
        }  # fmt: skip


def score_doc(doc: CorpusDoc, objects: Sequence[dict[str, Any]], seconds: float) -> DocScore:
    """Compare the ``extract`` objects of one file with its truth."""
    truth = doc.truth
    expected = Counter(
        (_ref(line["invoice_ref"]), Decimal(line["paid_amount"])) for line in truth["lines"]
    )
    good = [obj for obj in objects if obj.get("ok")]
    found: Counter[Pair] = Counter()
    for obj in good:
        found.update(_pairs(obj.get("lines", [])))
    errors = [obj["error"]["code"] for obj in objects if not obj.get("ok")]
    first = next((obj for obj in good if obj.get("lines")), good[0] if good else None)
    got = _header(first)
    header = {
        name: _same(name, truth_value, got[name])
        for name, truth_value in _truth_header(truth).items()
        if truth_value is not None
    }
    error = None if good else ", ".join(errors) or "no output"
    return DocScore(doc, expected, found, header, seconds, error, got)


def _pairs(lines: Iterable[dict[str, Any]]) -> Iterable[Pair]:
    for line in lines:
        try:
            yield _ref(str(line["invoice_ref"])), Decimal(str(line["paid_amount"]))
        except (KeyError, InvalidOperation):
            continue


def _ref(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _truth_header(truth: dict[str, Any]) -> dict[str, Any]:
    return {
        "payer": truth["payer"], "payment_date": truth["payment_date"],
        "reference": truth["reference"], "currency": truth["currency"], "total": truth["total"],
    }  # fmt: skip


def _header(obj: dict[str, Any] | None) -> dict[str, str | None]:
    if obj is None:
        return dict.fromkeys(HEADER_FIELDS)
    return {
        "payer": (obj.get("payer") or {}).get("name"),
        "payment_date": obj.get("payment_date"),
        "reference": obj.get("payment_reference"),
        "currency": obj.get("currency"),
        "total": obj.get("total"),
    }


def _same(name: str, want: str, got: str | None) -> bool:
    if got is None:
        return False
    if name == "total":
        try:
            return Decimal(want) == Decimal(got)
        except InvalidOperation:
            return False
    if name in {"payer", "reference"}:
        return _fold(want) == _fold(got)
    return want == got


def _fold(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip(" .,;:").casefold()


@dataclass(slots=True)
class HeaderTally:
    """Right / stated counts per header field."""

    right: Counter[str] = field(default_factory=Counter)
    stated: Counter[str] = field(default_factory=Counter)

    def add(self, score: DocScore) -> None:
        """Add one document's header fields."""
        for name, ok in score.header.items():
            self.stated[name] += 1
            self.right[name] += ok

    def to_json(self) -> dict[str, Any]:
        """Accuracy per field and over all fields."""
        out: dict[str, Any] = {
            name: {"right": self.right[name], "stated": self.stated[name],
                   "accuracy": round(self.right[name] / self.stated[name], 4)}
            for name in HEADER_FIELDS if self.stated[name]
        }  # fmt: skip
        stated, right = sum(self.stated.values()), sum(self.right.values())
        accuracy = round(right / stated, 4) if stated else None
        out["all"] = {"right": right, "stated": stated, "accuracy": accuracy}
        return out


def group(scores: Iterable[DocScore], key: Any) -> dict[str, Tally]:
    """Tally documents by ``key(doc)``, sorted by group name."""
    tallies: dict[str, Tally] = {}
    for score in scores:
        tallies.setdefault(str(key(score.doc)), Tally()).add(score)
    return dict(sorted(tallies.items()))
