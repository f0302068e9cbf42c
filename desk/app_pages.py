"""The pages the main window is built with, each wired to its services by the
composition root (:class:`desk.app.DeskApp`): the Cases page, the Day page, the Sync
page with its schedule, and the case actions the wizard and the Cases page share."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, tzinfo
from typing import TYPE_CHECKING
from uuid import UUID
from zoneinfo import ZoneInfo

from desk.config import form_chinese
from desk.core.staff import StaffMember
from desk.store.light import read_active_staff

if TYPE_CHECKING:
    from desk.app import DeskApp
    from desk.services.case_context import Counter
    from desk.services.customer_card import CustomerCard
    from desk.store.keys import IdCipher
    from desk.sync.runner import SyncRunner
    from desk.ui.pages.cases import CasesPage
    from desk.ui.pages.day import DayPage
    from desk.ui.pages.sync import SyncPage
    from desk.ui.sync_controller import SyncController
    from desk.ui.sync_schedule import SyncScheduler
    from desk.ui.wizard.actions import CaseActions


def day_page(app: DeskApp, counter: Counter, member: StaffMember) -> DayPage:
    from desk.ui.pages.day import DayPage
    from desk.ui.pages.day_actions import DayActions

    actions = DayActions(
        db=app.db,
        counter=counter,
        member=member,
        pin_pepper=app.cipher().pin_pepper,
        staff=lambda: read_active_staff(app.paths.database),
        today=app.calendar_today,
        opening_float=app.settings.opening_float_minor(app.store.currency),
        over_short_limit=app.settings.over_short_limit_minor(app.store.currency),
        paths=app.paths,
        language=lambda: app.language,
    )
    page = DayPage(actions)
    page.refresh()
    return page


def case_actions(app: DeskApp, member: StaffMember, cipher: IdCipher) -> CaseActions:
    from desk.ui.wizard.actions import CaseActions

    return CaseActions(
        app.db,
        app.counter(),
        member,
        cipher.pin_pepper,
        lambda: read_active_staff(app.paths.database),
        receipt_layout=app.settings.receipt_paper(),
        form_language=form_chinese(app.store.region),
    )


def cases_page(
    app: DeskApp,
    counter: Counter,
    member: StaffMember,
    card: Callable[[UUID], CustomerCard],
    actions: CaseActions,
) -> CasesPage:
    from desk.core.cases import CaseAction, CaseStatus
    from desk.services import case_flow, case_views
    from desk.services.case_context import CaseChange
    from desk.ui.pages.cases import CasesPage

    db = app.db

    def load(status: CaseStatus | None, carrier: str | None) -> case_views.CaseQueue:
        return case_views.case_queue(db, status=status, carrier=carrier)

    def act(
        case_id: UUID, action: CaseAction, reason: str | None, tracking: str | None
    ) -> CaseChange:
        if action is CaseAction.CANCEL:
            change = case_flow.cancel(db, counter, member, case_id, reason or "")
        else:
            change = case_flow.advance(
                db, counter, member, case_id, action, reason=reason, tracking_number=tracking
            )
        app.changes.case_changed.emit(change)
        return change

    # card: to resume a case; actions: to void, refund and reprint
    page = CasesPage(load, act, db.release_fast_read, open_card=card, actions=actions)
    app.changes.case_changed.connect(page.case_changed)
    page.paper.changed.connect(app.changes.case_changed.emit)
    return page


def store_zone(app: DeskApp) -> tzinfo:
    """The store's time zone (this PC's own if the zone is unknown here)."""
    try:
        return ZoneInfo(app.store.timezone)
    except (KeyError, ValueError):
        zone = datetime.now().astimezone().tzinfo
        assert zone is not None
        return zone


def sync_runner(app: DeskApp) -> SyncRunner:
    """The store's sync, as the Sync page and the schedule call it: the client's
    ``sync_once`` (its own lock, its own database connection), and "enrolled" while
    this Desk holds an enrolment with head office (``desk enroll``)."""
    from desk.sync.client import sync_once
    from desk.sync.enrolment import load_enrolment
    from desk.sync.runner import StoreSyncRunner

    return StoreSyncRunner(
        app.db,
        app.paths,
        sync_once=sync_once,
        enrolled=lambda: load_enrolment(app.paths) is not None,
    )


def sync_page(app: DeskApp, runner: SyncRunner) -> tuple[SyncPage, SyncController, SyncScheduler]:
    """The Sync page, the controller it shares with the status bar, and the schedule
    (nightly at ``sync_time``, catch-up, trickle) that asks the same controller."""
    from desk.sync.schedule import Plan
    from desk.ui.pages.sync import SyncPage
    from desk.ui.sync_controller import SyncController
    from desk.ui.sync_schedule import SyncScheduler

    zone = store_zone(app)
    controller = SyncController(runner)

    def plan() -> Plan:
        s = app.settings
        return Plan.from_settings(s.sync_time, s.sync_trickle_minutes, zone)

    scheduler = SyncScheduler(controller, plan, controller)
    page = SyncPage(
        controller,
        zone=zone,
        currency=app.store.currency,
        next_due=lambda: scheduler.next_due,
    )
    return page, controller, scheduler
