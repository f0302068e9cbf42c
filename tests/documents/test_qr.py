"""The QR code as Desk makes it — its codewords, its layout and its mask — is the very
code reportlab's own ``make()`` makes, for every version and level: the same
codewords, the same points for every candidate mask, the same modules drawn."""

from __future__ import annotations

import random
import string

import pytest
from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.barcode.qrencoder import (
    QRBitBuffer,
    QRCode,
    QRErrorCorrectLevel,
    QRRSBlock,
    QRUtil,
)

from desk.documents.draw import qr_modules
from desk.documents.qr import codewords, create_bytes, lost_points, make

ALPHABET = string.ascii_letters + string.digits + "$:-./ "
LEVELS = ["L", "M", "Q", "H"]


def _random_text(seed: int, longest: int = 160) -> str:
    rng = random.Random(seed)
    alphabet = rng.choice([ALPHABET, string.digits, string.digits + string.ascii_uppercase + "$:"])
    return "".join(rng.choices(alphabet, k=rng.randint(1, longest)))


VALUES = [
    "HK01-1-20261122-0042",  # a receipt number
    "LPA:1$SMDP.EXAMPLE.COM$04386-AGYFT-A74Y8-3F815",  # an eSIM activation code
    "LPA:1$SMDP.EXAMPLE.COM$04386-AGYFT-A74Y8-3F815$1.3.6.1.4.1.99999$1",  # with OID, $1
    "補卡 HK01",  # bytes (UTF-8)
    *(_random_text(seed) for seed in range(40)),  # versions 1 to 9, every mask chosen
    *(_random_text(seed, 1200) for seed in range(100, 106)),  # versions past 10
    "7A$" * 600,  # versions 25 (L) to 39 (H)
    "7A$" * 733,  # versions 28 (L) and 32 (M); too long for Q and H
]


@pytest.mark.parametrize("level", LEVELS)
def test_every_candidate_scores_as_reportlab_scores_it(level: str) -> None:
    for value in VALUES[:30]:
        code = QrCodeWidget(value, barLevel=level).qr
        code.version = code.calculate_version()
        for mask in range(8):
            code.makeImpl(True, mask)
            assert lost_points(code.modules) == QRUtil.getLostPoint(code), (value, mask)


@pytest.mark.parametrize("level", LEVELS)
def test_the_modules_are_reportlabs(level: str) -> None:
    masks, versions = set(), set()
    for value in VALUES:
        theirs = QrCodeWidget(value, barLevel=level).qr
        ours = QrCodeWidget(value, barLevel=level).qr
        try:
            theirs.make()
        except Exception:  # reportlab's "code length overflow"
            with pytest.raises(ValueError, match="overflow"):
                make(ours)
            continue
        make(ours)
        assert ours.modules == theirs.modules, (value, level)
        assert ours.dataCache == theirs.dataCache
        masks.add(_mask_of(theirs))
        versions.add(theirs.version)
    assert masks == set(range(8))  # every mask chosen somewhere
    assert min(versions) == 1 and max(versions) >= 28  # the three lengths of a count


def test_the_form_draws_the_same_modules() -> None:
    value = VALUES[1]
    theirs = QrCodeWidget(value, barLevel="M").qr
    theirs.make()
    assert qr_modules(value) == theirs.modules


@pytest.mark.parametrize("level", LEVELS)
def test_the_codewords_are_reportlabs(level: str) -> None:
    rng = random.Random(level)
    for version in range(1, 41):
        blocks = QRRSBlock.getRSBlocks(version, getattr(QRErrorCorrectLevel, level))
        for _ in range(2 if version < 10 else 1):
            buffer = QRBitBuffer()
            buffer.buffer = [rng.randrange(256) for _ in range(sum(b.dataCount for b in blocks))]
            zeros = rng.randrange(3)  # a block may begin with zero codewords
            buffer.buffer[:zeros] = [0] * zeros
            ours = create_bytes(list(buffer.buffer), blocks)
            assert ours == QRCode.createBytes(buffer, blocks), (version, level)
            assert len(ours) == sum(b.totalCount for b in blocks)
    for value in VALUES:
        code = QrCodeWidget(value, barLevel=level).qr
        version, data = code.calculate_version(), (code.errorCorrectLevel, code.dataList)
        try:
            theirs = QRCode.createData(version, *data)
        except Exception:  # reportlab's "code length overflow"
            with pytest.raises(ValueError, match="overflow"):
                codewords(version, *data)
            continue
        assert codewords(version, *data) == theirs


def _mask_of(code: QRCode) -> int:
    """The mask in a made code's format bits (read back as reportlab wrote them)."""
    for mask in range(8):
        probe = QRCode(code.version, code.errorCorrectLevel)
        probe.moduleCount = code.moduleCount
        probe.modules = [list(row) for row in code.modules]
        probe.setupTypeInfo(False, mask)
        if probe.modules == code.modules:
            return mask
    raise AssertionError("no mask's format bits")
