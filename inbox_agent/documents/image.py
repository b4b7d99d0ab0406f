"""Pictures of advices (PNG, JPEG, TIFF) read by OCR: phone photos, scans, fax images.

Payers attach a scan as an image as often as inside a PDF. The image is opened with
Pillow (already installed for pdfplumber), every frame of a multi-page TIFF is a page,
and the pages go through the same OCR and layout as a scanned PDF (:mod:`.ocr`). A fax
frame whose pixels are not square (204 x 98 dpi) is stretched to square pixels first.

The reader is available wherever Pillow is, even without tesseract: an image advice
then gets the clear "OCR is not installed" error rather than "unsupported", so the
clerk knows the file is fine and the machine is missing a package.

Mail signatures and logos are images too, so images too small to hold a page of text
are turned away before OCR, cheaply.
"""

from __future__ import annotations

import io
import logging
import warnings
from collections.abc import Iterator
from pathlib import PurePath
from typing import TYPE_CHECKING

from inbox_agent.documents import ocr
from inbox_agent.documents.assemble import build_remittance
from inbox_agent.documents.errors import DocumentError
from matchers.types import Remittance

if TYPE_CHECKING:
    from PIL import Image

log = logging.getLogger(__name__)

SUFFIXES = frozenset({".png", ".jpg", ".jpeg", ".tif", ".tiff"})
CONTENT_TYPES = frozenset({"image/png", "image/jpeg", "image/jpg", "image/pjpeg", "image/tiff"})
MIN_SIDE = 300
"""Below this many pixels on the short side an image is a logo or an icon, not an advice."""

_CORRUPT = "the image is damaged or not an image; ask the sender to send it again"
_NO_TEXT = "OCR found no text in the image (a blank or unreadable scan); key this one in by hand"
_TOO_SMALL = "the image is too small to hold a remittance advice (a logo or an icon)"


class ImageReader:
    """Reads image files by OCR, one page per image (one per frame of a TIFF)."""

    name = "image"

    def is_available(self) -> bool:
        """Say whether Pillow imports; tesseract's absence is reported by :meth:`read`."""
        try:
            import PIL  # noqa: F401
        except ImportError:
            return False
        return True

    def handles(self, filename: str, content_type: str | None) -> bool:
        """Accept the usual scan and photo formats by suffix or MIME type."""
        return PurePath(filename).suffix.lower() in SUFFIXES or content_type in CONTENT_TYPES

    def read(self, data: bytes, source: str) -> list[Remittance]:
        """OCR the image; damaged, tiny, blank and oversized images raise DocumentError."""
        image = _open(data)
        count = getattr(image, "n_frames", 1)
        if min(image.size) < MIN_SIDE:
            raise DocumentError("no_remittance", _TOO_SMALL)
        ocr.require_ocr()
        pages = ocr.ocr_pages(_frames(image), count=count)
        text, grids = ocr.combine(pages)
        if not text.strip():
            raise DocumentError("no_remittance", _NO_TEXT)
        return [ocr.mark_as_ocr(build_remittance(source, text=text, grids=grids))]


def _open(data: bytes) -> Image.Image:
    """Open without decoding; refuse decompression bombs and anything Pillow cannot read."""
    from PIL import Image as PILImage
    from PIL import UnidentifiedImageError

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", PILImage.DecompressionBombWarning)
            image = PILImage.open(io.BytesIO(data))
    except (PILImage.DecompressionBombWarning, PILImage.DecompressionBombError) as exc:
        raise DocumentError("too_large", "the image has too many pixels to be read") from exc
    except (UnidentifiedImageError, OSError, ValueError) as exc:
        raise DocumentError("corrupt", _CORRUPT) from exc
    if image.width * image.height > ocr.MAX_PIXELS:
        raise DocumentError(
            "too_large", f"the image is {image.width}x{image.height} pixels; too large to OCR"
        )
    return image


def _frames(image: Image.Image) -> Iterator[tuple[Image.Image, float | None]]:
    """Yield each frame decoded, with its resolution; a truncated file is ``corrupt``."""
    from PIL import ImageSequence

    try:
        for frame in ImageSequence.Iterator(image):
            frame.load()
            yield square_pixels(frame.copy(), _dpi_pair(frame))
    except (OSError, ValueError, SyntaxError) as exc:
        raise DocumentError("corrupt", _CORRUPT) from exc


def _dpi_pair(image: Image.Image) -> tuple[float, float] | None:
    """The (across, down) resolution the image says it has; ``None`` when implausible."""
    value = image.info.get("dpi")
    if not isinstance(value, tuple) or not value:
        return None
    try:
        across = float(value[0])
        down = float(value[1]) if len(value) > 1 else across
    except (TypeError, ValueError):
        return None
    if not 50 <= across <= 1200:
        return None
    if not 30 <= down <= 1200:
        down = across
    return across, down


def square_pixels(
    image: Image.Image, dpi: tuple[float, float] | None
) -> tuple[Image.Image, float | None]:
    """Stretch an image whose pixels are not square to square ones; return it and its dpi.

    A fax in standard mode is 204 dpi across but only 98 dpi down (a "normal" G3/G4
    TIFF), so every letter is half as tall in pixels as it is wide; tesseract, which
    expects square pixels, reads such a page as garbage. The coarser axis is upsampled
    (greyscale first, so a bilevel fax gets soft edges rather than doubled rows) to the
    finer one's resolution, which is then the whole image's.
    """
    from PIL import Image as PILImage

    if dpi is None:
        return image, None
    across, down = dpi
    if abs(across - down) <= 0.05 * max(across, down):
        return image, across
    finer = max(across, down)
    size = (round(image.width * finer / across), round(image.height * finer / down))
    if size[0] * size[1] > ocr.MAX_PIXELS:
        return image, across
    gray = image.convert("L")
    return gray.resize(size, PILImage.Resampling.BICUBIC), finer
