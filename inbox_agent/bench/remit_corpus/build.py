"""Build the ground-truth corpus: plan the documents, run every producer, write a manifest.

The plan is a pure function of the seed (which template each producing tool draws, in
which style, with which truth), so two machines build the same corpus. Files go to a
cache folder keyed by corpus version, seed and size; a finished build leaves
``manifest.json`` there and is reused until the version changes. A producer whose tool
is missing (no LibreOffice, no Chromium) is skipped and named in ``problems``, never
silently dropped from the figures.
"""

from __future__ import annotations

import json
import logging
import os
import random
import shutil
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from inbox_agent.bench.remit_corpus import (
    chromium_tool,
    email_tool,
    libreoffice_tool,
    reportlab_tool,
    scan_tool,
    spreadsheet_tool,
)
from inbox_agent.bench.remit_corpus.advice import Advice, Produced, make_advice
from inbox_agent.bench.remit_corpus.markup import advice_html
from inbox_agent.bench.remit_corpus.plaintext import fixed_width
from inbox_agent.bench.remit_corpus.templates import DEVELOPMENT, HELD_OUT, Template

log = logging.getLogger(__name__)

CORPUS_VERSION = 7
"""Bump when templates or producers change, so stale caches are rebuilt."""
DEFAULT_SEED = 20260314
TOOLS = ("reportlab", "libreoffice", "chromium", "spreadsheet", "email", "scan")
FAST_TOOLS = ("reportlab", "spreadsheet", "email")

_FULL_COUNTS = {"reportlab": 60, "libreoffice": 20, "chromium": 20, "spreadsheet": 20,
                "email": 24, "scan": 20}  # fmt: skip
_QUICK_COUNTS = {"reportlab": 3, "spreadsheet": 2, "email": 2}
_VARIANTS = {
    "reportlab": ("native", "monospace", "native"),
    "libreoffice": ("xlsx", "html", "xlsx", "txt", "html"),
    "chromium": ("grid", "plain", "divs"),
    "spreadsheet": ("xlsx", "csv"),
    "email": email_tool.STYLES,
}


@dataclass(frozen=True, slots=True)
class CorpusDoc:
    """One corpus file and what it must give."""

    doc_id: str
    file: str
    """Path relative to the corpus folder."""
    tool: str
    variant: str
    template: str
    held_out: bool
    kind: str
    """``text`` (a text layer, a sheet or a mail) or ``scan`` (image only: OCR)."""
    pages: int
    truth: dict[str, Any]

    @property
    def is_pdf(self) -> bool:
        """Whether the file is a PDF (the pdfplumber comparison times only those)."""
        return self.file.endswith(".pdf")


@dataclass(frozen=True, slots=True)
class Corpus:
    """A built corpus: its folder, its documents and what could not be built."""

    root: Path
    docs: tuple[CorpusDoc, ...]
    problems: tuple[str, ...] = ()
    seconds: float = 0.0
    cached: bool = False

    def path(self, doc: CorpusDoc) -> Path:
        """Where ``doc``'s file is."""
        return self.root / doc.file


@dataclass(slots=True)
class _Planned:
    doc_id: str
    tool: str
    variant: str
    advice: Advice
    rng: random.Random


@dataclass(slots=True)
class _Build:
    root: Path
    docs: list[CorpusDoc] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


def default_dir() -> Path:
    """``$XDG_CACHE_HOME/inbox-agent/remit-corpus`` (``~/.cache/...`` by default)."""
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "inbox-agent" / "remit-corpus"


