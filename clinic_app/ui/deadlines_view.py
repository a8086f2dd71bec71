"""The deadline dashboard tab: every case by days left to its next deadline, and the calendar export.

Why it only displays: the rows come from :func:`clinic_app.services.deadlines.deadline_board` (the same the
``clinic-app deadlines`` command prints), read from the deadlines stored with each case; the cases whose
figures are being recomputed in the background are left out and counted ("updating"). A passed deadline is
said in words ("passed 313 days ago") with what may still save the claim, never by colour alone. Case numbers
only: a double click opens the case.
"""

from __future__ import annotations

import datetime as dt
import threading

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from clinic_app.domain.deadlines import REMINDER_DAYS, DeadlineRow
from clinic_app.storage import CaseStore

ALL = ""


class DeadlinesView(QWidget):
    """The dashboard; ``openCaseRequested(uuid)`` asks the main window to open a case."""

    openCaseRequested = Signal(str)

    def __init__(self, store: CaseStore, ui_lang: str, *, today: dt.date | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.lang = "en" if ui_lang.startswith("en") else "fr"
        self.today = today
        self.rows: list[DeadlineRow] = []
        self._all_rows: list[DeadlineRow] = []
        # cases left out of the last read because their figures were being recomputed
        self.updating = 0

        layout = QVBoxLayout(self)
        filters = QHBoxLayout()
        self.site = QComboBox(self)
        self.site.setAccessibleName(self.tr("Site or company"))
        self.volunteer = QComboBox(self)
        self.volunteer.setAccessibleName(self.tr("Volunteer"))
        self.within = QSpinBox(self)
        self.within.setRange(0, 3650)
        self.within.setSpecialValueText(self.tr("all"))
        self.within.setValue(0)
        self.within.setAccessibleName(self.tr("Only deadlines within this many days"))
        site_label = QLabel(self.tr("&Site:"), self)
        site_label.setBuddy(self.site)
        volunteer_label = QLabel(self.tr("&Volunteer:"), self)
        volunteer_label.setBuddy(self.volunteer)
        within_label = QLabel(self.tr("&Within (days):"), self)
        within_label.setBuddy(self.within)
        for widget in (site_label, self.site, volunteer_label, self.volunteer, within_label, self.within):
            filters.addWidget(widget)
        filters.addStretch(1)
        self.refresh_button = QPushButton(self.tr("&Refresh"), self)
        self.refresh_button.clicked.connect(self.refresh)
        filters.addWidget(self.refresh_button)
        layout.addLayout(filters)

        self.count_label = QLabel(self)
        layout.addWidget(self.count_label)
        headers = [self.tr("Days left"), self.tr("Date"), self.tr("Case"), self.tr("Site or company"),
                   self.tr("Deadline"), self.tr("What may still save it")]
        self.table = QTableWidget(0, len(headers), self)
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        for col in range(4):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        self.table.setAccessibleName(self.tr("Deadlines"))
        self.table.cellActivated.connect(self._activated)
        self.table.cellDoubleClicked.connect(self._activated)
        layout.addWidget(self.table, 1)

        export = QHBoxLayout()
        self.with_names = QCheckBox(self.tr("Put the person's &name in each event (off: case numbers only)"), self)
        self.export_button = QPushButton(self.tr("&Export the next 90 days to a calendar (.ics)…"), self)
        self.export_button.clicked.connect(self.export_calendar)
        export.addStretch(1)
        export.addWidget(self.export_button)
        layout.addWidget(self.with_names)  # on its own line: side by side they widened the window past 853 px
        layout.addLayout(export)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        layout.addWidget(self.message)

        self.site.currentIndexChanged.connect(self._filter)
        self.volunteer.currentIndexChanged.connect(self._filter)
        self.within.valueChanged.connect(self._filter)

    def day(self) -> dt.date:
        return self.today or dt.date.today()

    def refresh(self) -> bool:
        """Read every live case (cancellable, off the GUI thread) and show the dashboard; False if cancelled."""
        from clinic_app.services import deadlines
        from clinic_app.ui.operations import run_operation

        day = self.day()
        outcome = run_operation(
            self, lambda progress, cancel: deadlines.deadline_board(self.store, day, refresh=False, progress=progress,
                                                                    cancel=cancel),
            lang=self.lang, label=self.tr("Reading the deadlines…"), title=self.tr("Deadlines"), thread=True)
        if outcome.value is None:
            return False
        self.show_rows(outcome.value.rows, updating=outcome.value.updating)
        return True

    def show_rows(self, rows: list[DeadlineRow], *, updating: int = 0) -> None:
        self._all_rows = rows
        self.updating = updating
        for combo, values in ((self.site, sorted({r.case.site for r in rows})),
                              (self.volunteer, sorted({r.case.volunteer for r in rows}))):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("All"), ALL)
            for value in values:
                combo.addItem(value or self.tr("(none)"), value)
            combo.setCurrentIndex(max(combo.findData(current), 0))
            combo.blockSignals(False)
        self._filter()

    def _filter(self) -> None:
        site, volunteer, within = self.site.currentData(), self.volunteer.currentData(), self.within.value()
        rows = [r for r in self._all_rows
                if (site in (ALL, None) or r.case.site == site)
                and (volunteer in (ALL, None) or r.case.volunteer == volunteer)
                and (within == 0 or 0 <= r.days_left <= within)]
        self.rows = rows
        self.table.setRowCount(len(rows))
        lang = self.lang
        for i, row in enumerate(rows):
            texts = [row.status(lang), row.date.isoformat(), row.case.case_number, row.case.site, row.label(lang),
                     row.what_may_save(lang) if row.passed else ""]
            for col, text in enumerate(texts):
                item = QTableWidgetItem(text)
                if col == 0:
                    item.setData(Qt.ItemDataRole.UserRole, row.case.uuid)
                    if row.passed:  # said in words; the bold only repeats it
                        font = item.font()
                        font.setBold(True)
                        item.setFont(font)
                self.table.setItem(i, col, item)
        self.table.resizeRowsToContents()
        passed = sum(r.passed for r in rows)
        text = self.tr("{0} case(s); {1} with every statutory deadline passed.").format(len(rows), passed)
        if self.updating:
            text += " " + self.tr("%n more case(s) not listed yet: their figures are updating (Refresh in a "
                                  "moment).", "", self.updating)
        self.count_label.setText(text)

    def _activated(self, row: int, _column: int) -> None:
        if 0 <= row < len(self.rows):
            self.openCaseRequested.emit(self.rows[row].case.uuid)

    def export_calendar(self) -> None:
        from clinic_app.services import deadlines
        from clinic_app.ui.operations import run_operation, show_message

        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export the deadlines"), "deadlines.ics",
                                              self.tr("Calendar (*.ics)"))
        if not path:
            return
        site = self.site.currentData() or None
        outcome = run_operation(
            self, lambda _p, _c: deadlines.write_calendar(self.store, path, self.lang, as_of=self.day(),
                                                          within_days=90, with_names=self.with_names.isChecked(),
                                                          site=site),
            lang=self.lang, where=self.message)
        if outcome.value is not None:
            show_message(self.message, self.tr("{0} deadline(s) written to {1}.").format(outcome.value, path))


