"""Faults named by their cause: a full disk, a read-only or forbidden folder, a lock held by another program.

Why real file systems: the bug these tests guard against (any first-read error reported as "wrong
passphrase", any write error as "disk full or read-only") only shows with the errors SQLite really returns.
A small tmpfs in a private mount namespace (``unshare``) gives a genuinely full or read-only disk without
root; a user namespace mapped to a non-zero uid gives a process that file permissions really apply to.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from clinic_app.storage import StorageError, open_store
from tests.storage.conftest import filled

REPO = Path(__file__).resolve().parents[2]


def _can(cmd: list[str]) -> bool:
    if sys.platform != "linux" or shutil.which(cmd[0]) is None:
        return False
    try:
        return subprocess.run(cmd, capture_output=True, timeout=20).returncode == 0
    except (OSError, subprocess.SubprocessError):
        return False


needs_mount_ns = pytest.mark.skipif(not _can(["unshare", "-rm", "true"]),
                                    reason="needs Linux user and mount namespaces (unshare -rm)")
needs_user_ns = pytest.mark.skipif(not _can(["unshare", "--user", "--map-user=1000", "--map-group=1000", "true"]),
                                   reason="needs Linux user namespaces (unshare --map-user)")

PRELUDE = """
import json, os, sys
from clinic_app.storage import open_store, StorageError
from clinic_app.domain.demo import generate_demo
def attempt(fn):
    try:
        fn()
        return "ok"
    except StorageError as exc:
        return exc.code + ": " + exc.message("en")
"""


def _python(script: str) -> list[str]:
    return [sys.executable, "-c", PRELUDE + textwrap.dedent(script)]


def _run(cmd: list[str]) -> dict[str, str]:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    done = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=180)
    assert done.returncode == 0, (done.stdout, done.stderr[-3000:])
    return json.loads(done.stdout.strip().splitlines()[-1])


def _in_tmpfs(mount: Path, size: str, *steps: list[str], remount_ro_before_last: bool = False) -> dict[str, str]:
    """Run ``steps`` (commands) one after another in a private tmpfs mounted on ``mount``."""
    import shlex

    lines = [f"mount -t tmpfs -o size={size},mode=0700 tmpfs {shlex.quote(str(mount))}"]
    for i, step in enumerate(steps):
        if remount_ro_before_last and i == len(steps) - 1:
            lines.append(f"mount -o remount,ro {shlex.quote(str(mount))}")
        lines.append(" ".join(shlex.quote(a) for a in step))
    return _run(["unshare", "-rm", "sh", "-ec", " ; ".join(lines)])


MAKE = """
db = sys.argv[1]
store = open_store(db, passphrase="pw", create=True, auto_backup=False)
ests, cases = generate_demo(40, seed=3)
for e in ests:
    store.save_establishment(e)
