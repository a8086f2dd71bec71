"""The first open after an upgrade migrates the database: a modal window says what is being done meanwhile.

Why: building the search index took 35 s at 100,000 cases (minutes at a million), and the program showed
nothing at all before its window: people kill a program that seems hung. The store opens on a worker thread
(:class:`~clinic_app.ui.background.BackgroundTask`) while this window says which step is running ("Updating the
database: building the search index…"). It cannot be cancelled: the migration runs in one transaction, so a
kill leaves the file as it was (and its backup is made first), but stopping half-way would only make the next
start do it all again. The window shows up only when a migration starts; an ordinary open never sees it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QEventLoop, QObject, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import QDialog, QLabel, QProgressBar, QVBoxLayout, QWidget

from clinic_app.errors import ClinicError

T = TypeVar("T")


class MigrationProgress(QDialog):
    """Modal, busy bar, the step in words; closing it (Esc, the title bar's cross) is refused while it runs."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Clinic Intake — updating the database"))
        self.setModal(True)
        self.setWindowFlag(Qt.WindowType.WindowCloseButtonHint, False)
        layout = QVBoxLayout(self)
        self.step = QLabel()
        self.step.setWordWrap(True)
        layout.addWidget(self.step)
        bar = QProgressBar()
        bar.setRange(0, 0)  # busy: a step's length is not known in advance
        bar.setAccessibleName(self.tr("Updating the database"))
        layout.addWidget(bar)
        note = QLabel(self.tr("This happens once after installing a new version and may take several minutes "
                              "on a large database. Do not turn the computer off; the cases are safe."))
        note.setWordWrap(True)
        layout.addWidget(note)
        self.setMinimumWidth(460)
        self._running = True
        self.show_step("backup")

    def show_step(self, step: str) -> None:
        self.step.setText(self.step_text(step))
        self.step.setAccessibleName(self.step.text())

    def step_text(self, step: str) -> str:
        """What a step does, in words (steps are the store's progress codes: "backup" or a revision id)."""
        texts = {
            "backup": self.tr("Updating the database: making a backup copy first…"),
            "0003": self.tr("Updating the database: building the list's indexes…"),
            "0008_search_index": self.tr("Updating the database: building the search index…"),
            "0009_figures_version": self.tr("Updating the database: storing the figures of each case…"),
            "0010_cases_table": self.tr("Updating the database: renaming the cases table…"),
            "0012_site_figures": self.tr("Updating the database: adding the sites' and deadlines' figures…"),
            "0013_summary_index": self.tr("Updating the database: building the summary's index…"),
            "0014_deadline_roles": self.tr("Updating the database: indexing the deadlines for the dashboard…"),
        }
        return texts.get(step, self.tr("Updating the database: updating its tables…"))

    def finish(self) -> None:
        self._running = False
        self.accept()

    def reject(self) -> None:  # Esc
        if not self._running:
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        if self._running:
            event.ignore()
        else:
            super().closeEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        if self._running and event.key() == Qt.Key.Key_Escape:
            return
        super().keyPressEvent(event)


class _Steps(QObject):
    """Carries the store's progress calls from the worker thread to the GUI thread (a queued signal)."""

    step = Signal(str)


def open_with_progress(open_store: Callable[[Callable[[str], None]], T], parent: QWidget | None = None) -> T:
    """Run ``open_store(progress)`` on a worker thread; if it migrates (``progress`` is called), show
    :class:`MigrationProgress` until it is done. Returns the store, or raises the ClinicError it raised."""
    from clinic_app.storage import StorageError
    from clinic_app.ui.background import BackgroundTask

    steps = _Steps()
    loop = QEventLoop()
    outcome: dict[str, object] = {}
    window: list[MigrationProgress] = []

    def on_step(step: str) -> None:
        if not window:
            window.append(MigrationProgress(parent))
            window[0].show()
        window[0].show_step(step)

    def finished(key: str, value: object) -> None:
        outcome[key] = value
        loop.quit()

    steps.step.connect(on_step)
    task = BackgroundTask("migration", lambda exc: StorageError("migration_failed", backup="-"))
    task.done.connect(lambda value: finished("store", value))
    task.failed.connect(lambda error: finished("error", error))
    task.start(lambda: open_store(steps.step.emit))
    loop.exec()  # the outcome arrives as a queued signal: never before this loop runs
    if window:
        window[0].finish()
        window[0].deleteLater()
    error = outcome.get("error")
    if isinstance(error, ClinicError):
        raise error
    if "store" not in outcome:  # a bug in the worker: already raised in the GUI thread (exception hook)
        raise StorageError("migration_failed", backup="-")
    return outcome["store"]  # type: ignore[return-value]