class ReminderCheck(QObject):
    """Counts, off the GUI thread, the cases whose next deadline is within 14 days (the start-up banner).

    Counted in SQL from the stored deadlines of those 14 days (:func:`~clinic_app.services.deadlines.
    reminder_count`): the cost does not grow with the number of cases, so no file is too large for it.
    ``found(count)`` is emitted in the GUI thread when done, unless cancelled; a failure is silent (the
    dashboard says more).
    """

    found = Signal(int)

    def start(self, store: CaseStore, today: dt.date) -> None:
        from clinic_app.errors import ClinicError
        from clinic_app.services import deadlines
        from clinic_app.services.progress import CancelToken

        self._cancel = CancelToken()
        cancel = self._cancel

        def work() -> None:
            if cancel.cancelled:
                return
            try:
                count = deadlines.reminder_count(store, today, REMINDER_DAYS)
            except ClinicError:
                return
            if not cancel.cancelled:
                self.found.emit(count)

        self._thread = threading.Thread(target=work, name="deadline-reminder", daemon=True)
        self._thread.start()

    def stop(self, timeout: float = 10.0) -> None:
        """Cancel the count and wait for it: the window may close (and the store with it) a second after
        opening, while the thread still reads; a read on a closed SQLCipher connection crashed the process."""
        cancel = getattr(self, "_cancel", None)
        thread = getattr(self, "_thread", None)
        if cancel is not None:
            cancel.cancel()
        if thread is not None:
            thread.join(timeout)