store.create_cases(cases)
store.backup_now()   # made with this very passphrase, just before the disk fills
store.close()
print(json.dumps({}))
"""


@needs_mount_ns
def test_a_full_disk_is_named_as_such_never_as_a_wrong_passphrase(tmp_path: Path) -> None:
    mount = tmp_path / "disk"
    mount.mkdir()
    db = str(mount / "c.db")
    while_open = """
    db = sys.argv[1]
    filler = os.path.join(os.path.dirname(db), "filler")
    def fill():
        with open(filler, "wb") as fh:
            try:
                while True:
                    fh.write(b"\\0" * 65536)
                    fh.flush()
            except OSError:
                pass
    fill()
    result = {"reopen": attempt(lambda: open_store(db, passphrase="pw", auto_backup=False).close())}
    os.remove(filler)
    store = open_store(db, passphrase="pw", auto_backup=False)
    fill()
    _, more = generate_demo(800, seed=9)
    result["write"] = attempt(lambda: store.create_cases(more))
    store.close()
    os.remove(filler)
    s = open_store(db, passphrase="pw", auto_backup=False)
    result["cases_after"] = s.count_cases()
    s.close()
    print(json.dumps(result))
    """
    out = _in_tmpfs(mount, "3m", _python(MAKE) + [db], _python(while_open) + [db])
    assert out["write"].startswith("no_space: The disk holding the database"), out
    assert out["reopen"].startswith("no_space:"), out  # was "Wrong passphrase ... restore a backup"
    assert out["cases_after"] == 40  # the refused write left nothing half-done, nothing saved was lost


@needs_mount_ns
def test_a_read_only_disk_is_named_as_such(tmp_path: Path) -> None:
    mount = tmp_path / "stick"
    mount.mkdir()
    db = str(mount / "c.db")
    reopen = """
    db = sys.argv[1]
    print(json.dumps({"open": attempt(lambda: open_store(db, passphrase="pw", auto_backup=False).close())}))
    """
    out = _in_tmpfs(mount, "8m", _python(MAKE) + [db], _python(reopen) + [db], remount_ro_before_last=True)
    assert out["open"].startswith("read_only: Cannot write to the database"), out
    assert "passphrase" not in out["open"].lower()


@needs_user_ns
@pytest.mark.skipif(os.name == "nt", reason="POSIX permissions")
def test_a_read_only_folder_as_a_non_root_user(tmp_path: Path) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    store = open_store(folder / "c.db", passphrase="pw", create=True, auto_backup=False)
    filled(store, 5)
    store.close()
    assert sorted(p.name for p in folder.iterdir()) == ["c.db"]
    folder.chmod(0o555)
    script = """
    db = sys.argv[1]
    def write():
        store = open_store(db, passphrase="pw", auto_backup=False)
        try:
            store.create_case(generate_demo(1, seed=2)[1][0])
        finally:
            store.close()
    print(json.dumps({"uid": os.geteuid(), "write": attempt(write)}))
    """
    try:
        out = _run(["unshare", "--user", "--map-user=1000", "--map-group=1000", *_python(script),
                    str(folder / "c.db")])
    finally:
        folder.chmod(0o755)
    assert out["uid"] == 1000
    assert out["write"].startswith("read_only: "), out
    assert "passphrase" not in out["write"].lower()


@needs_user_ns
@pytest.mark.skipif(os.name == "nt", reason="POSIX permissions")
def test_a_file_of_another_account_is_a_permission_problem(tmp_path: Path) -> None:
    db = tmp_path / "c.db"
    store = open_store(db, passphrase="pw", create=True, auto_backup=False)
    filled(store, 3)
    store.close()
    db.chmod(0o000)
    script = """
    db = sys.argv[1]
    print(json.dumps({"open": attempt(lambda: open_store(db, passphrase="pw", auto_backup=False).close())}))
    """
    try:
        out = _run(["unshare", "--user", "--map-user=1000", "--map-group=1000", *_python(script), str(db)])
    finally:
        db.chmod(0o600)
    assert out["open"].startswith("permission: This account is not allowed"), out


def test_every_cause_has_its_own_message_in_both_languages() -> None:
    codes = ["no_space", "read_only", "permission", "busy", "not_a_database", "wrong_passphrase", "io_error",
             "in_use"]
    for lang in ("fr", "en"):
        texts = [StorageError(c, path="/x/c.db", detail="d").message(lang) for c in codes]
        assert len(set(texts)) == len(codes)
        assert all("{" not in t for t in texts)
    passphrase = {c for c in codes if "passphrase" in StorageError(c, path="p").message("en").lower()}
    assert passphrase == {"wrong_passphrase"}


HOLD_LOCK = """
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("BEGIN IMMEDIATE")
print("locked", flush=True)
sys.stdin.read()
conn.execute("ROLLBACK")
"""


def test_a_lock_held_past_the_busy_timeout_says_busy_and_writes_nothing(tmp_path: Path,
                                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    from clinic_app.storage import connect

    monkeypatch.setattr(connect, "BUSY_TIMEOUT_MS", 300)
    db = tmp_path / "c.db"
    store = open_store(db, encrypted=False, create=True, auto_backup=False)
    try:
        case = filled(store, 2)[0]
        # Another program (a process: POSIX locks do not conflict within one) holds the write lock.
        holder = subprocess.Popen([sys.executable, "-c", HOLD_LOCK, str(db)], stdin=subprocess.PIPE,
                                  stdout=subprocess.PIPE, text=True)
        try:
            assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
            case.person.phone = "514-555-0199"
            with pytest.raises(StorageError) as err:
                store.save_case(case)
        finally:
            holder.communicate("", timeout=30)
        assert err.value.code == "busy"
        assert err.value.message("en").startswith("Another program is using the case file; try again")
        assert "disk" not in err.value.message("en").lower()
        assert "réessayez" in err.value.message("fr")
        saved = store.save_case(case)  # the same typed data saves once the lock is gone
        assert store.get_case(case.uuid).person.phone == saved.person.phone == "514-555-0199"
    finally:
        store.close()


OTHER_WRITER = """
import copy, sys, time
from clinic_app.storage import open_store
from clinic_app.domain.demo import generate_demo
store = open_store(sys.argv[1], encrypted=False, auto_backup=False, actor="script")
from clinic_app.domain.case import new_uuid
_, cases = generate_demo(2000, seed=11)
def fresh(case):
    case = copy.deepcopy(case)
    case.uuid = new_uuid()   # every write is a new case: the loop goes round the demo cases again
    return case
