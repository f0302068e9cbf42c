"""The card view is audited and lists cases; the lookup finds an application number."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from desk.core.cases import CaseStatus
from desk.services import case_flow, lookup
from desk.services.customer_card import view_customer
from desk.services.errors import DeskError
from desk.store.case_models import AuditRecord
from tests.services.case_helpers import (
    counter_for,
    paid_case,
)

CHAN_LINE = "+85251234567"


def submitted_case(store, counter) -> str:
    case_id, _receipt = paid_case(store, counter)
    done = case_flow.submit(store.db, counter, store.clerk, case_id)
    assert done.application_number
    return done.application_number


def test_every_card_view_is_audited_with_staff_and_store(store):
    counter = counter_for(store)
    card = view_customer(store.db, counter, store.clerk, store.customers["chan"])
    assert card.name_en == "CHAN Tai Man" and card.cases == ()
    with store.db.read() as s:
        entry = s.scalars(select(AuditRecord).order_by(AuditRecord.seq.desc())).first()
    assert entry.action == "customer.view"
    assert entry.staff_id == store.clerk.id and entry.store_code == store.store.code
    assert entry.subject == f"customer:{store.customers['chan']}"


def test_a_customer_no_longer_there_is_refused_and_nothing_recorded(store):
    import uuid

    counter = counter_for(store)
    with pytest.raises(DeskError) as e:
        view_customer(store.db, counter, store.clerk, uuid.uuid4())
    assert e.value.code == "no_customer"
    with store.db.read() as s:
        assert s.scalar(select(AuditRecord).where(AuditRecord.action == "customer.view")) is None


def test_the_card_lists_cases_newest_first_with_state_and_number(store):
    counter = counter_for(store)
    number = submitted_case(store, counter)
    card = view_customer(store.db, counter, store.clerk, store.customers["chan"])
    assert [(c.status, c.application_number) for c in card.cases] == [
        (CaseStatus.SUBMITTED, number)
    ]


@pytest.mark.parametrize("typed", ["{n}", " {n} ", "{lower}"])
def test_the_lookup_finds_the_customer_of_an_application_number(store, typed):
    counter = counter_for(store)
    number = submitted_case(store, counter)
    query = typed.format(n=number, lower=number.lower())
    result = lookup.search(store.db, store.cipher, query)
    assert [(r.id, r.matched_by) for r in result.rows] == [(store.customers["chan"], "application")]
    assert result.total == 1


def test_an_application_number_of_no_case_finds_no_one(store):
    result = lookup.search(store.db, store.cipher, "HK01-1-20261123-0999")
    assert result.rows == () and result.total == 0
