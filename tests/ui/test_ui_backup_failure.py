"""A failed automatic backup is said in the main window's status bar and in Settings (it used to go nowhere)."""

from __future__ import annotations

from pathlib import Path


def test_failed_automatic_backup_is_shown(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from clinic_app.storage import open_store
    from clinic_app.ui.main_window import MainWindow
    from clinic_app.ui.settings import AppSettings
    from clinic_app.ui.settings_dialog import SettingsDialog

    db = tmp_path / "c.db"
    open_store(db, encrypted=False, create=True, auto_backup=False, actor="t").close()
    not_a_folder = tmp_path / "backups"
    not_a_folder.write_text("a file where the backup folder should be")
    store = open_store(db, encrypted=False, actor="t", backup_dir=not_a_folder)
    try:
        assert store.auto_backup_error is not None and store.auto_backup_error.code == "backup_failed"
        settings = AppSettings(str(tmp_path / "s.ini"))
        window = MainWindow(store, settings=settings, ui_lang="en")
        qtbot.addWidget(window)
        texts = [w.text() for w in window.statusBar().findChildren(type(window._backup_label))]
        assert any("Automatic backup FAILED" in t for t in texts)
        dialog = SettingsDialog(store, settings, parent=window)
        qtbot.addWidget(dialog)
        assert "automatic backup failed" in dialog.data_message.text().lower()
    finally:
        store.close()
    healthy = open_store(db, encrypted=False, actor="t", backup_dir=tmp_path / "ok")
    try:
        assert healthy.auto_backup_error is None
    finally:
        healthy.close()