print("ready", flush=True)
deadline = time.monotonic() + float(sys.argv[2])
written = 0
i = 0
while time.monotonic() < deadline:
    if i % 10 == 9:   # now and then a bulk write that holds the lock longer, like an import
        batch = [fresh(c) for c in cases[i % 1500: i % 1500 + 200]]
        written += store.create_cases(batch)
    else:
        stored = store.create_case(fresh(cases[i % 2000]))
        stored.person.city = "Laval"
        store.save_case(stored)   # reads, then writes
        written += 1
    i += 1
store.close()
print(written, flush=True)
"""


def test_saves_while_another_program_writes_are_never_refused_nor_lost(tmp_path: Path) -> None:
    """A GUI-like writer here, a script writing other cases in another process: every save waits its turn.

    Before IMMEDIATE transactions, a save (which reads the case, then writes it) was refused at once with
    "database is locked" whenever the other process had committed meanwhile. (bench/bench_concurrency.py
    runs the same for a minute.)
    """
    db = tmp_path / "shared.db"
    store = open_store(db, encrypted=False, create=True, auto_backup=False)
    try:
        mine = filled(store, 20)
        base = store.count_cases()
        env = {**os.environ, "PYTHONPATH": str(REPO)}
        other = subprocess.Popen([sys.executable, "-c", OTHER_WRITER, str(db), "4"], stdout=subprocess.PIPE,
                                 text=True, env=env)
        assert other.stdout is not None and other.stdout.readline().strip() == "ready"
        refused: list[str] = []
        confirmed: dict[str, str] = {}
        saves = 0
        while other.poll() is None:
            case = mine[saves % len(mine)]
            case.person.phone = f"514-555-{saves:04d}"
            try:
                mine[saves % len(mine)] = store.save_case(case)
                confirmed[case.uuid] = case.person.phone
            except StorageError as exc:
                refused.append(exc.code)
                case = store.get_case(case.uuid)
                mine[saves % len(mine)] = case
            saves += 1
            time.sleep(0.002)  # a person saves every few seconds at most; a tight loop here starves the other
        out, _ = other.communicate(timeout=60)
        assert other.returncode == 0
        written_elsewhere = int(out.strip().splitlines()[-1])
    finally:
        store.close()
    assert saves > 20 and written_elsewhere >= 5  # both really wrote, concurrently (even on a loaded machine)
    assert refused == []
    check = open_store(db, encrypted=False, auto_backup=False)
    try:
        for uuid, phone in confirmed.items():
            assert check.get_case(uuid).person.phone == phone  # every confirmed save is there
        assert check.count_cases() == base + written_elsewhere  # and every one of the other program's
    finally:
        check.close()
