"""Digits on scans: thin strokes kept, amounts read twice, the sums deciding between readings.

The pages are drawn with reportlab, rasterised by poppler and degraded the way
``tests/scans.py`` degrades every scan; tesseract runs for real. The arithmetic that
chooses between two readings is also tested alone on word boxes, where the misreading
can be fixed in advance, so a failure points at one step.
"""

from __future__ import annotations

import random
from decimal import Decimal
from functools import partial
from pathlib import Path

import numpy as np
import pytest
from PIL import Image, ImageFilter
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfgen import canvas

from inbox_agent.documents import ocr
from inbox_agent.documents.assemble import build_remittance
from inbox_agent.documents.ocr_digits import DIGITS_ONLY, box, reread_amounts, settle
from inbox_agent.documents.ocr_layout import Word, layout_page

try:  # tests/ is a package when tests/__init__.py exists, else pytest puts it on sys.path
    from tests.scans import Noise, degrade, rasterise
except ModuleNotFoundError:
    from scans import Noise, degrade, rasterise  # type: ignore[no-redef,import-not-found,unused-ignore]

pytestmark = pytest.mark.skipif(not ocr.is_available(), reason="tesseract is not installed")


def courier_table(path: Path, rows: list[tuple[str, Decimal, Decimal]], size: float = 8) -> Path:
    """A landscape advice in small Courier: ref, gross, discount, net, and the total."""
    page = canvas.Canvas(str(path), pagesize=landscape(A4))
    _, height = landscape(A4)
    page.setFont("Courier", size)
    y = height - 60
    page.drawString(40, y, "PAYMENT ADVICE")
    y -= 2.5 * size
    page.drawString(40, y, "Document Number")
    for x, heading in ((330, "Gross Amount"), (420, "Discount"), (510, "Net Amount")):
        page.drawRightString(x, y, heading)
    for ref, gross, discount in rows:
        y -= 1.4 * size
        page.drawString(40, y, ref)
        for x, value in ((330, gross), (420, discount), (510, gross - discount)):
            page.drawRightString(x, y, f"{value:,.2f}")
    y -= 2 * size
    total = sum((gross - discount for _, gross, discount in rows), Decimal(0))
    page.drawString(40, y, "Total paid")
    page.drawRightString(510, y, f"{total:,.2f}")
    page.save()
    return path


def random_rows(seed: int, count: int) -> list[tuple[str, Decimal, Decimal]]:
    rng = random.Random(seed)
    rows = []
    for _ in range(count):
        gross = Decimal(rng.randint(1_000, 4_000_000)) / 100
        discount = (gross / 50).quantize(Decimal("0.01")) if rng.random() < 0.4 else Decimal(0)
        rows.append((f"9007{rng.randint(1000, 9999)}", gross, discount))
    return rows


# --- clean-up keeps thin strokes --------------------------------------------------------


def test_denoise_keeps_one_pixel_strokes_and_removes_specks() -> None:
    """GIVEN one-pixel-thin strokes in every direction and lone specks on grey paper
    WHEN despeckled THEN the strokes stay dark and the specks turn to paper (a square
    3x3 median erases the strokes with the specks)."""
    pixels = np.full((60, 60), 230, dtype=np.uint8)
    pixels[10, 5:55] = 40  # horizontal
    pixels[5:55, 30] = 40  # vertical
    for step in range(40):
        pixels[15 + step, 10 + step] = 40  # diagonal
    specks = [(50, 8), (5, 50), (40, 50)]
    for y, x in specks:
        pixels[y, x] = 0
    clean = np.asarray(ocr._denoise(Image.fromarray(pixels)))
    assert clean[10, 12:28].max() < 140
    assert clean[20:50, 30].max() < 140
    assert max(clean[15 + step, 10 + step] for step in range(2, 38)) < 140
    assert all(clean[y, x] >= 225 for y, x in specks)
    square = np.asarray(Image.fromarray(pixels).filter(ImageFilter.MedianFilter(3)))
    assert square[10, 12:28].min() >= 225  # what the square median leaves


def test_small_courier_table_at_150_dpi_is_read_exactly(tmp_path: Path) -> None:
    """GIVEN a landscape table in 8 pt Courier, scanned at 150 dpi with blur, noise, specks
    and JPEG (the bench's worst kind: thin strokes only a pixel or two wide)
    WHEN OCR'd and extracted THEN every paid amount is right (the sums check them) and
    all but one reference (nothing checks those). The square median alone got 11 of the
    18 lines right."""
    rows = random_rows(7, 18)
    path = courier_table(tmp_path / "a.pdf", rows)
    noise = Noise(dpi=150, angle=0.8, blur=0.5, contrast=0.85, gaussian=8.0,
                  salt_pepper=0.002, jpeg_quality=60, seed=7)  # fmt: skip
    scan = degrade(rasterise(path, noise.dpi)[0], noise)
    page = ocr.ocr_page(scan, dpi=noise.dpi)
    remittance = build_remittance("scan", text="\n".join(page.layout.lines),
                                  grids=page.layout.grids)  # fmt: skip
    assert [line.paid_amount for line in remittance.lines] == [g - d for _, g, d in rows]
    refs = [line.invoice_ref for line in remittance.lines]
    assert sum(got == ref for got, (ref, _, _) in zip(refs, rows, strict=True)) >= 17


