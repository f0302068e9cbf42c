"""Domain words and refusals in the clerk's language.

Services speak in codes (``DeskError.code``, enum values); this is the one place that
turns them into translated text, so a new code needs one new line here. The English
source strings are marked with ``QT_TRANSLATE_NOOP`` so that ``make
update-translations`` finds them.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from desk.core.enums import CardKind, DocumentKind, LineStatus, Role
from desk.services.errors import DeskError
from desk.store.problems import MESSAGES as STORE_PROBLEMS
from desk.sync.errors import MESSAGES as SYNC_ERRORS

_CTX = "Texts"

_WORDS: dict[object, str] = {
    Role.CLERK: QT_TRANSLATE_NOOP("Texts", "clerk"),
    Role.SUPERVISOR: QT_TRANSLATE_NOOP("Texts", "supervisor"),
    Role.ADMIN: QT_TRANSLATE_NOOP("Texts", "administrator"),
    LineStatus.ACTIVE: QT_TRANSLATE_NOOP("Texts", "active"),
    LineStatus.SUSPENDED: QT_TRANSLATE_NOOP("Texts", "suspended"),
    LineStatus.TERMINATED: QT_TRANSLATE_NOOP("Texts", "terminated"),
    CardKind.SIM: QT_TRANSLATE_NOOP("Texts", "SIM card"),
    CardKind.ESIM: QT_TRANSLATE_NOOP("Texts", "eSIM"),
    DocumentKind.HKID: QT_TRANSLATE_NOOP("Texts", "HKID"),
    DocumentKind.CN_RIC: QT_TRANSLATE_NOOP("Texts", "Mainland ID"),
    DocumentKind.PASSPORT: QT_TRANSLATE_NOOP("Texts", "Passport"),
    DocumentKind.OTHER: QT_TRANSLATE_NOOP("Texts", "Other ID"),
}

_MATCHED_BY = {
    "application": QT_TRANSLATE_NOOP("Texts", "application number"),
    "id": QT_TRANSLATE_NOOP("Texts", "ID number"),
    "phone": QT_TRANSLATE_NOOP("Texts", "phone number"),
    "iccid": QT_TRANSLATE_NOOP("Texts", "ICCID"),
    "eid": QT_TRANSLATE_NOOP("Texts", "EID"),
    "name": QT_TRANSLATE_NOOP("Texts", "name"),
}

# Refusals by DeskError.code; {placeholders} are filled from DeskError.values.
_ERRORS = {
    "wrong_pin": QT_TRANSLATE_NOOP(
        "Texts", "Wrong PIN for {name}. Tries left before a lockout: {left}."
    ),
    "locked": QT_TRANSLATE_NOOP(
        "Texts",
        "Too many wrong PINs for {name}: locked for {minutes} min. Try again after that.",
    ),
    "attempt_not_counted": QT_TRANSLATE_NOOP(
        "Texts",
        "The PIN was not checked, because the attempt could not be recorded: {detail}",
    ),
    "key_unreadable": QT_TRANSLATE_NOOP(
        "Texts",
        "The store's key cannot be read, so PINs and ID numbers cannot be checked. "
        "Restore desk.key from this store's backup, or ask head office. ({detail})",
    ),
    "login_failed": QT_TRANSLATE_NOOP(
        "Texts",
        "The PIN could not be checked: {detail}. Try again; if it happens again, "
        "tell your support.",
    ),
    "pin_shape": QT_TRANSLATE_NOOP("Texts", "A PIN is {min} to {max} digits."),
    "no_pin": QT_TRANSLATE_NOOP(
        "Texts", "{name} has no PIN yet: a supervisor sets a first one on the login window."
    ),
    "pin_already_set": QT_TRANSLATE_NOOP(
        "Texts", "{name} has a PIN already: only a first PIN is set here."
    ),
    "store_in_use": QT_TRANSLATE_NOOP(
        "Texts",
        "Desk is already using this store ({holder}). Close that Desk first (log out "
        "and quit), then start it again.",
    ),
    "unknown_staff": QT_TRANSLATE_NOOP("Texts", "This staff member cannot log in here."),
    "no_customer": QT_TRANSLATE_NOOP(
        "Texts", "This customer is no longer in this store's records."
    ),
    # -- the replacement case (issue 7: the case wizard) --
    "no_case": QT_TRANSLATE_NOOP("Texts", "This case is not in this store's records."),
    "no_line": QT_TRANSLATE_NOOP("Texts", "This line is not in this store's records."),
    "line_terminated": QT_TRANSLATE_NOOP("Texts", "This line has been terminated: no new card."),
    "sim_change_lock": QT_TRANSLATE_NOOP(
        "Texts",
        "The customer has locked SIM changes on this line. A supervisor can lift the "
        "lock after a full verification.",
    ),
    "open_case": QT_TRANSLATE_NOOP(
        "Texts", "This line already has an open case. Continue or cancel that one."
    ),
    "report_lost_first": QT_TRANSLATE_NOOP(
        "Texts", "A lost or stolen card is reported lost first: suspend the line."
    ),
    "failure_lock": QT_TRANSLATE_NOOP(
        "Texts",
        "Identity checks failed {max_failures} times or more in {window_hours} hours: "
        "replacements on this line are locked until a supervisor clears the lock.",
    ),
    "cooling_period": QT_TRANSLATE_NOOP(
        "Texts",
        "This line's card was replaced less than {cooling_days} days ago: a supervisor "
        "must approve another replacement, with a reason.",
    ),
    "proxy": QT_TRANSLATE_NOOP(
        "Texts", "Someone acting for the customer (a proxy) needs a supervisor."
    ),
    "esim_without_old_device": QT_TRANSLATE_NOOP(
        "Texts", "Moving an eSIM without the old phone at the counter needs a supervisor."
    ),
    "open_case_elsewhere": QT_TRANSLATE_NOOP(
        "Texts",
        "This line already has an open case at store {store}, counter {counter}. It must "
        "be finished or cancelled there first.",
    ),
    "chain_unreachable": QT_TRANSLATE_NOOP(
        "Texts",
        "Head office could not be asked whether this line or this ID has open cases, "
        "recent replacements or failed identity checks at other stores or counters: a "
        "supervisor must approve this case, with a reason.",
    ),
    "supervisor_required": QT_TRANSLATE_NOOP("Texts", "Only a supervisor may do this."),
    "verification_required": QT_TRANSLATE_NOOP(
        "Texts", "Complete every identity check before lifting the SIM-change lock."
    ),
    "reason_required": QT_TRANSLATE_NOOP("Texts", "Say why: a reason is needed."),
    "not_approvable": QT_TRANSLATE_NOOP("Texts", "This cannot be approved; it must be cleared."),
    "checks_closed": QT_TRANSLATE_NOOP(
        "Texts", "This case's checks are done; nothing more to check."
    ),
    "checks_missing": QT_TRANSLATE_NOOP("Texts", "Some checks have not passed yet."),
    "no_contact": QT_TRANSLATE_NOOP("Texts", "This customer has no registered contact for a code."),
    "no_code": QT_TRANSLATE_NOOP("Texts", "Send a code first."),
    "card_fixed": QT_TRANSLATE_NOOP("Texts", "This case is submitted: its new card cannot change."),
    "not_a_sim_case": QT_TRANSLATE_NOOP(
        "Texts", "This case replaces an eSIM: scan the phone's EID."
    ),
    "not_an_esim_case": QT_TRANSLATE_NOOP(
        "Texts", "This case replaces a SIM card: scan a blank SIM."
    ),
    "sim_not_in_stock": QT_TRANSLATE_NOOP("Texts", "The SIM {iccid} is not in this store's stock."),
    "sim_wrong_product": QT_TRANSLATE_NOOP(
        "Texts", "The blank SIM {iccid} is for another product than this line's."
    ),
    "sim_taken": QT_TRANSLATE_NOOP("Texts", "The SIM {iccid} has already been given out."),
    "device_required": QT_TRANSLATE_NOOP("Texts", "Type the new phone's brand and model."),
    "address_required": QT_TRANSLATE_NOOP("Texts", "Type the address the courier delivers to."),
    "card_missing": QT_TRANSLATE_NOOP("Texts", "Choose the new card before submitting."),
    "handover_missing": QT_TRANSLATE_NOOP("Texts", "Choose how the customer gets the new card."),
    "transition_refused": QT_TRANSLATE_NOOP(
        "Texts", "This case cannot do that in its present state."
    ),
    "case_finished": QT_TRANSLATE_NOOP("Texts", "This case is finished: nothing more can happen."),
    "payment_required": QT_TRANSLATE_NOOP("Texts", "This case waits for its payment."),
    "item_not_required": QT_TRANSLATE_NOOP("Texts", "This case does not need that check."),
    # The case queue's actions (desk.services.case_flow, desk.core.cases)
    "not_a_follow_up": QT_TRANSLATE_NOOP("Texts", "This step is not taken from the queue."),
    "tracking_required": QT_TRANSLATE_NOOP("Texts", "Type the courier's tracking number."),
    "courier_only": QT_TRANSLATE_NOOP(
        "Texts", "Only a card sent by courier is shipped; this one is handed over at the counter."
    ),
    "ship_first": QT_TRANSLATE_NOOP(
        "Texts", "A card sent by courier must be shipped before it is delivered."
    ),
    "reason_too_long": QT_TRANSLATE_NOOP(
        "Texts", "The reason is too long: at most {max} characters."
    ),
    **STORE_PROBLEMS,  # damaged, full, read-only, permission, busy, disk error, missing
    **SYNC_ERRORS,  # every error a sync can end with, and the enrolment's it reads
    # Fees, payment and paper (desk.core.money, tenders, fees; desk.services.payments)
    "money_empty": QT_TRANSLATE_NOOP("Texts", "Please type an amount."),
    "money_negative": QT_TRANSLATE_NOOP("Texts", "The amount cannot be negative."),
    "money_format": QT_TRANSLATE_NOOP(
        "Texts", "This is not an amount: type digits, with a point for cents (120.50)."
    ),
    "money_decimals": QT_TRANSLATE_NOOP("Texts", "At most {digits} digits after the point."),
    "money_too_large": QT_TRANSLATE_NOOP(
        "Texts", "That is far more than any fee: please check the amount."
    ),
    "tender_kind": QT_TRANSLATE_NOOP("Texts", "This store does not take this way of paying."),
    "tender_amount": QT_TRANSLATE_NOOP("Texts", "Each payment must be more than zero."),
    "tender_exceeds": QT_TRANSLATE_NOOP(
        "Texts",
        "A card or wallet payment cannot be more than what is still due; only cash gives change.",
    ),
    "tender_surplus": QT_TRANSLATE_NOOP("Texts", "The total is already paid: take no more."),
    "tender_short": QT_TRANSLATE_NOOP("Texts", "The payments do not cover the total yet."),
    "tender_reference": QT_TRANSLATE_NOOP(
        "Texts", "Please keep the reference under {max} characters."
    ),
    "fee_not_found": QT_TRANSLATE_NOOP(
        "Texts", "The fee schedule has no fee for this card on this day: ask head office."
    ),
    "override_amount": QT_TRANSLATE_NOOP(
        "Texts", "A supervisor may lower a fee to anything from zero, never raise it."
    ),
    "handover_paid": QT_TRANSLATE_NOOP(
        "Texts",
        "The fee is paid for this way of handing over the card: a supervisor must void the "
        "payment before it changes.",
    ),
    # A supervisor's void or refund (desk.services.reversals) and the documents
    "no_receipt": QT_TRANSLATE_NOOP(
        "Texts", "There is no receipt with this number at this counter."
    ),
    "not_a_payment": QT_TRANSLATE_NOOP(
        "Texts", "Receipt {number} is itself a void or a refund: it cannot be reversed."
    ),
    "already_reversed": QT_TRANSLATE_NOOP(
        "Texts", "Receipt {number} was already voided or refunded (receipt {by})."
    ),
    "void_other_day": QT_TRANSLATE_NOOP(
        "Texts",
        "Only a receipt of today can be voided; give a refund for an earlier day's.",
    ),
    "refund_same_day": QT_TRANSLATE_NOOP("Texts", "A receipt of today is voided, not refunded."),
    "staff_required": QT_TRANSLATE_NOOP("Texts", "Say which supervisor does this."),
    "no_document": QT_TRANSLATE_NOOP(
        "Texts", "There is no receipt or application with this number."
    ),
    "reprint_needs_supervisor": QT_TRANSLATE_NOOP(
        "Texts", "This has been reprinted already: another copy needs a supervisor."
    ),
    # The business day: opening, cash in and out, the count, the lock
    "day_not_open": QT_TRANSLATE_NOOP(
        "Texts",
        "The business day is not open at this counter: open it on the Day page (F5), with "
        "the float in the drawer.",
    ),
    "day_open_already": QT_TRANSLATE_NOOP(
        "Texts", "A business day is open at this counter already."
    ),
    "day_closed": QT_TRANSLATE_NOOP(
        "Texts",
        "That business day is closed: nothing of it can change now. Correct it with a void "
        "or refund today.",
    ),
    "cash_move_amount": QT_TRANSLATE_NOOP("Texts", "Type an amount above zero."),
    "count_required": QT_TRANSLATE_NOOP(
        "Texts", "Count the drawer by notes and coins, or type its total."
    ),
    "count_quantity": QT_TRANSLATE_NOOP(
        "Texts", "Count whole notes and coins: a number from 0 up."
    ),
    "count_denomination": QT_TRANSLATE_NOOP("Texts", "This currency has no such note or coin."),
    "over_short_reason": QT_TRANSLATE_NOOP(
        "Texts",
        "The drawer is over or short by more than the limit: please give a reason.",
    ),
    "sim_not_available": QT_TRANSLATE_NOOP(
        "Texts", "This SIM is no longer in stock (given out or damaged already)."
    ),
    # The day close: its files, the day's exports, one Desk per store
    "no_business_day": QT_TRANSLATE_NOOP(
        "Texts", "Counter {counter} has no business day on {day}: it was never opened."
    ),
    "day_open": QT_TRANSLATE_NOOP(
        "Texts",
        "The business day {day} is still open: its Z report and exports are written when "
        "it is closed.",
    ),
    "day_files": QT_TRANSLATE_NOOP(
        "Texts",
        "The day's Z report and exports could not be written ({detail}), so the day is "
        "still open. Free some disk space or fix the folder, then close it again.",
    ),
    "export_out": QT_TRANSLATE_NOOP(
        "Texts", "{folder} holds other files: choose an empty or a new folder."
    ),
    "export_folder": QT_TRANSLATE_NOOP("Texts", "There is no folder {folder} to write into."),
    "day_format": QT_TRANSLATE_NOOP("Texts", "Type the day as YYYY-MM-DD, e.g. 2026-11-23."),
    "document_missing_glyph": QT_TRANSLATE_NOOP(
        "Texts",
        "This cannot be printed: the printer font has no character {characters}. Correct "
        "the text or spell it another way.",
    ),
}


def _tr(source: str) -> str:
    return QCoreApplication.translate(_CTX, source)


def word(value: Role | LineStatus | CardKind | DocumentKind) -> str:
    """A domain word (role, line status, card kind, document kind) in the UI language."""
    return _tr(_WORDS[value])


role_text = line_status_text = card_kind_text = document_kind_text = word


# Lines that are not simply active are marked with a symbol as well as a colour and a
# word, so that no one has to tell them apart by colour alone.
_STATUS_MARK = {LineStatus.ACTIVE: "", LineStatus.SUSPENDED: "⚠ ", LineStatus.TERMINATED: "✕ "}
LOCK_MARK = "⚠ "
# The card's column title says it already, in every language: one string, one context.
_LOCK = QT_TRANSLATE_NOOP("CustomerCardView", "SIM change lock")


def line_status_marked(status: LineStatus) -> str:
    """A line's status in words, with its mark when it is not active (``✕ terminated``)."""
    return _STATUS_MARK[status] + word(status)


def sim_change_lock_text() -> str:
    return LOCK_MARK + QCoreApplication.translate("CustomerCardView", _LOCK)


def matched_by_text(how: str) -> str:
    return _tr(_MATCHED_BY[how]) if how in _MATCHED_BY else how


def error_text(exc: DeskError) -> str:
    """``exc`` in the UI language; its own English for a code without a message here."""
    source = _ERRORS.get(exc.code)
    if source is None:
        return str(exc)
    # A translation that lost a placeholder: the English source. Values that do not fit
    # the message (a sync error kept by another version of Desk): the error's own words.
    for text in (_tr(source), source):
        try:
            return text.format(**exc.values)
        except (KeyError, IndexError, ValueError):
            continue
    return str(exc)
