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


def _answer_next_box(qtbot, button_text_or_role, seen):
    """Press a button of the next message box that opens (it runs its own event loop)."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    def poll():
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen.append(box.text())
            box.button(button_text_or_role).click()
            return
        QTimer.singleShot(20, poll)

    QTimer.singleShot(0, poll)


@pytest.mark.parametrize("answer", ["yes", "no"])
def test_restore_from_the_backups_window_shows_date_and_count_and_keeps_the_current_file(
        qtbot, store, answer):
    from PySide6.QtWidgets import QMessageBox

    from clinic_app.storage import CaseQuery

    cases = _filled(store, 3)
    store.backup_now("manual")
    from clinic_app.domain.case import Case, CaseKind

    extra = [store.create_case(Case.new(CaseKind.WAREHOUSE)) for _ in range(2)]  # typed after the backup
    assert store.count_cases(CaseQuery(limit=None)) == len(cases) + len(extra)
    dlg = BackupDialog(store)
    qtbot.addWidget(dlg)
    assert not dlg.restore_button.isEnabled()  # nothing chosen yet
    dlg.table.setCurrentItem(dlg.table.topLevelItem(0))
    assert dlg.restore_button.isEnabled()
    seen: list[str] = []
    button = QMessageBox.StandardButton.Yes if answer == "yes" else QMessageBox.StandardButton.No
    _answer_next_box(qtbot, button, seen)
    done = dlg.restore_selected()
    assert seen, "no confirmation was asked"
    when = dlg.table.topLevelItem(0).text(0) if answer == "no" else ""
    assert when in seen[0] and "3 case" in seen[0] and "5 case" in seen[0]  # its count, and today's
    if answer == "no":
        assert not done and store.count_cases(CaseQuery(limit=None)) == 5
        return
    assert done and dlg.restored is not None and dlg.restored.cases == 3
    assert store.count_cases(CaseQuery(limit=None)) == 3
    assert dlg.restored.previous_copy.exists()  # the database as it was, kept first
    assert "before-restore" in dlg.restored.previous_copy.name
    assert "3" in dlg.result_label.text()


def test_purge_cannot_go_below_the_legal_minimum_retention(qtbot, store):
    from clinic_app.services.purge import MIN_RETENTION_DAYS

    dlg = PurgeDialog(store)
    qtbot.addWidget(dlg)
    dlg.days.setValue(1)
    assert dlg.days.value() == MIN_RETENTION_DAYS == 365
