"""A small store with customers whose every identifier is known, for the tests.

Its values are public examples (DOMAIN.md) or computed here; the demo generator has
its own tests. Built through the services, as the counter would.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from pathlib import Path

from desk.config import Paths
from desk.core.enums import CardKind, DocumentKind, LineStatus, Role
from desk.core.staff import StaffMember, StoreInfo
from desk.services import auth
from desk.services.customers import NewDocument, NewLine, add_customer
from desk.services.stores import create_store, id_cipher, open_database
from desk.store.db import Database
from desk.store.keys import IdCipher
from desk.store.models import Carrier, Product


def with_luhn(body: str) -> str:
    """``body`` and its Luhn check digit (computed here, apart from desk.core)."""
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return body + str((10 - total % 10) % 10)


def hkid(prefix: str) -> str:
    """An HKID with its check character, e.g. hkid("AB987654")."""
    letters = prefix[:-6]
    values = ([36] if len(letters) == 1 else []) + [ord(c) - 55 for c in letters]
    values += [int(c) for c in prefix[-6:]]
    total = sum(v * w for v, w in zip(values, range(9, 1, -1), strict=True))
    check = (11 - total % 11) % 11
    return f"{prefix}({'A' if check == 10 else check})"


ICCIDS = [with_luhn(f"898520000000000{n:03d}") for n in range(1, 5)]
WONG_HKID = hkid("AB987654")

CLERK_PIN = "1234"
SUPERVISOR_PIN = "5678"


@dataclass
class TestStore:
    paths: Paths
    db: Database
    store: StoreInfo
    cipher: IdCipher
    clerk: StaffMember
    supervisor: StaffMember
    customers: dict[str, uuid.UUID] = field(default_factory=dict)


def add_catalog(db: Database) -> None:
    with db.write() as s:
        cmhk = Carrier(
            code="CMHK",
            name_en="China Mobile Hong Kong",
            name_zh="中国移动香港",
            name_zh_hant="中國移動香港",
            region="HK",
        )
        csl = Carrier(
            code="CSL",
            name_en="csl",
            name_zh="香港电讯csl",
            name_zh_hant="香港電訊csl",
            region="HK",
        )
        s.add_all([cmhk, csl])
        s.flush()
        s.add_all(
            [
                Product(
                    carrier_id=cmhk.id,
                    code="CMHK-DATA",
                    name_en="HK data card",
                    name_zh="香港流量卡",
                    name_zh_hant="香港數據卡",
                    card_kind=CardKind.SIM,
                    category="data",
                ),
                Product(
                    carrier_id=cmhk.id,
                    code="CMHK-PURPLE",
                    name_en="Number-keeping card (purple)",
                    name_zh="保号卡（紫卡）",
                    name_zh_hant="保號卡（紫卡）",
                    card_kind=CardKind.SIM,
                    category="number_keeping",
                ),
                Product(
                    carrier_id=csl.id,
                    code="CSL-ESIM",
                    name_en="csl HK eSIM",
                    name_zh="csl 香港eSIM",
                    name_zh_hant="csl 香港eSIM",
                    card_kind=CardKind.ESIM,
                    category="prepaid",
                ),
            ]
        )


def make_store(data_dir: Path) -> TestStore:
    paths = Paths(data_dir)
    db = open_database(paths, create=True)
    info = create_store(db, paths, code="HK01", name="Test Store 测试门店")
    add_catalog(db)
    cipher = id_cipher(db, paths)
    clerk = auth.add_staff(
        db,
        login="clerk",
        display_name="Chan Siu Ming",
        role=Role.CLERK,
        pin=CLERK_PIN,
        pepper=cipher.pin_pepper,
    )
    supervisor = auth.add_staff(
        db,
        login="supervisor",
        display_name="Lee Mei Ling",
        role=Role.SUPERVISOR,
        pin=SUPERVISOR_PIN,
        pepper=cipher.pin_pepper,
    )
    t = TestStore(paths, db, info, cipher, clerk, supervisor)
    t.customers["chan"] = add_customer(
        db,
        cipher,
        name_zh="陳大文",
        name_en="CHAN Tai Man",
        contact_phone="5123 4567",
        contact_email="taiman@example.com",
        documents=[NewDocument(DocumentKind.HKID, "A123456(3)")],
        lines=[
            NewLine("5123 4567", "CMHK-DATA", iccid="89014103211118510720"),
            NewLine("6123 0001", "CMHK-PURPLE", iccid=ICCIDS[0], sim_change_lock=True),
        ],
    )
    t.customers["chen"] = add_customer(
        db,
        cipher,
        name_zh="陈小红",
        name_en="CHEN Xiaohong",
        documents=[NewDocument(DocumentKind.CN_RIC, "11010519491231002X")],
        lines=[
            NewLine(
                "9123 4568",
                "CSL-ESIM",
                iccid=ICCIDS[1],
                eid="89049032123451234512345678901235",
            )
        ],
    )
    t.customers["anna"] = add_customer(
        db,
        cipher,
        name_en="Anna Maria ERIKSSON",
        documents=[NewDocument(DocumentKind.PASSPORT, "L898902C3", "UTO")],
        lines=[NewLine("5234 5678", "CMHK-DATA", status=LineStatus.SUSPENDED, iccid=ICCIDS[2])],
    )
    t.customers["wong"] = add_customer(
        db,
        cipher,
        name_zh="黃大文",
        name_en="WONG Tai Man",
        documents=[NewDocument(DocumentKind.HKID, WONG_HKID)],
        lines=[NewLine("5345 6789", "CMHK-DATA", iccid=ICCIDS[3])],
    )
    return t
