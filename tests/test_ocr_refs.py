"""Look-alike glyphs in references (O/0, I/1, B/8, E/&) settled from the page's evidence,
fax images with non-square pixels, and phone photos of a sheet seen at an angle.

The voting and token rules are pure and tested on token lists; glyph widths on text
drawn in a real font; the fax and the photo go through tesseract for real.
"""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFont

from inbox_agent.demo.pdfgen import make_remittance_pdf
from inbox_agent.documents import ocr
from inbox_agent.documents.image import square_pixels
from inbox_agent.documents.ocr_layout import Word, correct_token, layout_page
from inbox_agent.documents.ocr_photo import find_sheet, square_on
from inbox_agent.documents.ocr_refs import agree_on_shapes, fix_token, zeros_by_width
from inbox_agent.documents.registry import extract_file

try:  # tests/ is a package when tests/__init__.py exists, else pytest puts it on sys.path
    from tests.scans import Noise, scanned_pages
except ModuleNotFoundError:
    from scans import Noise, scanned_pages  # type: ignore[no-redef,import-not-found,unused-ignore]

SANS = Path("/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf")


def sans(size: int) -> ImageFont.FreeTypeFont:
    if not SANS.exists():
        pytest.fail(f"no font at {SANS} (Debian fonts-liberation)")
    return ImageFont.truetype(str(SANS), size)


def pairs(obj: dict[str, Any]) -> list[tuple[str, str]]:
    return [(line["invoice_ref"], line["paid_amount"]) for line in obj["lines"]]


# --- one token ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("read", "fixed"),
    [
        ("2026-INV-O111", "2026-INV-0111"),  # O between a separator and digits
        ("1O5-2026", "105-2026"),  # O inside digits
        ("sc-0091", "SC-0091"),  # c, s, o... look the same in capitals, only smaller
        ("INO46036", "INO46036"),  # after letters: the token alone cannot tell
        ("NO. 123", "NO. 123"),
        ("inv-0091", "inv-0091"),  # i and n have capitals of another shape
        ("Oslo", "Oslo"),
    ],
)
def test_a_token_settles_what_it_shows_itself(read: str, fixed: str) -> None:
    assert fix_token(read) == fixed


@pytest.mark.parametrize(
    ("read", "fixed"),
    [("ETN-B7781", "ETN-B7781"), ("CR-B-0412", "CR-B-0412"), ("INV-8O123", "INV-80123")],
)
def test_a_series_letter_b_after_the_separator_is_kept(read: str, fixed: str) -> None:
    """GIVEN ``ETN-B7781`` THEN the B is not turned into an 8 as a look-alike among digits."""
    assert correct_token(read, decimal_comma=False) == fixed


# --- a family of references -----------------------------------------------------------


def test_a_zero_after_the_prefix_is_a_zero_when_rows_print_it() -> None:
    """GIVEN a fax column of IN00... refs read INO0, INDO, INOO, 1N00, iN00 and, in four
    rows, IN00 WHEN agreed THEN every ref reads IN00..., though O is the commoner."""
    read = ["INDO48812", "INO048843", "INO048854", "INO048873", "INO048886", "IN0048893",
            "INO048899", "IN0048926", "IN0048930", "INOO48965", "iN0049001",
            "1N0049160"]  # fmt: skip
    fixed = agree_on_shapes(read)
    assert fixed == [f"IN00{text[4:]}" for text in read]


def test_a_letter_prefix_always_read_o_is_left_alone() -> None:
    """GIVEN PO numbers of which one reads P0 THEN one zero proves nothing: all stay PO."""
    read = ["PO12345", "P012346", "PO12347", "PO12348"]
    assert agree_on_shapes(read) == ["PO12345", "PO12346", "PO12347", "PO12348"]


