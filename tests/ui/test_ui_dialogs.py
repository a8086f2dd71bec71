"""First-run checks, passphrase dialog with the real store (when landed), main window without a store."""

from __future__ import annotations

from pathlib import Path

import pytest

from clinic_app.ui.first_run import FirstRunDialog, strength
from clinic_app.ui.main_window import MainWindow
from clinic_app.ui.settings import AppSettings


def test_strength_levels() -> None:
    assert strength("short") == 0
    assert strength("abcdefghij") == 1
    assert strength("Abcdefgh1!") == 2
    assert strength("correct horse battery staple") == 3


def test_first_run_refuses_mismatch_and_short(qtbot) -> None:
    d = FirstRunDialog(ui_lang="en")
    qtbot.addWidget(d)
    d.pass1.setText("short")
    d.accept()
    assert d.answers is None and "10" in d.error.text()
    d.pass1.setText("a long enough passphrase")
    d.pass2.setText("a long enough passphrase!")
    d.accept()
    assert d.answers is None and d.error.isVisibleTo(d)
    d.pass2.setText("a long enough passphrase")
    d.clinic_name.setText("Clinique Test")
    d.accept()
    assert d.answers is not None and d.answers.clinic_name == "Clinique Test" and d.answers.ui_lang == "en"


def test_main_window_without_store_has_actions(qtbot, tmp_path: Path) -> None:
    w = MainWindow(None, settings=AppSettings(str(tmp_path / "s.ini")), ui_lang="en")
    qtbot.addWidget(w)
    w.new_case("warehouse")  # no store yet: nothing happens, no crash
    assert w.act_new_warehouse.shortcut().toString() == "Ctrl+N"
    assert w.tabs.count() == 1


def test_help_menu_offers_whats_this_without_taking_the_forms_shift_f1(qtbot, tmp_path: Path) -> None:
    from PySide6.QtWidgets import QWhatsThis

    w = MainWindow(None, settings=AppSettings(str(tmp_path / "s.ini")), ui_lang="en")
    qtbot.addWidget(w)
    help_menu = w.menuBar().actions()[-1].menu()
    assert w.act_whats_this in help_menu.actions() and w.act_whats_this.shortcut().isEmpty()
    w.act_whats_this.trigger()
    try:
        assert QWhatsThis.inWhatsThisMode()
    finally:
        QWhatsThis.leaveWhatsThisMode()


def test_first_run_creates_encrypted_db_and_wrong_passphrase_message(qtbot, tmp_path: Path) -> None:
    storage = pytest.importorskip("clinic_app.storage")
    if not hasattr(storage, "open_store"):
        pytest.skip("clinic_app.storage.open_store not landed yet")
    from clinic_app.ui.app import apply_first_run
    from clinic_app.ui.first_run import FirstRunAnswers
    from clinic_app.ui.passphrase_dialog import PassphraseDialog

    db = tmp_path / "data" / "cases.db"
    settings = AppSettings(str(tmp_path / "s.ini"))
    answers = FirstRunAnswers("correct horse battery", "Clinique X", "1 rue A", "Marie", "fr", 1000, "")
    store = apply_first_run(answers, db, settings)
    assert store.is_encrypted and store.clinic_profile().name == "Clinique X"
    store.close()
    assert settings.last_db_path == str(db)
    assert b"SQLite format 3" not in db.read_bytes()[:16]

    dialog = PassphraseDialog(lambda p: storage.open_store(db, passphrase=p), lang="en")
    qtbot.addWidget(dialog)
    dialog.edit.setText("wrong passphrase!!")
    dialog.try_open()
    assert dialog.store is None and "does not open" in dialog.error.text()
    dialog.edit.setText("correct horse battery")
    dialog.try_open()
    assert dialog.store is not None
    dialog.store.close()


def test_the_gui_opens_a_plain_database_from_its_header_without_no_encryption(qapp, tmp_path: Path,
                                                                              monkeypatch) -> None:
    """``clinic-app gui --db demo.db`` on an unencrypted file: no passphrase dialog, the cases are listed.
    (Before, it asked for a passphrase and then failed: only ``--no-encryption`` opened it.)"""
    import argparse

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QDialog

    from clinic_app.storage import open_store
    from clinic_app.ui.app import run_gui
    from tests.storage.conftest import filled

    db = tmp_path / "demo.db"
    store = open_store(db, encrypted=False, create=True, auto_backup=False)
    filled(store, 3)
    store.close()
    monkeypatch.setenv("CLINIC_APP_SETTINGS_FILE", str(tmp_path / "settings.ini"))
    monkeypatch.delenv("CLINIC_APP_PASSPHRASE", raising=False)
    seen: dict[str, object] = {}
    tries = [0]

    def look() -> None:
        tries[0] += 1
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog) and widget.isVisible():  # a passphrase dialog: the bug
                seen["dialog"] = type(widget).__name__
                widget.reject()
                return
            if isinstance(widget, MainWindow) and widget.store is not None:
                seen["cases"] = widget.store.count_cases()
                widget.close()
                return
        if tries[0] > 400:  # 20 s: give up, the assertion below says what was missing
            for widget in QApplication.topLevelWidgets():
                widget.close()
            return
        QTimer.singleShot(50, look)

    QTimer.singleShot(50, look)
    status = run_gui(argparse.Namespace(command="gui", db=str(db), db_url=None, no_encryption=False,
                                        passphrase_file=None, lang="en"))
    assert status == 0
    assert "dialog" not in seen, seen
    assert seen.get("cases") == 3
