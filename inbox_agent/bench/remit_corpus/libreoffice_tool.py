"""Producer: LibreOffice converting workbooks, HTML and text documents to PDF.

This is how many small payers make an advice: a spreadsheet or a letter printed to PDF.
Calc prints cell borders only where the sheet has them, so some tables come out ruled
and some as bare aligned text; Writer reflows HTML and plain text with its own fonts.
``soffice`` starts slowly, so every file of one kind is converted by one call, with a
throw-away user profile so that a desktop LibreOffice that is already open is not hit.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from collections.abc import Sequence
from pathlib import Path

TOOL = "libreoffice"
_CANDIDATES = ("soffice", "libreoffice")
TIMEOUT_S = 600


def executable() -> str | None:
    """The ``soffice`` binary on this machine, or ``None`` (the producer is then skipped)."""
    for name in _CANDIDATES:
        found = shutil.which(name)
        if found:
            return found
    return None


HTML_FILTER = "HTML (StarWriter)"
"""Open HTML as a Writer document: Writer/Web's own export drops the first paragraph."""


def convert_all(
    sources: Sequence[Path], out_dir: Path, *, infilter: str | None = None
) -> list[str]:
    """Convert every source to ``out_dir/<stem>.pdf``; returns error messages, if any.

    One ``soffice`` call per kind of source: LibreOffice converts many files per start,
    and an import filter (``infilter``) applies to every file of the call.
    """
    binary = executable()
    if binary is None:
        return ["LibreOffice is not installed (apt-get install -y libreoffice-calc "
                "libreoffice-writer)"]  # fmt: skip
    if not sources:
        return []
    with tempfile.TemporaryDirectory(prefix="remit-soffice-") as profile:
        command = [
            binary, f"-env:UserInstallation={Path(profile).as_uri()}", "--headless",
            "--norestore", *([f"--infilter={infilter}"] if infilter else []),
            "--convert-to", "pdf", "--outdir", str(out_dir),
            *(str(path) for path in sources),
        ]  # fmt: skip
        try:
            subprocess.run(command, capture_output=True, timeout=TIMEOUT_S, check=False)
        except subprocess.TimeoutExpired:
            return ["LibreOffice timed out converting the corpus"]
    missing = [p.name for p in sources if not (out_dir / f"{p.stem}.pdf").exists()]
    return [f"{name}: LibreOffice produced no PDF" for name in missing]
