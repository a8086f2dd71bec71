"""The start-up probe quits the application after the first paint of a main window, and only then."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.gui


def test_probe_is_inert_without_the_variable(qapp, monkeypatch: pytest.MonkeyPatch) -> None:
    from clinic_app.ui import startup_probe

    monkeypatch.delenv(startup_probe.ENV_VAR, raising=False)
    assert startup_probe.install(qapp) is False


def test_probe_quits_after_the_main_window_is_painted(qapp, qtbot, monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QDialog, QMainWindow

    from clinic_app.ui import startup_probe

    monkeypatch.setenv(startup_probe.ENV_VAR, "1")
    quits: list[bool] = []
    qapp.aboutToQuit.connect(lambda: quits.append(True))
    # QApplication.quit is intercepted so the shared test application keeps running.
    monkeypatch.setattr(qapp, "quit", lambda: quits.append(True))
    assert startup_probe.install(qapp) is True
    dialog = QDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.wait(50)
    assert quits == [], "a dialog painted first must not end the measurement"
    window = QMainWindow()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: quits == [True], timeout=3000)
