"""Realistic scans of remittance advices, made from the demo generator's text PDFs.

A payer who prints an advice and feeds it through an office scanner sends back a page
that is slightly rotated, a little blurred, washed out, speckled and JPEG-compressed,
with no text layer at all. :func:`scanned_pdf` and :func:`scanned_image` recreate that
from a PDF drawn by :mod:`inbox_agent.demo.pdfgen`: the page is rasterised with poppler's
``pdftoppm`` (Debian ``poppler-utils``), degraded with Pillow and numpy, and wrapped in an
image-only PDF. Everything is seeded, so a scan is the same bytes on every run.

``NOISE_LEVELS`` is a ladder of ten degradations, from a clean 300 dpi scan to a poor
150 dpi fax-like copy, used by the OCR accuracy measurement.
"""

from __future__ import annotations

import io
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import numpy as np
from numpy.typing import NDArray
from PIL import Image, ImageFilter

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # run as a script: make the package importable
    sys.path.insert(0, str(ROOT))


@dataclass(frozen=True, slots=True)
class Noise:
    """How badly a scanner treats a page; the defaults are an ordinary office scan."""

    dpi: int = 200
    angle: float = 1.5
    """Skew in degrees, counter-clockwise; real feeders skew 0.5 to 3 degrees."""
    blur: float = 0.6
    """Gaussian blur radius in pixels (optics and paper fibre)."""
    contrast: float = 0.85
    """1.0 keeps black black; lower values wash the ink out towards grey."""
    gaussian: float = 10.0
    """Standard deviation of sensor noise, in grey levels."""
    salt_pepper: float = 0.002
    """Fraction of pixels flipped to black or white (dust, toner specks)."""
    jpeg_quality: int = 60
    seed: int = 0


NOISE_LEVELS: tuple[Noise, ...] = (
    Noise(dpi=300, angle=0.0, blur=0.0, contrast=1.0, gaussian=0.0, salt_pepper=0.0,
          jpeg_quality=95, seed=1),
    Noise(dpi=300, angle=0.5, blur=0.4, contrast=0.95, gaussian=4.0, salt_pepper=0.0005,
          jpeg_quality=85, seed=2),
    Noise(dpi=250, angle=-1.0, blur=0.5, contrast=0.9, gaussian=6.0, salt_pepper=0.001,
          jpeg_quality=75, seed=3),
    Noise(dpi=200, angle=1.5, blur=0.6, contrast=0.85, gaussian=10.0, salt_pepper=0.002,
          jpeg_quality=60, seed=4),
    Noise(dpi=200, angle=-2.0, blur=0.7, contrast=0.8, gaussian=12.0, salt_pepper=0.003,
          jpeg_quality=50, seed=5),
    Noise(dpi=200, angle=3.0, blur=0.8, contrast=0.8, gaussian=14.0, salt_pepper=0.004,
          jpeg_quality=45, seed=6),
    Noise(dpi=150, angle=0.8, blur=0.5, contrast=0.85, gaussian=8.0, salt_pepper=0.002,
          jpeg_quality=60, seed=7),
    Noise(dpi=150, angle=-1.5, blur=0.7, contrast=0.75, gaussian=12.0, salt_pepper=0.003,
          jpeg_quality=50, seed=8),
    Noise(dpi=300, angle=2.5, blur=1.0, contrast=0.7, gaussian=16.0, salt_pepper=0.005,
          jpeg_quality=40, seed=9),
    Noise(dpi=150, angle=-3.0, blur=0.8, contrast=0.7, gaussian=16.0, salt_pepper=0.005,
          jpeg_quality=35, seed=10),
)  # fmt: skip


def rasterise(pdf: Path, dpi: int) -> list[Image.Image]:
    """Render every page of ``pdf`` to greyscale with poppler's ``pdftoppm``."""
    tool = shutil.which("pdftoppm")
    if tool is None:
        raise RuntimeError("pdftoppm is missing; install the Debian package poppler-utils")
    with tempfile.TemporaryDirectory() as folder:
        prefix = Path(folder) / "page"
        subprocess.run(
            [tool, "-r", str(dpi), "-gray", "-png", str(pdf), str(prefix)],
            check=True, capture_output=True, timeout=120,
        )  # fmt: skip
        pages = []
        for path in sorted(Path(folder).glob("page*.png")):
            with Image.open(path) as image:
                pages.append(image.convert("L"))
        return pages


