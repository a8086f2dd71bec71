"""Passphrase and backup dialogs on a real encrypted store."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from clinic_app.storage import WrongPassphraseError, open_store
from clinic_app.ui.data_dialogs import BackupDialog, ChangePassphraseDialog, PurgeDialog, export_person_data


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
    with pytest.raises(WrongPassphraseError):
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


def _filled(store, count=6):
    from clinic_app.domain.demo import generate_demo

    ests, cases = generate_demo(count, 7)
    for est in ests:
        store.save_establishment(est)
    return [store.create_case(c) for c in cases]


def test_purge_lists_then_erases_only_after_confirmation(qtbot, store):
    cases = _filled(store)
    store.delete_case(cases[1].uuid)  # deleted counts as a purge candidate once past retention
    dlg = PurgeDialog(store)
    qtbot.addWidget(dlg)
    dlg.days.setValue(1)
    assert dlg.table.topLevelItemCount() == 0  # deleted today: kept
    dlg.days.setMinimum(-1)
    dlg.days.setValue(-1)
    n = dlg.table.topLevelItemCount()
    assert n >= 1
    assert not dlg.erase_button.isEnabled()
    dlg.erase()  # not confirmed: nothing happens
    assert len(store.purge_candidates(-1)) == n
    dlg.confirm.setChecked(True)
    assert dlg.erase_button.isEnabled()
    qtbot.mouseClick(dlg.erase_button, Qt.MouseButton.LeftButton)
    assert dlg.erased == n
    assert store.purge_candidates(-1) == []
    assert "purge" in [a.action for a in store.audit_entries(cases[1].uuid)]


def test_access_export_writes_names_and_audit(qtbot, tmp_path, store, monkeypatch):
    import json

    from PySide6.QtWidgets import QFileDialog

    case = _filled(store, 2)[0]
    out = tmp_path / "person.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(out), "")))
    assert export_person_data(None, store, case.uuid) == str(out)
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["case"]["person"]["family_name"] == case.person.family_name
    assert [a["action"] for a in data["audit"]][0] == "create"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []  # no temporary file left
