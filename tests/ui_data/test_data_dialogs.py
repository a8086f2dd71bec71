"""Passphrase and backup dialogs on a real encrypted store."""
from __future__ import annotations

import pytest

from clinic_app.storage.store import open_store
from clinic_app.ui.data_dialogs import BackupDialog, ChangePassphraseDialog


@pytest.fixture
def store(tmp_path):
    s = open_store(tmp_path / "x.db", passphrase="pw", create=True, auto_backup=False)
    yield s
    s.close()


def test_change_passphrase_then_reopen(qtbot, tmp_path, store):
    dlg = ChangePassphraseDialog(store)
    qtbot.addWidget(dlg)
    dlg.new1.setText("new-passphrase")
    dlg.new2.setText("new-passphrase")
    assert dlg.apply()
    store.close()
    open_store(tmp_path / "x.db", passphrase="new-passphrase").close()
    with pytest.raises(Exception):
        open_store(tmp_path / "x.db", passphrase="pw")


@pytest.mark.parametrize("a,b", [("short", "short"), ("long-enough-1", "long-enough-2")])
def test_bad_new_passphrase_changes_nothing(qtbot, tmp_path, store, a, b):
    dlg = ChangePassphraseDialog(store)
    qtbot.addWidget(dlg)
    dlg.new1.setText(a)
    dlg.new2.setText(b)
    assert not dlg.apply()
    assert dlg.result_label.text()
    store.close()
    open_store(tmp_path / "x.db", passphrase="pw").close()


def test_backup_now_listed(qtbot, store):
    dlg = BackupDialog(store)
    qtbot.addWidget(dlg)
    n = dlg.table.topLevelItemCount()
    dlg.backup_now()
    assert dlg.table.topLevelItemCount() == n + 1
    assert "manual" in dlg.table.topLevelItem(0).text(1)