def degrade(page: Image.Image, noise: Noise, *, page_number: int = 0) -> Image.Image:
    """Do to one clean page what a scanner does: skew, blur, fade, speckle, compress."""
    rng = np.random.default_rng(noise.seed * 1000 + page_number)
    image = page.convert("L")
    if noise.angle:
        image = image.rotate(
            noise.angle, resample=Image.Resampling.BICUBIC, expand=True, fillcolor=255
        )
    if noise.blur:
        image = image.filter(ImageFilter.GaussianBlur(noise.blur))
    pixels: NDArray[np.float64] = np.asarray(image, dtype=np.float64)
    # Faded toner and a paper that is not quite white: ink rises from 0, paper drops from 255.
    pixels = 255.0 - (255.0 - pixels) * noise.contrast - (1.0 - noise.contrast) * 40.0
    pixels = pixels + _illumination(pixels.shape, rng) * (1.0 - noise.contrast) * 60.0
    if noise.gaussian:
        pixels = pixels + rng.normal(0.0, noise.gaussian, pixels.shape)
    if noise.salt_pepper:
        specks = rng.random(pixels.shape)
        pixels[specks < noise.salt_pepper / 2] = 0.0
        pixels[specks > 1.0 - noise.salt_pepper / 2] = 255.0
    image = Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8))
    buffer = io.BytesIO()
    image.save(buffer, format="JPEG", quality=noise.jpeg_quality)
    buffer.seek(0)
    with Image.open(buffer) as compressed:
        return compressed.convert("L")


def _illumination(shape: tuple[int, ...], rng: np.random.Generator) -> NDArray[np.float64]:
    """A smooth shadow across the page, as from a lid that does not close flat."""
    height, width = shape[0], shape[1]
    direction = rng.uniform(0.0, 2.0 * np.pi)
    across = np.cos(direction) * np.arange(width, dtype=np.float64) / width
    down = np.sin(direction) * np.arange(height, dtype=np.float64) / height
    ramp: NDArray[np.float64] = down[:, None] + across[None, :]
    shadow: NDArray[np.float64] = ramp.min() - ramp
    return shadow


def scanned_pages(pdf: Path, noise: Noise | None = None) -> list[Image.Image]:
    """Return the degraded pages of ``pdf`` as greyscale images."""
    noise = noise or Noise()
    return [degrade(page, noise, page_number=n) for n, page in enumerate(rasterise(pdf, noise.dpi))]


def scanned_pdf(pdf: Path, out: Path, noise: Noise | None = None) -> Path:
    """Write an image-only PDF of ``pdf`` as if it had been printed and scanned."""
    noise = noise or Noise()
    pages = scanned_pages(pdf, noise)
    pages[0].save(
        out, format="PDF", save_all=True, append_images=pages[1:], resolution=float(noise.dpi)
    )
    return out


def scanned_image(pdf: Path, out: Path, noise: Noise | None = None) -> Path:
    """Write the first page of ``pdf`` as a scanned image; the suffix picks the format."""
    noise = noise or Noise()
    page = scanned_pages(pdf, noise)[0]
    page.save(out, dpi=(noise.dpi, noise.dpi))
    return out


# --- measurement: python tests/scans.py ------------------------------------------------

_PAYERS = (
    ("Acme Pty Ltd", "en", "AUD"), ("Bayern Handel GmbH", "de", "EUR"),
    ("Lion City Logistics Pte Ltd", "en", "SGD"), ("Harbour Foods Limited", "en", "NZD"),
    ("Müller Maschinenbau GmbH", "de", "EUR"),
)  # fmt: skip


