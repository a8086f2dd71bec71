"""The main window offers the data-safety dialogs in its menus; 'Change passphrase' only for an encrypted database."""
from __future__ import annotations

from clinic_app.storage import open_store
from clinic_app.ui.main_window import MainWindow
from clinic_app.ui.settings import AppSettings


def test_menus_offer_data_actions(qtbot, tmp_path):
    store = open_store(tmp_path / "x.db", encrypted=False, create=True, auto_backup=False)
    try:
        w = MainWindow(store, settings=AppSettings(str(tmp_path / "s.ini")), ui_lang="en")
        qtbot.addWidget(w)
        texts = [a.text() for m in w.menuBar().actions() for a in m.menu().actions()]
        for t in ("Change passphrase…", "Backups…", "Erase old closed cases…",
                  "Export everything about this person…"):
            assert t in texts
        file_menu = w.menuBar().actions()[0].menu()
        file_menu.aboutToShow.emit()
        assert not w.act_passphrase.isEnabled()  # plain (test) database: nothing to re-key
    finally:
        store.close()
