"""The case's paper: the receipt after the payment, the application form after the
submission (in the case wizard), a reprint or a void's receipt (on the Cases page) —
each previewed, then printed or saved, each print recorded.

The preview shows the copy that *would* be made (the original, or 副本 / COPY n); print
or save records it (:func:`desk.services.payment_docs.record_print`) and puts on paper
the copy the record says; after a save the preview shows the copy a print would make
next. From the second reprint on a supervisor must agree: their
dialog opens, and the copy is made with their approval (their reason in the audit
trail).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from desk.core.staff import StaffMember
from desk.services.errors import DeskError
from desk.store.payment_models import PrintKind
from desk.ui.background import BackgroundCalls
from desk.ui.print_preview import PrintPreview
from desk.ui.texts import error_text
from desk.ui.wizard.supervisor import SupervisorDialog

if TYPE_CHECKING:
    import uuid

    from desk.ui.wizard.actions import CaseActions

# Renders a document off the GUI thread; None when it was refused (said by the caller).
Run = Callable[[Callable[[], bytes]], "bytes | None"]


class Paper(QObject):
    """The previews of one window (the case wizard, the Cases page): ``owner`` is what
    they open over, ``background`` where records and renders run, ``run`` how the first
    render's refusal is said there."""

    def __init__(
        self, owner: QWidget, actions: CaseActions, background: BackgroundCalls, run: Run
    ) -> None:
        super().__init__(owner)
        self.owner, self.actions, self.background, self.run = owner, actions, background, run
        self.preview: PrintPreview | None = None

    def receipt(self, number: str) -> None:
        title = self.tr("Receipt {number}").format(number=number)
        self._show(PrintKind.RECEIPT, number, title, self.actions.receipt_pdf)

    def form(self, application_number: str) -> None:
        title = self.tr("Application form {number}").format(number=application_number)
        self._show(PrintKind.FORM, application_number, title, self.actions.form_pdf)

    def _show(
        self, kind: PrintKind, number: str, title: str, render: Callable[[str, int], bytes]
    ) -> None:
        """Preview the copy the next print makes; print or save records it (see above)."""
        actions, background = self.actions, self.background
        pdf = self.run(lambda: render(number, actions.copies(kind, number)))
        if pdf is None:
            return

        def record(approver: StaffMember | None = None, reason: str | None = None) -> bytes:
            made = actions.record_print(kind, number, approver, reason)
            return render(number, made)

        def following() -> bytes | None:
            return self.run(lambda: render(number, actions.copies(kind, number)))

        def issue() -> bytes | str:
            try:
                return background.call(record)
            except DeskError as exc:
                if exc.code != "reprint_needs_supervisor":
                    return error_text(exc)
                agreed = self._supervisor_agrees(error_text(exc))
                if agreed is None:
                    return error_text(exc)
            try:
                return background.call(lambda: record(*agreed))
            except DeskError as again:
                return error_text(again)

        owner = self.owner
        self.preview = PrintPreview(title, pdf, issue, f"{number}.pdf", owner, following)
        self.preview.finished.connect(lambda _r: owner.activateWindow())
        self.preview.open()
        self.preview.activateWindow()
        self.preview.print_button.setFocus()

    def _supervisor_agrees(self, why: str) -> tuple[StaffMember, str] | None:
        """A supervisor's own PIN and reason for one more reprint (a modal dialog), or None."""
        actions, background = self.actions, self.background
        chosen: list[tuple[StaffMember, str]] = []

        def settle(staff_id: uuid.UUID, pin: str, reason: str) -> str | None:
            try:
                chosen.append((background.call(lambda: actions.approver(staff_id, pin)), reason))
            except DeskError as exc:
                return error_text(exc)
            return None

        dialog = SupervisorDialog(actions.supervisors(), [why], settle, self.preview or self.owner)
        dialog.exec()
        return chosen[0] if chosen else None
