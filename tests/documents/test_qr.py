"""The QR code's error correction codewords, worked out by Desk's quicker division, and its
mask, chosen by Desk's quicker count: the same codewords as reportlab's own division
and the same points as its own count for every candidate, so the very same modules are
drawn."""

from __future__ import annotations

import random
import string

import pytest
from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.barcode.qrencoder import QRBitBuffer, QRErrorCorrectLevel, QRRSBlock, QRUtil

from desk.documents.draw import qr_modules
from desk.documents.qr import REPORTLAB_CREATE_BYTES, lost_points, make
from desk.documents.qr import _create_bytes as create_bytes

ALPHABET = string.ascii_letters + string.digits + "$:-./ "


def _random_text(seed: int) -> str:
    rng = random.Random(seed)
    return "".join(rng.choices(ALPHABET, k=rng.randint(1, 160)))


VALUES = [
    "HK01-1-20261122-0042",  # a receipt number
    "LPA:1$SMDP.EXAMPLE.COM$04386-AGYFT-A74Y8-3F815",  # an eSIM activation code
    "LPA:1$SMDP.EXAMPLE.COM$04386-AGYFT-A74Y8-3F815$1.3.6.1.4.1.99999$1",  # with OID, $1
    *(_random_text(seed) for seed in range(40)),  # versions 1 to 9, masks 1 to 7 chosen
]


@pytest.mark.parametrize("level", ["L", "M", "Q", "H"])
def test_every_candidate_scores_as_reportlab_scores_it(level: str) -> None:
    for value in VALUES:
        code = QrCodeWidget(value, barLevel=level).qr
        code.version = code.calculate_version()
        for mask in range(8):
            code.makeImpl(True, mask)
            assert lost_points(code.modules) == QRUtil.getLostPoint(code), (value, mask)


@pytest.mark.parametrize("value", VALUES[:12])
def test_the_modules_are_reportlabs(value: str) -> None:
    theirs = QrCodeWidget(value, barLevel="M").qr
    theirs.make()
    ours = QrCodeWidget(value, barLevel="M").qr
    make(ours)
    assert ours.modules == theirs.modules
    assert qr_modules(value) == [[bool(dark) for dark in row] for row in theirs.modules]


@pytest.mark.parametrize("level", ["L", "M", "Q", "H"])
def test_the_error_correction_codewords_are_reportlabs(level: str) -> None:
    rng = random.Random(level)
    for version in range(1, 41):
        blocks = QRRSBlock.getRSBlocks(version, getattr(QRErrorCorrectLevel, level))
        for _ in range(3):
            buffer = QRBitBuffer()
            buffer.buffer = [rng.randrange(256) for _ in range(sum(b.dataCount for b in blocks))]
            zeros = rng.randrange(3)  # a block may begin with zero codewords
            buffer.buffer[:zeros] = [0] * zeros
            ours = create_bytes(buffer, blocks)
            assert ours == REPORTLAB_CREATE_BYTES(buffer, blocks), (version, level)
            assert len(ours) == sum(b.totalCount for b in blocks)