def build_corpus(
    out: Path | None = None,
    *,
    quick: bool = False,
    seed: int = DEFAULT_SEED,
    tools: Sequence[str] | None = None,
    rebuild: bool = False,
) -> Corpus:
    """Build (or reuse) the corpus and return it.

    Args:
        out: Parent folder; the corpus goes to a sub-folder named by version, seed, size.
        quick: A few documents from the fast producers only (for tests and smoke runs).
        seed: Everything drawn depends on this alone.
        tools: Restrict to these producers (default: all, or the fast ones when quick).
        rebuild: Ignore a cached build.
    """
    counts = dict(_QUICK_COUNTS if quick else _FULL_COUNTS)
    chosen = tuple(tools) if tools else tuple(counts)
    unknown = sorted(set(chosen) - set(TOOLS))
    if unknown:
        raise ValueError(f"unknown corpus tools {unknown}; choose from {', '.join(TOOLS)}")
    tag = "-".join(sorted(chosen)) if tools else "all"
    size = "quick" if quick else "full"
    root = (out or default_dir()) / f"v{CORPUS_VERSION}-s{seed}-{size}-{tag}"
    cached = _load(root)
    if cached is not None and not rebuild:
        return cached
    if root.exists():
        shutil.rmtree(root)
    root.mkdir(parents=True)
    started = time.perf_counter()
    build = _Build(root)
    plan = _plan(seed, {tool: counts.get(tool, 0) for tool in chosen})
    for tool in chosen:
        if tool == "scan":
            continue
        _PRODUCERS[tool](build, [p for p in plan if p.tool == tool])
    if "scan" in chosen:
        _make_scans(build, counts.get("scan", 0), seed)
    corpus = Corpus(root, tuple(build.docs), tuple(build.problems),
                    time.perf_counter() - started)  # fmt: skip
    _save(corpus)
    return corpus


# --- the plan -------------------------------------------------------------------------


def _plan(seed: int, counts: dict[str, int]) -> list[_Planned]:
    templates: list[Template] = [*DEVELOPMENT, *HELD_OUT]
    planned: list[_Planned] = []
    for tool, count in counts.items():
        if tool == "scan" or count == 0:
            continue
        order = list(templates)
        random.Random(f"{seed}-{tool}-order").shuffle(order)
        variants = _VARIANTS[tool]
        for index in range(count):
            template = order[index % len(order)]
            doc_id = f"{tool}-{index:03d}"
            rng = random.Random(f"{seed}-{doc_id}")
            advice = make_advice(rng, template, doc_id)
            planned.append(_Planned(doc_id, tool, variants[index % len(variants)], advice, rng))
    return planned


def _record(build: _Build, item: _Planned, file: str, produced: Produced, *,
            kind: str = "text") -> None:  # fmt: skip
    build.docs.append(CorpusDoc(
        doc_id=item.doc_id, file=file, tool=item.tool, variant=item.variant,
        template=item.advice.template.name, held_out=item.advice.template.held_out,
        kind=kind, pages=produced.pages, truth=produced.truth.to_json(),
    ))  # fmt: skip


# --- producers ------------------------------------------------------------------------


def _reportlab(build: _Build, items: Sequence[_Planned]) -> None:
    for item in items:
        file = f"{item.doc_id}.pdf"
        produced = reportlab_tool.write(item.advice, build.root / file, item.rng,
                                        style=item.variant)  # fmt: skip
        _record(build, item, file, produced)


def _spreadsheet(build: _Build, items: Sequence[_Planned]) -> None:
    for item in items:
        file = f"{item.doc_id}.{item.variant}"
        if item.variant == "xlsx":
            produced = spreadsheet_tool.write_xlsx(item.advice, build.root / file, item.rng)
        else:
            produced = spreadsheet_tool.write_csv(item.advice, build.root / file, item.rng)
        _record(build, item, file, produced)


def _email(build: _Build, items: Sequence[_Planned]) -> None:
    for item in items:
        file = f"{item.doc_id}.eml"
        produced = email_tool.write(item.advice, build.root / file, item.rng, style=item.variant)
        _record(build, item, file, produced)


def _libreoffice(build: _Build, items: Sequence[_Planned]) -> None:
    if libreoffice_tool.executable() is None:
        build.problems.append("libreoffice: soffice not installed; producer skipped")
        return
    source_dir = build.root / "libreoffice-src"
    source_dir.mkdir()
    sources: list[Path] = []
    produced: dict[str, Produced] = {}
    for item in items:
        source = source_dir / f"{item.doc_id}.{item.variant}"
        if item.variant == "xlsx":
            produced[item.doc_id] = spreadsheet_tool.write_xlsx(
                item.advice, source, item.rng, for_print=True
            )
        elif item.variant == "html":
            style = item.rng.choice(("grid", "plain"))
            source.write_text(advice_html(item.advice, style, font="Liberation Sans"),
                              encoding="utf-8")  # fmt: skip
            produced[item.doc_id] = Produced(1, item.advice.truth)
        else:
            source.write_text("\n".join(fixed_width(item.advice, item.rng)) + "\n",
                              encoding="utf-8")  # fmt: skip
            produced[item.doc_id] = Produced(1, item.advice.truth)
        sources.append(source)
    html = [path for path in sources if path.suffix == ".html"]
    others = [path for path in sources if path.suffix != ".html"]
    errors = libreoffice_tool.convert_all(others, build.root)
    errors += libreoffice_tool.convert_all(html, build.root, infilter=libreoffice_tool.HTML_FILTER)
    build.problems += [f"libreoffice: {e}" for e in errors]
    _keep_printed(build, items, produced)


