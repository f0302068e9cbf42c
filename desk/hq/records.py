"""The chain's customer, ID document and line records (``hq_record``), which every store
pulls incrementally by version.

Head office owns them. A store's customers and ID documents reach it as the store
pushes them: the first copy makes the record, and a later change from any store
replaces it (its home store stays as it was). A line's record is made from the first
copy of the line that reaches head office; after that it changes only by the line
events stores push (reported lost, suspension lifted, SIM-change lock lifted, a new
card), applied once each, in the order they reach head office — so that a card
replaced in one store is the line's card in every store the next night.

A record that stands as one counter pushed it (its echo) is not sent back to that
counter, which has it already: a store pulls what other counters changed. A line
changed by an event has no echo, since head office cannot know the line stood at the
event's counter as it stood here.

Every change takes the next chain-wide version under a lock on its counter
(``hq_meta.record_version``), taken before the records are read for writing and held
to the batch's commit: so two batches never make one record twice, and a store that
has pulled up to version V never misses a record that commits later with a version at
or below V.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from typing import Any

from sqlalchemy import Connection, Text, and_, case, cast, select, update

from desk.hq import schema
from desk.hq.auth import Caller
from desk.hq.db import now
from desk.sync.tables import ORDER

RECORD_TABLES = ("customer", "identity_document", "line")
VERSION_KEY = "record_version"
_HOME_COLUMNS = ("store_id",)  # the store that made it: kept from the first copy

Rows = list[dict[str, Any]]


def fresh_events(conn: Connection, caller: Caller, rows: Rows) -> Rows:
    """The batch's line events head office has not seen before (asked before the batch's
    rows are written): only these change a line's record."""
    events = [r for r in rows if r.get("t") == "line_event" and r.get("op") == "u"]
    if not events:
        return []
    r = schema.row
    seen: set[uuid.UUID] = set()
    ids = [uuid.UUID(hex=str(e["id"]).replace("-", "")) for e in events]
    for start in range(0, len(ids), 500):
        seen.update(
            conn.execute(
                select(r.c.row_id).where(
                    r.c.store_id == caller.store_id,
                    r.c.tbl == "line_event",
                    r.c.row_id.in_(ids[start : start + 500]),
                )
            ).scalars()
        )
    return [e for e, i in zip(events, ids, strict=True) if i not in seen]


def publish(conn: Connection, caller: Caller, rows: Rows, events: Rows) -> int:
    """Makes or changes the records this batch's rows and fresh line events touch, each
    with the next version; returns how many changed."""
    pushed = sorted(
        (r for r in rows if r.get("t") in RECORD_TABLES and r.get("op") == "u"),
        key=lambda r: (ORDER[r["t"]], r["seq"]),
    )
    if not pushed and not events:
        return 0
    # Most batches change no record (a store's own records come back as they are): they
    # are read without the lock. One that changes some takes the lock, then reads them
    # again, with what other batches committed meanwhile, and writes.
    if not _booked(conn, caller, pushed, events).changed:
        return 0
    _lock_versions(conn)
    return _booked(conn, caller, pushed, events).write()


def _booked(conn: Connection, caller: Caller, pushed: Rows, events: Rows) -> _Book:
    book = _Book(conn, caller)
    book.load(("line", _id(e["row"]["line_id"])) for e in events if e["row"].get("line_id"))
    book.load((r["t"], _id(r["id"])) for r in pushed)
    for item in pushed:
        book.take_row(item)
    for event in events:
        book.take_event(event["row"])
    return book


def _lock_versions(conn: Connection) -> None:
    meta = schema.meta
    conn.execute(select(meta.c.value).where(meta.c.key == VERSION_KEY).with_for_update())


def _id(value: Any) -> uuid.UUID:
    return uuid.UUID(hex=str(value).replace("-", ""))


