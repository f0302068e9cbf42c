"""Blank SIMs in the demo's days: a box arriving from a carrier, a card found damaged.

A box is received into stock in one transaction: the cards (consecutive ICCIDs, as
they come in a box), a ``received`` stock movement each, one audit entry. Its cards'
ids are drawn from the seeded generator, like the rest of the demo's stock, so a seed
gives the same stock. A damaged card goes through :func:`desk.services.stock.mark_damaged`.
"""

from __future__ import annotations

import random

from sqlalchemy import func, select

from desk.core.enums import CardKind, StockStatus
from desk.core.identifiers import luhn_check_digit
from desk.demo.cases import Shop, blank_sim
from desk.demo.catalog import load_catalog
from desk.demo.clock import DemoClock, epoch_ms
from desk.services import stock
from desk.services.case_context import log
from desk.store.day_models import StockMoveKind
from desk.store.models import Line, Product, SimStock

__all__ = ["receive_box", "report_damaged", "running_low"]

BOX_SIZES = (50, 100)
LOW_STOCK = 20  # fewer blank SIMs of a product than this: a box is ordered
_DAMAGED = "The chip is cracked; it cannot be read. 芯片破裂，无法读取。"


def _free_batch(shop: Shop, rng: random.Random, prefix: str, length: int, count: int) -> list[str]:
    """``count`` consecutive ICCIDs under ``prefix`` that no card or line has yet."""
    serial = length - len(prefix) - 1
    with shop.db.read() as s:
        while True:
            first = rng.randrange(10**serial - count)
            bodies = [f"{prefix}{first + i:0{serial}d}" for i in range(count)]
            batch = [b + luhn_check_digit(b) for b in bodies]
            taken = s.scalar(
                select(func.count()).select_from(SimStock).where(SimStock.iccid.in_(batch))
            ) or s.scalar(select(func.count()).select_from(Line).where(Line.iccid.in_(batch)))
            if not taken:
                return batch


def _in_stock(shop: Shop) -> dict[str, int]:
    """Blank SIMs in stock now, by product code (every physical-SIM product)."""
    in_stock_now = (
        (SimStock.product_id == Product.id)
        & (SimStock.status == StockStatus.IN_STOCK)
        & (SimStock.received_at <= shop.clock())
    )
    with shop.db.read() as s:
        rows = s.execute(
            select(Product.code, func.count(SimStock.id))
            .join(SimStock, in_stock_now, isouter=True)
            .where(Product.card_kind == CardKind.SIM)
            .group_by(Product.code)
        ).all()
    return {code: count for code, count in rows}


def running_low(shop: Shop) -> bool:
    """Whether a product is down to its last few blank SIMs (a past longer than the
    demo's stock: the shop orders a box)."""
    return min(_in_stock(shop).values(), default=LOW_STOCK) < LOW_STOCK


def receive_box(shop: Shop, rng: random.Random) -> None:
    """A box of blank SIMs of the product with the fewest left in stock arrives."""
    catalog = load_catalog()
    left = _in_stock(shop)
    code = min(sorted(left), key=lambda c: left[c])
    with shop.db.read() as s:
        product = s.scalars(select(Product).where(Product.code == code)).one()
    spec = next(p for p in catalog.products if p.code == code)
    carrier = catalog.carrier(spec.carrier)
    count = BOX_SIZES[rng.randrange(len(BOX_SIZES))]
    batch = _free_batch(shop, rng, carrier.iccid_prefix, carrier.iccid_length, count)
    ids = DemoClock(rng, 1)
    start = epoch_ms(shop.clock())
    counter, clerk = shop.counter, shop.clerk
    with shop.db.write() as s:
        cards = [
            SimStock(
                id=ids.uuid(start + i),
                store_id=counter.store.id,
                product_id=product.id,
                iccid=iccid,
                status=StockStatus.IN_STOCK,
                received_at=shop.clock(),
            )
            for i, iccid in enumerate(batch)
        ]
        s.add_all(cards)
        s.flush()
        why = f"A box of {count} from {carrier.name_en}."
        for card in cards:
            stock.record(s, counter, card.id, StockMoveKind.RECEIVED, member=clerk, reason=why)
        log(s, counter, clerk, "stock.received", f"product:{code}", count=count)
    shop.received += count
    shop.clock.tick(10)


def report_damaged(shop: Shop) -> None:
    """The clerk finds a blank SIM in stock damaged."""
    iccid = blank_sim(shop.db, shop.clock())
    if iccid is not None:
        stock.mark_damaged(shop.db, shop.counter, shop.clerk, iccid, _DAMAGED)
