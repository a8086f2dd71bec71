"""The GUI's one operation runner (clinic_app.ui.operations): worker thread, progress, cancel, one way to show
an error; real widgets, real threads."""

from __future__ import annotations

import threading
import time
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QMessageBox, QProgressDialog, QWidget

from clinic_app.errors import Cancelled
from clinic_app.services.errors import ServiceError
from clinic_app.services.progress import CancelToken, Progress
from clinic_app.ui.operations import run_operation


@pytest.fixture
def parent(qtbot: Any) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_threaded_work_runs_off_the_gui_thread_and_returns_its_value(parent: QWidget) -> None:
    where: list[bool] = []

    def work(progress: Progress, cancel: CancelToken) -> int:
        where.append(threading.current_thread() is threading.main_thread())
        for i in range(3):
            progress(i, 3)
            time.sleep(0.02)
        return 42

    outcome = run_operation(parent, work, lang="en", label="Working…", thread=True)
    assert outcome.ok and outcome.value == 42 and where == [False]
    assert not [d for d in parent.findChildren(QProgressDialog) if d.isVisible()]


def test_a_clinic_error_is_shown_in_the_dialogs_label_in_the_users_language(parent: QWidget) -> None:
    label = QLabel(parent)

    def work(progress: Progress, cancel: CancelToken) -> None:
        raise ServiceError("no_such_case", wanted="K-1")

    outcome = run_operation(parent, work, lang="fr", thread=True, where=label)
    assert outcome.error is not None and outcome.value is None and not outcome.ok
    assert label.text() == "aucun dossier K-1" and label.property("error")


def test_without_a_label_the_error_goes_to_one_message_box(parent: QWidget,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: shown.append(text))
    run_operation(parent, lambda p, c: (_ for _ in ()).throw(ServiceError("no_such_case", wanted="K-2")),
                  lang="en")
    assert shown == ["no case K-2"]


def test_cancel_button_stops_threaded_work_and_shows_nothing(parent: QWidget, qtbot: Any) -> None:
    label = QLabel(parent)
    steps: list[int] = []

    def work(progress: Progress, cancel: CancelToken) -> int:
        for i in range(400):
            cancel.check()
            steps.append(i)
            progress(i, 400)
            time.sleep(0.01)
        return len(steps)

    def press_cancel() -> None:
        for dialog in parent.findChildren(QProgressDialog):
            dialog.cancel()

    QTimer.singleShot(400, press_cancel)  # after the dialog's minimum duration, as a person would
    outcome = run_operation(parent, work, lang="en", label="Long…", thread=True, where=label)
    assert outcome.cancelled and outcome.value is None and outcome.error is None
    assert 0 < len(steps) < 400 and label.text() == ""


def test_cancelled_raised_by_the_work_is_a_cancellation_not_an_error(parent: QWidget) -> None:
    def work(progress: Progress, cancel: CancelToken) -> None:
        raise Cancelled()

    assert run_operation(parent, work, lang="en").cancelled


def test_a_bug_is_not_swallowed_it_reaches_the_exception_hook(parent: QWidget) -> None:
    def work(progress: Progress, cancel: CancelToken) -> None:
        raise KeyError("bug")

    with pytest.raises(KeyError):  # raised again in the GUI thread, where sys.excepthook gets it
        run_operation(parent, work, lang="en", thread=True)
