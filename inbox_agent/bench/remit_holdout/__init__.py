"""Remittances written by outside authors, for measuring extraction on layouts nobody tuned.

The generated corpus (``bench/remit_corpus``) is drawn by the people who wrote the
extractor, so even its held-out templates share their habits. Each folder here was made
by an author who never read the extractor: the documents, the ``make.py`` that made them
(reportlab, LibreOffice, Chromium, spreadsheets, mail, scans made noisy with ImageMagick)
and ``truth.jsonl``, one line per document with what a careful clerk would key in:
``file``, ``tool``, ``scan``, ``payer``, ``payment_date``, ``reference``, ``currency``,
``total`` and ``lines`` (``invoice_ref``, ``paid_amount``, ``kind``).

A set stays held out (its misreads never listed) until its failures are read to improve
the extractor; then it is named in ``READ_SETS`` and counts as development.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from inbox_agent.bench.remit_corpus.build import Corpus, CorpusDoc

REMIT_HOLDOUT_ROOT = Path(__file__).resolve().parent
READ_SETS: frozenset[str] = frozenset({"R1", "R2", "R3", "R4", "R5", "R6", "R7", "R8"})
"""Sets whose failures have been read: development, no longer a held-out measure.

Each was measured once before its failures were read: R1 (2026-11-27) text F1 0.904,
scans 0.803; R2 (2026-11-28, after the R1 fixes) text F1 0.867, scans 0.692; R3 (after
the R2 fixes) text F1 0.638, 18 of 28 text documents read perfectly; R4 (2026-11-28,
after the R3 fixes; North and South America, UK, India, Japan, Korea, Poland, Nordics,
Switzerland, South Africa) text F1 0.744 (19 of 30 perfect), scans 0.233 (none perfect),
header fields 53% right; R5 (2026-11-28, after the R4 fixes, on a clean checkout of
bcc9835; 25 scans: faxes, phone photos, 150 dpi, stamps) text F1 0.711 (8 of 15 perfect),
scans 0.499 (7 of 25 perfect), header fields 73% right; R6 (2026-11-28, after the R5
fixes, on a clean checkout of b925c14; Central Europe, Middle East, Africa, South-East
Asia, portals) text F1 0.659 (18 of 30 perfect), scans 0.549 (4 of 10), header fields 56%;
R7 (2026-11-28, after the R6 fixes, on a clean checkout of 1478b9d; multinationals' ERP
advices in their own languages) text F1 0.825 (16 of 22 perfect), scans 0.690 (4 of 8),
header fields 83%; R8 (2026-11-28, after the R7 fixes, on a clean checkout of 3af0814; a
distributor's customers worldwide, small businesses to governments) text F1 0.674 (12 of 18
perfect), scans 0.779 (3 of 6), header fields 79%."""


class OutsideSetMissing(RuntimeError):
    """An outside set's folder or truth is missing or unreadable."""


def outside_sets(root: Path = REMIT_HOLDOUT_ROOT) -> list[str]:
    """The names of the sets shipped (folders holding a ``truth.jsonl``)."""
    return sorted(p.parent.name for p in root.glob("*/truth.jsonl"))


def load_outside_sets(root: Path = REMIT_HOLDOUT_ROOT) -> Corpus:
    """Every outside set as one corpus the extraction bench scores like the generated one."""
    names = outside_sets(root)
    if not names:
        raise OutsideSetMissing(f"no outside remittance sets under {root}")
    docs = [doc for name in names for doc in _load_set(name, root)]
    return Corpus(root=root, docs=tuple(docs), cached=True)


def _load_set(name: str, root: Path) -> list[CorpusDoc]:
    folder = root / name
    truth_file = folder / "truth.jsonl"
    if not truth_file.is_file():
        raise OutsideSetMissing(f"no outside remittance set {name!r}: {truth_file} is missing")
    docs = []
    for number, line in enumerate(truth_file.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
            docs.append(_doc(name, folder, row))
        except (ValueError, KeyError, OSError) as exc:
            raise OutsideSetMissing(f"{truth_file}:{number}: unreadable truth ({exc})") from exc
    return docs


def _doc(name: str, folder: Path, row: dict[str, Any]) -> CorpusDoc:
    path = folder / row["file"]
    if not path.is_file():
        raise OSError(f"{path} is missing")
    return CorpusDoc(
        doc_id=f"{name}/{row['file']}",
        file=f"{name}/{row['file']}",
        tool=f"outside-{row['tool']}",
        variant="outside",
        template=f"outside-{name}",
        held_out=name not in READ_SETS,
        kind="scan" if row.get("scan") else "text",
        pages=_pages(path),
        truth={
            "payer": row.get("payer"),
            "payment_date": row.get("payment_date"),
            "reference": row.get("reference"),
            "currency": row.get("currency"),
            "total": row.get("total"),
            "lines": [
                {"invoice_ref": x["invoice_ref"], "paid_amount": x["paid_amount"]}
                for x in row["lines"]
            ],
        },
    )


def _pages(path: Path) -> int:
    """A PDF's page count; every other file is one page."""
    if path.suffix.lower() != ".pdf":
        return 1
    import pdfplumber

    with pdfplumber.open(path) as pdf:
        return len(pdf.pages)
