"""OCR of pages in other scripts, rules glued to text, and letters no advice prints.

Real tesseract reads small generated pages: a Japanese advice must be read with the
Japanese model (chosen from the page itself, not for every page), a spreadsheet whose
grid lines touch the cell text must read without the rule's stub, and tesseract's
dotless ``ı`` must never reach the extractor.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFont

from inbox_agent.documents import ocr
from inbox_agent.documents.ocr_layout import Word, join_cjk, layout_page, parse_tsv
from inbox_agent.documents.ocr_script import page_languages, script_of, unsure_words

CJK_FONT = Path("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf")
ROWS = [("KJ-2603303", "859,000"), ("KJ-2603307", "591,400"), ("KJ-2603316", "404,000")]


def _needs(*langs: str) -> None:
    missing = [lang for lang in langs if lang not in ocr.installed_languages()]
    if missing:
        pytest.fail(f"tesseract languages not installed (./run setup installs them): {missing}")


# --- script of a page ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "script"),
    [
        ("ケストレル・インスツルメンツ株式会社下記の通りお支払い申し上げます", "jpn"),
        ("지급통지서송장번호지급금액합계입니다감사합니다", "kor"),
        ("付款通知书发票号码付款金额合计谢谢您的合作", "chi"),
        ("kuzseoei7kuzszsos74keuzs2eoemkuzskuzs32.164.58|和uoPF", None),
        ("株式会社", None),  # too few to decide a page
    ],
)
def test_script_is_told_from_what_the_cjk_models_read(text: str, script: str | None) -> None:
    assert script_of(text) == script


def test_a_latin_page_is_not_probed() -> None:
    """GIVEN words read confidently by the Latin models THEN no CJK model is run."""
    words = [Word(f"INV-{n:05d}", 10, 40 * n, 200, 30, 91.0) for n in range(30)]
    words += [Word("x7", 300, 40 * n, 30, 30, 30.0) for n in range(3)]
    calls: list[tuple[str, ...]] = []

    def read(image: Image.Image, langs: tuple[str, ...]) -> list[Word]:
        calls.append(langs)
        return []

    page = Image.new("L", (800, 1400), 255)
    assert unsure_words(words) == []
    assert page_languages(page, words, read, ["eng", "deu", "jpn", "kor"]) is None
    assert calls == []


def _japanese_page() -> Image.Image:
    if not CJK_FONT.exists():
        pytest.fail(f"no CJK font at {CJK_FONT} (./run setup installs fonts-droid-fallback)")
    page = Image.new("L", (2480, 1400), 255)
    draw = ImageDraw.Draw(page)
    font = ImageFont.truetype(str(CJK_FONT), 40)
    big = ImageFont.truetype(str(CJK_FONT), 64)
    latin = ImageFont.load_default(size=40)
    draw.text((900, 80), "お支払明細書", 0, big)
    draw.text((150, 220), "ケストレル・インスツルメンツ株式会社 御中", 0, font)
    draw.text((150, 300), "毎度格別のお引き立てを賜り、誠にありがとうございます。", 0, font)
    draw.text((150, 360), "下記の通りお支払い申し上げますので、ご査収ください。", 0, font)
    draw.text((150, 440), "支払日", 0, font)
    draw.text((500, 440), "2026/04/30", 0, latin)
    draw.text((150, 600), "請求書番号", 0, font)
    draw.text((800, 600), "支払額", 0, font)
    draw.text((1150, 600), "摘要", 0, font)
    for n, (ref, paid) in enumerate(ROWS):
        y = 680 + 70 * n
        draw.text((150, y), ref, 0, latin)
        draw.text((800, y), paid, 0, latin)
    draw.text((150, 1000), "返品分は今回お支払額より差し引いております。", 0, font)
    return page


def test_a_japanese_page_is_read_with_the_japanese_model() -> None:
    """GIVEN a Japanese advice THEN the page is read again in jpn+eng: the headings come
    out in Japanese, joined into the words a heading table knows, refs stay Latin."""
    _needs("eng", "jpn", "kor")
    page = _japanese_page()
    read = ocr.ocr_page(page, dpi=300)
    text = "\n".join(read.layout.lines)
    assert "請求書番号" in text
    assert "支払額" in text
    for ref, paid in ROWS:
        assert ref in text and paid in text


def test_the_japanese_page_is_found_from_the_latin_reading() -> None:
    _needs("eng", "jpn", "kor")
    prepared = ocr.prepare(_japanese_page(), dpi=300)
    words = ocr.run_tesseract(prepared.image, dpi=prepared.dpi)
    langs = page_languages(
        prepared.image,
        words,
        lambda image, langs: ocr.run_tesseract(image, dpi=300, langs=langs),
        sorted(ocr.installed_languages()),
    )
    assert langs == ("jpn", "eng")


def test_cjk_words_are_joined_and_run_together_headings_parted() -> None:
    """GIVEN tesseract's spaced Japanese words THEN a cell's Han and kana are one word, and
    a heading row's ``支払 額 摘要`` (two headings closer than a cell gap) becomes two cells."""
    spaced = [Word("請求", 0, 0, 70, 35), Word("書", 75, 0, 35, 35), Word("番号", 115, 0, 70, 35)]
    assert [w.text for w in join_cjk(spaced)] == ["請求書番号"]
    mixed = [Word("KJ-1", 0, 0, 70, 35), Word("返品", 80, 0, 70, 35)]
    assert [w.text for w in join_cjk(mixed)] == ["KJ-1", "返品"]
    words = [Word("請求", 100, 100, 70, 35), Word("書", 172, 100, 35, 35),
             Word("番号", 210, 100, 70, 35), Word("支払", 800, 100, 70, 35),
             Word("額", 872, 100, 35, 35), Word("摘要", 920, 100, 70, 35)]  # fmt: skip
    layout = layout_page(words)
    assert layout.lines == ["請求書番号   支払額   摘要"]


