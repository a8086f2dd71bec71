"""Bad files and bad conditions: each gets a clear message, and the file is left exactly as it was."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from clinic_app.storage import StorageError, open_store
from tests.storage.conftest import filled


def _make(path: Path, passphrase: str | None) -> None:
    store = open_store(path, passphrase=passphrase, encrypted=passphrase is not None, create=True,
                       auto_backup=False)
    try:
        filled(store, 60)
    finally:
        store.close()


def _truncate(data: bytes) -> bytes:
    return data[: len(data) // 2]


def _flip_a_page(data: bytes) -> bytes:
    return data[:8192] + bytes(b ^ 0xFF for b in data[8192:12288]) + data[12288:]


def _zero_the_header(data: bytes) -> bytes:
    return data[:100] + b"\0" * 100 + data[200:]


@pytest.mark.parametrize("passphrase", [None, "pw"], ids=["plain", "encrypted"])
@pytest.mark.parametrize("damage", [_truncate, _flip_a_page, _zero_the_header],
                         ids=["truncated", "page-flipped", "header-zeroed"])
def test_a_damaged_file_is_refused_with_a_message_and_left_alone(tmp_path: Path, passphrase: str | None,
                                                                 damage: Callable[[bytes], bytes]) -> None:
    good = tmp_path / "good.db"
    _make(good, passphrase)
    bad = tmp_path / "bad.db"
    bad.write_bytes(damage(good.read_bytes()))
    before = hashlib.sha256(bad.read_bytes()).hexdigest()
    with pytest.raises(StorageError) as err:
        store = open_store(bad, passphrase=passphrase, encrypted=passphrase is not None, auto_backup=False)
        store.close()
    # SQLCipher cannot tell a damaged first page from a wrong key: that message says both.
    assert err.value.code in ("corrupt", "not_a_database", "wrong_passphrase")
    for lang in ("fr", "en"):
        text = err.value.message(lang)
        assert text and "Traceback" not in text
    assert ("endommag" in err.value.message("fr")) and ("damaged" in err.value.message("en"))
    assert hashlib.sha256(bad.read_bytes()).hexdigest() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.db", "good.db"]  # no -wal, no backup made


def test_a_file_that_is_not_a_database(tmp_path: Path) -> None:
    letter = tmp_path / "lettre.db"
    letter.write_text("Madame, Monsieur,\n" * 500, encoding="utf-8")
    before = letter.read_bytes()
    for encrypted in (False, True):
        with pytest.raises(StorageError) as err:
            open_store(letter, encrypted=encrypted, passphrase="pw" if encrypted else None)
        assert err.value.code in ("not_a_database", "passphrase_required", "wrong_passphrase")
    assert letter.read_bytes() == before


@pytest.mark.skipif(os.name == "nt" or os.geteuid() == 0, reason="root ignores file permissions")
def test_a_read_only_folder_gets_a_message(tmp_path: Path) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    _make(folder / "c.db", None)
    folder.chmod(0o555)
    (folder / "c.db").chmod(0o444)
    try:
        with pytest.raises(StorageError) as err:
            store = open_store(folder / "c.db", encrypted=False, auto_backup=False)
            store.create_case(filled.__globals__["demo"](1)[1][0])
        assert err.value.code == "read_only"
    finally:
        folder.chmod(0o755)


FULL_DISK = r"""
import resource, signal, sys
from clinic_app.storage import open_store, StorageError
from clinic_app.domain.demo import generate_demo
store = open_store(sys.argv[1], passphrase="pw", auto_backup=False)
size = __import__("os").path.getsize(sys.argv[1])
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # writes past the limit fail with EFBIG
resource.setrlimit(resource.RLIMIT_FSIZE, (size + 8192, size + 8192))
_, cases = generate_demo(3000, seed=5)
try:
    store.create_cases(cases)
except StorageError as exc:
    print("MESSAGE", exc.message("en"))
    sys.exit(3)
print("NO ERROR")
"""


@pytest.mark.skipif(sys.platform != "linux", reason="RLIMIT_FSIZE simulation of a full disk")
def test_a_full_disk_gets_a_message_and_loses_nothing_saved(tmp_path: Path) -> None:
    db = tmp_path / "full.db"
    _make(db, "pw")
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    done = subprocess.run([sys.executable, "-c", FULL_DISK, str(db)], capture_output=True, text=True, env=env,
                          timeout=120)
    assert done.returncode == 3, (done.stdout, done.stderr[-2000:])
    # EFBIG is an I/O error to SQLite (a real full disk, ENOSPC, is tested in test_faults.py): named as
    # such, never as a wrong passphrase
    assert "Read or write error on the disk of the database" in done.stdout
    assert "passphrase" not in done.stdout.lower()
    store = open_store(db, passphrase="pw", auto_backup=False)  # integrity checked on open
    try:
        assert store.count_cases() == 60  # the failed bulk write left nothing half-written
    finally:
        store.close()
