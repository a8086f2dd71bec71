"""The establishment (site or company) a case belongs to: entered once, shared by all its cases.

Why a dialog of its own, saved at once: the establishment's counts (how many employees lost their job in the window
that counts, and the second count with the drivers deemed its employees) and the notice given to the Minister decide
the collective-dismissal figures of *every* case of that site. They are not part of one person's case, so they are
written to the store when the volunteer presses OK (``store.save_establishment``, which marks the stored figures
of the site's cases stale: the main window recomputes them in the background), and the case only points to the
establishment.
"""

from __future__ import annotations

import copy
import re
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from clinic_app.domain.case import Establishment
from clinic_app.domain.parsing import ParseError, lang_of
from clinic_app.domain.types import Jurisdiction
from clinic_app.ui.contrast import secondary_style
from clinic_app.ui.fit import make_scrollable
from clinic_app.ui.forms.fields import FieldDateEdit, NumberEdit
from clinic_app.ui.mnemonics import unique_in

translate = QCoreApplication.translate

MAX_COUNT = 1_000_000
_COUNT_EXPECTED = {"fr": "attendu un nombre entier de 0 à 1 000 000 (ex. 180)",
                   "en": "expected a whole number from 0 to 1,000,000 (e.g. 180)"}


def parse_count(text: str, field: str) -> int | None:
    """A head count typed by a volunteer (``180``, ``1 200``); empty means not known."""
    s = re.sub(r"[\s\u00a0\u202f,]", "", text or "")
    if not s:
        return None
    if not s.isdigit() or int(s) > MAX_COUNT:
        raise ParseError(field, "count", dict(_COUNT_EXPECTED))
    return int(s)