class _Book:
    """The records one batch touches, read once, changed in memory, written once."""

    def __init__(self, conn: Connection, caller: Caller) -> None:
        self.conn, self.caller = conn, caller
        self.held: dict[tuple[str, uuid.UUID], dict[str, Any]] = {}
        self.changed: dict[tuple[str, uuid.UUID], bool] = {}  # key -> is new

    def load(self, keys: Iterable[tuple[str, uuid.UUID]]) -> None:
        wanted: dict[str, set[uuid.UUID]] = {}
        for tbl, row_id in keys:
            if (tbl, row_id) not in self.held:
                wanted.setdefault(tbl, set()).add(row_id)
        rec = schema.record
        for tbl, ids in wanted.items():
            listed = sorted(ids)
            for start in range(0, len(listed), 500):
                found = self.conn.execute(
                    select(
                        rec.c.row_id,
                        rec.c.home_store,
                        rec.c.refs,
                        rec.c.body,
                        rec.c.echo_store,
                        rec.c.echo_counter,
                    ).where(rec.c.tbl == tbl, rec.c.row_id.in_(listed[start : start + 500]))
                )
                for row_id, home, refs, body, echo_store, echo_counter in found:
                    echo = (echo_store, echo_counter) if echo_store is not None else None
                    self.held[(tbl, row_id)] = {
                        "home": home,
                        "refs": refs,
                        "body": dict(body),
                        "echo": echo,
                    }

    def take_row(self, item: dict[str, Any]) -> None:
        key = (item["t"], _id(item["id"]))
        body: dict[str, Any] = dict(item["row"])
        have = self.held.get(key)
        mine = (self.caller.store_id, self.caller.counter)
        if have is None:
            self.held[key] = {
                "home": self.caller.store_id,
                "refs": item.get("refs"),
                "body": body,
                "echo": mine,
            }
            self.changed[key] = True
            return
        if item["t"] == "line":  # a line changes by its events, not by a store's copy
            if have["refs"] is None and item.get("refs"):
                have["refs"] = item["refs"]
                self.changed.setdefault(key, False)
            return
        merged = {**body, **{c: have["body"].get(c) for c in _HOME_COLUMNS if c in have["body"]}}
        if merged != have["body"]:
            have["body"], have["echo"] = merged, mine
            self.changed.setdefault(key, False)

    def take_event(self, event: dict[str, Any]) -> None:
        key = ("line", _id(event.get("line_id")))
        have = self.held.get(key)
        if have is None:
            return  # the line's own copy comes later, already as the event left it
        line = have["body"]
        before = dict(line)
        action = event.get("action")
        if action == "report_lost" and line.get("status") != "terminated":
            line["status"] = "suspended"
        elif action == "lift_suspension" and line.get("status") == "suspended":
            line["status"] = "active"
        elif action == "lift_sim_change_lock":
            line["sim_change_lock"] = 0
        elif action == "new_card" and event.get("case_id"):
            self._new_card(line, _id(event["case_id"]))
        if line != before:
            have["echo"] = None
            self.changed.setdefault(key, False)

    def _new_card(self, line: dict[str, Any], case_id: uuid.UUID) -> None:
        r = schema.row
        case = self.conn.execute(
            select(r.c.body).where(
                r.c.store_id == self.caller.store_id,
                r.c.tbl == "replacement_case",
                r.c.row_id == case_id,
            )
        ).scalar()
        if not case:
            return
        if case.get("card_kind") == "esim":
            line["iccid"], line["eid"] = None, case.get("new_eid")
        else:
            line["iccid"], line["eid"] = case.get("new_iccid"), None
        line["iccid_tail_key"] = line["iccid"][::-1] if line["iccid"] else None
        line["eid_tail_key"] = line["eid"][::-1] if line["eid"] else None
        if line.get("status") == "suspended":
            line["status"] = "active"

    def write(self) -> int:
        if not self.changed:
            return 0
        meta = schema.meta
        where = meta.c.key == VERSION_KEY
        version = int(self.conn.execute(select(meta.c.value).where(where)).scalar_one())
        rec = schema.record
        at = now()
        new: Rows = []
        for key, is_new in self.changed.items():
            version += 1
            have = self.held[key]
            echo_store, echo_counter = have["echo"] or (None, None)
            values = {
                "version": version,
                "refs": have["refs"],
                "body": have["body"],
                "updated_at": at,
                "echo_store": echo_store,
                "echo_counter": echo_counter,
            }
            if is_new:
                new.append({"tbl": key[0], "row_id": key[1], "home_store": have["home"], **values})
                continue
            self.conn.execute(
                update(rec).where(and_(rec.c.tbl == key[0], rec.c.row_id == key[1])).values(values)
            )
        if new:
            self.conn.execute(rec.insert(), new)
        self.conn.execute(update(meta).where(where).values(value=str(version)))
        return len(self.changed)


