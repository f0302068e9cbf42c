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
from collections.abc import Callable
from functools import cache
from itertools import pairwise, zip_longest
from typing import Any

from reportlab.graphics.barcode import qrencoder
from reportlab.graphics.barcode.qrencoder import QRCode, QRUtil

# The error correction polynomial of n codewords is the same for every code: reportlab
# multiplies it out again for each block of each code (a third of an eSIM code's time).
# It is a pure function of n, and its polynomials are never changed in place.
QRUtil.getErrorCorrectPolynomial = staticmethod(cache(QRUtil.getErrorCorrectPolynomial))

_EXP = [qrencoder.EXP_TABLE[i % 255] for i in range(512)]  # α^i, i up to 2 × 255
_LOG = qrencoder.LOG_TABLE
REPORTLAB_CREATE_BYTES = QRCode.createBytes


@cache
def _generator_logs(ec_count: int) -> tuple[int, ...]:
    """log α of the error correction polynomial's coefficients after its leading 1."""
    return tuple(_LOG[c] for c in QRUtil.getErrorCorrectPolynomial(ec_count).num[1:])


def _remainder(data: list[int], ec_count: int) -> list[int]:
    """The ``ec_count`` error correction codewords of one block: the remainder of its data
    by the polynomial, worked codeword by codeword (reportlab divides by building a new
    polynomial for every step: 1.77 against 1.57 ms for an eSIM's code, the generator
    polynomials cached either way)."""
    logs = _generator_logs(ec_count)
    rest = [0] * ec_count
    for codeword in data:
        factor = codeword ^ rest.pop(0)
        rest.append(0)
        if factor:
            shift = _LOG[factor]
            rest = [r ^ _EXP[shift + g] for r, g in zip(rest, logs, strict=True)]
    return rest


def _create_bytes(buffer: Any, rs_blocks: list[Any]) -> list[int]:
    """``QRCode.createBytes``: each block's data and error correction codewords,
    interleaved as reportlab interleaves them (tests/documents/test_qr.py compares)."""
    data_blocks, ec_blocks = [], []
    offset = 0
    for block in rs_blocks:
        data = buffer.buffer[offset : offset + block.dataCount]
        offset += block.dataCount
        data_blocks.append(data)
        ec_blocks.append(_remainder(data, block.totalCount - block.dataCount))
    return [
        codeword
        for blocks in (data_blocks, ec_blocks)
        for column in zip_longest(*blocks)
        for codeword in column
        if codeword is not None
    ]


QRCode.createBytes = staticmethod(_create_bytes)

_RUN = re.compile(rb"\x00{5,}|\x01{5,}")
_FINDER = bytes([1, 0, 1, 1, 1, 0, 1, 0, 0, 0, 0])
_BITS = bytes.maketrans(b"\x00\x01", b"01")
_UNBITS = bytes.maketrans(b"01", b"\x00\x01")


def make(qr: Any) -> None:
    """``qr.make()`` for a ``reportlab.graphics.barcode.qrencoder.QRCode``: the best mask
    (the first of the lowest score, as reportlab picks it), then the code with it.

    The candidates differ only in their data modules (a candidate's format bits are all
    light), so the code is laid out once, under mask 0, and each other candidate is
    that with the data modules' mask changed: one XOR per row, from masks made once
    per version (reportlab lays out the whole code for each, and once more for the
    chosen one: here its format bits are written on the candidate)."""
    if qr.version is None:
        qr.version = qr.calculate_version()
    qr.makeImpl(True, 0)
    size = qr.moduleCount
    masks = _data_masks(qr.version, qr.dataPosIterator())
    first = [int(bytes(row).translate(_BITS), 2) for row in qr.modules]
    best, lowest, chosen = 0, -1, []
    for mask in range(8):
        rows = [row ^ m0 ^ m for row, m0, m in zip(first, masks[0], masks[mask], strict=True)]
        candidate = [_row_bytes(row, size) for row in rows]
        lost = _lost_points(candidate)
        if mask == 0 or lost < lowest:
            best, lowest, chosen = mask, lost, candidate
    # The chosen candidate with its format (and version) bits: makeImpl(False, best).
    qr.modules = [[dark == 1 for dark in row] for row in chosen]
    qr.setupTypeInfo(False, best)
    if qr.version >= 7:
        qr.setupTypeNumber(False)


_masks: dict[int, tuple[tuple[int, ...], ...]] = {}


def _data_masks(version: int, positions: list[tuple[int, int]]) -> tuple[tuple[int, ...], ...]:
    """For each mask, each row's dark modules under it among the data modules only
    (``positions``: reportlab's (column, row) of each), as a number (column 0 highest)."""
    made = _masks.get(version)
    if made is None:
        size = version * 4 + 17
        made = tuple(_mask_rows(QRUtil.getMask(mask), positions, size) for mask in range(8))
        _masks[version] = made
    return made


def _mask_rows(
    dark: Callable[[int, int], bool], positions: list[tuple[int, int]], size: int
) -> tuple[int, ...]:
    rows = [0] * size
    for column, row in positions:
        if dark(row, column):
            rows[row] |= 1 << (size - 1 - column)
    return tuple(rows)


def _row_bytes(row: int, size: int) -> bytes:
    return format(row, f"0{size}b").encode().translate(_UNBITS)


def lost_points(modules: list[list[bool]]) -> int:
    """The penalty of a candidate's modules (rows of booleans), as reportlab counts it."""
    return _lost_points([bytes(row) for row in modules])


def _lost_points(rows: list[bytes]) -> int:
    """:func:`lost_points` of rows of 0 and 1 bytes."""
    size = len(rows)
    lines = b"\x02".join(rows + [bytes(column) for column in zip(*rows, strict=True)])
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
