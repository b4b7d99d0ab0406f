"""The ground-truth corpus of remittance advices behind ``inbox-agent bench extract``.

Advices are drawn from layout templates (:mod:`.templates`) with seeded random truths
(:mod:`.truth`) and produced by several tools, one module each: ReportLab
(:mod:`.reportlab_tool`), LibreOffice (:mod:`.libreoffice_tool`), Chromium
(:mod:`.chromium_tool`), spreadsheets (:mod:`.spreadsheet_tool`), mail bodies
(:mod:`.email_tool`) and scans of the PDFs (:mod:`.scan_tool`). :func:`build_corpus`
plans and builds it into a cache folder; :mod:`.score` compares extraction with truth.
"""

from inbox_agent.bench.remit_corpus.build import (
    DEFAULT_SEED,
    FAST_TOOLS,
    TOOLS,
    Corpus,
    CorpusDoc,
    build_corpus,
    default_dir,
)

__all__ = [
    "DEFAULT_SEED",
    "FAST_TOOLS",
    "TOOLS",
    "Corpus",
    "CorpusDoc",
    "build_corpus",
    "default_dir",
]