def _chromium(build: _Build, items: Sequence[_Planned]) -> None:
    if chromium_tool.executable() is None:
        build.problems.append("chromium: not installed; producer skipped")
        return
    source_dir = build.root / "chromium-src"
    source_dir.mkdir()
    jobs = []
    for item in items:
        html = source_dir / f"{item.doc_id}.html"
        font = item.rng.choice(("Arial, sans-serif", "'DejaVu Serif', serif", "Verdana"))
        html.write_text(advice_html(item.advice, item.variant, font=font), encoding="utf-8")
        jobs.append(chromium_tool.PrintJob(html, build.root / f"{item.doc_id}.pdf"))
    build.problems += [f"chromium: {e}" for e in chromium_tool.print_all(jobs)]
    _keep_printed(build, items, {i.doc_id: Produced(1, i.advice.truth) for i in items})


def _keep_printed(build: _Build, items: Sequence[_Planned], produced: dict[str, Produced]) -> None:
    """Record the PDFs a slow printer made, with their real page counts."""
    for item in items:
        pdf = build.root / f"{item.doc_id}.pdf"
        if pdf.exists():
            _record(build, item, pdf.name, Produced(_pdf_pages(pdf), produced[item.doc_id].truth))


def _pdf_pages(path: Path) -> int:
    import pdfplumber

    with pdfplumber.open(path) as pdf:
        return len(pdf.pages)


def _make_scans(build: _Build, count: int, seed: int) -> None:
    """Scan short text PDFs from the ReportLab and Chromium producers, cycling the noise."""
    if not scan_tool.is_available():
        build.problems.append("scan: pdftoppm (poppler-utils) not installed; scans skipped")
        return
    sources = [d for d in build.docs if d.tool in {"reportlab", "chromium"} and d.pages <= 2]
    random.Random(f"{seed}-scan-sources").shuffle(sources)
    for index, source in enumerate(sources[:count]):
        noise = scan_tool.LADDER[index % len(scan_tool.LADDER)]
        file = f"scan-{index:03d}.pdf"
        pages = scan_tool.scan(build.root / source.file, build.root / file, noise)
        build.docs.append(CorpusDoc(
            doc_id=f"scan-{index:03d}", file=file, tool="scan",
            variant=f"{source.tool}-{noise.dpi}dpi-q{noise.jpeg_quality}",
            template=source.template, held_out=source.held_out, kind="scan", pages=pages,
            truth=source.truth,
        ))  # fmt: skip


_PRODUCERS: dict[str, Callable[[_Build, Sequence[_Planned]], None]] = {
    "reportlab": _reportlab,
    "libreoffice": _libreoffice,
    "chromium": _chromium,
    "spreadsheet": _spreadsheet,
    "email": _email,
}


# --- the manifest ---------------------------------------------------------------------


def _save(corpus: Corpus) -> None:
    manifest = {
        "version": CORPUS_VERSION,
        "seconds": round(corpus.seconds, 2),
        "problems": list(corpus.problems),
        "docs": [asdict(doc) for doc in corpus.docs],
    }
    text = json.dumps(manifest, ensure_ascii=False, indent=1)
    (corpus.root / "manifest.json").write_text(text, encoding="utf-8")


def _load(root: Path) -> Corpus | None:
    path = root / "manifest.json"
    if not path.exists():
        return None
    try:
        manifest = json.loads(path.read_text(encoding="utf-8"))
        docs = tuple(CorpusDoc(**doc) for doc in manifest["docs"])
    except (ValueError, KeyError, TypeError):
        log.warning("corpus manifest %s is unreadable; rebuilding", path)
        return None
    if manifest.get("version") != CORPUS_VERSION or not all((root / d.file).exists() for d in docs):
        return None
    return Corpus(root, docs, tuple(manifest.get("problems", ())), manifest.get("seconds", 0.0),
                  cached=True)  # fmt: skip
