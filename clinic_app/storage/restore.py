"""Restoring a backup into an open store: check the backup, back up the current file, then copy in.

Why through the backup API rather than copying the file: the database may be in WAL mode with a ``-wal``
file beside it; SQLite's backup API replaces the contents under its own locks, so a crash half-way leaves
the old contents whole.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from clinic_app.storage import backup as backups
from clinic_app.storage.connect import file_is_plain_sqlite, raw_connect
from clinic_app.storage.errors import StorageError


def restore_backup(store: Any, source: Path, passphrase: str | None) -> tuple[Path, int]:
    """Replace ``store``'s contents by the backup ``source``; returns (copy of the old file, cases restored)."""
    if (passphrase is None) != file_is_plain_sqlite(source):
        raise StorageError("passphrase_required" if passphrase is None else "not_encrypted")
    n = backups.verify(source, passphrase)
    saved = store.backup_now("before-restore")
    src = raw_connect(source, passphrase, wal=False)
    raw = store._engine.raw_connection()  # noqa: SLF001 - the store's own connection pool
    try:
        src.backup(raw.driver_connection)
    finally:
        raw.close()
        src.close()
    store._engine.dispose()  # noqa: SLF001 - pooled connections must not keep the old schema cache
    store.record_audit("restore", detail=f"cases={n}")
    return saved, n
