"""The case-file lock: restore, passphrase change and migration wait for nobody else to have the file open.

Before the lock, a restore made while another program saved cases lost 16 to 17 confirmed saves in 3 of 3
runs (they went into the contents being replaced), and a backup made before a passphrase change could not
be restored at all.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from clinic_app.storage import StorageError, migrate, open_store
from clinic_app.storage.filelock import CaseFileLock, lock_path
from clinic_app.storage.restore import restore_backup
from tests.storage.conftest import filled

REPO = Path(__file__).resolve().parents[2]

WRITER = """
import copy, sys, time
from clinic_app.storage import open_store
from clinic_app.domain.case import new_uuid
from clinic_app.domain.demo import generate_demo
store = open_store(sys.argv[1], passphrase="pw", auto_backup=False, actor="other")
_, cases = generate_demo(300, seed=4)
print("open", flush=True)
deadline = time.monotonic() + float(sys.argv[2])
confirmed = []
i = 0
while time.monotonic() < deadline:
    case = copy.deepcopy(cases[i % 300]); case.uuid = new_uuid()
    confirmed.append(store.create_case(case).uuid)
    i += 1
print(" ".join(confirmed), flush=True)
sys.stdin.read()   # still open until told to close
store.close()
"""


def _writer(db: Path, seconds: float) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    proc = subprocess.Popen([sys.executable, "-c", WRITER, str(db), str(seconds)], stdout=subprocess.PIPE,
                            stdin=subprocess.PIPE, text=True, env=env)
    assert proc.stdout is not None and proc.stdout.readline().strip() == "open"
    return proc


def test_restore_while_another_program_saves_is_refused_and_loses_nothing(tmp_path: Path) -> None:
    db = tmp_path / "c.db"
    store = open_store(db, passphrase="pw", create=True, auto_backup=False)
    try:
        filled(store, 5)
        made = store.backup_now()
        other = _writer(db, 2.0)
        attempts, refusals = 0, []
        deadline = time.monotonic() + 2.5
        while time.monotonic() < deadline:  # the other program writes for 2 s, then stays open
            attempts += 1
            try:
                restore_backup(store, made, "pw")
            except StorageError as exc:
                refusals.append(exc)
            time.sleep(0.05)
        assert other.stdout is not None
        confirmed = other.stdout.readline().split()
        other.communicate("", timeout=60)  # now it closes the file
        assert other.returncode == 0 and len(confirmed) > 5
        assert attempts >= 1 and len(refusals) == attempts  # every restore refused while it was open
        assert {e.code for e in refusals} == {"in_use"}
        assert refusals[0].message("en").startswith(f"The case file {db} is open in another program")
        assert "ouvert par un autre programme" in refusals[0].message("fr")
        for uuid in confirmed:  # 0 lost: every save the other program was told succeeded is here
            store.get_case(uuid)
        assert store.count_cases() == 5 + len(confirmed)
        # once the other program has closed the file, the restore goes through
        _saved, n = restore_backup(store, made, "pw")
        assert n == 5 and store.count_cases() == 5
    finally:
        store.close()
    assert not lock_path(db).exists()  # the last one out removes the lock file


def test_passphrase_change_is_refused_while_another_store_has_the_file_open(tmp_path: Path) -> None:
    db = tmp_path / "c.db"
    first = open_store(db, passphrase="pw", create=True, auto_backup=False)
    second = open_store(db, passphrase="pw", auto_backup=False)
    try:
        filled(first, 2)
        with pytest.raises(StorageError) as err:
            first.change_passphrase("new one")
        assert err.value.code == "in_use"
        assert second.count_cases() == 2  # the other one still works: nothing was re-keyed under it
        filled(second, 1, seed=3)
    finally:
        second.close()
    try:
        first.change_passphrase("new one")  # alone now
        assert first.count_cases() == 3
    finally:
        first.close()
    open_store(db, passphrase="new one", auto_backup=False).close()


def test_a_migration_waits_for_the_other_programs_to_close_the_file(tmp_path: Path) -> None:
    db = tmp_path / "c.db"
    store = open_store(db, passphrase="pw", create=True, auto_backup=False)
    try:
        filled(store, 3)
        with store._engine.connect() as conn:  # noqa: SLF001 - put the file back to an older schema
            migrate.downgrade(conn, "0002")
    finally:
        store.close()
    other = CaseFileLock(db)  # another program (an older version, say) has the file open
    other.acquire_shared()
    try:
        with pytest.raises(StorageError) as err:
            open_store(db, passphrase="pw", auto_backup=False)
        assert err.value.code == "in_use"
    finally:
        other.release()
    store = open_store(db, passphrase="pw", auto_backup=False)
    try:
        assert store.count_cases() == 3
    finally:
        store.close()


def test_a_backup_made_before_a_passphrase_change_can_be_restored(tmp_path: Path, cli) -> None:
    db = tmp_path / "c.db"
    store = open_store(db, passphrase="old", create=True, auto_backup=False)
    try:
        cases = filled(store, 4)
        made = store.backup_now()
        store.change_passphrase("new")
        store.delete_case(cases[0].uuid)
        with pytest.raises(StorageError) as err:  # one passphrase for both files: refused, clearly
            restore_backup(store, made, "new")
        assert err.value.code == "backup_passphrase"
        assert "--backup-passphrase-file" in err.value.message("en")
        _saved, n = restore_backup(store, made, "new", backup_passphrase="old")
        assert n == 4 and not store.is_deleted(cases[0].uuid)
    finally:
        store.close()
    open_store(db, passphrase="new", auto_backup=False).close()  # the database keeps the current passphrase
    assert sorted(p.name for p in tmp_path.iterdir() if "rekey" in p.name) == []  # no copy left behind
    # the same through the command line
    (tmp_path / "new.txt").write_text("new\n", encoding="utf-8")
    (tmp_path / "old.txt").write_text("old\n", encoding="utf-8")
    done = cli("restore", str(made), "--db", str(db), "--passphrase-file", str(tmp_path / "new.txt"),
               "--lang", "en")
    assert done.returncode != 0 and "--backup-passphrase-file" in done.stderr and "Traceback" not in done.stderr
    done = cli("restore", str(made), "--db", str(db), "--passphrase-file", str(tmp_path / "new.txt"),
               "--backup-passphrase-file", str(tmp_path / "old.txt"), "--lang", "en")
    assert done.returncode == 0, done.stderr
    assert "4 cases restored" in done.stdout
