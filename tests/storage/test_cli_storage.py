"""The storage commands as a user runs them: demo-data, backup, purge (one-line errors, no traceback)."""

from __future__ import annotations

from pathlib import Path

from clinic_app.storage import CaseQuery, open_store


def test_demo_data_fills_an_encrypted_database(tmp_path: Path, cli) -> None:
    db = tmp_path / "demo.db"
    secret = tmp_path / "pw.txt"
    secret.write_text("demo passphrase\n", encoding="utf-8")
    done = cli("demo-data", "--db", str(db), "--count", "40", "--passphrase-file", str(secret), "--lang", "en")
    assert done.returncode == 0, done.stderr
    assert "40 fictional cases added (40 in all)" in done.stdout
    again = cli("demo-data", "--db", str(db), "--count", "10", "--passphrase-file", str(secret))
    assert again.returncode == 0 and "(50 au total)" in again.stdout
    store = open_store(db, passphrase="demo passphrase", auto_backup=False)
    try:
        rows = store.list_cases(CaseQuery(limit=None))
        assert len(rows) == 50
        assert {r.kind.value for r in rows} == {"warehouse", "driver"}
    finally:
        store.close()


def test_passphrase_comes_from_the_environment_and_is_required(tmp_path: Path, cli) -> None:
    db = tmp_path / "env.db"
    done = cli("demo-data", "--db", str(db), "--count", "3", env={"CLINIC_APP_PASSPHRASE": "from env"})
    assert done.returncode == 0, done.stderr
    missing = cli("backup", "--db", str(db), "--lang", "en", env={"CLINIC_APP_PASSPHRASE": ""})
    assert missing.returncode == 2
    assert missing.stderr.strip().endswith("passphrase required: --passphrase-file FILE or the "
                                           "CLINIC_APP_PASSPHRASE variable")


def test_bad_options_name_the_option(tmp_path: Path, cli) -> None:
    done = cli("demo-data", "--db", str(tmp_path / "x.db"), "--count", "0", "--no-encryption", "--lang", "en")
    assert done.returncode == 1 and "--count" in done.stderr and "Traceback" not in done.stderr
    done = cli("backup", "--db", str(tmp_path / "none.db"), "--no-encryption")
    assert done.returncode == 2 and "n'existe pas" in done.stderr
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    done = cli("backup", "--db", str(tmp_path / "none.db"), "--passphrase-file", str(empty), "--lang", "en")
    assert done.returncode == 2 and "--passphrase-file: the file is empty" in done.stderr


def test_purge_lists_then_erases_with_yes(tmp_path: Path, cli) -> None:
    db = tmp_path / "p.db"
    assert cli("demo-data", "--db", str(db), "--count", "60", "--no-encryption").returncode == 0
    short = cli("purge", "--db", str(db), "--no-encryption", "--days", "30", "--lang", "en")
    assert short.returncode == 1 and "at least 365 days" in short.stderr  # never below the legal minimum
    import sqlite3

    with sqlite3.connect(db) as conn:  # the closed cases were closed two years ago
        conn.execute("UPDATE cases SET closed_at = datetime(closed_at, '-2 years') WHERE closed_at IS NOT NULL")
    conn.close()
    listed = cli("purge", "--db", str(db), "--no-encryption", "--days", "365", "--lang", "en")
    assert listed.returncode == 0, listed.stderr
    n = int(listed.stdout.strip().splitlines()[-1].split()[0])
    assert n > 0 and "run again with --yes" in listed.stdout
    store = open_store(db, encrypted=False, auto_backup=False)
    assert store.count_cases(CaseQuery(include_deleted=True)) == 60
    store.close()
    erased = cli("purge", "--db", str(db), "--no-encryption", "--days", "365", "--yes", "--lang", "en")
    assert erased.returncode == 0 and f"{n} case(s) erased" in erased.stdout
    store = open_store(db, encrypted=False, auto_backup=False)
    try:
        assert store.count_cases(CaseQuery(include_deleted=True)) == 60 - n
        assert sum(a.action == "purge" for a in store.audit_entries()) == n
    finally:
        store.close()


def test_backup_list_shows_the_backups(tmp_path: Path, cli) -> None:
    db = tmp_path / "b.db"
    assert cli("demo-data", "--db", str(db), "--count", "5", "--no-encryption").returncode == 0
    made = cli("backup", "--db", str(db), "--no-encryption", "--lang", "en")
    assert made.returncode == 0 and made.stdout.startswith("verified backup: ")
    listed = cli("backup", "--db", str(db), "--no-encryption", "--list")
    assert "manual" in listed.stdout and str(tmp_path / "b-backups") in listed.stdout


def test_passphrase_command_rekeys_and_refuses_a_short_one(tmp_path: Path, cli) -> None:
    from clinic_app.storage import WrongPassphraseError

    db = tmp_path / "k.db"
    old, new, short = tmp_path / "old.txt", tmp_path / "new.txt", tmp_path / "short.txt"
    old.write_text("old passphrase\n", encoding="utf-8")
    new.write_text("a much newer passphrase\n", encoding="utf-8")
    short.write_text("abc\n", encoding="utf-8")
    assert cli("demo-data", "--db", str(db), "--count", "5", "--passphrase-file", str(old)).returncode == 0
    refused = cli("passphrase", "--db", str(db), "--passphrase-file", str(old), "--new-passphrase-file", str(short),
                  "--lang", "en")
    assert refused.returncode == 1 and "at least 8 characters" in refused.stderr
    open_store(db, passphrase="old passphrase", auto_backup=False).close()  # unchanged
    done = cli("passphrase", "--db", str(db), "--passphrase-file", str(old), "--new-passphrase-file", str(new),
               "--lang", "en")
    assert done.returncode == 0, done.stderr
    import pytest

    with pytest.raises(WrongPassphraseError):
        open_store(db, passphrase="old passphrase")
    store = open_store(db, passphrase="a much newer passphrase", auto_backup=False)
    try:
        assert store.count_cases() == 5
    finally:
        store.close()
    assert any(p.name.endswith("before-passphrase-change.db") for p in (tmp_path / "k-backups").iterdir())


def test_access_export_writes_everything_about_the_person(tmp_path: Path, cli) -> None:
    import json

    db = tmp_path / "a.db"
    assert cli("demo-data", "--db", str(db), "--count", "8", "--no-encryption").returncode == 0
    store = open_store(db, encrypted=False, auto_backup=False)
    try:
        row = store.list_cases(CaseQuery(limit=1))[0]
        case = store.get_case(row.uuid)
    finally:
        store.close()
    out = tmp_path / "person.json"
    done = cli("access-export", "--db", str(db), "--no-encryption", "--case", row.case_number.lower(),
               "--out", str(out))
    assert done.returncode == 0, done.stderr
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["case"]["person"]["family_name"] == case.person.family_name
    assert data["audit"][-1]["action"] == "access-export" and data["letters"] == []
    missing = cli("access-export", "--db", str(db), "--no-encryption", "--case", "NOPE-000999", "--out",
                  str(tmp_path / "x.json"), "--lang", "en")
    assert missing.returncode == 1 and "no case NOPE-000999" in missing.stderr
    store = open_store(db, encrypted=False, auto_backup=False)
    try:
        assert store.audit_entries(row.uuid)[-1].action == "access-export"
    finally:
        store.close()
