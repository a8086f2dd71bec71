"""Encryption at rest with SQLCipher: unreadable without the passphrase, wrong passphrase touches nothing."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from clinic_app.storage import StorageError, WrongPassphraseError, open_store
from tests.storage.conftest import filled


def _digest(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir()) if p.is_file()}


@pytest.fixture
def encrypted_db(tmp_path: Path) -> Path:
    db = tmp_path / "data" / "cases.db"
    store = open_store(db, passphrase="correct horse", create=True, auto_backup=False)
    try:
        cases = filled(store, 5)
        assert cases
    finally:
        store.close()
    return db


def test_the_file_is_not_sqlite_and_cannot_be_read_without_the_key(encrypted_db: Path) -> None:
    raw = encrypted_db.read_bytes()
    assert not raw.startswith(b"SQLite format 3\x00")
    conn = sqlite3.connect(encrypted_db)
    with pytest.raises(sqlite3.DatabaseError):
        conn.execute("SELECT count(*) FROM sqlite_master").fetchall()
    conn.close()
    store = open_store(encrypted_db, passphrase="correct horse", auto_backup=False)
    try:
        family = store.list_cases(store_query())[0].display_name.split()[-1]
    finally:
        store.close()
    assert family.encode() not in raw  # no clear text of a name in the file


def store_query():  # noqa: ANN201 - tiny helper
    from clinic_app.storage import CaseQuery

    return CaseQuery(limit=1)


def test_a_wrong_passphrase_is_refused_and_changes_no_byte(encrypted_db: Path) -> None:
    before = _digest(encrypted_db.parent)
    with pytest.raises(WrongPassphraseError) as err:
        open_store(encrypted_db, passphrase="wrong")
    assert "Phrase de passe incorrecte" in err.value.message("fr")
    assert "Wrong passphrase" in err.value.message("en")
    assert _digest(encrypted_db.parent) == before  # no -wal, no backup, no change


def test_opening_without_passphrase_or_with_the_wrong_mode_says_so(encrypted_db: Path, tmp_path: Path) -> None:
    with pytest.raises(StorageError) as err:
        open_store(encrypted_db, passphrase=None)
    assert err.value.code == "passphrase_required"
    with pytest.raises(StorageError) as err:
        open_store(encrypted_db, encrypted=False)
    assert err.value.code == "passphrase_required"
    plain = tmp_path / "plain.db"
    open_store(plain, encrypted=False, create=True, auto_backup=False).close()
    with pytest.raises(StorageError) as err:
        open_store(plain, passphrase="x")
    assert err.value.code == "not_encrypted"
    with pytest.raises(StorageError) as err:
        open_store(tmp_path / "missing.db", passphrase="x")
    assert err.value.code == "not_found"
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"this is a letter, not a database" * 200)
    with pytest.raises(StorageError) as err:
        open_store(junk, encrypted=False)
    assert err.value.code in ("not_a_database", "passphrase_required")


def test_change_passphrase_rekeys(encrypted_db: Path) -> None:
    store = open_store(encrypted_db, passphrase="correct horse", auto_backup=False)
    try:
        n = store.count_cases()
        store.change_passphrase("battery staple")
        assert store.count_cases() == n  # still usable after the re-key
    finally:
        store.close()
    with pytest.raises(WrongPassphraseError):
        open_store(encrypted_db, passphrase="correct horse")
    store = open_store(encrypted_db, passphrase="battery staple", auto_backup=False)
    try:
        assert store.count_cases() == n
        assert store.audit_entries()[-1].action == "passphrase-change"
    finally:
        store.close()


def test_wrong_passphrase_on_the_command_line_prints_only_our_message(encrypted_db: Path, cli, tmp_path: Path
                                                                     ) -> None:
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("nope\n", encoding="utf-8")
    done = cli("backup", "--db", str(encrypted_db), "--passphrase-file", str(wrong))
    assert done.returncode == 2
    assert done.stdout == ""
    assert done.stderr.strip() == "clinic-app backup: " + WrongPassphraseError().message("fr")
    assert len(done.stderr.strip().splitlines()) == 1
    assert "hmac" not in done.stderr.lower() and "Traceback" not in done.stderr