class EstablishmentDialog(QDialog):
    """Edit ``est`` (a copy); after ``exec()`` returns Accepted, ``result_establishment`` holds the values typed.

    Values that cannot be read keep the dialog open with a message under the field, naming it in the UI
    language; nothing typed is cleared.
    """

    def __init__(self, est: Establishment, *, ui_lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang_of(ui_lang)
        self.est = copy.deepcopy(est)
        self.result_establishment: Establishment | None = None
        self.setWindowTitle(translate("EstablishmentDialog", "Site or company"))
        layout = QVBoxLayout(self)
        intro = QLabel(translate("EstablishmentDialog", "These facts are shared by every case of this site or "
                                 "company: they decide the collective dismissal. They are saved when you press "
                                 "OK."), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        layout.addLayout(form)
        self.messages: dict[str, QLabel] = {}
        self.labels: dict[str, str] = {}
        self.inputs: dict[str, QWidget] = {}

        def row(key: str, label: str, widget: QWidget) -> None:
            holder = QWidget(self)
            box = QVBoxLayout(holder)
            box.setContentsMargins(0, 0, 0, 0)
            box.setSpacing(1)
            box.addWidget(widget)
            message = QLabel(holder)
            message.setWordWrap(True)
            message.setStyleSheet("color: #b00020;")
            message.hide()
            box.addWidget(message)
            label_widget = QLabel(label, self)
            label_widget.setBuddy(widget)
            widget.setAccessibleName(label.replace("&", ""))
            form.addRow(label_widget, holder)
            self.messages[key] = message
            self.labels[key] = label.replace("&", "")
            self.inputs[key] = widget

        self.code = QLineEdit(est.code, self)
        row("code", translate("EstablishmentDialog", "Site &code or short name"), self.code)
        self.employer = QLineEdit(est.employer_legal_name, self)
        row("employer", translate("EstablishmentDialog", "&Employer legal name"), self.employer)
        self.client = QLineEdit(est.client_company, self)
        self.client.setToolTip(translate("EstablishmentDialog", "For a delivery company: the company it delivers "
                                         "for; for a site run by a subcontractor: the company it works for"))
        row("client", translate("EstablishmentDialog", "C&lient company"), self.client)
        self.address = QLineEdit(est.address, self)
        row("address", translate("EstablishmentDialog", "&Address"), self.address)
        self.jurisdiction = QComboBox(self)
        self.jurisdiction.addItem(translate("EstablishmentDialog", "Quebec (Act respecting labour standards)"),
                                  Jurisdiction.QC)
        self.jurisdiction.addItem(translate("EstablishmentDialog", "Federal (Canada Labour Code)"), Jurisdiction.CA_FED)
        self.jurisdiction.setCurrentIndex(max(self.jurisdiction.findData(est.jurisdiction), 0))
        # the long law names may be cut in the closed box rather than widen the dialog past a small screen
        self.jurisdiction.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.jurisdiction.setMinimumContentsLength(16)
        self.jurisdiction.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        row("jurisdiction", translate("EstablishmentDialog", "&Law that applies"), self.jurisdiction)
        self.closure = FieldDateEdit("establishment.closure_date", lang=self.lang, parent=self)
        self.closure.set_value(est.closure_date)
        row("closure", translate("EstablishmentDialog", "Cl&osure date"), self.closure)
        self.count = QLineEdit("" if est.establishment_terminations is None else str(est.establishment_terminations),
                               self)
        row("count", translate("EstablishmentDialog", "&Jobs lost (the employer's count)"), self.count)
        self.count_drivers = QLineEdit("" if est.terminations_with_drivers is None
                                       else str(est.terminations_with_drivers), self)
        row("count_drivers", translate("EstablishmentDialog", "Jobs lost counting the &drivers deemed employees"),
            self.count_drivers)
        self.notice = NumberEdit("establishment.collective_notice_weeks_given", maximum=Decimal(104),
                                 lang=self.lang, parent=self)
        self.notice.set_value(est.collective_notice_weeks_given)
        row("notice", translate("EstablishmentDialog", "&Weeks of notice given to the Minister"), self.notice)
        self.notice_date = FieldDateEdit("establishment.minister_notice_date", lang=self.lang, parent=self)
        self.notice_date.set_value(est.minister_notice_date)
        row("notice_date", translate("EstablishmentDialog", "Notice to the Minister &given on"), self.notice_date)
        self.inquiry = FieldDateEdit("establishment.cnesst_inquiry_notice_date", lang=self.lang, parent=self)
        self.inquiry.set_value(est.cnesst_inquiry_notice_date)
        row("inquiry", translate("EstablishmentDialog", "CNESST notice of &inquiry mailed on"), self.inquiry)
        self.union = QLineEdit(est.union_name, self)
        row("union", translate("EstablishmentDialog", "&Union certified here"), self.union)
        self.agreement = QLineEdit(est.collective_agreement, self)
        row("agreement", translate("EstablishmentDialog", "Collecti&ve agreement"), self.agreement)
        note = QLabel(translate("EstablishmentDialog", "Leave a count or the notice empty when it is not known "
                                "(0 weeks: no notice was given). A CNESST notice of inquiry suspends prescription "
                                "for every employee of this employer."), self)
        note.setWordWrap(True)
        note.setStyleSheet(secondary_style(note))
        layout.addWidget(note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        layout.addWidget(buttons)
        unique_in(self)
        make_scrollable(self, 680, 560)

    def _message(self, key: str, err: ParseError | None) -> bool:
        """Show (or clear) the message of ``key``: the field's own label, then what is expected."""
        label = self.messages[key]
        if err is None:
            label.hide()
            self.inputs[key].setAccessibleDescription("")
            return True
        sep = " : " if self.lang == "fr" else ": "
        expected = err.message(self.lang).split(sep, 1)[-1]
        text = f"{self.labels[key]}{sep}{expected}"
        label.setText(f"⚠ {text}")
        label.show()
        self.inputs[key].setAccessibleDescription(text)  # announced by screen readers
        return False

    def _read(self, key: str, read: Any) -> tuple[bool, Any]:
        try:
            value = read()
        except ParseError as err:
            return self._message(key, err), None
        return self._message(key, None), value

    def accept(self) -> None:  # noqa: D102 - QDialog
        results = {
            "closure": self._read("closure", self.closure.value),
            "count": self._read("count", lambda: parse_count(self.count.text(), "establishment_terminations")),
            "count_drivers": self._read("count_drivers", lambda: parse_count(self.count_drivers.text(),
                                                                             "terminations_with_drivers")),
            "notice": self._read("notice", self.notice.value),
            "inquiry": self._read("inquiry", self.inquiry.value),
            "notice_date": self._read("notice_date", self.notice_date.value),
        }
        bad = [k for k, (ok, _v) in results.items() if not ok]
        if bad:
            self.inputs[bad[0]].setFocus(Qt.FocusReason.OtherFocusReason)
            return
        est = self.est
        est.code = self.code.text().strip()
        est.employer_legal_name = self.employer.text().strip()
        est.address = self.address.text().strip()
        est.jurisdiction = Jurisdiction(self.jurisdiction.currentData())
        est.closure_date = results["closure"][1]
        est.establishment_terminations = results["count"][1]
        est.terminations_with_drivers = results["count_drivers"][1]
        est.collective_notice_weeks_given = results["notice"][1]
        est.cnesst_inquiry_notice_date = results["inquiry"][1]
        est.minister_notice_date = results["notice_date"][1]
        est.client_company = self.client.text().strip()
        est.union_name = self.union.text().strip()
        est.collective_agreement = self.agreement.text().strip()
        self.result_establishment = est
        super().accept()


__all__ = ["EstablishmentDialog", "parse_count"]