def test_a_few_rows_broken_alike_join_the_column() -> None:
    """GIVEN three rows whose I was read twice alike (E1IS, E1I5) among eight EIS rows
    THEN they are the column's shape all the same; a longer shape held by as many rows
    as the shorter one is not forced into it."""
    column = [f"EIS20260000004{n}" for n in range(10, 18)]
    broken = ["E1IS2026000000453", "E1IS2026000000458", "E1I52026000000459"]
    assert agree_on_shapes(column + broken)[-3:] == [
        "EIS2026000000453",
        "EIS2026000000458",
        "EIS2026000000459",
    ]
    even = ["SI10012", "SI10013", "SI10014", "S1I10015", "S1I10016", "S1I10017"]
    assert agree_on_shapes(even) == even


def test_letters_between_letters_and_broken_es_follow_the_column() -> None:
    """GIVEN EIS2026... refs read E1S, &1S, FIS, €IS, and two with a glyph read twice
    (E1IS, FEIS) THEN all read EIS...; the digits, which differ, are untouched."""
    read = ["EIS2026000000417", "EIS2026000000425", "&1S2026000000430", "EIS2026000000433",
            "E1IS2026000000453", "FEIS2026000000467", "EIS2026000000441", "E1S2026000000449",
            "FIS2026000000483", "€IS2026000000513", "EIS2026000600500"]  # fmt: skip
    assert agree_on_shapes(read) == [
        "EIS2026000000417", "EIS2026000000425", "EIS2026000000430", "EIS2026000000433",
        "EIS2026000000453", "EIS2026000000467", "EIS2026000000441", "EIS2026000000449",
        "EIS2026000000483", "EIS2026000000513", "EIS2026000600500",
    ]  # fmt: skip


def test_a_digit_column_takes_a_zero_some_row_shows() -> None:
    read = ["AB-1200", "AB-13O0", "AB-1400", "AB-1500"]
    assert agree_on_shapes(read) == ["AB-1200", "AB-1300", "AB-1400", "AB-1500"]


def test_two_rows_are_too_few_to_vote_and_other_tokens_are_left_alone() -> None:
    read = ["ETN-87781", "ETN-B7795", "Invoice", "31/01/2026", "4,950.00", "INO46036"]
    assert agree_on_shapes(read) == read


def test_layout_applies_the_family_vote() -> None:
    """GIVEN word boxes of a ref column read INO0/IN00 THEN the rebuilt table reads IN00."""
    texts = ["INO048843", "IN0048893", "INO048899", "IN0048926"]
    words = []
    for row, text in enumerate(texts):
        words += [
            Word(text, 100, 100 + 60 * row, 220, 30),
            Word("1,000.00", 900, 100 + 60 * row, 160, 30),
        ]
    layout = layout_page(words)
    assert [row[0] for row in layout.grids[0]] == [f"IN00{t[4:]}" for t in texts]


# --- glyph widths ---------------------------------------------------------------------


def _word_image(text: str) -> tuple[Image.Image, Word]:
    font = sans(40)
    image = Image.new("L", (500, 100), 255)
    draw = ImageDraw.Draw(image)
    draw.text((20, 25), text, fill=0, font=font)
    left, top, right, bottom = (round(v) for v in draw.textbbox((20, 25), text, font=font))
    return image, Word(text, left, top, right - left, bottom - top)


def test_an_o_as_narrow_as_a_digit_is_a_zero() -> None:
    """GIVEN IN046036 printed, read INO46036 THEN the narrow glyph makes it a zero;
    GIVEN INO46036 printed with a real, wide O THEN it stays an O."""
    image, word = _word_image("IN046036")
    misread = Word("INO46036", word.left, word.top, word.width, word.height)
    assert [w.text for w in zeros_by_width(image, [misread])] == ["IN046036"]
    image, word = _word_image("INO46036")
    assert [w.text for w in zeros_by_width(image, [word])] == ["INO46036"]


