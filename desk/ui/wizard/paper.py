"""The case's paper: the receipt after the payment, the application form after the
submission — each previewed, then printed or saved, each print recorded.

The preview shows the copy that *would* be made (the original, or 副本 / COPY n); print
or save records it (:func:`desk.services.payment_docs.record_print`) and puts on paper
the copy the record says. From the second reprint on a supervisor must agree: their
dialog opens, and the copy is made with their approval.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from desk.core.staff import StaffMember
from desk.services.errors import DeskError
from desk.store.payment_models import PrintKind
from desk.ui.print_preview import PrintPreview
from desk.ui.texts import error_text
from desk.ui.wizard.supervisor import SupervisorDialog

if TYPE_CHECKING:
    import uuid

    from desk.ui.wizard.wizard import CaseWizard


class Paper(QObject):
    def __init__(self, wizard: CaseWizard) -> None:
        super().__init__(wizard)
        self.wizard = wizard
        self.preview: PrintPreview | None = None

    def receipt(self, number: str) -> None:
        title = self.tr("Receipt {number}").format(number=number)
        self._show(PrintKind.RECEIPT, number, title, self.wizard.actions.receipt_pdf)

    def form(self, application_number: str) -> None:
        title = self.tr("Application form {number}").format(number=application_number)
        self._show(PrintKind.FORM, application_number, title, self.wizard.actions.form_pdf)

    def _show(
        self, kind: PrintKind, number: str, title: str, render: Callable[[str, int], bytes]
    ) -> None:
        """Preview the copy the next print makes; print or save records it (see above)."""
        w = self.wizard
        pdf = w.run(lambda: render(number, w.actions.copies(kind, number)))
        if pdf is None:
            return

        def record(approver: StaffMember | None = None) -> bytes:
            made = w.actions.record_print(kind, number, approver)
            return render(number, made)

        def issue() -> bytes | str:
            try:
                return w.background.call(record)
            except DeskError as exc:
                if exc.code != "reprint_needs_supervisor":
                    return error_text(exc)
                approver = self._supervisor_agrees(error_text(exc))
                if approver is None:
                    return error_text(exc)
            try:
                return w.background.call(lambda: record(approver))
            except DeskError as again:
                return error_text(again)

        self.preview = PrintPreview(title, pdf, issue, f"{number}.pdf", w)
        self.preview.finished.connect(lambda _r: w.activateWindow())
        self.preview.open()
        self.preview.activateWindow()
        self.preview.print_button.setFocus()

    def _supervisor_agrees(self, why: str) -> StaffMember | None:
        """A supervisor's own PIN for one more reprint (a modal dialog), or None."""
        w = self.wizard
        chosen: list[StaffMember] = []

        def settle(staff_id: uuid.UUID, pin: str, _reason: str) -> str | None:
            try:
                chosen.append(w.background.call(lambda: w.actions.approver(staff_id, pin)))
            except DeskError as exc:
                return error_text(exc)
            return None

        dialog = SupervisorDialog(w.actions.supervisors(), [why], settle, self.preview or w)
        dialog.exec()
        return chosen[0] if chosen else None
