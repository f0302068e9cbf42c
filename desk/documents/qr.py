"""Making a QR code with reportlab's encoder, laid out and its mask chosen more quickly.

reportlab encodes the text (its modes: numeric, alphanumeric, kanji, bytes), and Desk
uses its tables and its drawing of the fixed patterns. The rest, which reportlab does
module by module in Python — an eSIM's activation code took 12 ms — is done here on
bytes and machine integers, to the very same modules (tests/documents/test_qr.py
compares them with reportlab's own ``make()`` on every version and level):

- the error correction codewords, each block's remainder worked a codeword at a time
  from a table of the generator's multiples (reportlab builds a new polynomial for
  every step);
- the layout: the fixed patterns of a version and the places of its data modules are
  worked out once per version; the code's data bits are set in a copy of them;
- the mask: each of the eight candidates is that layout XOR one number, and scored by
  the rules below over the whole code at once, to the points reportlab gives —
  its quirks included — so the same mask is chosen.

The code is held as bytes, one per module (0 light, 1 dark), each row ended by a 2: a
run never spans two rows, and the same bytes, read as one number, give rule 2.

The rules, as reportlab counts them (``QRUtil.getLostPoint``):

1. each run of five or more modules of one colour in a row or a column: its length − 2;
2. each 2 × 2 block of one colour: 3;
3. each 1:1:3:1:1 finder-like pattern followed by four light modules (``10111010000``)
   in a row, scanned left to right, but not one that ends the row (reportlab stops one
   short of the last place it fits): 40 (reportlab compares columns with a list it
   never equals, so columns count nothing);
4. the share of dark modules: 10 for every 5 % away from half.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from itertools import compress, zip_longest
from typing import Any

from reportlab.graphics.barcode import qrencoder
from reportlab.graphics.barcode.qrencoder import QRCode, QRRSBlock, QRUtil

_EXP = [qrencoder.EXP_TABLE[i % 255] for i in range(512)]  # α^i, i up to 2 × 255
_LOG = qrencoder.LOG_TABLE
_END = 2  # the byte after each row
_FINDER = bytes([1, 0, 1, 1, 1, 0, 1, 0, 0, 0, 0])  # never overlaps itself
_UNBITS = bytes.maketrans(b"01", b"\x00\x01")


# -- the codewords ---------------------------------------------------------------------


class _BitBuffer:
    """reportlab's ``QRBitBuffer`` as one number: ``put`` appends ``length`` bits at once
    (reportlab's appends them one call at a time)."""

    def __init__(self) -> None:
        self.bits = 0
        self.length = 0

    def put(self, num: int, length: int) -> None:
        self.bits = (self.bits << length) | (num & ((1 << length) - 1))
        self.length += length

    def putBit(self, bit: bool) -> None:  # reportlab's name
        self.put(1 if bit else 0, 1)

    def getLengthInBits(self) -> int:  # reportlab's name
        return self.length

    @property
    def buffer(self) -> list[int]:
        """The bytes so far, the last one filled with light bits."""
        count = -(-self.length // 8)
        return list((self.bits << (8 * count - self.length)).to_bytes(count, "big"))


def codewords(version: int, level: int, data_list: list[Any]) -> list[int]:
    """``QRCode.createData``: the data (terminator and padding added) and the error
    correction codewords, interleaved."""
    blocks = QRRSBlock.getRSBlocks(version, level)
    buffer = _BitBuffer()
    for data in data_list:
        data.write(buffer, version)
    room = 8 * sum(block.dataCount for block in blocks)
    if buffer.length > room:
        raise ValueError(f"code length overflow. ({buffer.length} > {room})")
    if buffer.length + 4 <= room:
        buffer.put(0, 4)  # the terminator
    buffer.put(0, -buffer.length % 8)
    pads = (room - buffer.length) // 8
    buffer.put(int.from_bytes(bytes([QRCode.PAD0, QRCode.PAD1] * (pads // 2 + 1))[:pads]), 8 * pads)
    return create_bytes(buffer.buffer, blocks)


def create_bytes(data: list[int], rs_blocks: list[Any]) -> list[int]:
    """``QRCode.createBytes`` of the data codewords ``data``: each block's data and error
    correction codewords, interleaved as reportlab interleaves them."""
    data_blocks, ec_blocks = [], []
    offset = 0
    for block in rs_blocks:
        chunk = data[offset : offset + block.dataCount]
        offset += block.dataCount
        data_blocks.append(chunk)
        ec_blocks.append(_remainder(chunk, block.totalCount - block.dataCount))
    return [
        codeword
        for blocks in (data_blocks, ec_blocks)
        for column in zip_longest(*blocks)
        for codeword in column
        if codeword is not None
    ]


@cache
def _multiples(ec_count: int) -> tuple[int, ...]:
    """The error correction polynomial of ``ec_count`` codewords (after its leading 1)
    times each byte, as one number each: the steps of the division, worked out once."""
    logs = [_LOG[c] for c in QRUtil.getErrorCorrectPolynomial(ec_count).num[1:]]
    table = [0]
    for factor in range(1, 256):
        shift = _LOG[factor]
        table.append(int.from_bytes(bytes(_EXP[shift + g] for g in logs), "big"))
    return tuple(table)


def _remainder(data: list[int], ec_count: int) -> list[int]:
    """The ``ec_count`` error correction codewords of one block: the remainder of its data
    by the polynomial, a codeword at a time, the remainder held as one number."""
    multiples = _multiples(ec_count)
    top = 8 * (ec_count - 1)
    full = (1 << 8 * ec_count) - 1
    rest = 0
    for codeword in data:
        rest = ((rest << 8) & full) ^ multiples[codeword ^ (rest >> top)]
    return list(rest.to_bytes(ec_count, "big"))


# -- the layout and the mask -------------------------------------------------------------


@dataclass(frozen=True)
class _Layout:
    """What every code of one version shares, as bytes of ``size + 1`` per row."""

    size: int
    fixed: bytes  # the finder, alignment and timing patterns; format bits light
    places: tuple[int, ...]  # each data bit's byte, in reportlab's order
    masks: tuple[int, ...]  # per mask, the data modules it darkens, as one number
    rows_below: int  # a 1 on each module but those of the first row
    after_first: int  # a 1 on each module but those of the first column


@cache
def _layout(version: int) -> _Layout:
    size = version * 4 + 17
    width = size + 1
    code = QRCode(version, 0)
    code.moduleCount = size
    code.modules = [[False] * size for _ in range(size)]
    code.setupPositionProbePattern(0, 0)
    code.setupPositionProbePattern(size - 7, 0)
    code.setupPositionProbePattern(0, size - 7)
    code.setupPositionAdjustPattern()
    code.setupTimingPattern()
    fixed = _layout_bytes(code.modules)
    positions = code.dataPosIterator()  # (column, row)
    masks = []
    for mask in range(8):
        dark = QRUtil.getMask(mask)
        darkened = bytearray(len(fixed))
        for column, row in positions:
            if dark(row, column):
                darkened[row * width + column] = 1
        masks.append(int.from_bytes(darkened, "big"))
    return _Layout(
        size=size,
        fixed=fixed,
        places=tuple(row * width + column for column, row in positions),
        masks=tuple(masks),
        rows_below=_ones(size, lambda row, column: row > 0),
        after_first=_ones(size, lambda row, column: column > 0),
    )


def _ones(size: int, where: Callable[[int, int], bool]) -> int:
    marks = bytearray()
    for row in range(size):
        marks += bytes(1 if where(row, column) else 0 for column in range(size)) + b"\x00"
    return int.from_bytes(marks, "big")


def _layout_bytes(modules: list[list[bool]]) -> bytes:
    return b"".join(bytes(map(bool, row)) + bytes([_END]) for row in modules)


def make(qr: Any) -> None:
    """``qr.make()`` for a ``reportlab.graphics.barcode.qrencoder.QRCode``: the best mask
    (the first of the lowest score, as reportlab picks it), then the code with it and its
    format (and version) bits."""
    if qr.version is None:
        qr.version = qr.calculate_version()
    layout = _layout(qr.version)
    size = layout.size
    data = codewords(qr.version, qr.errorCorrectLevel, qr.dataList)
    qr.dataCache = data
    bits = format(int.from_bytes(bytes(data), "big"), f"0{8 * len(data)}b")
    placed = bytearray(layout.fixed)
    for place in compress(layout.places, bits.encode().translate(_UNBITS)):
        placed[place] = 1  # the places past the data stay light, as in reportlab
    unmasked = int.from_bytes(placed, "big")
    best, lowest, chosen = 0, -1, b""
    for mask, darkened in enumerate(layout.masks):
        candidate = (unmasked ^ darkened).to_bytes(len(placed), "big")
        lost = _lost(candidate, layout)
        if mask == 0 or lost < lowest:
            best, lowest, chosen = mask, lost, candidate
    qr.moduleCount = size
    width = size + 1
    qr.modules = [
        [module == 1 for module in chosen[start : start + size]]
        for start in range(0, len(chosen), width)
    ]
    qr.setupTypeInfo(False, best)
    if qr.version >= 7:
        qr.setupTypeNumber(False)


def lost_points(modules: list[list[bool]]) -> int:
    """The penalty of a candidate's modules (rows of booleans), as reportlab counts it."""
    size = len(modules)
    return _lost(_layout_bytes(modules), _layout((size - 17) // 4))


def _lost(code: bytes, layout: _Layout) -> int:
    """:func:`lost_points` of a code as layout bytes, the code read as one number for
    rules 1, 2 and 4: a 1 in the low bit of each module's byte that is as the module on
    its left, or as the one above it (none at a row's start, none in the first row)."""
    width = layout.size + 1
    number = int.from_bytes(code, "big")
    as_left = ~(number ^ (number >> 8)) & layout.after_first
    as_above = ~(number ^ (number >> 8 * width)) & layout.rows_below
    # Rule 2, each block counted at its lower right module: it and the module on its
    # left each as the one above, and the two above alike.
    lost = 3 * (as_above & (as_above >> 8) & (as_left >> 8 * width)).bit_count()
    # Rule 1, along rows, then columns: a run of n ≥ 5 ends n − 4 runs of five, and
    # scores n − 2, that is, 2 more for its first run of five.
    for same, step in ((as_left, 8), (as_above, 8 * width)):
        five = same & (same >> step) & (same >> 2 * step) & (same >> 3 * step)
        lost += five.bit_count() + 2 * (five & ~(five >> step)).bit_count()
    lost += 40 * (code.count(_FINDER) - code.count(_FINDER + bytes([_END])))  # rule 3
    modules = layout.size * layout.size
    dark = number.bit_count() - layout.size  # rule 4 (each row's end byte has one bit)
    return lost + 10 * (abs(100 * dark // modules - 50) // 5)