def test_real_tesseract_boxes_serve_for_the_width_test() -> None:
    """GIVEN a cell printed IN046036 read by tesseract THEN after the width test the
    word reads IN046036 whatever tesseract made of the zero after N."""
    font = sans(42)
    image = Image.new("L", (700, 160), 255)
    ImageDraw.Draw(image).text((40, 50), "IN046036", fill=0, font=font)
    words = ocr.run_tesseract(image, dpi=300)
    assert [w.text for w in zeros_by_width(image, words) if "6036" in w.text] == ["IN046036"]


# --- fax images -----------------------------------------------------------------------


def test_non_square_pixels_are_made_square() -> None:
    """GIVEN a fax frame 204 x 98 dpi THEN its rows are stretched to 204 dpi, greyscale."""
    fax = Image.new("1", (1728, 1078), 1)
    squared, dpi = square_pixels(fax, (204.0, 98.0))
    assert squared.size == (1728, 2244) and squared.mode == "L" and dpi == 204.0
    same, dpi = square_pixels(fax, (200.0, 200.0))
    assert same is fax and dpi == 200.0


FAX_LINES = [
    (f"B-77{n:02d}", date(2026, 1, 5 + n), amount, "0.00", amount)
    for n, amount in enumerate(["456.58", "3561.16", "3453.14", "3736.42", "1029.03"])
]


def test_standard_resolution_fax_tiff_is_read(tmp_path: Path) -> None:
    """GIVEN a bilevel G4 TIFF fax at 204 x 98 dpi (letters half as tall in pixels as
    wide) WHEN extracted THEN every line is read (taken as square pixels, it is garbage)."""
    pdf = make_remittance_pdf(
        tmp_path / "fax.pdf", payer="Northern Lakes Plumbing Ltd", payment_date=date(2026, 3, 20),
        reference="0091187", currency="CAD", lines=FAX_LINES,
    )  # fmt: skip
    page = scanned_pages(pdf, Noise(dpi=204, angle=0.3, blur=0.4, gaussian=6.0, seed=5))[0]
    fine = page.resize((page.width, round(page.height * 98 / 204)), Image.Resampling.BOX)
    fax = fine.point(lambda v: 255 if v > 150 else 0).convert("1")
    path = tmp_path / "fax.tiff"
    fax.save(path, format="TIFF", compression="group4", dpi=(204, 98))
    obj = extract_file(path)[0]
    assert pairs(obj) == [(ref, paid) for ref, _, _, _, paid in FAX_LINES]


# --- phone photos ---------------------------------------------------------------------


def _photo() -> tuple[Image.Image, list[tuple[float, float]]]:
    """A page of refs and amounts, photographed turned and in perspective on a desk."""
    page = Image.new("L", (1240, 1754), 250)
    draw = ImageDraw.Draw(page)
    font = sans(30)
    draw.text((120, 150), "Remittance Advice", fill=20, font=sans(44))
    draw.text((120, 260), "Invoice No          Date              Amount", fill=20, font=font)
    for n in range(4):
        y = 320 + 50 * n
        draw.text((120, y), f"INV-26-01{48 + 7 * n}", fill=20, font=font)
        draw.text((520, y), f"1{n}/02/2026", fill=20, font=font)
        draw.text((900, y), f"{1350 + 101 * n}.30", fill=20, font=font)
    corners = [(170.0, 150.0), (1350.0, 205.0), (1405.0, 1754.0), (95.0, 1697.0)]
    desk = Image.new("L", (1500, 2000), 90)
    # Pillow's transform maps each output pixel to the page: solve for that mapping.
    w, h = float(page.width), float(page.height)
    target = [(0.0, 0.0), (w, 0.0), (w, h), (0.0, h)]
    rows: list[list[float]] = []
    values: list[float] = []
    for (u, v), (px, py) in zip(target, corners, strict=True):
        rows += [[px, py, 1, 0, 0, 0, -u * px, -u * py], [0, 0, 0, px, py, 1, -v * px, -v * py]]
        values += [u, v]
    coefficients = np.linalg.solve(np.asarray(rows, float), np.asarray(values, float))
    warped = page.transform(desk.size, Image.Transform.PERSPECTIVE, tuple(coefficients),
                            resample=Image.Resampling.BICUBIC, fillcolor=0)  # fmt: skip
    mask = Image.new("L", page.size, 255).transform(
        desk.size, Image.Transform.PERSPECTIVE, tuple(coefficients), fillcolor=0
    )
    desk.paste(warped, (0, 0), mask)
    return desk, corners


