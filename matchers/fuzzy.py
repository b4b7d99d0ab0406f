"""Find numbers one typing slip away from a quoted one, among a million, in microseconds.

A *symmetric delete* index (the SymSpell idea): every key is stored together with each
string obtained by deleting one of its characters. Two strings are within one edit
(insertion, deletion, substitution, or a swap of neighbours) only if they share the key
itself or one of these deletions, so a query generates its own few deletions and looks
them up instead of comparing itself with every key. Candidates still get a real
edit-distance check afterwards; the index only narrows a million to a handful.

Storing ten strings per key in Python dictionaries would cost gigabytes at a million
keys, so the strings are reduced to 64-bit polynomial hashes, computed for all keys at
once with numpy, and kept in one sorted array with the owning key's position beside it.
A hash collision only adds a candidate that the distance check then drops.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import numpy.typing as npt

_MASK = (1 << 64) - 1
_BASE = 0x9E3779B97F4A7C15
"""Odd 64-bit multiplier (the golden-ratio constant): spreads positions across the word."""
_MAX_LEN = 40

_WEIGHTS = [pow(_BASE, j, 1 << 64) for j in range(_MAX_LEN + 1)]
_WEIGHTS_NP = np.array(_WEIGHTS, dtype=np.uint64)

MAX_CANDIDATES = 2_000
"""A query whose neighbourhood holds more keys than this is reported as too crowded."""


def _hash(text: str) -> int:
    """The same polynomial hash the index computes with numpy, in plain Python."""
    return sum(ord(c) * w for c, w in zip(text, _WEIGHTS, strict=False)) & _MASK


def neighbourhood(text: str) -> list[int]:
    """Hashes of ``text`` and of every string one deletion away from it."""
    out = [_hash(text)]
    out.extend(_hash(text[:p] + text[p + 1 :]) for p in range(len(text)))
    return out


def _group_hashes(keys: Sequence[str], length: int) -> npt.NDArray[np.uint64]:
    """Hashes of keys of one length: the whole key, then each one-deletion, column-wise."""
    chars = np.array(keys, dtype=f"S{length}").view(np.uint8).reshape(len(keys), length)
    wide = chars.astype(np.uint64)
    weights = _WEIGHTS_NP[:length]
    # Deleting position p keeps the weights of the characters before p and shifts those
    # after it down by one place; both partial sums come from cumulative sums.
    before = np.cumsum(wide * weights, axis=1, dtype=np.uint64)
    shifted = wide[:, 1:] * weights[: length - 1]
    after = np.cumsum(shifted[:, ::-1], axis=1, dtype=np.uint64)[:, ::-1]
    out = np.empty((length + 1, len(keys)), dtype=np.uint64)
    out[0] = before[:, -1]
    out[1] = after[:, 0]
    for p in range(1, length - 1):
        np.add(before[:, p - 1], after[:, p], out=out[p + 1])
    out[length] = before[:, length - 2]
    return out.reshape(-1)


class DeletionIndex:
    """Keys by their one-deletion neighbourhoods; see the module docstring."""

    __slots__ = ("_owner_bits", "_packed", "_size")

    def __init__(self, keys: Sequence[str], *, min_len: int = 4) -> None:
        """Index every ASCII key of ``min_len`` to 40 characters; others are left out.

        Args:
            keys: The keys, by position; a query answers with these positions.
            min_len: Shorter keys are not indexed (one edit on them means little).
        """
        self._owner_bits = max(20, len(keys).bit_length())
        lengths = np.fromiter(map(len, keys), dtype=np.int32, count=len(keys))
        ascii_ok = (
            np.ones(len(keys), dtype=bool)
            if "".join(keys).isascii()
            else np.fromiter(map(str.isascii, keys), dtype=bool, count=len(keys))
        )
        usable = ascii_ok & (lengths >= max(min_len, 2)) & (lengths <= _MAX_LEN)
        parts: list[npt.NDArray[np.uint64]] = []
        for length in np.unique(lengths[usable]).tolist():
            positions = np.nonzero(usable & (lengths == length))[0]
            hashes = _group_hashes([keys[i] for i in positions.tolist()], length)
            owners = np.tile(positions.astype(np.uint64), length + 1)
            # Top bits: the hash; bottom bits: whose key it is. One plain sort then
            # orders both, much faster than an argsort and a gather.
            parts.append(
                (hashes >> np.uint64(self._owner_bits) << np.uint64(self._owner_bits)) | owners
            )
        self._packed = np.sort(np.concatenate(parts)) if parts else np.zeros(0, np.uint64)
        self._size = int(usable.sum())

    def __len__(self) -> int:
        """Number of keys indexed."""
        return self._size

    def candidates(self, query: str) -> list[int] | None:
        """Positions of keys that may be within one edit of ``query``.

        Returns:
            The positions (to be checked with a real edit distance), or None when the
            neighbourhood is too crowded to mean anything (more than MAX_CANDIDATES).
        """
        if not query.isascii() or len(query) > _MAX_LEN:
            return []
        bits = self._owner_bits
        low_mask = (1 << bits) - 1
        starts = [(h >> bits) << bits for h in neighbourhood(query)]
        wanted = np.array(starts, dtype=np.uint64)
        lows = np.searchsorted(self._packed, wanted, side="left")
        highs = np.searchsorted(self._packed, wanted | np.uint64(low_mask), side="right")
        if int((highs - lows).sum()) > MAX_CANDIDATES:
            return None
        found: set[int] = set()
        for low, high in zip(lows.tolist(), highs.tolist(), strict=True):
            if high > low:
                found.update(v & low_mask for v in self._packed[low:high].tolist())
        return sorted(found)
