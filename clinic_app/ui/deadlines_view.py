"""The deadline dashboard tab: every case by days left to its next deadline, and the calendar export.

Why it only displays: the rows come from :func:`clinic_app.services.deadlines.deadline_page` (the first page
of what the ``clinic-app deadlines`` command prints in full, then the next on demand), read from the deadlines
stored with each case; the cases whose
figures are being recomputed in the background are left out and counted ("updating"). A passed deadline is
said in words ("passed 313 days ago") with what may still save the claim, never by colour alone. Case numbers
only: a double click opens the case.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import threading

from PySide6.QtCore import QObject, Qt, QTimer, Signal
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
from clinic_app.services.deadlines import BoardCounts, BoardPage
from clinic_app.storage import CaseStore

ALL = ""


class _Volunteers(QObject):
    """Reads the volunteers for the filter off the GUI thread (a DISTINCT over every live case's index entry:
    it grows with the file, so the first page never waits for it)."""

    found = Signal(list)

    def start(self, store: CaseStore) -> None:
        from clinic_app.errors import ClinicError

        def work() -> None:
            try:
                names = store.dashboard_volunteers()
            except ClinicError:
                return
            with contextlib.suppress(RuntimeError):  # the view was closed meanwhile
                self.found.emit(names)

        self._thread = threading.Thread(target=work, name="deadline-volunteers", daemon=True)
        self._thread.start()

    def stop(self, timeout: float = 10.0) -> None:
        thread = getattr(self, "_thread", None)
        if thread is not None:
            thread.join(timeout)


class _Counts(QObject):
    """Counts the whole board off the GUI thread, after its first page is shown: ``found(generation,
    counts)``; a generation older than the view's (a filter changed meanwhile) is ignored."""

    found = Signal(int, object)

    def start(self, store: CaseStore, generation: int, day: dt.date, filters: dict[str, object]) -> None:
        from clinic_app.errors import ClinicError
        from clinic_app.services import deadlines

        def work() -> None:
            try:
                counts = deadlines.board_counts(store, day, **filters)  # type: ignore[arg-type]
            except ClinicError:
                return
            with contextlib.suppress(RuntimeError):  # the view was closed meanwhile
                self.found.emit(generation, counts)

        self._thread = threading.Thread(target=work, name="deadline-counts", daemon=True)
        self._thread.start()


