"""The one way the GUI runs a use case and shows its error.

Why one helper: every dialog used to repeat the same try/except, found messages with ``getattr(exc,
"message")`` and drove its own progress dialog. :func:`run_operation` runs a service call, on a worker thread
when it is long (the window keeps painting and the Cancel button answers), with a progress dialog that can
cancel it, and shows a :class:`~clinic_app.errors.ClinicError` in one standard way (:func:`show_error`): in the
dialog's own message label when it has one (what was typed stays in view), else in a message box. Anything
that is not a ``ClinicError`` is a bug: it is re-raised in the GUI thread and reaches the exception hook
(:mod:`clinic_app.ui.errors`), the only place the GUI catches ``Exception``.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Generic, TypeVar

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QProgressDialog, QWidget

from clinic_app.errors import ClinicError
from clinic_app.services.progress import CancelToken, Progress

T = TypeVar("T")

# A use case as the runner calls it: with a progress callback and a cancel token.
Work = Callable[[Progress, CancelToken], T]


def show_message(label: QLabel, text: str, *, error: bool = False) -> None:
    """Show an outcome in the dialog itself, errors in red and bold.

    Why not a message box: the dialog stays as the person filled it (nothing typed is lost), the message
    stays visible next to the fields it is about, and a second modal window over a progress dialog is
    easy to miss or to close by reflex.
    """
    label.setProperty("error", error)
    label.setStyleSheet("color: #b00020; font-weight: bold;" if error else "")
    label.setText(text)


def show_error(parent: QWidget | None, err: ClinicError, lang: str, *, where: QLabel | None = None,
               title: str | None = None) -> None:
    """Show ``err`` in the user's language: in ``where`` when given, else in a warning box over ``parent``."""
    text = err.message(lang)
    if where is not None:
        show_message(where, text, error=True)
        return
    QMessageBox.warning(parent, title or QCoreApplication.translate("Operations", "Clinic Intake"), text)


def is_cancelled(err: ClinicError) -> bool:
    """The person cancelled (the services' ``Cancelled`` or the export layer's ``ExportCancelled``)."""
    return err.code == "cancelled"


@dataclass
class Outcome(Generic[T]):
    """What :func:`run_operation` gives back: the value, or the error already shown, or a cancellation."""

    value: T | None = None
    error: ClinicError | None = None
    cancelled: bool = False

    @property
    def ok(self) -> bool:
        return self.error is None and not self.cancelled


class _ProgressShown:
    """A modal, cancellable progress dialog; ``update`` is only ever called in the GUI thread."""

    def __init__(self, parent: QWidget | None, label: str, title: str, token: CancelToken) -> None:
        self.token = token
        self.dialog = QProgressDialog(label, QCoreApplication.translate("ChunkProgress", "Cancel"), 0, 0, parent)
        if title:
            self.dialog.setWindowTitle(title)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(300)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.setValue(0)

    def update(self, done: int, total: int) -> None:
        if total > 0 and total != self.dialog.maximum():
            self.dialog.setMaximum(total)
        self.dialog.setValue(min(done, self.dialog.maximum()) if total > 0 else 0)
        if self.dialog.wasCanceled():
            self.token.cancel()

    def close(self) -> None:
        self.dialog.close()
        self.dialog.deleteLater()


def run_operation(parent: QWidget | None, work: Work[T], *, lang: str, label: str = "", title: str = "",
                  thread: bool = False, where: QLabel | None = None, show_errors: bool = True) -> Outcome[T]:
    """Run ``work(progress, cancel)``; return its value, or the ``ClinicError`` it raised (already shown).

    ``label`` shows a cancellable progress dialog (none without it: a short operation, with a wait cursor).
    ``thread`` runs the work on a worker thread while the GUI thread waits in an event loop (for work that
    does not touch widgets: services only); the window keeps painting, and a modal progress dialog (always
    shown then, "Please wait…" without a label) keeps the person from starting the same work twice meanwhile.
    Otherwise the work runs here and the progress callback keeps the window painting. A cancellation gives
    ``Outcome(cancelled=True)`` and shows nothing.
    """
    if thread and not label:
        label = QCoreApplication.translate("Operations", "Please wait…")
    token = CancelToken()
    shown = _ProgressShown(parent, label, title, token) if label else None
    if shown is None:
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        value = _run_in_thread(work, token, shown) if thread else _run_here(work, token, shown)
    except ClinicError as err:
        if is_cancelled(err):
            return Outcome(cancelled=True)
        if show_errors:
            show_error(parent, err, lang, where=where)
        return Outcome(error=err)
    finally:
        if shown is not None:
            shown.close()
        else:
            QGuiApplication.restoreOverrideCursor()
    return Outcome(value=value, cancelled=token.cancelled)


def _run_here(work: Work[T], token: CancelToken, shown: _ProgressShown | None) -> T:
    def progress(done: int, total: int) -> None:
        if shown is not None:
            shown.update(done, total)
            QApplication.processEvents()

    return work(progress, token)


def _run_in_thread(work: Work[T], token: CancelToken, shown: _ProgressShown | None) -> T:
    state = [0, 0]  # done, total
    lock = threading.Lock()
    results: list[T] = []
    errors: list[BaseException] = []

    def progress(done: int, total: int) -> None:  # worker thread: no Qt call here
        with lock:
            state[0], state[1] = done, total

    def target() -> None:
        try:
            results.append(work(progress, token))
        except BaseException as exc:  # noqa: BLE001 - handed to the GUI thread, which re-raises it
            errors.append(exc)

    worker = threading.Thread(target=target, name="clinic-operation", daemon=True)
    loop = QEventLoop()
    timer = QTimer()
    timer.setInterval(50)

    def tick() -> None:
        if shown is not None:
            with lock:
                done, total = state
            shown.update(done, total)
        if not worker.is_alive():
            loop.quit()

    timer.timeout.connect(tick)
    worker.start()
    timer.start()
    if worker.is_alive():
        loop.exec()
    timer.stop()
    worker.join()
    if errors:
        raise errors[0]
    return results[0]
