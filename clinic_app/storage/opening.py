"""Opening a case file without SQLAlchemy: the checks every open makes, and the list's first page at start-up.

Why a module without SQLAlchemy: importing SQLAlchemy and the store costs about 0.6 s of CPU on the clinic's
laptops, more than the whole of a bare window showing a table read straight from SQLCipher. So the GUI reads
the list's first page here, with the SQLCipher driver alone (:func:`first_look`), paints the window with it,
and only then imports the store, which takes over this connection and this lock (``open_store(...,
first_look=...)``) instead of opening the file a second time.

Everything here is exactly what :func:`~clinic_app.storage.store.open_store` does, in the same order, so a
wrong passphrase, a lock, a missing file or a file that is not a database raise the very same
:class:`StorageError` with the same message: :func:`check_file` is the one both call, the connection comes from
:func:`~clinic_app.storage.connect.raw_connect` (the store's engine makes every connection with it), and the
list's rows are read with the store's own SQL for the list's first page (sorted by case number, deleted cases
left out; ``tests/storage/test_first_look.py`` compares the two). A file whose schema is not this version's
(a migration is due, or it is newer) is left to ``open_store``: :func:`first_look` says so and holds nothing.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from clinic_app.storage.errors import StorageError, from_os_error
from clinic_app.storage.filelock import CaseFileLock
from clinic_app.storage.migrate import HEAD
from clinic_app.storage.records import CasePage, CaseRow

#: the list's page and the cap of its count (``ui/case_list_model.py``: PAGE, COUNT_CAP)
PAGE = 200
COUNT_CAP = 10_000

#: the store's first page of ``CaseQuery()`` (``CaseStore.list_page``: keyset paging over the index
#: ``ix_cases_list_number``), column for column
_FIRST_PAGE_SQL = (
    "SELECT uuid, case_number, kind, status, display_name, site_or_company, amount_owed_cents, shortfall_cents, "
    "claim_deadline, updated_at, deleted_at, figures_version FROM cases WHERE deleted_at IS NULL "
    "ORDER BY case_number ASC LIMIT ?")
#: the store's capped count (``CaseStore.count_cases(cap=...)``)
_CAPPED_COUNT_SQL = "SELECT count(*) FROM (SELECT 1 FROM cases WHERE deleted_at IS NULL LIMIT ?)"


def check_file(db: Path, *, encrypted: bool, passphrase: str | None, create: bool) -> bool:
    """What is checked before a SQLite case file is opened; returns whether it exists (with content).

    Missing file, missing passphrase, a plain file opened as encrypted or the reverse: each its own
    StorageError, nothing written. A new file is created 0600 in a 0700 folder; an existing one tightened.
    """
    try:
        exists = db.exists() and db.stat().st_size > 0
        if not exists and not create:
            raise StorageError("not_found", path=str(db))
        if encrypted and not passphrase:
            raise StorageError("passphrase_required" if exists else "empty_passphrase")
        from clinic_app.storage import backup as backups

        if exists:
            from clinic_app.storage.connect import file_is_plain_sqlite

            plain = file_is_plain_sqlite(db)
            if encrypted and plain:
                raise StorageError("not_encrypted")
            if not encrypted and not plain:
                raise StorageError("passphrase_required")
        else:
            if not db.parent.exists():
                from clinic_app.paths import private_dir

                private_dir(db.parent)
            backups.private_file(db)  # 0600 from the first byte; SQLite gives -wal/-shm the same mode
        if exists:
            backups.tighten(db)
    except OSError as exc:
        raise from_os_error(exc, str(db)) from None
    return exists


def shared_lock(db: Path) -> CaseFileLock:
    """The shared lock every open store holds on its file (StorageError ``in_use`` during a restore)."""
    lock = CaseFileLock(db)
    try:
        lock.acquire_shared()
    except OSError as exc:
        raise from_os_error(exc, str(db)) from None
    return lock


def _cents(value: int | None) -> Decimal | None:
    return None if value is None else Decimal(value).scaleb(-2)  # as mapping.from_cents


def _utc(value: str | None) -> dt.datetime | None:
    """A ``UTCDateTime`` column as SQLAlchemy reads it on SQLite: naive text in UTC, returned aware."""
    return None if value is None else dt.datetime.fromisoformat(value).replace(tzinfo=dt.UTC)


def _row(r: tuple[Any, ...]) -> CaseRow:
    from clinic_app.domain.case_kinds import CaseKind, CaseStatus
    from clinic_app.domain.figures_version import FIGURES_VERSION

    uuid, number, kind, status, name, site, owed, shortfall, deadline, updated, deleted, version = r
    updated_at = _utc(updated)
    assert updated_at is not None  # NOT NULL
    return CaseRow(uuid, number, CaseKind(kind), CaseStatus(status), name, site, _cents(owed), _cents(shortfall),
                   None if deadline is None else dt.date.fromisoformat(deadline), updated_at, deleted is not None,
                   version == FIGURES_VERSION)


@dataclass
class FirstLook:
    """An opened, checked case file and the list's first page, before SQLAlchemy is imported.

    Holds the connection and the shared lock until :func:`~clinic_app.storage.store.open_store` takes them
    (``first_look=``) or :meth:`close` lets them go.
    """

    path: Path
    passphrase: str | None
    #: the first page of ``CaseQuery()`` (sorted by case number), PAGE rows at most
    page: CasePage
    #: the cases the list counts, at most COUNT_CAP + 1 (as ``count_cases(cap=COUNT_CAP)``)
    total: int
    _conn: Any = field(repr=False, default=None)
    _lock: CaseFileLock | None = field(repr=False, default=None)

    def take(self) -> tuple[Any, CaseFileLock]:
        """Hand the connection and the lock over (once) to the store that opens the same file."""
        if self._conn is None or self._lock is None:
            raise RuntimeError("this first look was already handed over or closed")
        conn, lock = self._conn, self._lock
        self._conn, self._lock = None, None
        return conn, lock

    def close(self) -> None:
        """Close the connection and drop the lock, unless a store took them."""
        if self._conn is not None:
            self._conn.close()
            self._conn = None
        if self._lock is not None:
            self._lock.release()
            self._lock = None


def _read_first_page(conn: Any, path: Path) -> tuple[list[CaseRow], int] | None:
    """The first page and the capped count, from one snapshot; ``None`` if the schema is not HEAD."""
    import sqlcipher3.dbapi2 as driver

    from clinic_app.storage.errors import from_sqlite_error

    try:
        conn.execute("BEGIN")  # the page and its count from one snapshot, as the store reads them
        try:
            has_version = conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND "
                                       "name = 'alembic_version'").fetchone() is not None
            revision = conn.execute("SELECT version_num FROM alembic_version").fetchone() if has_version else None
            if revision is None or revision[0] != HEAD:
                return None
            rows = [_row(r) for r in conn.execute(_FIRST_PAGE_SQL, (PAGE,)).fetchall()]
            total = int(conn.execute(_CAPPED_COUNT_SQL, (COUNT_CAP + 1,)).fetchone()[0])
        finally:
            conn.execute("ROLLBACK")  # read only: nothing to keep
    except driver.Error as exc:
        raise from_sqlite_error(exc, str(path)) or StorageError(
            "io_error", path=str(path), detail=type(exc).__name__) from None
    return rows, total


def first_look(path: Path, passphrase: str) -> FirstLook | None:
    """Open the encrypted file ``path``, check it is at this version's schema and read the list's first page.

    Raises the StorageError ``open_store`` raises for the same file and passphrase (wrong passphrase, in use,
    busy, not a database...). Returns ``None``, holding nothing, when the schema is not this version's: the
    file must then go through ``open_store`` (a migration, or a "newer version" message).
    """
    from clinic_app.storage.connect import raw_connect

    check_file(path, encrypted=True, passphrase=passphrase, create=False)
    lock = shared_lock(path)
    conn = None
    try:
        conn = raw_connect(path, passphrase)
        read = _read_first_page(conn, path)
    except BaseException:
        if conn is not None:
            conn.close()
        lock.release()
        raise
    if read is None:
        conn.close()
        lock.release()
        return None
    rows, total = read
    after = (rows[-1].case_number, rows[-1].case_number) if len(rows) == PAGE else None
    return FirstLook(path, passphrase, CasePage(rows, after), total, conn, lock)
