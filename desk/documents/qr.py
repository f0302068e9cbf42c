"""Making a QR code with reportlab's encoder, the mask chosen more quickly.

A QR code is drawn with one of eight masks, the one whose modules score the fewest
penalty points; reportlab scores each candidate cell by cell in Python, nine tenths of
the time of a code (an eSIM's activation code took 12 ms). :func:`make` scores the
same rules over each row and column as bytes and machine integers, to the same points
— reportlab's own quirks included — so it chooses the same mask and draws the very
same modules (tests/documents/test_qr.py compares them).

The rules, as reportlab counts them (``QRUtil.getLostPoint``):

1. each run of five or more modules of one colour in a row or a column: its length − 2;
2. each 2 × 2 block of one colour: 3;
3. each 1:1:3:1:1 finder-like pattern followed by four light modules (``10111010000``)
   in a row, scanned left to right, starting before the last eleven modules and
   skipping past a match: 40 (reportlab compares columns with a list it never
   equals, so columns count nothing);
4. the share of dark modules: 10 for every 5 % away from half.
"""

from __future__ import annotations

import re
from itertools import pairwise
from typing import Any

_RUN = re.compile(rb"\x00{5,}|\x01{5,}")
_FINDER = bytes([1, 0, 1, 1, 1, 0, 1, 0, 0, 0, 0])
_BITS = bytes.maketrans(b"\x00\x01", b"01")


def make(qr: Any) -> None:
    """``qr.make()`` for a ``reportlab.graphics.barcode.qrencoder.QRCode``: the best mask
    (the first of the lowest score, as reportlab picks it), then the code with it."""
    if qr.version is None:
        qr.version = qr.calculate_version()
    best, lowest = 0, -1
    for mask in range(8):
        qr.makeImpl(True, mask)
        lost = lost_points(qr.modules)
        if mask == 0 or lost < lowest:
            best, lowest = mask, lost
    qr.makeImpl(False, best)


def lost_points(modules: list[list[bool]]) -> int:
    """The penalty of a candidate's modules (rows of booleans), as reportlab counts it."""
    rows = [bytes(row) for row in modules]
    size = len(rows)
    lines = b"\x02".join(rows + [bytes(column) for column in zip(*modules, strict=True)])
    runs = _RUN.findall(lines)  # rows and columns apart: a run never spans two
    lost = sum(map(len, runs)) - 2 * len(runs)
    full = (1 << size) - 1
    numbers = [int(row.translate(_BITS), 2) for row in rows]
    for above, below in pairwise(numbers):
        same_down = ~(above ^ below) & full
        same_across = ~(above ^ (above >> 1)) & (full >> 1)
        lost += 3 * (same_down & (same_down >> 1) & same_across).bit_count()
    last = size - len(_FINDER)  # reportlab stops one short of the last place it fits
    for row in rows:
        at = row.find(_FINDER)
        while 0 <= at < last:
            lost += 40
            at = row.find(_FINDER, at + len(_FINDER))
    dark = sum(row.count(1) for row in rows)
    return lost + 10 * (abs(100 * dark // (size * size) - 50) // 5)