def page(conn: Connection, caller: Caller, after: int, limit: int) -> bytes:
    """The answer to ``GET /v1/records``: records above ``after`` by version, less the
    caller's echoes, and before them the customers the page's ID documents and lines
    belong to that come later in the feed (a store pulling for the first time must have
    a line's customer before the line). Each record's JSON goes out as head office
    stores it, never parsed here."""
    rec = schema.record
    echo = and_(rec.c.echo_store == caller.store_id, rec.c.echo_counter == caller.counter)
    columns = (
        rec.c.tbl,
        rec.c.row_id,
        rec.c.version,
        cast(rec.c.refs, Text).label("refs"),
        case((echo, None), else_=cast(rec.c.body, Text)).label("body"),  # an echo: none
        rec.c.body["customer_id"].as_string().label("customer_id"),
    )
    found = conn.execute(
        select(*columns).where(rec.c.version > after).order_by(rec.c.version).limit(limit)
    ).all()
    rows = [f for f in found if f.body is not None]
    last = int(found[-1].version) if found else after
    here = {f.row_id.hex for f in rows if f.tbl == "customer"}
    parents = {
        f.customer_id.replace("-", "") for f in rows if f.tbl != "customer" and f.customer_id
    }
    listed = sorted(_id(p) for p in parents - here)
    early = []
    for start in range(0, len(listed), 500):
        early += [
            f
            for f in conn.execute(
                select(*columns).where(
                    rec.c.tbl == "customer",
                    rec.c.row_id.in_(listed[start : start + 500]),
                    rec.c.version > last,
                )
            )
            if f.body is not None
        ]
    body = ",".join(map(_out, early + rows))
    more = "true" if len(found) == limit else "false"
    return f'{{"rows":[{body}],"last_version":{last},"more":{more}}}'.encode()


def _out(found: Any) -> str:
    refs = f',"refs":{found.refs}' if found.refs not in (None, "null", "{}") else ""
    return (
        f'{{"t":"{found.tbl}","id":"{found.row_id.hex}","version":{int(found.version)},'
        f'"row":{found.body}{refs}}}'
    )


def start_records(conn: Connection) -> None:
    """Schema 2: the version counter, and the records made from the rows stores pushed
    before (the first copy of each to arrive; their carriers and products come with
    the store's next push of the line)."""
    meta = schema.meta
    if conn.execute(select(meta.c.value).where(meta.c.key == VERSION_KEY)).scalar() is not None:
        return
    r = schema.row
    found = conn.execute(
        select(r.c.tbl, r.c.row_id, r.c.store_id, r.c.body)
        .where(r.c.tbl.in_(RECORD_TABLES), r.c.deleted.is_(False))
        .order_by(r.c.received_at, r.c.version)
    )
    first: dict[tuple[str, uuid.UUID], dict[str, Any]] = {}
    for tbl, row_id, store_id, body in found:
        first.setdefault((tbl, row_id), {"home_store": store_id, "body": body})
    at = now()
    keys = sorted(first, key=lambda k: ORDER[k[0]])
    rows = [
        {"tbl": k[0], "row_id": k[1], "version": n, "refs": None, "updated_at": at, **first[k]}
        for n, k in enumerate(keys, start=1)
    ]
    if rows:
        conn.execute(schema.record.insert(), rows)
    conn.execute(meta.insert().values(key=VERSION_KEY, value=str(len(rows))))
