"""The identity checklist (核验清单): the items this case needs, from the data.

The ID number is typed from the original into an ID field and matched through the
keyed hash (a mismatch says so, never showing the stored number); photo, name, proof
and holder are judged by the clerk (Pass / Fail, each a button Enter presses, the
focus moving on to the next item); the secret is a service password the carrier's
system confirmed, or a one-time code sent to the registered contact and read out by
the customer. Next verifies the case once every item has passed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desk.core.checklist import ChecklistItem, ChecklistState, ItemResult, SecretMethod
from desk.core.enums import DocumentKind
from desk.core.one_time_code import CodeOutcome
from desk.ui.identifier_field import IdentifierField
from desk.ui.texts import document_kind_text
from desk.ui.wizard.page import WizardPage, button, note
from desk.ui.wizard.words import CODE_OUTCOMES, failure_text, item_text, tr

if TYPE_CHECKING:
    from desk.ui.wizard.wizard import CaseWizard

# Items judged by the clerk, and what "Fail" records for each.
JUDGED = {
    ChecklistItem.PHOTO_MATCHES: "no_match",
    ChecklistItem.NAME_MATCHES: "no_match",
    ChecklistItem.PROOF_OF_PURCHASE: "not_provided",
    ChecklistItem.ORIGINAL_CARD_HOLDER: "not_provided",
    ChecklistItem.PROXY_ID: "not_sighted",
    ChecklistItem.PROXY_AUTHORISATION: "not_provided",
}
ID_KINDS = (DocumentKind.HKID, DocumentKind.CN_RIC, DocumentKind.PASSPORT)


def _wrapping(label: QLabel, ideographs: int) -> None:
    """An item or its result wraps (Chinese at any character) rather than widening the
    window: its width is what its column gets, never what its words ask for, and at
    least ``ideographs`` Chinese characters (measured: the font's "average character"
    is a whole ideograph in the CJK font Desk uses for every language)."""
    label.ensurePolished()  # measured in the style sheet's font size
    policy = label.sizePolicy()  # keeps the height-for-width of a word-wrapped label
    policy.setHorizontalPolicy(QSizePolicy.Policy.Ignored)
    label.setSizePolicy(policy)
    label.setMinimumWidth(label.fontMetrics().horizontalAdvance("中" * ideographs))


class ChecklistPage(WizardPage):
    def __init__(self, wizard: CaseWizard) -> None:
        super().__init__(wizard, "caseChecklist")
        self.intro = note("caseChecklistIntro")
        self.grid = QGridLayout()
        # The buttons as wide as their words, the items as their longest (_fit_items),
        # the results the rest.
        self.grid.setColumnStretch(3, 1)
        self.labels: dict[ChecklistItem, QLabel] = {}
        self.results: dict[ChecklistItem, QLabel] = {}
        self.rows: dict[ChecklistItem, list[QWidget]] = {}
        # the ID document: its kind, then its number
        self.id_kind = QComboBox(objectName="caseIdKind")
        self.id_kind.setAccessibleName("caseIdKind")
        own = [d.kind for d in wizard.card.documents if d.kind in ID_KINDS]
        self.kinds = [*dict.fromkeys([*own, *ID_KINDS])]
        self.id_fields = QStackedWidget()
        self.id_field: dict[DocumentKind, IdentifierField] = {}
        for kind in self.kinds:
            field = IdentifierField(kind.value, region=wizard.actions.counter.store.region)
            # Room for the longest number, an 18-character mainland ID, measured in
            # digits: the font's "average character" is a whole ideograph in the CJK
            # font Desk uses for every language, and would make the wizard wider than
            # a 1024 px screen.
            field.ensurePolished()
            field.setMinimumWidth(field.fontMetrics().horizontalAdvance("0" * 20))
            self.id_fields.addWidget(field)
            self.id_field[kind] = field
        self.id_kind.currentIndexChanged.connect(self.id_fields.setCurrentIndex)
        id_box = QHBoxLayout()
        id_box.setContentsMargins(0, 0, 0, 0)
        id_box.addWidget(self.id_kind)
        id_box.addWidget(self.id_fields, 1)
        id_holder = QWidget()
        id_holder.setLayout(id_box)
        self._row(ChecklistItem.ID_DOCUMENT_SIGHTED, [id_holder])
        # judged items
        self.passes: dict[ChecklistItem, QPushButton] = {}
        self.fails: dict[ChecklistItem, QPushButton] = {}
        for item in (*JUDGED, ChecklistItem.SECRET):
            ok, bad = button(f"casePass_{item.value}"), button(f"caseFail_{item.value}")
            ok.clicked.connect(lambda _=False, i=item: self._judged(i, True))
            bad.clicked.connect(lambda _=False, i=item: self._judged(i, False))
            self.passes[item], self.fails[item] = ok, bad
            if item is ChecklistItem.SECRET:
                self.send = button("caseSendCode")
                self.send.clicked.connect(self._send_code)
                self.code = QLineEdit(objectName="caseCode")
                self.code.setAccessibleName("caseCode")
                self.code.setMaxLength(6)
                self.code.setFixedWidth(self.code.fontMetrics().horizontalAdvance("0") * 10)
                self._row(item, [ok, bad])
                self._extra_row([self.send, self.code])  # or: a code to the contact
            else:
                self._row(item, [ok, bad])
        self.missing = note("caseChecklistMissing")
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(self.grid)
        layout.addWidget(self.missing)
        layout.addStretch(1)
        self.retranslate()

    def _extra_row(self, controls: list[QWidget]) -> None:
        box = QHBoxLayout()
        box.setContentsMargins(0, 0, 0, 0)
        for c in controls:
            box.addWidget(c)
        box.addStretch(1)
        holder = QWidget()
        holder.setLayout(box)
        self.grid.addWidget(holder, self.grid.rowCount(), 1, 1, 2)
        self.rows[ChecklistItem.SECRET].append(holder)

    def _row(self, item: ChecklistItem, controls: list[QWidget]) -> None:
        r = self.grid.rowCount()
        label = QLabel(wordWrap=True)
        result = note(f"caseResult_{item.value}")
        _wrapping(label, 6)
        _wrapping(result, 10)
        box = QHBoxLayout()
        box.setContentsMargins(0, 0, 0, 0)
        for c in controls:
            box.addWidget(c)
        box.addStretch(1)
        holder = QWidget()
        holder.setLayout(box)
        self.grid.addWidget(label, r, 0)
        self.grid.addWidget(holder, r, 1, 1, 2)
        self.grid.addWidget(result, r, 3)
        self.labels[item], self.results[item] = label, result
        self.rows[item] = [label, holder, result]

    def title(self) -> str:
        return self.tr("Checklist")

    def retranslate(self) -> None:
        self.intro.setText(
            self.tr(
                "Check the customer against the registration. Type the ID number from the "
                "original document, then Enter. Each button: Tab to it, Enter or Space."
            )
        )
        for item, label in self.labels.items():
            label.setText(item_text(item))
        self._fit_items()
        if not self.id_kind.count():
            self.id_kind.addItems([document_kind_text(k) for k in self.kinds])
        for i, kind in enumerate(self.kinds):
            self.id_kind.setItemText(i, document_kind_text(kind))
        for item, b in self.passes.items():
            b.setText(self.tr("✓ Pass"))
            self.fails[item].setText(self.tr("✕ Fail"))
        self.passes[ChecklistItem.SECRET].setText(self.tr("✓ Password confirmed"))
        self.fails[ChecklistItem.SECRET].setText(self.tr("✕ Password wrong"))
        self.send.setText(self.tr("Send a one-time &code"))
        self.code.setPlaceholderText(self.tr("6 digits"))
        self.refresh()

    def _fit_items(self) -> None:
        """The items' column as wide as the longest item, up to 18 ideographs' worth (a
        longer one wraps): what is left goes to the results, which say the most."""
        first = next(iter(self.labels.values()))
        first.ensurePolished()  # the style sheet's font size, not the default's
        metrics = first.fontMetrics()
        widest = max(metrics.horizontalAdvance(label.text()) for label in self.labels.values())
        cap = metrics.horizontalAdvance("中" * 18)
        self.grid.setColumnMinimumWidth(0, min(widest + 2, cap))

    # -- showing --------------------------------------------------------------------
    def _state(self) -> ChecklistState | None:
        case = self.wizard.state.case
        return None if case is None else case.checklist

    def refresh(self) -> None:
        state = self._state()
        required = state.required if state is not None else ()
        closed = not (self.wizard.state.case and not self.wizard.verified())
        for item, widgets in self.rows.items():
            for w in widgets:
                w.setVisible(item in required)
            latest = state.latest(item) if state is not None else None
            self.results[item].setText(self._result_text(latest))
        for w in (
            self.id_kind,
            *self.id_field.values(),
            *self.passes.values(),
            *self.fails.values(),
            self.send,
            self.code,
        ):
            w.setEnabled(not closed)
        missing = state.missing() if state is not None else ()
        self.missing.setText(
            self.tr("Still to check: {items}").format(
                items=self.tr("; ", "between the checks still to do").join(map(item_text, missing))
            )
            if missing
            else self.tr("Every check has passed. Enter: go on to the new card.")
        )

    def _result_text(self, r: ItemResult | None) -> str:
        if r is None:
            return ""
        if r.passed:
            if r.item is ChecklistItem.ID_DOCUMENT_SIGHTED:
                return self.tr("✓ matches the customer's record")
            if r.method == SecretMethod.ONE_TIME_CODE.value:
                return self.tr("✓ one-time code accepted")
            return self.tr("✓ passed")
        return self.tr("✕ failed: {why}").format(why=failure_text(r.failure))

    def focus_first(self) -> None:
        self._focus_next_open()

    def _focus_next_open(self) -> None:
        state = self._state()
        if state is None or self.wizard.verified():
            self.wizard.next_button.setFocus()
            return
        for item in state.missing():
            if item is ChecklistItem.ID_DOCUMENT_SIGHTED:
                self.id_field[self.kinds[self.id_kind.currentIndex()]].setFocus()
            else:
                self.passes[item].setFocus()
            return
        self.wizard.next_button.setFocus()

    # -- doing ----------------------------------------------------------------------
    def enter(self, focus: QWidget | None) -> bool:
        kind = self.kinds[self.id_kind.currentIndex()]
        field = self.id_field[kind]
        if focus is field.lineEdit() or focus is self.id_kind:
            self._check_id(kind, field)
            return True
        if focus is self.code:
            self._enter_code()
            return True
        return False

    def _after(self, outcome: object) -> None:
        if outcome is not None:
            self.wizard.done_something()
            self.refresh()
            self._focus_next_open()

    def _check_id(self, kind: DocumentKind, field: IdentifierField) -> None:
        w = self.wizard
        case = w.state.case
        if case is None:
            return
        outcome = w.run(lambda: w.actions.check_id(case.id, kind, field.text()))
        if outcome is not None:
            field.clear()  # the number is not kept on screen once checked
        self._after(outcome)

    def _judged(self, item: ChecklistItem, passed: bool) -> None:
        w = self.wizard
        case = w.state.case
        if case is None:
            return
        method: str | None = None
        if item is ChecklistItem.SECRET:
            method = SecretMethod.SERVICE_PASSWORD.value
        elif item is ChecklistItem.PROXY_ID:
            method = DocumentKind.HKID.value  # the proxy's own document, sighted
        failure = None if passed else ("wrong_password" if method == "service_password" else None)
        failure = failure or (None if passed else JUDGED.get(item))
        self._after(w.run(lambda: w.actions.record(case.id, item, passed, method, failure)))

    def _send_code(self) -> None:
        w = self.wizard
        case = w.state.case
        if case is None:
            return
        sent = w.run(lambda: w.actions.send_code(case.id))
        if sent is not None:
            w.done_something()
            self.results[ChecklistItem.SECRET].setText(
                self.tr("Code sent to {contact}; it expires in {minutes} minutes.").format(
                    contact=sent.sent_to, minutes=sent.expires_minutes
                )
            )
            self.code.setFocus()

    def _enter_code(self) -> None:
        w = self.wizard
        case = w.state.case
        if case is None:
            return
        typed = self.code.text()
        answer = w.run(lambda: w.actions.enter_code(case.id, typed))
        if answer is None:
            return
        outcome, _check = answer
        self.code.clear()
        w.done_something()
        self.refresh()
        text = tr(CODE_OUTCOMES[outcome])
        if outcome is CodeOutcome.ACCEPTED:
            self._focus_next_open()
        else:
            w.say(text)

    def leave(self) -> bool:
        w = self.wizard
        case = w.state.case
        if case is None:
            return False
        if w.verified():
            return True
        if case.checklist.missing():
            w.say(self.missing.text())
            self._focus_next_open()
            return False
        if w.run(lambda: w.actions.verify(case.id)) is None:
            return False
        w.done_something()
        return True
