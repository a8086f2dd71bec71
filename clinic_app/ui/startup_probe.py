"""Start-up probe for the benchmarks: quit right after the main window is first painted.

``bench/bench_frozen.py`` measures the frozen program's cold start "to a painted main window" by timing
the whole process with ``CLINIC_APP_EXIT_AFTER_PAINT=1``. Without that variable :func:`install` does
nothing, so the probe costs one environment lookup in normal use.

The GUI's start-up code calls ``install(app)`` once, right after creating the ``QApplication``
(``clinic_app/ui/app.py``). It watches paint events application-wide, so it needs no reference to the main
window and works whichever window class the GUI uses; only a :class:`QMainWindow` counts, so a splash or
passphrase dialog painted first does not end the measurement early.
"""

from __future__ import annotations

import os
import sys
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

ENV_VAR = "CLINIC_APP_EXIT_AFTER_PAINT"
_STARTED = time.perf_counter()


class _ExitAfterFirstPaint(QObject):
    """Application-wide event filter: on the first paint of a main window, schedule ``quit``."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self._app = app
        self._done = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if not self._done and event.type() == QEvent.Type.Paint and isinstance(watched, QMainWindow):
            self._done = True
            cpu = time.process_time()
            print(f"startup-probe: main window painted {time.perf_counter() - _STARTED:.3f} s after the "
                  f"probe was imported; process CPU {cpu:.3f} s; {_what_is_shown(watched)}", file=sys.stderr,
                  flush=True)
            # Let this paint finish and reach the screen (backing store flush) before quitting.
            QTimer.singleShot(0, self._app.quit)
        return False


def _what_is_shown(window: QObject) -> str:
    """How many rows the window's list holds at that paint, and whether SQLAlchemy was imported before it (the
    start-up paints the list's first page without it: ``tests/ui/test_ui_start_first_page.py``)."""
    from PySide6.QtWidgets import QTableView

    table = window.findChild(QTableView)
    model = table.model() if table is not None else None
    rows = model.rowCount() if model is not None else 0
    return f"list rows {rows}; sqlalchemy {'imported' if 'sqlalchemy' in sys.modules else 'not imported'}"


def enabled() -> bool:
    return os.environ.get(ENV_VAR, "") not in ("", "0")


def install(app: QApplication) -> bool:
    """Install the probe if ``CLINIC_APP_EXIT_AFTER_PAINT`` is set; return whether it was installed."""
    if not enabled():
        return False
    app.installEventFilter(_ExitAfterFirstPaint(app))
    return True
