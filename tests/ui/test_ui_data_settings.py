"""Settings → Data: back up now and change the passphrase, on a real encrypted database."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest


@pytest.fixture
def encrypted(tmp_path: Path) -> Any:
    from clinic_app.storage import open_store

    store = open_store(tmp_path / "e.db", passphrase="first passphrase", create=True, auto_backup=False)
    yield store
    store.close()


def test_backup_now_and_change_passphrase(qtbot: Any, encrypted: Any, tmp_path: Path) -> None:
    from clinic_app.storage import WrongPassphraseError, open_store
    from clinic_app.ui.data_dialogs import ChangePassphraseDialog
    from clinic_app.ui.settings import AppSettings
    from clinic_app.ui.settings_dialog import SettingsDialog

    settings = AppSettings(str(tmp_path / "s.ini"))
    settings.ui_lang = "en"
    dialog = SettingsDialog(encrypted, settings)
    qtbot.addWidget(dialog)
    assert dialog.encryption_state.text() == "Encrypted (SQLCipher)" and dialog.passphrase_button.isEnabled()
    dialog.backup_now()
    assert "Verified backup written" in dialog.data_message.text()
    assert any(p.name.endswith("-manual.db") for p in (tmp_path / "e-backups").iterdir())

    change = ChangePassphraseDialog(encrypted, dialog)  # the dialog Settings opens
    qtbot.addWidget(change)
    change.new1.setText("short")
    change.new2.setText("short")
    assert not change.apply() and "8" in change.result_label.text()
    change.new1.setText("a new passphrase")
    change.new2.setText("a new passphrase!")
    assert not change.apply() and "differ" in change.result_label.text()
    with pytest.raises(WrongPassphraseError):  # nothing changed yet
        open_store(tmp_path / "e.db", passphrase="a new passphrase")
    change.new2.setText("a new passphrase")
    assert change.apply()
    encrypted.close()
    with pytest.raises(WrongPassphraseError):
        open_store(tmp_path / "e.db", passphrase="first passphrase")
    open_store(tmp_path / "e.db", passphrase="a new passphrase", auto_backup=False).close()


def test_plain_database_cannot_change_passphrase(qtbot: Any, tmp_path: Path) -> None:
    from clinic_app.storage import open_store
    from clinic_app.ui.settings import AppSettings
    from clinic_app.ui.settings_dialog import SettingsDialog

    store = open_store(tmp_path / "p.db", encrypted=False, create=True, auto_backup=False)
    try:
        dialog = SettingsDialog(store, AppSettings(str(tmp_path / "s.ini")))
        qtbot.addWidget(dialog)
        assert not dialog.passphrase_button.isEnabled()
    finally:
        store.close()
