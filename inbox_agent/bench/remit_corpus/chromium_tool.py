"""Producer: Chromium printing HTML advices to PDF, as portals and web ERPs do.

Chromium lays out with real fonts and its own text runs, which differ from ReportLab's
in spacing and in where words are split; the ``divs`` style prints a table with no
ruling lines at all. Chromium is slow to start, so files are printed by a small pool of
concurrent processes; it is sandboxed from the network by flags, and every run gets a
throw-away profile folder.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

TOOL = "chromium"
_CANDIDATES = ("chromium", "chromium-browser", "google-chrome", "chrome")
_FLAGS = (
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-extensions", "--disable-sync", "--no-first-run", "--disable-default-apps",
    "--disable-component-update", "--no-pdf-header-footer", "--mute-audio",
)  # fmt: skip
TIMEOUT_S = 90


@dataclass(frozen=True, slots=True)
class PrintJob:
    """One HTML file to print to one PDF."""

    html: Path
    pdf: Path


def executable() -> str | None:
    """The Chromium binary on this machine, or ``None`` (the producer is then skipped)."""
    for name in _CANDIDATES:
        found = shutil.which(name)
        if found:
            return found
    return None


def print_all(jobs: Sequence[PrintJob], *, workers: int = 2) -> list[str]:
    """Print every job; returns one error message per job that failed (empty if none)."""
    binary = executable()
    if binary is None:
        return ["chromium is not installed (apt-get install -y chromium)"]
    with ThreadPoolExecutor(max_workers=workers) as pool:
        results = list(pool.map(lambda job: _print_one(binary, job), jobs))
    return [error for error in results if error]


def _print_one(binary: str, job: PrintJob) -> str:
    with tempfile.TemporaryDirectory(prefix="remit-chromium-") as profile:
        command = [
            binary, *_FLAGS, f"--user-data-dir={profile}", f"--print-to-pdf={job.pdf}",
            job.html.resolve().as_uri(),
        ]  # fmt: skip
        try:
            subprocess.run(command, capture_output=True, timeout=TIMEOUT_S, check=False)
        except subprocess.TimeoutExpired:
            return f"{job.html.name}: chromium timed out"
    if not job.pdf.exists() or job.pdf.stat().st_size == 0:
        return f"{job.html.name}: chromium printed nothing"
    return ""