def test_the_sheet_in_a_photo_is_found() -> None:
    """GIVEN a photo of a sheet on a darker desk THEN its four corners are found within
    a few pixels; GIVEN a scan whose paper fills the frame THEN no sheet is found."""
    photo, corners = _photo()
    sheet = find_sheet(photo)
    assert sheet is not None
    for (x, y), (want_x, want_y) in zip(sheet.corners, corners, strict=True):
        assert abs(x - want_x) < 8 and abs(y - want_y) < 8
    scan = Image.new("L", (1240, 1754), 250)
    ImageDraw.Draw(scan).text((120, 150), "Remittance Advice", fill=20, font=sans(44))
    assert find_sheet(scan) is None


def test_a_photographed_sheet_is_read_square_on() -> None:
    """GIVEN the photo WHEN flattened THEN the sheet fills the image at the size of its
    longer edges (its width taken as 8.3 inches), and OCR reads the refs and amounts."""
    photo, corners = _photo()
    flattened = square_on(photo)
    assert flattened is not None
    page, dpi = flattened
    (tlx, tly), (trx, try_), (brx, bry), (blx, bly) = corners
    across = max(np.hypot(trx - tlx, try_ - tly), np.hypot(brx - blx, bry - bly))
    down = max(np.hypot(blx - tlx, bly - tly), np.hypot(brx - trx, bry - try_))
    assert abs(page.width - across) < 10 and abs(page.height - down) < 10
    assert dpi == pytest.approx(page.width / 8.3)
    buffer = io.BytesIO()
    photo.convert("RGB").save(buffer, format="JPEG", quality=90)
    read = ocr.ocr_page(Image.open(buffer))
    text = "\n".join(read.layout.lines)
    for n in range(4):
        assert f"INV-26-01{48 + 7 * n}" in text, text
        assert f"{1350 + 101 * n}.30" in text, text


def test_a_heading_with_a_percentage_still_has_its_misread_headings_spelled() -> None:
    """GIVEN the heading row ``Line  tnvoice  Inv Date  PO  Gross  Disc 1%  Paid`` THEN
    ``tnvoice`` is read as Invoice, so the table keeps its reference column."""
    from inbox_agent.documents.ocr_layout import fix_headings

    texts = ["Line", "tnvoice", "Inv Date", "PO", "Gross", "Disc 1%", "Paid"]
    cells = [[Word(text, 100 + 200 * n, 50, 150, 30)] for n, text in enumerate(texts)]
    fixed = [" ".join(word.text for word in cell) for cell in fix_headings(cells)]
    assert fixed[1].lower() == "invoice" and fixed[5] == "Disc 1%"
    values = [[Word(text, 100 + 200 * n, 50, 150, 30)] for n, text in enumerate(
        ["1", "B-7781", "2026-01-20", "NL30283", "461.19", "4.61", "456.58"])]  # fmt: skip
    assert fix_headings(values) == values


def test_a_lookalike_neighbour_is_no_evidence() -> None:
    """GIVEN IB/2026 refs read 1B and 18 THEN the 1 before the B, itself a look-alike,
    does not make the column's B an 8 (a mixed column with no firm side stays mixed)."""
    read = ["1B/2026/1048", "18/2026/1050", "18/2026/1051", "1B/2026/1110", "1B/2026/1120"]
    assert agree_on_shapes(read) == read
