"""Who may do what at the counter: the staff actions guarded by role, and the check."""

from __future__ import annotations

import enum
from collections.abc import Mapping
from typing import Final

from desk.core.cases import CaseAction
from desk.core.enums import Role
from desk.core.refusal import Refusal


class StaffAction(enum.StrEnum):
    """What the services guard by role (case moves: see :class:`CaseAction`, any clerk)."""

    OPEN_CASE = "open_case"
    RECORD_CHECK = "record_check"
    REPORT_LOST = "report_lost"
    LIFT_SUSPENSION = "lift_suspension"  # without a replacement: its own audited action
    APPROVE_GUARD = "approve_guard"  # cooling period, proxy, eSIM without the old device
    CLEAR_FAILURE_LOCK = "clear_failure_lock"
    LIFT_SIM_CHANGE_LOCK = "lift_sim_change_lock"
    OVERRIDE_CHECK = "override_check"  # accept a failed checklist item
    WAIVE_FEE = "waive_fee"
    VOID = "void"
    REFUND = "refund"
    REPRINT = "reprint"
    OPEN_DAY = "open_day"  # with the float: whoever starts the day
    CASH_MOVE = "cash_move"  # cash in / cash out of the drawer
    CLOSE_DAY = "close_day"
    SET_FIRST_PIN = "set_first_pin"  # for staff head office added, who have none yet


_SUPERVISOR_ONLY: Final = frozenset(
    {
        StaffAction.APPROVE_GUARD,
        StaffAction.CLEAR_FAILURE_LOCK,
        StaffAction.LIFT_SIM_CHANGE_LOCK,
        StaffAction.OVERRIDE_CHECK,
        StaffAction.WAIVE_FEE,
        StaffAction.VOID,
        StaffAction.REFUND,
        StaffAction.REPRINT,
        StaffAction.CASH_MOVE,
        StaffAction.CLOSE_DAY,
        StaffAction.SET_FIRST_PIN,
    }
)
REQUIRED_ROLE: Final[Mapping[StaffAction | CaseAction, Role]] = {
    **{a: Role.SUPERVISOR if a in _SUPERVISOR_ONLY else Role.CLERK for a in StaffAction},
    **{a: Role.SUPERVISOR if a is CaseAction.VOID_PAYMENT else Role.CLERK for a in CaseAction},
}
_RANK: Final = {Role.CLERK: 0, Role.SUPERVISOR: 1, Role.ADMIN: 2}


def may(role: Role, action: StaffAction | CaseAction) -> bool:
    """Whether staff of ``role`` may do ``action`` (an admin may do what a supervisor may)."""
    return _RANK[role] >= _RANK[REQUIRED_ROLE[action]]


def require_role(role: Role, action: StaffAction | CaseAction) -> None:
    """Raise ``Refusal("supervisor_required")`` unless ``role`` may do ``action``."""
    if not may(role, action):
        raise Refusal(
            "supervisor_required",
            f"Only a supervisor may do this ({action.value.replace('_', ' ')}).",
            action=action,
            role=role,
        )


def check_lift_sim_change_lock(role: Role, fully_verified: bool) -> None:
    """A supervisor lifts a line's SIM-change lock, and only after a full verification."""
    require_role(role, StaffAction.LIFT_SIM_CHANGE_LOCK)
    if not fully_verified:
        raise Refusal(
            "verification_required",
            "Complete every identity check before lifting the SIM-change lock.",
        )
