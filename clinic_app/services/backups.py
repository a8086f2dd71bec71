"""Backups of the case database: list them, make one now, restore one (the current database copied first).

Why a service: the Backups window and ``clinic-app backup``/``restore`` must refuse a server database with the
same message and restore through the same checks (the backup verified first, the current file kept).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from clinic_app.storage import CaseStore


@dataclass(frozen=True)
class Backup:
    """One backup file: ``stamp`` YYYYMMDD-HHMMSS (UTC, as in its name) and why it was made."""

    path: Path
    stamp: str
    reason: str

    @property
    def when(self) -> str:
        """'YYYY-MM-DD HH:MM' for display."""
        s = self.stamp
        return f"{s[0:4]}-{s[4:6]}-{s[6:8]} {s[9:11]}:{s[11:13]}"


@dataclass(frozen=True)
class Restored:
    previous_copy: Path
    cases: int


def has_backups(store: CaseStore) -> bool:
    """False for a server database (backed up on the server, with pg_dump)."""
    return store.path is not None and store.backup_dir is not None


def _require_file_database(store: CaseStore) -> None:
    from clinic_app.storage import StorageError

    if not has_backups(store):
        raise StorageError("no_backup_for_server")


def list_backups(store: CaseStore) -> list[Backup]:
    """The backups of this database, newest first (empty for a server database)."""
    from clinic_app.storage import list_backups as listed

    if store.path is None or store.backup_dir is None:
        return []
    return [Backup(path, stamp, reason) for path, stamp, reason in listed(store.backup_dir, store.path.stem)]


def backup_now(store: CaseStore, reason: str = "manual") -> Path:
    """A verified backup now; ``StorageError`` for a server database or a backup that cannot be verified."""
    _require_file_database(store)
    return store.backup_now(reason)


def restore(store: CaseStore, source: Path, passphrase: str | None,
            backup_passphrase: str | None = None) -> Restored:
    """Replace the database by the backup ``source`` (checked first; the current one is backed up first).

    ``backup_passphrase``: the backup's own passphrase when it differs (made before a passphrase change).
    StorageError ``in_use`` while another program has the database open.
    """
    from clinic_app.storage import restore_backup

    _require_file_database(store)
    saved, n = restore_backup(store, source, passphrase, backup_passphrase)
    return Restored(saved, n)


def backup_case_count(store: CaseStore, source: Path, backup_passphrase: str | None = None) -> int:
    """How many cases the backup ``source`` holds, checked as a restore would (shown before a restore is
    confirmed). StorageError ``backup_passphrase`` when it was made with an earlier passphrase."""
    from clinic_app.storage import backup_case_count as counted

    _require_file_database(store)
    return counted(store, source, backup_passphrase)


def restore_open(store: CaseStore, source: Path, backup_passphrase: str | None = None) -> Restored:
    """:func:`restore` with the passphrase the open store was unlocked with (the Backups window)."""
    from clinic_app.storage import restore_with_store_key

    _require_file_database(store)
    saved, n = restore_with_store_key(store, source, backup_passphrase)
    return Restored(saved, n)
