"""Run one piece of storage work on a worker thread and hear about it in the GUI thread.

Why: the automatic backup (34 s at a million cases) and "Check the database" read the whole file; on the GUI
thread they froze typing. SQLite releases Python's lock while it copies and checks pages, so a plain thread
keeps the window answering. The result, or the :class:`~clinic_app.errors.ClinicError` that says what went
wrong in the user's language, arrives through a queued Qt signal in the GUI thread. Anything else is a bug:
as in :mod:`clinic_app.ui.operations`, the worker only hands it over to the GUI thread, which first reports
``fallback(exc)`` (so the status bar stops saying "running") and then raises it again, so it reaches the
exception hook (:mod:`clinic_app.ui.errors`): logged, and a message, never a traceback, for the person.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from clinic_app.errors import ClinicError

#: the names of the threads that use the store behind the window's back (see :func:`wait_for_workers`)
WORKER_NAMES = frozenset({"automatic-backup", "check-database", "deadline-counts", "deadline-reminder",
                          "deadline-volunteers", "figures-refresh"})


def wait_for_workers(seconds: float) -> bool:
    """Wait up to ``seconds`` in all for the store's worker threads; returns whether none is left running.

    Why: closing the store while a worker still reads through it crashes the process (the connection is
    freed under the thread). When a backup of a large file is still running on quitting, the program
    leaves the store open and exits: SQLite needs no closing to stay consistent, and the unfinished copy
    (a ``.part`` file) is removed by the next backup.
    """
    import time

    deadline = time.monotonic() + seconds
    for thread in threading.enumerate():
        if thread.name in WORKER_NAMES:
            thread.join(max(0.0, deadline - time.monotonic()))
    return not any(t.name in WORKER_NAMES and t.is_alive() for t in threading.enumerate())


class BackgroundTask(QObject):
    """``start(work)`` once; ``done(result)`` or ``failed(error)`` is emitted in the GUI thread."""

    done = Signal(object)
    failed = Signal(object)
    _crashed = Signal(object)

    def __init__(self, name: str, fallback: Callable[[Exception], ClinicError], parent: QObject | None = None
                 ) -> None:
        super().__init__(parent)
        self._name = name
        self._fallback = fallback
        self._thread: threading.Thread | None = None
        self._crashed.connect(self._raise_in_gui_thread)

    def _raise_in_gui_thread(self, exc: BaseException) -> None:
        self.failed.emit(self._fallback(exc if isinstance(exc, Exception) else RuntimeError(type(exc).__name__)))
        raise exc

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def start(self, work: Callable[[], object]) -> None:
        def target() -> None:
            try:
                result = work()
            except ClinicError as exc:
                self.failed.emit(exc)
                return
            except BaseException as exc:  # noqa: BLE001 - handed to the GUI thread, which re-raises it
                self._crashed.emit(exc)
                return
            self.done.emit(result)

        self._thread = threading.Thread(target=target, name=self._name, daemon=True)
        self._thread.start()

    def wait(self, seconds: float) -> bool:
        """Wait up to ``seconds`` for the work to end (tests, closing); returns whether it ended."""
        if self._thread is not None:
            self._thread.join(seconds)
        return not self.running
