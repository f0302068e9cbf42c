"""The QR code's mask, chosen by Desk's quicker count: the same points as reportlab's own
count for every candidate, so the very same modules are drawn."""

from __future__ import annotations

import random
import string

import pytest
from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.barcode.qrencoder import QRUtil

from desk.documents.draw import qr_modules
from desk.documents.qr import lost_points, make

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
