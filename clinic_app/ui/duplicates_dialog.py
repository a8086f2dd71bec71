"""Possible duplicates of a case: shown before a new case is first saved, and from the case list's check.

Why before the first save: two volunteers in the same evening may take the same worker (the person comes back
with a pay slip); a second case would send two letters. The rule (same name, accents and case ignored, and
same phone or date of birth) lives in ``domain.duplicates`` and the search in ``store.find_duplicates``; this
dialog only lists what it finds, with enough to tell people apart (number, name, phone, date of birth, site).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from clinic_app.domain.case import Case
from clinic_app.errors import ClinicError
from clinic_app.ui.fit import fit_to_screen

if TYPE_CHECKING:
    from clinic_app.storage import CaseRow, CaseStore

translate = QCoreApplication.translate


def status_label(status: Any) -> str:
    """The status as the volunteer reads it (never the stored code such as ``intake_complete``)."""
    labels = {"draft": translate("DuplicatesDialog", "Draft"),
              "intake_complete": translate("DuplicatesDialog", "Intake complete"),
              "reviewed": translate("DuplicatesDialog", "Reviewed"),
              "letter_sent": translate("DuplicatesDialog", "Letter sent"),
              "closed": translate("DuplicatesDialog", "Closed")}
    return labels.get(str(status), str(status))


class DuplicatesDialog(QDialog):
    """Lists ``store.find_duplicates(case)``; ``choice`` is "open" (``chosen_uuid``), "save" or "cancel".

    ``for_save`` adds "Save anyway" (the editor's first save); from the case list only "Open" and "Close".
    ``rows`` may be passed when the caller already searched.
    """

    def __init__(self, store: CaseStore, case: Case, parent: QWidget | None = None, *,
                 rows: list[CaseRow] | None = None,
                 for_save: bool = False) -> None:
        super().__init__(parent)
        self.store = store
        self.case = case
        self.rows = list(rows) if rows is not None else list(store.find_duplicates(case))
        self.choice = "cancel"
        self.chosen_uuid: str | None = None
        self.setWindowTitle(translate("DuplicatesDialog", "Possible duplicates"))
        layout = QVBoxLayout(self)
        name = case.display_name or translate("DuplicatesDialog", "this person")
        if self.rows and not for_save:
            text = translate("DuplicatesDialog", "Other cases that may be the same person as {0} ({1}): same name, "
                             "and the same phone or date of birth.").format(name, case.case_number or "—")
        elif self.rows:
            text = translate("DuplicatesDialog", "{0} may already have a case: same name, and the same phone or date "
                             "of birth. Open the existing case rather than creating a second one, unless it is "
                             "another person.").format(name)
        else:
            text = translate("DuplicatesDialog", "No possible duplicate found for {0}.").format(name)
        self.intro = QLabel(text, self)
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)

        headers = [translate("DuplicatesDialog", "Case number"), translate("DuplicatesDialog", "Name"),
                   translate("DuplicatesDialog", "Phone"), translate("DuplicatesDialog", "Date of birth"),
                   translate("DuplicatesDialog", "Site or company"), translate("DuplicatesDialog", "Status")]
        self.table = QTableWidget(len(self.rows), len(headers), self)
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAccessibleName(translate("DuplicatesDialog", "Possible duplicates"))
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        for r, row in enumerate(self.rows):
            phone, dob = self._details(row.uuid)
            cells = [row.case_number, row.display_name, phone, dob, row.site_or_company, status_label(row.status)]
            for c, text in enumerate(cells):
                self.table.setItem(r, c, QTableWidgetItem(text))
        if self.rows:
            self.table.selectRow(0)
        self.table.setVisible(bool(self.rows))
        self.table.doubleClicked.connect(lambda _i: self._open())
        layout.addWidget(self.table)

        buttons = QDialogButtonBox(self)
        self.open_button = QPushButton(translate("DuplicatesDialog", "&Open the existing case"), self)
        self.open_button.setEnabled(bool(self.rows))
        buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button: QPushButton | None = None
        if for_save:
            self.save_button = QPushButton(translate("DuplicatesDialog", "&Save anyway (another person)"), self)
            buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.DestructiveRole)
            self.save_button.clicked.connect(lambda: self._finish("save"))
        self.cancel_button = QPushButton(translate("DuplicatesDialog", "&Cancel") if for_save
                                         else translate("DuplicatesDialog", "&Close"), self)
        buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.open_button.clicked.connect(self._open)
        self.cancel_button.clicked.connect(lambda: self._finish("cancel"))
        layout.addWidget(buttons)
        (self.open_button if self.rows else self.cancel_button).setDefault(True)
        fit_to_screen(self, 760, 300)

    def _details(self, uuid: str) -> tuple[str, str]:
        """Phone and date of birth of a listed case (not in the list rows; a few lookups at most)."""
        try:
            other = self.store.get_case(uuid)
        except ClinicError:  # CaseNotFoundError, deleted meanwhile: show the row without the details
            return "", ""
        dob = other.person.date_of_birth.isoformat() if other.person.date_of_birth else ""
        return other.person.phone, dob

    def _open(self) -> None:
        r = self.table.currentRow()
        if 0 <= r < len(self.rows):
            self.chosen_uuid = self.rows[r].uuid
            self._finish("open")

    def _finish(self, choice: str) -> None:
        self.choice = choice
        if choice == "cancel":
            self.reject()
        else:
            self.accept()
