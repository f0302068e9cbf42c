"""The new card: a blank SIM scanned from the store's stock (Enter chooses it), or an
eSIM for a device (EID, brand and model, activation code, and whether the old phone
is at the counter — without it, a supervisor must agree)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QLineEdit,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desk.core import identifiers as ids
from desk.core.enums import CardKind
from desk.ui.choices import Tick
from desk.ui.identifier_field import IdentifierField
from desk.ui.wizard.page import WizardPage, note

if TYPE_CHECKING:
    from desk.ui.wizard.wizard import CaseWizard


class CardPage(WizardPage):
    def __init__(self, wizard: CaseWizard) -> None:
        super().__init__(wizard, "caseCard")
        self.kinds = QStackedWidget()
        # a physical SIM
        sim = QWidget(objectName="caseSim")
        self.sim_intro = note("caseSimIntro")
        self.iccid = IdentifierField("iccid")
        self.sim_chosen = note("caseSimChosen")
        sim_layout = QVBoxLayout(sim)
        sim_layout.addWidget(self.sim_intro)
        sim_layout.addWidget(self.iccid)
        sim_layout.addWidget(self.sim_chosen)
        sim_layout.addStretch(1)
        # an eSIM
        esim = QWidget(objectName="caseEsim")
        self.esim_intro = note("caseEsimIntro")
        self.eid = IdentifierField("eid")
        self.brand = QLineEdit(objectName="caseBrand")
        self.model = QLineEdit(objectName="caseModel")
        self.activation = IdentifierField("activation_code")
        self.old_device = Tick(objectName="caseOldDevice")
        for w in (self.brand, self.model, self.old_device):
            w.setAccessibleName(w.objectName())
        self.form = QFormLayout()
        self.form_labels = [QLabel() for _ in range(4)]
        for label, field in zip(
            self.form_labels, (self.eid, self.brand, self.model, self.activation), strict=True
        ):
            self.form.addRow(label, field)
        self.form.addRow(QLabel(), self.old_device)
        self.esim_chosen = note("caseEsimChosen")
        esim_layout = QVBoxLayout(esim)
        esim_layout.addWidget(self.esim_intro)
        esim_layout.addLayout(self.form)
        esim_layout.addWidget(self.esim_chosen)
        esim_layout.addStretch(1)
        self.kinds.addWidget(sim)
        self.kinds.addWidget(esim)
        layout = QVBoxLayout(self)
        layout.addWidget(self.kinds)
        self.retranslate()

    def title(self) -> str:
        return self.tr("New card")

    def retranslate(self) -> None:
        self.sim_intro.setText(
            self.tr(
                "Scan the barcode of a blank SIM from the stock (or type its ICCID), "
                "then Enter: it becomes this case's new card."
            )
        )
        self.esim_intro.setText(
            self.tr(
                "The customer's new phone: scan or type its EID (Settings › About), its brand "
                "and model, and the activation code (QR). Enter moves to the next field."
            )
        )
        texts = (self.tr("EID"), self.tr("Brand"), self.tr("Model"), self.tr("Activation code"))
        for label, text in zip(self.form_labels, texts, strict=True):
            label.setText(text)
        self.brand.setPlaceholderText(self.tr("e.g. Apple, 华为, Samsung"))
        self.model.setPlaceholderText(self.tr("e.g. iPhone 15"))
        self.old_device.setText(self.tr("The &old phone is at the counter"))
        self.refresh()

    def _esim(self) -> bool:
        case = self.wizard.state.case
        kind = case.card_kind if case is not None else self.wizard.line.card_kind
        return kind is CardKind.ESIM

    def refresh(self) -> None:
        esim = self._esim()
        self.kinds.setCurrentIndex(1 if esim else 0)
        case = self.wizard.state.case
        if case is None:
            return
        if case.new_iccid:
            self.sim_chosen.setText(
                self.tr("New card: SIM {iccid}. Enter: go on.").format(iccid=case.new_iccid)
            )
        else:
            self.sim_chosen.setText(self.tr("No new card chosen yet."))
        if case.new_eid:
            self.esim_chosen.setText(
                self.tr("Saved: EID {eid}, {device}, activation code {code}.").format(
                    eid=ids.mask("eid", case.new_eid),
                    device=f"{case.device_brand or ''} {case.device_model or ''}".strip(),
                    code=case.activation_code_masked or "",
                )
            )
            if case.old_device_present is not None:
                self.old_device.setChecked(case.old_device_present)
        else:
            self.esim_chosen.setText("")

    def focus_first(self) -> None:
        if self._esim():
            self.eid.setFocus()
        else:
            self.iccid.setFocus()

    def enter(self, focus: QWidget | None) -> bool:
        if focus is self.iccid.lineEdit():
            self._choose_sim()
            return True
        order = [self.eid.lineEdit(), self.brand, self.model, self.activation.lineEdit()]
        if focus in order:
            after = order.index(focus) + 1
            (order[after] if after < len(order) else self.old_device).setFocus()
            return True
        return False

    def _choose_sim(self) -> bool:
        w = self.wizard
        case = w.state.case
        if case is None:
            return False
        scanned = self.iccid.text()
        if w.run(lambda: w.actions.choose_sim(case.id, scanned)) is None:
            self.iccid.lineEdit().selectAll()  # the next scan replaces the refused one
            return False
        self.iccid.clear()
        w.done_something()
        self.refresh()
        w.next_button.setFocus()
        return True

    def leave(self) -> bool:
        w = self.wizard
        case = w.state.case
        if case is None:
            return False
        if not self._esim():
            if self.iccid.text().strip():
                return self._choose_sim()
            if case.new_iccid:
                return True
            w.say(self.tr("Scan the new SIM card first."))
            self.iccid.setFocus()
            return False
        typed = (self.eid.text(), self.brand.text(), self.model.text(), self.activation.text())
        if case.new_eid and not any(t.strip() for t in typed):
            return True  # already saved (a resumed case)
        eid, brand, model, code = typed
        present = self.old_device.isChecked()
        done = w.run(
            lambda: w.actions.choose_esim(
                case.id,
                eid=eid,
                brand=brand,
                model=model,
                activation_code=code,
                old_device_present=present,
            )
        )
        if done is None:
            return False
        for f in (self.eid, self.brand, self.model, self.activation):
            f.clear()
        w.done_something()
        return True
