"""Producer: scans -- text PDFs of the corpus printed and fed through an office scanner.

The OCR work's ``tests/scans.py`` holds the project's model of a scanner (rasterise with
poppler's ``pdftoppm``, skew, blur, fade, speckle, JPEG) and a ladder of ten noise
levels; it is used when the source tree is at hand. An installed package has no
``tests/``, so a compact copy of the same steps stands in, with the same knobs.
"""

from __future__ import annotations

import importlib.util
import io
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

TOOL = "scan"
_HELPER = Path(__file__).resolve().parents[3] / "tests" / "scans.py"


@dataclass(frozen=True, slots=True)
class ScanNoise:
    """One scanner's treatment of a page (mirrors ``tests/scans.py``'s ``Noise``)."""

    dpi: int
    angle: float
    blur: float
    contrast: float
    gaussian: float
    salt_pepper: float
    jpeg_quality: int
    seed: int


LADDER: tuple[ScanNoise, ...] = (
    ScanNoise(300, 0.5, 0.4, 0.95, 4.0, 0.0005, 85, 2),
    ScanNoise(250, -1.0, 0.5, 0.9, 6.0, 0.001, 75, 3),
    ScanNoise(200, 1.5, 0.6, 0.85, 10.0, 0.002, 60, 4),
    ScanNoise(200, -2.0, 0.7, 0.8, 12.0, 0.003, 50, 5),
    ScanNoise(200, 3.0, 0.8, 0.8, 14.0, 0.004, 45, 6),
    ScanNoise(150, 0.8, 0.5, 0.85, 8.0, 0.002, 60, 7),
    ScanNoise(150, -1.5, 0.7, 0.75, 12.0, 0.003, 50, 8),
    ScanNoise(300, 2.5, 1.0, 0.7, 16.0, 0.005, 40, 9),
)
"""Office-scanner noise from good to poor; the corpus cycles through it."""


def is_available() -> bool:
    """Scans need poppler's ``pdftoppm`` to rasterise pages."""
    return shutil.which("pdftoppm") is not None


def scan(source: Path, out: Path, noise: ScanNoise) -> int:
    """Write an image-only PDF of ``source`` as scanned with ``noise``; returns pages."""
    helper = _helper()
    if helper is not None:
        helper_noise = helper.Noise(**{f: getattr(noise, f) for f in noise.__slots__})
        pages = helper.scanned_pages(source, helper_noise)
    else:
        pages = _own_scanned_pages(source, noise)
    pages[0].save(out, format="PDF", save_all=True, append_images=pages[1:],
                  resolution=float(noise.dpi))  # fmt: skip
    return len(pages)


def _helper() -> ModuleType | None:
    """``tests/scans.py`` from the source tree, if this is one."""
    if not _HELPER.exists():
        return None
    spec = importlib.util.spec_from_file_location("_remit_corpus_scans", _HELPER)
    if spec is None or spec.loader is None:
        return None
    module = importlib.util.module_from_spec(spec)
    try:
        spec.loader.exec_module(module)
    except Exception:  # a half-edited helper must not stop the bench: use our own copy
        return None
    return module if hasattr(module, "scanned_pages") and hasattr(module, "Noise") else None


def _own_scanned_pages(source: Path, noise: ScanNoise) -> list[Any]:
    import numpy as np
    from PIL import Image, ImageFilter

    rng = np.random.default_rng(noise.seed)
    pages = []
    for page in _rasterise(source, noise.dpi):
        image = page.rotate(noise.angle, resample=Image.Resampling.BICUBIC, expand=True,
                            fillcolor=255).filter(ImageFilter.GaussianBlur(noise.blur))  # fmt: skip
        pixels = np.asarray(image, dtype=np.float64)
        pixels = 255.0 - (255.0 - pixels) * noise.contrast - (1.0 - noise.contrast) * 40.0
        pixels = pixels + rng.normal(0.0, noise.gaussian, pixels.shape)
        specks = rng.random(pixels.shape)
        pixels[specks < noise.salt_pepper / 2] = 0.0
        pixels[specks > 1.0 - noise.salt_pepper / 2] = 255.0
        degraded = Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8), mode="L")
        buffer = io.BytesIO()
        degraded.save(buffer, format="JPEG", quality=noise.jpeg_quality)
        buffer.seek(0)
        with Image.open(buffer) as compressed:
            pages.append(compressed.convert("L"))
    return pages


def _rasterise(pdf: Path, dpi: int) -> list[Any]:
    from PIL import Image

    tool = shutil.which("pdftoppm")
    if tool is None:
        raise RuntimeError("pdftoppm is missing; install the Debian package poppler-utils")
    with tempfile.TemporaryDirectory() as folder:
        prefix = Path(folder) / "page"
        subprocess.run([tool, "-r", str(dpi), "-gray", "-png", str(pdf), str(prefix)],
                       check=True, capture_output=True, timeout=120)  # fmt: skip
        pages = []
        for path in sorted(Path(folder).glob("page*.png")):
            with Image.open(path) as image:
                pages.append(image.convert("L"))
        return pages
