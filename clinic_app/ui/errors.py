"""Exception hook for the GUI: a bug shows a friendly dialog, never a traceback.

``install_exception_hook`` replaces ``sys.excepthook`` (uncaught exceptions in Qt slots end up there under
PySide6) and installs a Qt message handler that routes Qt warnings to the ``clinic_app`` logger instead of
stderr. The traceback goes to the crash log through ``clinic_app.logs.log_exception`` (frames only: no locals, no
exception message, because either may quote case data); the dialog only says where the log file is.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from clinic_app.logs import log, log_exception

# Tests replace this to avoid a modal dialog; it receives (parent, title, text).
Show = Callable[[QWidget | None, str, str], None]


def _show_dialog(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.critical(parent, title, text)


def friendly_text(log_path: Path) -> str:
    """The message shown to the volunteer (translated through the ErrorHook context)."""
    first = QCoreApplication.translate(
        "ErrorHook", "Something went wrong in the program. Your saved cases are not affected."
    )
    second = QCoreApplication.translate("ErrorHook", "Details were written to the log file {path}.").format(
        path=log_path
    )
    return f"{first}\n\n{second}"


def handle_exception(
    exc_type: type[BaseException],
    exc: BaseException,
    tb: TracebackType | None,
    *,
    show: Show = _show_dialog,
) -> Path:
    """Log ``exc`` and show the friendly dialog; returns the log path."""
    if exc.__traceback__ is None and tb is not None:
        exc = exc.with_traceback(tb)
    path = log_exception(exc)
    if QApplication.instance() is not None:
        show(QApplication.activeWindow(), QCoreApplication.translate("ErrorHook", "Unexpected error"),
             friendly_text(path))
    return path


def _qt_message(mode: QtMsgType, context: object, message: str) -> None:
    # Qt messages may contain file paths but not case data; keep them out of the volunteer's terminal.
    level = {QtMsgType.QtFatalMsg: 50, QtMsgType.QtCriticalMsg: 40, QtMsgType.QtWarningMsg: 30}.get(mode, 10)
    log.log(level, "qt: %s", message)


def install_exception_hook(show: Show = _show_dialog) -> None:
    """Install the excepthook and the Qt message handler for the life of the process."""

    def hook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        handle_exception(exc_type, exc, tb, show=show)

    sys.excepthook = hook
    qInstallMessageHandler(_qt_message)