def sample_advice(seed: int) -> dict[str, Any]:
    """A random but reproducible advice: 2-12 lines, invoices and credit notes, en or de."""
    rng = random.Random(seed)
    payer, language, currency = _PAYERS[seed % len(_PAYERS)]
    prefix, credit = ("RE-", "GS-") if language == "de" else ("INV-", "CN-")
    lines = []
    for n in range(rng.randint(2, 12)):
        gross = Decimal(rng.randint(1000, 2_500_000)) / 100
        is_credit = n > 0 and rng.random() < 0.15
        discount = (
            Decimal(0)
            if is_credit or rng.random() < 0.6
            else (gross / 50).quantize(Decimal("0.01"))
        )
        if is_credit:
            gross = -gross
        ref = f"{credit if is_credit else prefix}{rng.randint(1000, 99999):05d}"
        day = date(2026, rng.randint(1, 6), rng.randint(1, 28))
        lines.append((ref, day, gross, discount, gross - discount))
    return {
        "payer": payer, "payment_date": date(2026, 7, rng.randint(1, 28)),
        "reference": f"EFT {rng.randint(10000, 99999)}", "currency": currency, "lines": lines,
        "language": language, "layout": "table" if seed % 3 else "text",
    }  # fmt: skip


def measure(folder: Path, count: int = 10) -> None:
    """Print per-page OCR time and line-level accuracy on ``count`` scans of varied noise.

    Each scan is one page; its time covers the whole ``extract_file`` call (render, clean
    up, tesseract, layout, extraction). CPU seconds (this process and tesseract) are
    printed beside wall seconds, since the wall clock depends on what else the machine
    runs.
    """
    from inbox_agent.demo.pdfgen import make_remittance_pdf
    from inbox_agent.documents.registry import extract_file

    true_pos = found = expected = exact_docs = 0
    wall: list[float] = []
    cpu: list[float] = []
    for seed in range(count):
        advice = sample_advice(seed)
        noise = NOISE_LEVELS[seed % len(NOISE_LEVELS)]
        pdf = make_remittance_pdf(folder / f"advice{seed}.pdf", **advice)
        scan = scanned_pdf(pdf, folder / f"scan{seed}.pdf", noise)
        started, cpu_started = time.perf_counter(), _cpu_seconds()
        (obj,) = extract_file(scan)
        wall.append(time.perf_counter() - started)
        cpu.append(_cpu_seconds() - cpu_started)
        want = {(ref, f"{Decimal(paid):.2f}") for ref, _, _, _, paid in advice["lines"]}
        got = {(x["invoice_ref"], x["paid_amount"]) for x in obj.get("lines", [])}
        true_pos += len(want & got)
        found += len(got)
        expected += len(want)
        exact_docs += want == got
        print(
            f"scan {seed}: {noise.dpi} dpi, skew {noise.angle:+.1f}, noise {noise.gaussian:.0f}, "
            f"jpeg q{noise.jpeg_quality}, {advice['language']}/{advice['layout']}: "
            f"{len(want & got)}/{len(want)} lines right, {len(got - want)} wrong, "
            f"{wall[-1]:.2f} s wall, {cpu[-1]:.2f} s CPU, method {obj.get('method')}"
        )
    precision, recall = true_pos / max(found, 1), true_pos / max(expected, 1)
    f1 = 2 * precision * recall / max(precision + recall, 1e-9)
    print(
        f"lines (invoice ref, paid amount): precision {precision:.3f} recall {recall:.3f} "
        f"F1 {f1:.3f} ({true_pos}/{expected}); documents all right: {exact_docs}/{count}"
    )
    print(
        f"seconds per page: wall mean {statistics.fmean(wall):.2f} max {max(wall):.2f}; "
        f"CPU mean {statistics.fmean(cpu):.2f} max {max(cpu):.2f}"
    )


def _cpu_seconds() -> float:
    """CPU time of this process and its finished children (the tesseract runs)."""
    own, children = (
        resource.getrusage(resource.RUSAGE_SELF),
        resource.getrusage(resource.RUSAGE_CHILDREN),
    )
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as work:
        measure(Path(work), int(sys.argv[1]) if len(sys.argv) > 1 else 10)
