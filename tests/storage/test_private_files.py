"""Files 0600 and folders 0700 for everything that holds personal data; core dumps off; a log file that
receives warnings and errors, and never a name.

Before: the database, its WAL/SHM and backups were created 0644 (readable by every account on the laptop),
core dumps held the passphrase and decrypted rows, and the ``clinic_app`` logger had no handler, so
"automatic backup failed" went nowhere.
"""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from clinic_app.storage import open_store
from tests.storage.conftest import filled

REPO = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.skipif(os.name == "nt", reason="POSIX modes")


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def loose_umask() -> Iterator[None]:
    """The usual umask of a desktop session (022): files would be 0644 unless the program says otherwise."""
    old = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(old)


def test_database_wal_shm_backups_and_folders_are_private(tmp_path: Path, loose_umask: None) -> None:
    from clinic_app import paths

    db = paths.default_db_path()  # in the data folder (CLINIC_APP_HOME points into tmp_path)
    store = open_store(db, passphrase="pw", create=True, auto_backup=False)
    try:
        filled(store, 3)
        wal, shm = db.with_name(db.name + "-wal"), db.with_name(db.name + "-shm")
        assert wal.exists() and shm.exists()
        backup = store.backup_now()
        store.save_draft("new-case", '{"person": {}}')  # drafts live in the database itself
        modes = {p.name: _mode(p) for p in (db, wal, shm, backup)}
        assert set(modes.values()) == {0o600}, modes
        assert _mode(backup.parent) == 0o700
        assert _mode(db.parent) == 0o700
    finally:
        store.close()


def test_an_old_world_readable_database_is_tightened_on_open(tmp_path: Path, loose_umask: None) -> None:
    db = tmp_path / "old.db"
    open_store(db, passphrase="pw", create=True, auto_backup=False).close()
    os.chmod(db, 0o644)  # as an earlier version made it
    store = open_store(db, passphrase="pw", auto_backup=False)
    try:
        assert _mode(db) == 0o600
    finally:
        store.close()


START_THEN_WARN = """
import logging, os, resource, sys
from clinic_app.cli import main
main(["backup", "--db", sys.argv[1], "--no-encryption"])   # any command: the start is what is tested
print("core", resource.getrlimit(resource.RLIMIT_CORE)[0])
print("umask", oct(os.umask(0o077)))
"""


def test_every_start_turns_core_dumps_off_and_makes_new_files_private(tmp_path: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(REPO), "CLINIC_APP_HOME": str(tmp_path / "home")}
    done = subprocess.run([sys.executable, "-c", START_THEN_WARN, str(tmp_path / "missing.db")], env=env,
                          capture_output=True, text=True, timeout=120)
    assert "core 0" in done.stdout, done.stdout + done.stderr
    assert "umask 0o77" in done.stdout


DEMO_RUN = """
import sys
from pathlib import Path
from clinic_app.cli import main
db, blocker = sys.argv[1], Path(sys.argv[2])
main(["demo-data", "--db", db, "--no-encryption", "--count", "200", "--seed", "21"])
blocker.write_text("a file where the backup folder should be")   # the next automatic backup fails
main(["backup", "--db", db, "--no-encryption"])                   # a command that warns, then fails
from clinic_app.storage import open_store
store = open_store(db, encrypted=False, backup_dir=blocker / "backups")  # automatic backup: fails, warned
store.close()
"""


def test_warnings_reach_the_log_file_and_the_log_holds_no_personal_data(tmp_path: Path) -> None:
    from clinic_app.domain.demo import generate_demo

    home = tmp_path / "home"
    env = {**os.environ, "PYTHONPATH": str(REPO), "CLINIC_APP_HOME": str(home)}
    db = tmp_path / "demo.db"
    done = subprocess.run([sys.executable, "-c", DEMO_RUN, str(db), str(tmp_path / "blocker")], env=env,
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-3000:]
    logs = list((home / "logs").glob("clinic-app.log*"))
    assert logs, list(home.rglob("*"))
    text = "\n".join(p.read_text(encoding="utf-8") for p in logs)
    assert "automatic backup failed" in text  # used to go nowhere
    assert {_mode(p) for p in logs} == {0o600} and _mode(home / "logs") == 0o700
    _, cases = generate_demo(200, seed=21)
    words = {w for c in cases for w in (c.person.given_name, c.person.family_name, c.person.phone,
                                         c.person.email, c.person.address_line) if w and len(w) >= 4}
    leaked = sorted(w for w in words if w in text)
    assert leaked == []
