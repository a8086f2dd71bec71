"""Backups of a SQLite case database: consistent while the program runs, verified, rotated.

Why SQLite's online backup API: it copies a consistent snapshot page by page while other connections keep
reading and writing, and with SQLCipher it writes the copy encrypted with the same key, so a backup is no
easier to read than the database. Each copy is written beside its final name, verified (it opens with the
key, ``PRAGMA quick_check`` says ok, it holds as many cases as the source) and only then renamed into place:
a power cut during a backup never leaves a half-written file that looks like a good one.

Rotation keeps the newest few of each reason (``open``, ``daily``, ``before-migration``, ``manual``,
``before-restore``, ``before-passphrase-change``); ``daily`` keeps two weeks.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from pathlib import Path
from typing import Any

from clinic_app.storage.connect import raw_connect
from clinic_app.storage.errors import StorageError

KEEP = {"open": 5, "daily": 14, "before-migration": 5, "manual": 20, "before-restore": 5,
        "before-passphrase-change": 3}
_NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6}(?:-\d+)?)-(?P<reason>[a-z-]+)\.db$")


def default_backup_dir(db_path: Path) -> Path:
    """Where backups of ``db_path`` go unless told otherwise: the data folder's ``backups`` for the default
    database, else a ``<name>-backups`` folder beside the file."""
    from clinic_app.paths import default_db_path

    if db_path.resolve() == default_db_path().resolve():
        from clinic_app.paths import backup_dir

        return backup_dir()
    return db_path.with_name(db_path.stem + "-backups")


def _fsync_dir(folder: Path) -> None:
    if os.name == "nt":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def private_file(path: Path) -> None:
    """Create ``path`` empty and 0600 if missing, else tighten it to 0600: SQLite creates files with the
    process's umask (0644 on most systems: readable by every account), and its -wal/-shm/-journal files
    take the database file's mode."""
    if os.name == "nt":
        return
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        if os.fstat(fd).st_mode & 0o077:
            os.fchmod(fd, 0o600)
    finally:
        os.close(fd)


def tighten(db: Path) -> None:
    """Make an existing database and its -wal/-shm files 0600 (files made by an older version were 0644)."""
    if os.name == "nt":
        return
    for path in (db, db.with_name(db.name + "-wal"), db.with_name(db.name + "-shm")):
        try:
            if path.stat().st_mode & 0o077:
                os.chmod(path, 0o600)
        except OSError:  # absent, or not ours
            pass


def count_cases(conn: Any) -> int:
    """Rows of the main table: ``cases``, or ``"case"`` in a file from before migration 0010 (a backup made
    before migrating, an old backup restored); 0 before the first migration."""
    names = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' "
                                            "AND name IN ('cases', 'case')")}
    if not names:
        return 0
    table = "cases" if "cases" in names else '"case"'
    return int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


def verify(path: Path, passphrase: str | None, expected_cases: int | None = None) -> int:
    """Open ``path`` with ``passphrase`` and check it; returns its number of cases. Raises StorageError."""
    try:
        conn = raw_connect(path, passphrase, wal=False)
    except StorageError as exc:
        raise StorageError("backup_failed", path=str(path), detail=exc.code) from None
    try:
        result = conn.execute("PRAGMA quick_check").fetchone()[0]
        if result != "ok":
            raise StorageError("backup_failed", path=str(path), detail="quick_check")
        n = count_cases(conn)
    finally:
        conn.close()
    if expected_cases is not None and n != expected_cases:
        raise StorageError("backup_failed", path=str(path), detail=f"{n} != {expected_cases} cases")
    return n


def copy_database(source: Any, dest: Path, passphrase: str | None) -> int:
    """Online-backup the open DB-API connection ``source`` into a new file ``dest`` (same key).

    Returns the number of cases in the snapshot copied: counted inside the same read transaction as the
    copy, so a save committed by another connection meanwhile cannot make a good backup look short.
    """
    target = raw_connect(dest, passphrase, wal=False)
    try:
        source.execute("BEGIN")
        try:
            n = count_cases(source)
            source.backup(target)
        finally:
            source.execute("COMMIT")
    finally:
        target.close()
    return n


def make_backup(source: Any, folder: Path, stem: str, reason: str, passphrase: str | None) -> Path:
    """Write, verify and rotate one backup of ``source``; returns the new file's path (0600, folder 0700)."""
    from clinic_app.paths import private_dir

    try:
        private_dir(folder)
    except OSError as exc:
        raise StorageError("backup_failed", path=str(folder), detail=type(exc).__name__) from None
    while True:  # microseconds in the name: names sort by time and are never reused after a rotation
        stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%d-%H%M%S-%f")
        final = folder / f"{stem}-{stamp}-{reason}.db"
        if not final.exists():
            break
    part = final.with_suffix(".part")
    part.unlink(missing_ok=True)
    try:
        private_file(part)
        expected = copy_database(source, part, passphrase)
        verify(part, passphrase, expected)
        with open(part, "rb+") as fh:
            os.fsync(fh.fileno())
        os.replace(part, final)
        _fsync_dir(folder)
    except StorageError:
        part.unlink(missing_ok=True)
        raise
    except Exception as exc:  # noqa: BLE001 - disk full, permissions: the user needs to know, not a traceback
        part.unlink(missing_ok=True)
        raise StorageError("backup_failed", path=str(final), detail=type(exc).__name__) from None
    rotate(folder, stem, reason)
    return final


def list_backups(folder: Path, stem: str | None = None) -> list[tuple[Path, str, str]]:
    """(path, stamp, reason) of the backups in ``folder``, newest first."""
    out: list[tuple[Path, str, str]] = []
    if not folder.is_dir():
        return out
    for entry in folder.iterdir():
        m = _NAME.match(entry.name)
        if m and (stem is None or m["stem"] == stem):
            out.append((entry, m["stamp"], m["reason"]))
    out.sort(key=lambda t: (t[1][:15], int(t[1][16:] or 0)), reverse=True)
    return out


def rotate(folder: Path, stem: str, reason: str) -> None:
    keep = KEEP.get(reason, 5)
    same = [p for p, _stamp, r in list_backups(folder, stem) if r == reason]
    for old in same[keep:]:
        old.unlink(missing_ok=True)


def last_backup_time(folder: Path, stem: str) -> dt.datetime | None:
    backups = list_backups(folder, stem)
    if not backups:
        return None
    stamp = backups[0][1][:15]
    return dt.datetime.strptime(stamp, "%Y%m%d-%H%M%S").replace(tzinfo=dt.UTC)