class DeadlinesView(QWidget):
    """The dashboard; ``openCaseRequested(uuid)`` asks the main window to open a case.

    Shows the first page of the board (the :data:`~clinic_app.services.deadlines.PAGE_SIZE` most urgent
    cases), says how many there are in all (counted in SQL) and fetches the next page on demand: the cost of
    opening it, or of changing a filter, does not grow with the file."""

    openCaseRequested = Signal(str)

    def __init__(self, store: CaseStore, ui_lang: str, *, today: dt.date | None = None,
                 parent: QWidget | None = None) -> None:
        from clinic_app.services.deadlines import PAGE_SIZE

        super().__init__(parent)
        self.store = store
        self.lang = "en" if ui_lang.startswith("en") else "fr"
        self.today = today
        self.page_size = PAGE_SIZE
        self.rows: list[DeadlineRow] = []
        # where the next page starts; the board's counts once known (read after the first page is shown)
        self.page: BoardPage | None = None
        self.counts: BoardCounts | None = None
        self._generation = 0
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
        self.count_label.setWordWrap(True)
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

        more = QHBoxLayout()
        self.more_button = QPushButton(self)
        self.more_button.clicked.connect(self.show_more)
        self.more_button.hide()
        more.addWidget(self.more_button)
        more.addStretch(1)
        layout.addLayout(more)

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

        self._fill_sites()
        self.volunteer.addItem(self.tr("All"), ALL)
        self._volunteers = _Volunteers(self)
        self._volunteers.found.connect(self._fill_volunteers)
        self._volunteers.start(store)
        self._counter = _Counts(self)
        self._counter.found.connect(self._counted)
        # a filter asks the database again (the first page of that filter); the number of days waits for the
        # typing to pause
        self._within_timer = QTimer(self)
        self._within_timer.setSingleShot(True)
        self._within_timer.setInterval(400)
        self._within_timer.timeout.connect(self.refresh)
        self.site.currentIndexChanged.connect(self.refresh)
        self.volunteer.currentIndexChanged.connect(self.refresh)
        self.within.valueChanged.connect(self._within_timer.start)

    def day(self) -> dt.date:
        return self.today or dt.date.today()

    def _filters(self) -> dict[str, object]:
        within = self.within.value()
        return {"site": self.site.currentData() or None, "volunteer": self.volunteer.currentData() or None,
                "within_days": within or None}

    def _fill_sites(self) -> None:
        """The sites from the sites table and a loose scan of the case list's site index (bounded)."""
        current = self.site.currentData()
        self.site.blockSignals(True)
        self.site.clear()
        self.site.addItem(self.tr("All"), ALL)
        for value in self.store.site_choices():
            self.site.addItem(value, value)
        self.site.setCurrentIndex(max(self.site.findData(current), 0))
        self.site.blockSignals(False)

    def _fill_volunteers(self, names: list[str]) -> None:
        current = self.volunteer.currentData()
        self.volunteer.blockSignals(True)
        self.volunteer.clear()
        self.volunteer.addItem(self.tr("All"), ALL)
        for value in names:
            self.volunteer.addItem(value or self.tr("(none)"), value)
        self.volunteer.setCurrentIndex(max(self.volunteer.findData(current), 0))
        self.volunteer.blockSignals(False)

    def refresh(self) -> bool:
        """Read the first page of the board with the filters chosen (off the GUI thread, cancellable) and show
        it; False if cancelled."""
        from clinic_app.services import deadlines
        from clinic_app.ui.operations import run_operation

        self._within_timer.stop()
        day, filters, size = self.day(), self._filters(), self.page_size
        outcome = run_operation(
            self, lambda _progress, cancel: deadlines.deadline_page(self.store, day, size=size, cancel=cancel,
                                                                    counts=False,
                                                                    **filters),  # type: ignore[arg-type]
            lang=self.lang, label=self.tr("Reading the deadlines…"), title=self.tr("Deadlines"), thread=True)
        if outcome.value is None:
            return False
        self.page = outcome.value
        self._generation += 1
        self.counts = None
        if outcome.value.next is not None:  # more than a page: the counts come from SQL, after
            self._counter.start(self.store, self._generation, day, filters)
        self.updating = outcome.value.updating
        self.rows = []
        self.table.setRowCount(0)
        self._append(outcome.value)
        return True

    def show_more(self) -> bool:
        """Fetch the next page (after the last row shown) and add it under the rows shown; False if cancelled
        or there is none."""
        from clinic_app.services import deadlines
        from clinic_app.ui.operations import run_operation

        if self.page is None or self.page.next is None:
            return False
        day, filters, size, after = self.day(), self._filters(), self.page_size, self.page.next
        outcome = run_operation(
            self, lambda _progress, cancel: deadlines.deadline_page(
                self.store, day, size=size, after=after, counts=False, cancel=cancel,
                **filters),  # type: ignore[arg-type]
            lang=self.lang, label=self.tr("Reading the deadlines…"), title=self.tr("Deadlines"), thread=True)
        if outcome.value is None:
            return False
        self.page = dataclasses.replace(self.page, next=outcome.value.next)
        self._append(outcome.value)
        return True

    def _append(self, page: BoardPage) -> None:
        start = len(self.rows)
        self.rows.extend(page.rows)
        self.table.setRowCount(len(self.rows))
        lang = self.lang
        for i, row in enumerate(page.rows, start=start):
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
        self._say_counts()

    def _counted(self, generation: int, counts: BoardCounts) -> None:
        if generation == self._generation:
            self.counts = counts
            self._say_counts()

    def _say_counts(self) -> None:
        page = self.page
        assert page is not None
        shown = len(self.rows)
        counts = self.counts
        passed: int | None = None
        if page.next is None:  # every row is shown: counted here
            text = self.tr("%n case(s).", "", shown)
            passed = sum(r.passed for r in self.rows)
        elif counts is None:
            text = self.tr("Showing the first %n case(s), the most urgent first (counting the others…).", "",
                           shown)
        elif counts.total_capped:
            text = self.tr("Showing the first %n case(s) of more than {0}, the most urgent first.", "",
                           shown).format(counts.cap)
        else:
            text = self.tr("Showing the first %n case(s) of {0}, the most urgent first.", "", shown).format(
                counts.total)
            passed = counts.passed
        if passed is not None and self.within.value() == 0:
            text += " " + self.tr("%n with every statutory deadline passed.", "", passed)
        if self.updating:
            text += " " + self.tr("%n more case(s) not listed yet: their figures are updating (Refresh in a "
                                  "moment).", "", self.updating)
        self.count_label.setText(text)
        if page.next is not None:
            self.more_button.setText(self.tr("Show the next %n", "", self.page_size))
            self.more_button.show()
        else:
            self.more_button.hide()

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
            lang=self.lang, where=self.message, thread=True, label=self.tr("Writing the calendar…"),
            title=self.tr("Deadlines"))
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
