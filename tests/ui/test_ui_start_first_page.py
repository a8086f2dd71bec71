"""Start-up: the main window paints with the list's first page before SQLAlchemy is imported (read with the
SQLCipher driver alone, ``storage.opening``), then the store takes the list over without a visible jump (same
rows, same order, the selection kept); what is asked before that (a search typed, a double-click, a menu item)
waits and then happens; a wrong passphrase or a lock says what ``open_store`` says. Real files, real widgets."""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from clinic_app.domain.demo import generate_demo
from clinic_app.storage import WrongPassphraseError, first_look, open_store
from clinic_app.ui.settings import AppSettings

pytestmark = pytest.mark.gui
PASS = "start passphrase for tests"
ROOT = Path(__file__).resolve().parents[2]


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


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("start") / "cases.db"
    store = open_store(path, passphrase=PASS, create=True, auto_backup=False)
    ests, cases = generate_demo(230, seed=5)
    for est in ests:
        store.save_establishment(est)
    store.create_cases(cases)
    store.close()
    return path


def _settings(tmp_path: Path) -> AppSettings:
    backups = tmp_path / "backups"
    backups.mkdir(exist_ok=True)
    settings = AppSettings(str(tmp_path / "s.ini"))
    settings.backup_folder = str(backups)
    settings.ui_lang = "en"
    settings.sync()
    return settings