# --- the second reading -----------------------------------------------------------------


def test_a_misread_amount_is_read_again_right(tmp_path: Path) -> None:
    """GIVEN tesseract's words for a clean page of amounts, one of them then garbled
    (1,832.86 taken for 1,932.86) WHEN the amounts are read again, digits only
    THEN that box reads 1,832.86 and amounts read the same both times are not listed."""
    rows = [("90070988", Decimal("1832.86"), Decimal(0)),
            ("90071028", Decimal("513.68"), Decimal(0))]  # fmt: skip
    scan = rasterise(courier_table(tmp_path / "a.pdf", rows, size=11), 300)[0]
    prepared = ocr.prepare(scan, dpi=300)
    words = ocr.run_tesseract(prepared.image, dpi=prepared.dpi)
    target = next(word for word in words if word.text == "1,832.86")
    garbled = [Word("1,932.86", *box(word), word.conf) if word is target else word
               for word in words]  # fmt: skip
    readings = reread_amounts(prepared.image, garbled, partial(
        ocr.run_tesseract, dpi=prepared.dpi, whitelist=DIGITS_ONLY))  # fmt: skip
    assert readings[box(target)] == "1,832.86"
    assert all(readings.get(box(word)) in {None, "1,832.86"} for word in words)


# --- the sums choose ----------------------------------------------------------------------


def _row(y: int, *cells: tuple[int, str]) -> list[Word]:
    """Words of one printed line: (x, text) per word, 12 px per character, 24 px tall."""
    return [Word(text, x, y, 12 * len(text), 24, 90.0) for x, text in cells]


def _table(rows: list[tuple[str, str, str, str]], total: str | None) -> list[Word]:
    words = _row(100, (100, "Invoice"), (196, "No."), (500, "Gross"), (700, "Discount"),
                 (900, "Net"), (950, "Amount"))  # fmt: skip
    for n, (ref, gross, discount, net) in enumerate(rows):
        y = 150 + 40 * n
        words += _row(y, (100, ref), (600 - 12 * len(gross), gross),
                      (800 - 12 * len(discount), discount),
                      (1040 - 12 * len(net), net))  # fmt: skip
    if total is not None:
        words += _row(150 + 40 * len(rows) + 20, (100, "Total"), (1040 - 12 * len(total), total))
    return words


def _paid(words: list[Word]) -> list[tuple[str, str]]:
    layout = layout_page(words)
    remittance = build_remittance("s", text="\n".join(layout.lines), grids=layout.grids)
    return [(line.invoice_ref, str(line.paid_amount)) for line in remittance.lines]


def test_a_row_that_does_not_add_up_takes_the_reading_that_makes_it() -> None:
    """GIVEN a net read 9,355.81 where gross 9,450.37 less discount 94.50 is 9,355.87,
    and a second reading 9,355.87 of that box WHEN settled THEN the net is 9,355.87."""
    words = _table([("INV-1", "9,450.37", "94.50", "9,355.81"),
                    ("INV-2", "513.68", "0.00", "513.68")], "9,869.55")  # fmt: skip
    net = next(word for word in words if word.text == "9,355.81")
    fixed = settle(words, {box(net): "9,355.87"})
    assert _paid(fixed) == [("INV-1", "9355.87"), ("INV-2", "513.68")]


def test_a_lookalike_digit_is_fixed_when_the_total_says_which() -> None:
    """GIVEN a net read 1,622.29 (gross 1,022.29, no discount: either could be the
    misread one) and no second reading WHEN settled THEN the stated total picks 1,022.29
    (a 6 for a 0), and the gross is left alone."""
    words = _table([("INV-1", "1,022.29", "0.00", "1,622.29"),
                    ("INV-2", "135.30", "3.38", "131.92")], "1,154.21")  # fmt: skip
    fixed = settle(words, {})
    assert _paid(fixed) == [("INV-1", "1022.29"), ("INV-2", "131.92")]
    assert sum(word.text == "1,022.29" for word in fixed) == 2


def test_nothing_changes_when_nothing_explains_the_gap() -> None:
    """GIVEN rows that add up but a total no single lookalike digit explains
    WHEN settled THEN every reading is kept as printed."""
    words = _table([("INV-1", "1,022.29", "0.00", "1,022.29"),
                    ("INV-2", "135.30", "3.38", "131.92")], "1,250.00")  # fmt: skip
    assert settle(words, {}) == words


def test_two_readings_that_both_fit_are_left_alone() -> None:
    """GIVEN no total and a row whose gross or net could each be the misread one
    WHEN settled THEN neither is changed: the reviewer sees what was printed."""
    words = _table([("INV-1", "1,022.29", "0.00", "1,622.29")], None)
    assert settle(words, {}) == words


def test_a_leading_five_read_as_a_dollar_sign_is_restored_by_the_row() -> None:
    """GIVEN a net read $4,428.47 on a page without dollars, where 57,293.13 less
    2,864.66 is 54,428.47 WHEN settled THEN the net is 54,428.47."""
    words = _table([("NW-26955-AU", "57,293.13", "2,864.66", "$4,428.47")], None)
    assert _paid(settle(words, {})) == [("NW-26955-AU", "54428.47")]
