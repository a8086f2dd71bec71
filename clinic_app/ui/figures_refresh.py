"""Recompute stale stored figures on a worker thread, in small batches, while the window is used.

Why: the list, the Sites tab and the deadline dashboard read the figures stored with each case instead of
running the engine (a site of 5,000 cases opens in milliseconds). After an update of the engine or the law
tables every case's figures are stale, and after an edit of a site's facts all of that site's are; until they
are recomputed those views show them as "updating", never the old number. This worker recomputes them through
:meth:`~clinic_app.storage.CaseStore.refresh_stale_figures`: :data:`BATCH` cases per write transaction (each
on its own pooled connection, begun ``IMMEDIATE``), then a pause, so a volunteer's save waits at most for
one short batch. Progress arrives in the GUI thread as ``progress(done, total)``; ``finished()`` when nothing
is stale any more (or the work stopped). The thread is a :class:`~clinic_app.ui.background.BackgroundTask`: a
:class:`~clinic_app.errors.ClinicError` (the file is read-only, the disk is full) ends the run with
``failed(error)`` (the figures stay marked updating and the next start tries again); anything else is a bug,
raised again in the GUI thread.
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from clinic_app.errors import ClinicError
from clinic_app.ui.background import BackgroundTask

if TYPE_CHECKING:
    from clinic_app.storage import CaseStore

#: the worker thread's name (listed in :data:`clinic_app.ui.background.WORKER_NAMES`)
THREAD_NAME = "figures-refresh"
#: cases per write transaction: about a tenth of a second of engine time here
BATCH = 100
#: seconds between two batches, for the GUI thread (and the volunteer's saves) to go first
PAUSE = 0.02
#: seconds to wait before trying again when another program holds the write lock
BUSY_RETRY = 2.0


class FiguresRefresher(QObject):
    """``kick()`` after anything that makes figures stale; ``stop()`` before the store is closed."""

    progress = Signal(int, int)
    finished = Signal()
    failed = Signal(object)

    def __init__(self, store: CaseStore, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._task: BackgroundTask | None = None
        self._stop = threading.Event()
        self._again = threading.Event()

    @property
    def store(self) -> CaseStore:
        return self._store

    @property
    def running(self) -> bool:
        return self._task is not None and self._task.running

    def kick(self) -> None:
        """Start recomputing stale figures, or, when already running, look for new stale ones afterwards."""
        if self.running:
            self._again.set()
            return
        self._start()

    def _start(self) -> None:
        from clinic_app.storage import StorageError

        self._stop.clear()
        self._again.clear()
        # the worker runner of the backup: a ClinicError arrives as ``failed``, anything else is raised again in
        # the GUI thread (after ``failed``, so the status bar stops counting)
        task = self._task = BackgroundTask(THREAD_NAME, lambda exc: StorageError(
            "io_error", path=self._store.url, detail=type(exc).__name__), self)
        task.done.connect(self._done)
        task.failed.connect(self._failed)
        task.start(self._refresh)

    def _done(self, _result: object) -> None:
        if self._again.is_set() and not self._stop.is_set():
            self._start()  # kicked after the worker's last look: look again
            return
        self.finished.emit()

    def _failed(self, error: object) -> None:
        self.failed.emit(error)
        self.finished.emit()

    def stop(self, timeout: float = 10.0) -> bool:
        """Stop after the batch under way (it commits or rolls back whole); returns whether the thread ended."""
        self._stop.set()
        return self.wait(timeout)

    def wait(self, timeout: float) -> bool:
        """Wait for the run to end (tests, closing); returns whether it ended."""
        return self._task is None or self._task.wait(timeout)

    def _refresh(self) -> int:
        """The worker thread's loop; returns how many cases it recomputed."""
        store = self._store
        # at every start: three index seeks when nothing is stale, not a count walking an index of every case
        total = store.stale_figures() if store.has_stale_figures() else 0
        done = 0
        if total:
            self.progress.emit(0, total)
        while not self._stop.is_set():
            try:
                n = store.refresh_stale_figures(batch=BATCH, limit=BATCH)
            except ClinicError as exc:
                if exc.code != "busy":
                    raise
                self._stop.wait(BUSY_RETRY)  # another program writes: try again shortly
                continue
            if n == 0:
                if not self._again.is_set():
                    break
                self._again.clear()
                total = done + store.stale_figures()
                continue
            done += n
            self.progress.emit(done, max(total, done))
            self._stop.wait(PAUSE)
        return done