def test_first_paint_shows_the_first_page_without_sqlalchemy(db: Path, tmp_path: Path) -> None:
    """In a fresh process (a clean ``sys.modules``): the start-up probe reports the list's rows and whether
    SQLAlchemy was imported at the main window's first paint."""
    _settings(tmp_path)
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen", "CLINIC_APP_HOME": str(tmp_path),
           "CLINIC_APP_SETTINGS_FILE": str(tmp_path / "s.ini"), "CLINIC_APP_PASSPHRASE": PASS,
           "CLINIC_APP_EXIT_AFTER_PAINT": "1"}
    done = subprocess.run([sys.executable, "-m", "clinic_app", "gui", "--db", str(db)], env=env, cwd=ROOT,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    found = re.search(r"painted .*list rows (\d+); sqlalchemy (\w+ ?\w*)", done.stderr)
    assert found is not None, done.stderr
    assert found.group(1) == "200" and found.group(2) == "not imported", done.stderr


def test_the_store_takes_the_list_over_without_a_jump(qtbot: Any, db: Path, tmp_path: Path) -> None:
    from clinic_app.ui.main_window import MainWindow

    look = first_look(db, PASS)
    assert look is not None
    window = MainWindow(None, settings=_settings(tmp_path), ui_lang="en", first_look=look)
    qtbot.addWidget(window)
    window.show()
    assert window.model is not None and window.model.rowCount() == 200
    shown = [window.model.row_at(r).case_number for r in range(200)]
    window.table.selectRow(7)
    chosen = window.selected_uuid()
    counted = window.count_label.text()
    assert chosen is not None and counted.startswith(f"{look.total} case")
    reset: list[bool] = []
    window.model.modelReset.connect(lambda: reset.append(True))
    store = open_store(db, passphrase=PASS, auto_backup=False, check=False, first_look=look)
    try:
        window.attach_store(store)
        assert window.store is store and reset == []  # the same model, not reloaded: nothing moved
        assert [window.model.row_at(r).case_number for r in range(200)] == shown
        assert window.selected_uuid() == chosen
        assert store.count_cases() == look.total and window.count_label.text() == counted
        window.table.scrollToBottom()  # the next page comes from the store, after the first look's last row
        qtbot.waitUntil(lambda: window.model is not None and window.model.rowCount() > 200, timeout=5000)
        assert window.model.row_at(200).case_number > shown[-1]
    finally:
        window.close()
        from clinic_app.ui.background import wait_for_workers

        wait_for_workers(30)
        store.close()


def test_what_is_asked_before_the_store_is_ready_waits_then_happens(qtbot: Any, db: Path, tmp_path: Path) -> None:
    from PySide6.QtWidgets import QApplication

    from clinic_app.ui.main_window import MainWindow

    look = first_look(db, PASS)
    assert look is not None
    window = MainWindow(None, settings=_settings(tmp_path), ui_lang="en", first_look=look)
    qtbot.addWidget(window)
    window.show()
    assert window.model is not None
    target = window.model.row_at(3)
    window.table.selectRow(3)
    window.act_open.trigger()  # Enter on a row: kept, shown as waiting
    assert window.tabs.count() == 1 and QApplication.overrideCursor() is not None
    assert "Opening the database" in window.statusBar().currentMessage()
    qtbot.keyClicks(window.search, target.display_name.split()[0])
    window._debounce.timeout.emit()  # the search typed while opening: remembered by the model
    assert window.model.rowCount() == 200  # still the first page on screen, nothing lost or crashed
    store = open_store(db, passphrase=PASS, auto_backup=False, check=False, first_look=look)
    try:
        window.attach_store(store)
        qtbot.waitUntil(lambda: window.tabs.count() == 2, timeout=5000)  # the case asked for is open
        assert target.case_number in window.tabs.tabText(1)
        assert QApplication.overrideCursor() is None
        assert window.model.query.text == target.display_name.split()[0]  # the search was applied
        assert 0 < window.model.rowCount() < 200
        assert target.uuid in {window.model.row_at(r).uuid for r in range(window.model.rowCount())}
    finally:
        window.close()
        from clinic_app.ui.background import wait_for_workers

        wait_for_workers(30)
        store.close()


def _gui_args(db: Path) -> argparse.Namespace:
    return argparse.Namespace(db=str(db), db_url=None, no_encryption=False, lang="en", passphrase=None)


def test_wrong_passphrase_says_what_the_store_says(qapp: Any, db: Path, tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    from clinic_app.errors import EXIT_USAGE
    from clinic_app.ui import app as gui

    _settings(tmp_path)
    monkeypatch.setenv("CLINIC_APP_SETTINGS_FILE", str(tmp_path / "s.ini"))
    monkeypatch.setenv(gui.PASSPHRASE_ENV, "not the passphrase")
    shown: list[str] = []
    monkeypatch.setattr(gui.QMessageBox, "critical", lambda _parent, _title, text: shown.append(text))
    try:
        assert gui.run_gui(_gui_args(db)) == EXIT_USAGE
    finally:
        _drop_windows()
    assert shown == [WrongPassphraseError().message("en")]


def test_run_gui_paints_the_first_page_then_attaches_the_store(qapp: Any, db: Path, tmp_path: Path,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    """The whole start-up in this process: first page, then the store on the next turns of the event loop."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from clinic_app.ui import app as gui
    from clinic_app.ui.main_window import MainWindow

    _settings(tmp_path)
    monkeypatch.setenv("CLINIC_APP_SETTINGS_FILE", str(tmp_path / "s.ini"))
    monkeypatch.setenv(gui.PASSPHRASE_ENV, PASS)
    seen: dict[str, Any] = {}

    def watch() -> None:
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
        if not windows:
            QTimer.singleShot(10, watch)
            return
        window = windows[0]
        seen.setdefault("first rows", window.model.rowCount() if window.model is not None else 0)
        seen.setdefault("store at first", window.store)
        if window.store is None:
            QTimer.singleShot(10, watch)
            return
        seen["rows"] = window.model.rowCount() if window.model is not None else 0
        seen["encrypted"] = window.store.is_encrypted
        window.close()

    QTimer.singleShot(0, watch)
    try:
        assert gui.run_gui(_gui_args(db)) == 0
    finally:
        _drop_windows()
    assert seen["first rows"] == 200 and seen["store at first"] is None
    assert seen["rows"] == 200 and seen["encrypted"] is True
    assert QApplication.overrideCursor() is None  # the busy cursor of the opening was restored
