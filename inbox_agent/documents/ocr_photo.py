"""Phone photos of an advice: find the sheet on the table and look at it square-on.

A photo shows the page as a light quadrilateral on a darker background (a desk, a
lap), smaller than the frame, turned and in perspective: its far edge is shorter than
its near one. Tesseract wants upright lines of one size, and deskewing can only turn
the page, so here the sheet's four edges are found and the quadrilateral is mapped
back to a rectangle (a perspective transform), which also crops the background away
and gives the page's true size in pixels: the sheet is then about 8.3 inches across.

Only numpy and Pillow are used. The edges are found on a small copy: the page is the
light side of Otsu's threshold, closed so that its print does not break it; on every
row its first and last light pixel are the left and right edge, on every column the
top and bottom, and a straight line fitted to each is an edge (least squares, refitted
to the half of the points nearest the last fit, so a shadow biting into an edge does not
bend it). A scan, whose paper fills the frame, has no dark surround and is left alone,
and so is a page running out of the frame, and anything whose fit is poor.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import numpy as np
    from numpy.typing import NDArray
    from PIL import Image

PAGE_INCHES = 8.3
"""The short side of A4 (8.27 in) or Letter (8.5 in): a photographed page's width."""
_WORK_SIDE = 600
_MIN_SHARE = 0.2
_MAX_SHARE = 0.85
"""A page filling more of the frame than this is a scan or already cropped."""
_MAX_SURROUND = 0.75
"""The background around the page is at most this bright, relative to the paper."""


@dataclass(frozen=True, slots=True)
class Sheet:
    """The page's corners in the photo: top-left, top-right, bottom-right, bottom-left."""

    corners: tuple[tuple[float, float], ...]


def find_sheet(gray: Image.Image) -> Sheet | None:
    """Find a light page on a darker background; ``None`` when there is no such page."""
    import numpy as np
    from PIL import Image as PILImage
    from PIL import ImageFilter

    scale = _WORK_SIDE / max(gray.size)
    if scale >= 1:
        scale = 1.0
    small_image = gray.resize(
        (max(1, round(gray.width * scale)), max(1, round(gray.height * scale))),
        PILImage.Resampling.BOX,
    )
    small = np.asarray(small_image, dtype=np.uint8)
    from inbox_agent.documents.ocr import otsu_threshold

    threshold = otsu_threshold(small)
    paper = float(np.median(small[small >= threshold]))
    surround = float(np.median(small[small < threshold]))
    if surround > _MAX_SURROUND * paper:
        return None
    # Lower than Otsu's: paper in a hand's or the phone's shadow is still paper.
    threshold = round(surround + 0.4 * (paper - surround))
    light = PILImage.fromarray(np.where(small >= threshold, 255, 0).astype(np.uint8))
    # Close the print inside the page, then open away light specks outside it.
    light = light.filter(ImageFilter.MaxFilter(7)).filter(ImageFilter.MinFilter(7))
    light = light.filter(ImageFilter.MinFilter(5)).filter(ImageFilter.MaxFilter(5))
    mask = np.asarray(light) > 0
    share = float(mask.mean())
    if not _MIN_SHARE <= share <= _MAX_SHARE:
        return None
    edges = _edges(mask)
    if edges is None:
        return None
    left, right, top, bottom = edges
    corners = [_cross(top, left), _cross(top, right), _cross(bottom, right), _cross(bottom, left)]
    if any(c is None for c in corners):
        return None
    found = [corner for corner in corners if corner is not None]
    if len(found) < 4 or not _agrees(found, mask):
        return None
    points = [(x / scale, y / scale) for x, y in found]
    if not _plausible(points, gray.size):
        return None
    return Sheet(tuple(points))


def _agrees(corners: list[tuple[float, float]], mask: NDArray[np.bool_]) -> bool:
    """Whether the quadrilateral and the light area are the same region, give or take."""
    import numpy as np
    from PIL import Image as PILImage
    from PIL import ImageDraw

    outline = PILImage.new("1", (mask.shape[1], mask.shape[0]), 0)
    ImageDraw.Draw(outline).polygon(corners, fill=1)
    inside = np.asarray(outline, dtype=bool)
    if not inside.any():
        return False
    missed = float((mask & ~inside).sum()) / max(1, int(mask.sum()))
    spilled = float((inside & ~mask).sum()) / int(inside.sum())
    return missed <= 0.03 and spilled <= 0.06


Line = tuple[float, float]
"""``u = a * v + b``: x as a function of y for a side edge, y of x for a top or bottom."""


