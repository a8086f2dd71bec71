"""Backups: consistent while the program runs, verified, rotated, encrypted; restore never loses the current file."""

from __future__ import annotations

import copy
import sqlite3
import threading
from pathlib import Path

import pytest

from clinic_app.storage import CaseQuery, StorageError, open_store
from clinic_app.storage import backup as backups
from tests.storage.conftest import demo, filled


def test_backup_now_writes_a_verified_encrypted_copy(tmp_path: Path) -> None:
    db = tmp_path / "cases.db"
    store = open_store(db, passphrase="pw", create=True, auto_backup=False)
    try:
        filled(store, 10)
        made = store.backup_now()
    finally:
        store.close()
    assert made.parent == tmp_path / "cases-backups" and made.name.endswith("-manual.db")
    assert not made.read_bytes().startswith(b"SQLite format 3")
    assert backups.verify(made, "pw") == 10
    with pytest.raises(StorageError):
        backups.verify(made, "not the passphrase")


def test_backup_while_another_connection_writes_is_consistent(tmp_path: Path) -> None:
    store = open_store(tmp_path / "busy.db", encrypted=False, create=True, auto_backup=False)
    writer = open_store(tmp_path / "busy.db", encrypted=False, auto_backup=False)
    try:
        filled(store, 5)
        _, more = demo(60, seed=11)
        done = threading.Event()

        def write() -> None:
            for case in more:
                writer.create_case(case)
            done.set()

        thread = threading.Thread(target=write)
        thread.start()
        try:
            made = [store.backup_now() for _ in range(3)]
        finally:
            thread.join()  # never close the stores under a running writer
        for path in made:
            n = backups.verify(path, None)  # quick_check ok
            assert 5 <= n <= 65
            conn = sqlite3.connect(path)
            # every case in a backup has its person row: no torn write
            orphans = conn.execute('SELECT count(*) FROM cases c LEFT JOIN person p ON p.case_uuid = c.uuid '
                                   'WHERE p.case_uuid IS NULL').fetchone()[0]
            conn.close()
            assert orphans == 0
    finally:
        writer.close()
        store.close()


def test_rotation_keeps_the_newest_of_each_reason(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(backups.KEEP, "manual", 2)
    store = open_store(tmp_path / "r.db", encrypted=False, create=True, auto_backup=False)
    try:
        made = [store.backup_now("manual") for _ in range(4)]
        store.backup_now("daily")
    finally:
        store.close()
    left = sorted(p.name for p in (tmp_path / "r-backups").iterdir())
    assert sorted(p.name for p in made[-2:]) == [n for n in left if n.endswith("manual.db")]
    assert sum(n.endswith("daily.db") for n in left) == 1


def test_opening_makes_a_daily_backup(tmp_path: Path) -> None:
    db = tmp_path / "d.db"
    open_store(db, encrypted=False, create=True).close()  # a new, empty file: nothing to back up
    assert not (tmp_path / "d-backups").exists()
    store = open_store(db, encrypted=False)
    store.close()
    assert [p.name.endswith("-daily.db") for p in (tmp_path / "d-backups").iterdir()] == [True]
    open_store(db, encrypted=False).close()  # same day, within the hour: no second one
    assert len(list((tmp_path / "d-backups").iterdir())) == 1


def test_restore_puts_the_backup_back_and_keeps_a_copy_of_the_current_file(tmp_path: Path, cli) -> None:
    db = tmp_path / "c.db"
    secret = tmp_path / "pw.txt"
    secret.write_text("pw\n", encoding="utf-8")
    store = open_store(db, passphrase="pw", create=True, auto_backup=False)
    try:
        cases = filled(store, 8)
        made = store.backup_now()
        edited = copy.deepcopy(cases[0])
        edited.person.city = "Sherbrooke"
        store.save_case(edited)
        store.delete_case(cases[1].uuid)
    finally:
        store.close()
    done = cli("restore", str(made), "--db", str(db), "--passphrase-file", str(secret), "--lang", "en")
    assert done.returncode == 0, done.stderr
    assert "8 cases restored" in done.stdout
    store = open_store(db, passphrase="pw", auto_backup=False)
    try:
        assert store.get_case(cases[0].uuid).person.city == cases[0].person.city
        assert store.count_cases(CaseQuery()) == 8
        assert store.audit_entries()[-1].action == "restore"
    finally:
        store.close()
    before = [p for p in (tmp_path / "c-backups").iterdir() if p.name.endswith("before-restore.db")]
    assert len(before) == 1
    store = open_store(before[0], passphrase="pw", auto_backup=False, backup_dir=tmp_path / "x")
    try:  # the copy made before restoring holds the edit that the restore undid
        assert store.get_case(cases[0].uuid).person.city == "Sherbrooke"
    finally:
        store.close()


def test_restore_refuses_a_damaged_backup_and_changes_nothing(tmp_path: Path, cli) -> None:
    db = tmp_path / "c.db"
    store = open_store(db, encrypted=False, create=True, auto_backup=False)
    try:
        filled(store, 3)
    finally:
        store.close()
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"SQLite format 3\x00" + b"\x00" * 100)
    before = db.read_bytes()
    done = cli("restore", str(bad), "--db", str(db), "--no-encryption", "--lang", "en")
    assert done.returncode != 0 and "Traceback" not in done.stderr
    assert "could not be verified" in done.stderr
    assert db.read_bytes() == before
