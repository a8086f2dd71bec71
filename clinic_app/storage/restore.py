"""Restoring a backup into an open store: check the backup, back up the current file, then copy in.

Why through the backup API rather than copying the file: the database may be in WAL mode with a ``-wal``
file beside it; SQLite's backup API replaces the contents under its own locks, so a crash half-way leaves
the old contents whole.

Why the exclusive lock (:meth:`CaseStore.exclusive`): a program that has the file open while it is replaced
keeps saving into contents that are about to vanish (16 saves confirmed during a restore were found in
neither file). The restore is refused while any other program has the file open.

Why a separate backup passphrase: a backup keeps the passphrase the database had when it was made; after a
passphrase change it opens only with the old one. It is re-keyed to the current passphrase on a copy (in the
database's folder, encrypted all along, removed afterwards), so the restored database keeps the current one.
"""

from __future__ import annotations

import contextlib
import os
import shutil
from pathlib import Path
from typing import Any

from clinic_app.storage import backup as backups
from clinic_app.storage.connect import _quote, file_is_plain_sqlite, raw_connect
from clinic_app.storage.errors import StorageError


def restore_backup(store: Any, source: Path, passphrase: str | None,
                   backup_passphrase: str | None = None) -> tuple[Path, int]:
    """Replace ``store``'s contents by the backup ``source``; returns (copy of the old file, cases restored).

    ``passphrase`` is the database's current one; ``backup_passphrase`` the backup's, when it differs (a
    backup made before a passphrase change). StorageError ``backup_passphrase`` when the backup does not
    open with the passphrase given for it, ``in_use`` while another program has the database open.
    """
    key = backup_passphrase if backup_passphrase else passphrase
    if (key is None) != file_is_plain_sqlite(source):
        raise StorageError("passphrase_required" if key is None else "not_encrypted")
    try:
        n = backups.verify(source, key)
    except StorageError as exc:
        if exc.params.get("detail") == "wrong_passphrase":
            raise StorageError("backup_passphrase", path=str(source)) from None
        raise
    with store.exclusive():
        purged = store.tombstones()  # cases purged since the backup was made must stay purged
        saved = store.backup_now("before-restore")
        copy: Path | None = None
        try:
            origin = source
            if key is not None and passphrase is not None and key != passphrase:
                copy = _rekeyed_copy(source, key, passphrase, store.path.parent)
                origin = copy
            src = raw_connect(origin, passphrase, wal=False)
            raw = store._engine.raw_connection()  # noqa: SLF001 - the store's own connection pool
            try:
                src.backup(raw.driver_connection)
            finally:
                raw.close()
                src.close()
        finally:
            if copy is not None:
                copy.unlink(missing_ok=True)
        store._engine.dispose()  # noqa: SLF001 - pooled connections must not keep the old schema cache
        _upgrade_if_older(store)
        n -= store.apply_tombstones(purged)
    store.record_audit("restore", detail=f"cases={n}")
    return saved, n


def backup_case_count(store: Any, source: Path, backup_passphrase: str | None = None) -> int:
    """Check the backup ``source`` as a restore would and count its cases (nothing is changed): the open store's
    own passphrase, or ``backup_passphrase`` for a backup made before a passphrase change (StorageError
    ``backup_passphrase`` when it does not open with the one tried)."""
    passphrase = store._passphrase  # noqa: SLF001 - the key of the database the user already unlocked
    key = backup_passphrase if backup_passphrase else passphrase
    if (key is None) != file_is_plain_sqlite(source):
        raise StorageError("passphrase_required" if key is None else "not_encrypted")
    try:
        return backups.verify(source, key)
    except StorageError as exc:
        if exc.params.get("detail") == "wrong_passphrase":
            raise StorageError("backup_passphrase", path=str(source)) from None
        raise


def restore_with_store_key(store: Any, source: Path, backup_passphrase: str | None = None) -> tuple[Path, int]:
    """:func:`restore_backup` with the open store's own passphrase (the GUI: the user unlocked it already)."""
    return restore_backup(store, source, store._passphrase, backup_passphrase)  # noqa: SLF001


def _rekeyed_copy(source: Path, old: str, new: str, folder: Path) -> Path:
    """A copy of the encrypted backup ``source`` re-keyed from ``old`` to ``new`` (never decrypted on disk)."""
    copy = folder / f".{source.name}.{os.getpid()}.rekey"
    copy.unlink(missing_ok=True)
    fd = os.open(copy, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
    try:
        with os.fdopen(fd, "wb") as out, open(source, "rb") as src:
            shutil.copyfileobj(src, out)
        conn = raw_connect(copy, old, wal=False)
        try:
            conn.execute(f"PRAGMA rekey = {_quote(new)}")
        finally:
            conn.close()
    except BaseException:
        with contextlib.suppress(OSError):
            copy.unlink()
        raise
    return copy


def _upgrade_if_older(store: Any) -> None:
    """A backup made by an older version holds an older schema: bring it to this version's (the exclusive
    lock is held, as for any migration)."""
    from clinic_app.storage import migrate

    with store._engine.connect() as conn:  # noqa: SLF001
        revision = migrate.current_revision(conn)
        conn.rollback()
        if revision != migrate.HEAD and revision in migrate.KNOWN:
            migrate.upgrade(conn)
