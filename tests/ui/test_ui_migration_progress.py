"""The first open after an upgrade migrates the database behind a modal window that says what is being done;
it cannot be closed while it runs; then the main window opens on the migrated file. Real file, real widgets."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

import pytest

from tests.storage.test_migration_progress import PASS, _old

pytestmark = pytest.mark.gui


def _drop_windows() -> None:
    """Delete the windows run_gui left (closed, but kept alive by its callbacks): a later test in this process
    looks for *the* main window among the top-level widgets."""
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QApplication

    from clinic_app.ui.background import wait_for_workers

    wait_for_workers(120)  # the automatic backup the window started reports to it: let it end first
    for widget in QApplication.topLevelWidgets():
        widget.close()
        widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def test_progress_window_cannot_be_closed_while_running(qtbot: Any) -> None:
    from PySide6.QtCore import Qt

    from clinic_app.ui.migration_progress import MigrationProgress

    window = MigrationProgress()
    qtbot.addWidget(window)
    window.show()
    assert window.isModal()
    window.show_step("0008_search_index")
    assert window.step.text() == "Updating the database: building the search index…"
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    window.close()
    window.reject()
    assert window.isVisible()
    window.finish()
    assert not window.isVisible()


def test_run_gui_migrates_with_the_progress_window_then_opens(qapp: Any, tmp_path: Path,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from clinic_app.ui import app as gui
    from clinic_app.ui.main_window import MainWindow
    from clinic_app.ui.migration_progress import MigrationProgress
    from clinic_app.ui.settings import AppSettings

    db = tmp_path / "old.db"
    _old(db)
    settings = AppSettings(str(tmp_path / "s.ini"))
    settings.backup_folder = str(tmp_path / "backups")
    settings.sync()
    monkeypatch.setenv("CLINIC_APP_SETTINGS_FILE", str(tmp_path / "s.ini"))
    monkeypatch.setenv(gui.PASSPHRASE_ENV, PASS)
    shown: list[str] = []
    original = MigrationProgress.show_step

    def show_step(self: MigrationProgress, step: str) -> None:
        original(self, step)
        shown.append(self.step.text())

    monkeypatch.setattr(MigrationProgress, "show_step", show_step)
    seen: dict[str, Any] = {}

    def watch() -> None:
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
        if not windows or windows[0].store is None:
            QTimer.singleShot(10, watch)
            return
        seen["cases"] = windows[0].store.count_cases()
        seen["progress left"] = [w for w in QApplication.topLevelWidgets()
                                 if isinstance(w, MigrationProgress) and w.isVisible()]
        windows[0].close()

    QTimer.singleShot(0, watch)
    args = argparse.Namespace(db=str(db), db_url=None, no_encryption=False, lang="en", passphrase=None)
    try:
        assert gui.run_gui(args) == 0
    finally:
        _drop_windows()
    assert seen == {"cases": 3, "progress left": []}
    assert shown[0] == "Updating the database: making a backup copy first…"
    assert "Updating the database: building the search index…" in shown
    assert any(p.name.endswith("-before-migration.db") for p in (tmp_path / "backups").iterdir())