# --- rules glued to text -------------------------------------------------------------------


def _grid_page(scale: int = 2) -> Image.Image:
    """A spreadsheet printed with grid lines, its cell text set right against the left rule."""
    page = Image.new("L", (1240 * scale // 2, 700 * scale // 2), 255)
    draw = ImageDraw.Draw(page)
    font = ImageFont.load_default(size=18 * scale // 2)
    xs = [60, 300, 560, 820]
    ys = [60 + 40 * n for n in range(8)]
    s = scale / 2
    for y in ys:
        draw.line([(xs[0] * s, y * s), (xs[-1] * s, y * s)], fill=0, width=max(1, round(s)))
    for x in xs:
        draw.line([(x * s, ys[0] * s), (x * s, ys[-1] * s)], fill=0, width=max(1, round(s)))
    for n in range(7):
        y = (ys[n] + 10) * s
        draw.text(((xs[0] + 1) * s, y), f"ACH6{n}324", 0, font)
        draw.text(((xs[1] + 1) * s, y), f"2026/INV/1{n}7", 0, font)
        draw.text(((xs[2] + 1) * s, y), f"{n + 1} 7{n}6,05", 0, font)
    return page


def test_a_rule_touching_text_is_marked_but_the_letters_are_not() -> None:
    page = np.asarray(_grid_page(scale=4)) < 128  # 300 dpi
    region = ocr.glued_rules(page, min_run=150)
    rule = page[130:700, 598:602]  # the second vertical rule, text set against it
    assert region[130:700, 598:602][rule].mean() > 0.95
    letters = page[130:700, 606:1100]
    assert region[130:700, 606:1100][letters].mean() < 0.02


def test_text_glued_to_grid_lines_reads_without_the_rules() -> None:
    """GIVEN a 150 dpi scan of a gridded spreadsheet THEN the refs read exactly, with no
    rule stub read as a letter before them (``J2026/INV/147``)."""
    read = ocr.ocr_page(_grid_page(scale=2), dpi=150)
    text = "\n".join(read.layout.lines)
    for n in range(7):
        assert f"2026/INV/1{n}7" in text.split(), text
        assert f"ACH6{n}324" in text.split(), text


# --- letters no advice prints --------------------------------------------------------------


def test_dotless_i_never_reaches_the_extractor() -> None:
    tsv = (
        "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight"
        "\tconf\ttext\n5\t1\t1\t1\t1\t1\t10\t10\t100\t30\t60.0\tkıru2s\n"
    )
    assert parse_tsv(tsv)[0].text == "kiru2s"


def test_tesseract_is_told_never_to_read_a_dotless_i(monkeypatch: pytest.MonkeyPatch) -> None:
    """The blacklist reaches tesseract (and it accepts it: the page still reads)."""
    seen: list[list[str]] = []
    real = ocr.subprocess.run

    def spy(command: list[str], **kwargs: object) -> object:
        seen.append(command)
        return real(command, **kwargs)  # type: ignore[call-overload]

    monkeypatch.setattr(ocr.subprocess, "run", spy)
    page = Image.new("L", (900, 200), 255)
    ImageDraw.Draw(page).text((40, 60), "KIPL/25-26/0617", 0, ImageFont.load_default(size=48))
    words = ocr.run_tesseract(page)
    assert [w.text for w in words] == ["KIPL/25-26/0617"]
    assert any(f"tessedit_char_blacklist={ocr.BLACKLIST}" in c for c in seen[-1])
    assert "ı" in ocr.BLACKLIST