def _edges(mask: NDArray[np.bool_]) -> tuple[Line, Line, Line, Line] | None:
    import numpy as np

    rows = np.nonzero(mask.any(axis=1))[0]
    columns = np.nonzero(mask.any(axis=0))[0]
    if len(rows) < 20 or len(columns) < 20:
        return None
    first_x = mask.argmax(axis=1)
    last_x = mask.shape[1] - 1 - mask[:, ::-1].argmax(axis=1)
    first_y = mask.argmax(axis=0)
    last_y = mask.shape[0] - 1 - mask[::-1, :].argmax(axis=0)
    # Edge points away from the corners, where a rounded or shaded corner bends them.
    ys = _middle(rows)
    xs = _middle(columns)
    fits = (
        _fit(ys, first_x[ys]),
        _fit(ys, last_x[ys]),
        _fit(xs, first_y[xs]),
        _fit(xs, last_y[xs]),
    )
    if any(fit is None for fit in fits):
        return None
    left, right, top, bottom = fits
    assert left is not None and right is not None and top is not None and bottom is not None
    return left, right, top, bottom


def _middle(indices: NDArray[np.intp]) -> NDArray[np.intp]:
    start, stop = int(indices[0]), int(indices[-1])
    span = stop - start
    import numpy as np

    picked: NDArray[np.intp] = np.arange(start + span // 6, stop - span // 6 + 1)
    return picked


def _fit(v: NDArray[np.intp], u: NDArray[np.intp]) -> Line | None:
    """A straight line through the points, refitted three times to the half of them nearest it."""
    import numpy as np

    vs = v.astype(np.float64)
    us = u.astype(np.float64)
    if len(vs) < 10:
        return None
    keep = np.ones(len(vs), dtype=bool)
    for _ in range(3):
        slope, offset = np.polyfit(vs[keep], us[keep], 1)
        errors = np.abs(us - (slope * vs + offset))
        keep = errors <= max(1.5, float(np.percentile(errors, 50)))
        if keep.sum() < max(5, len(vs) // 3):
            return None
    slope, offset = np.polyfit(vs[keep], us[keep], 1)
    residual = float(np.median(np.abs(us[keep] - (slope * vs[keep] + offset))))
    if residual > 2.0 or abs(slope) > 0.35:
        return None
    return float(slope), float(offset)


def _cross(across: Line, down: Line) -> tuple[float, float] | None:
    """Where a top/bottom line (y of x) meets a side line (x of y)."""
    a, b = across  # y = a x + b
    c, d = down  # x = c y + d
    denominator = 1 - a * c
    if abs(denominator) < 1e-6:
        return None
    y = (a * d + b) / denominator
    return c * y + d, y


def _plausible(points: list[tuple[float, float]], size: tuple[int, int]) -> bool:
    import numpy as np

    width, height = size
    slack = 0.005  # a page running out of the frame is not corrected
    for x, y in points:
        if not (
            -slack * width <= x <= (1 + slack) * width
            and -slack * height <= y <= (1 + slack) * height
        ):
            return False
    (tlx, tly), (trx, try_), (brx, bry), (blx, bly) = points
    top = np.hypot(trx - tlx, try_ - tly)
    bottom = np.hypot(brx - blx, bry - bly)
    left = np.hypot(blx - tlx, bly - tly)
    right = np.hypot(brx - trx, bry - try_)
    if min(top, bottom) < 0.6 * max(top, bottom) or min(left, right) < 0.6 * max(left, right):
        return False
    ratio = max(top, bottom) / max(left, right)
    return bool(0.5 <= ratio <= 2.0)


def flatten_sheet(gray: Image.Image, sheet: Sheet) -> Image.Image:
    """Map the sheet's quadrilateral to an upright rectangle of its own size in pixels."""
    import numpy as np
    from PIL import Image as PILImage

    (tlx, tly), (trx, try_), (brx, bry), (blx, bly) = sheet.corners
    width = round(max(np.hypot(trx - tlx, try_ - tly), np.hypot(brx - blx, bry - bly)))
    height = round(max(np.hypot(blx - tlx, bly - tly), np.hypot(brx - trx, bry - try_)))
    # A little inside the edges: the paper's rim is shaded and would read as a rule.
    inset = max(2, round(0.006 * min(width, height)))
    target = [(-inset, -inset), (width + inset, -inset), (width + inset, height + inset),
              (-inset, height + inset)]  # fmt: skip
    coefficients = _perspective(target, list(sheet.corners))
    return gray.transform(
        (width, height), PILImage.Transform.PERSPECTIVE, coefficients,
        resample=PILImage.Resampling.BICUBIC, fillcolor=255,
    )  # fmt: skip


def _perspective(
    target: list[tuple[float, float]], source: list[tuple[float, float]]
) -> tuple[float, ...]:
    """Pillow's eight coefficients taking an output pixel to the photo's pixel."""
    import numpy as np

    rows = []
    values = []
    for (x, y), (u, v) in zip(target, source, strict=True):
        rows.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        rows.append([0, 0, 0, x, y, 1, -v * x, -v * y])
        values += [u, v]
    solved = np.linalg.solve(np.asarray(rows, dtype=np.float64), np.asarray(values, np.float64))
    return tuple(float(value) for value in solved)


def square_on(gray: Image.Image) -> tuple[Image.Image, float] | None:
    """The photographed page flattened and cropped, with its resolution; ``None`` if no photo."""
    sheet = find_sheet(gray)
    if sheet is None:
        return None
    page = flatten_sheet(gray, sheet)
    return page, min(page.size) / PAGE_INCHES
