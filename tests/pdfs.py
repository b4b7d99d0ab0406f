"""Real remittance PDFs for the tests, drawn by the demo's generator (ReportLab).

``GOLDEN`` lists the committed golden pairs in ``tests/golden/extract/``: each ``.pdf``
sits beside a ``.json`` list of the objects ``extract`` must print for it (``source``
is the bare file name). Adding a hard case is adding
an entry here and running ``python tests/pdfs.py`` to write the pair (then reading the
JSON by eye before committing it).
"""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # run as a script: make the package importable
    sys.path.insert(0, str(ROOT))

from inbox_agent.demo.pdfgen import make_remittance_pdf  # noqa: E402

GOLDEN_DIR = Path(__file__).resolve().parent / "golden" / "extract"

GOLDEN: dict[str, dict[str, Any]] = {
    "acme_table": {
        "payer": "Acme Pty Ltd",
        "payment_date": date(2026, 3, 14),
        "reference": "EFT 88123",
        "currency": "AUD",
        "lines": [
            ("INV-00123", date(2026, 1, 31), "5000.00", "50.00", "4950.00"),
            ("INV-00124", date(2026, 2, 3), "5500.00", "0.00", "5500.00"),
        ],
        "layout": "table",
    },
    "lioncity_text_credit": {
        "payer": "Lion City Logistics Pte Ltd",
        "payment_date": date(2026, 11, 26),
        "reference": "GIRO 55120",
        "currency": "SGD",
        "lines": [
            ("INV-30002", "2026-09-17", "4243.77", "0.00", "4243.77"),
            ("INV-30003", "2026-09-24", "4789.72", "0.00", "4789.72"),
            ("CN-30001", "2026-10-20", "-250.00", "0.00", "-250.00"),
        ],
        "layout": "text",
        "payer_address": ("8 Marina View, #20-01", "Singapore 018960"),
    },
    "mueller_de": {
        "payer": "Müller Maschinenbau GmbH",
        "payment_date": date(2026, 3, 2),
        "reference": "4711",
        "currency": "EUR",
        "lines": [
            ("RE-2026-0815", date(2026, 2, 1), "12345.60", "246.91", "12098.69"),
            ("GS-2026-0042", date(2026, 2, 10), "-1000.00", "0.00", "-1000.00"),
        ],
        "layout": "table",
        "language": "de",
        "payer_address": ("Industriestraße 5", "70173 Stuttgart"),
    },
}


def make_golden_pdf(name: str, path: Path) -> Path:
    """Draw golden case ``name`` at ``path``."""
    return make_remittance_pdf(path, **GOLDEN[name])


def regenerate(extract: Any) -> None:
    """Rewrite every golden pair: the PDF from ``GOLDEN``, the JSON from ``extract``."""
    GOLDEN_DIR.mkdir(parents=True, exist_ok=True)
    for name in GOLDEN:
        pdf = make_golden_pdf(name, GOLDEN_DIR / f"{name}.pdf")
        objects = [dict(obj, source=pdf.name) for obj in extract(pdf)]
        text = json.dumps(objects, ensure_ascii=False, indent=2)
        (GOLDEN_DIR / f"{name}.json").write_text(text + "\n", encoding="utf-8")
        print(f"wrote {pdf.name} and {name}.json")


if __name__ == "__main__":
    from inbox_agent.documents.registry import extract_file

    regenerate(extract_file)
