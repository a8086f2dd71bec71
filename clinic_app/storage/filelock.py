"""One lock file beside the case file, shared by every program that has it open.

Why: SQLite's own locks protect single transactions, not operations that replace the whole file under the
other programs' feet. A restore, a passphrase change or a migration made while the GUI (or a CLI command,
on this laptop or another one on a shared folder) has the file open would make that program's saves land
in the old contents and vanish, or make every one of its calls fail ("file is not a database"). So every
open store holds a *shared* lock on ``<case file>.lock`` for as long as it is open, and those operations
need the *exclusive* lock: refused at once, with a clear message, while anyone else has the file open.

POSIX: ``flock`` on the lock file (per open file, so two stores in one process count as two holders; on
network file systems it is only as good as the server's locking). Windows has no shared file lock in
``msvcrt``: each holder locks one byte of its own in a range of :data:`_SLOTS` bytes, and the exclusive
lock is the whole range.

The lock file holds no data; it is created 0600 and left in place (removing it could race a new holder).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import IO

from clinic_app.storage.errors import StorageError

_SLOTS = 4096  # Windows: how many programs can hold the shared lock at once


def lock_path(db: Path) -> Path:
    return db.with_name(db.name + ".lock")


class CaseFileLock:
    """The shared lock of one open store on its case file, upgradable to exclusive for a moment."""

    def __init__(self, db: Path) -> None:
        self.path = lock_path(db)
        self._db = db
        self._fh: IO[bytes] | None = None
        self._slot: int | None = None  # Windows: the byte this holder locks

    # -- acquire / release ----------------------------------------------------------------------------------
    def acquire_shared(self) -> None:
        """Take the shared lock; :class:`StorageError` ``in_use`` if a restore or re-key holds it exclusively.

        The last holder removes the lock file on release; a holder that locked a file removed meanwhile
        (its inode is no longer the one at the path) opens the new one and locks again.
        """
        for _attempt in range(50):
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT | getattr(os, "O_BINARY", 0), 0o600)
            self._fh = os.fdopen(fd, "r+b")
            try:
                if not self._lock(exclusive=False):
                    raise StorageError("in_use", path=str(self._db))
                if os.name == "nt" or self._same_file():
                    return
            except BaseException:
                self._close()
                raise
            self._close()
        raise StorageError("in_use", path=str(self._db))

    def _same_file(self) -> bool:
        assert self._fh is not None
        try:
            return os.stat(self.path).st_ino == os.fstat(self._fh.fileno()).st_ino
        except FileNotFoundError:
            return False

    def release(self) -> None:
        """Drop the lock; the last holder also removes the (empty) lock file."""
        if self._fh is not None and os.name != "nt" and self._lock(exclusive=True, quiet=True):
            try:
                os.unlink(self.path)
            except OSError:
                pass
        self._close()

    def exclusive(self) -> _Exclusive:
        """``with lock.exclusive():`` the operation runs only if no other program has the file open."""
        return _Exclusive(self)

    # -- platform parts -------------------------------------------------------------------------------------
    def _lock(self, *, exclusive: bool, quiet: bool = False) -> bool:
        assert self._fh is not None
        if os.name == "nt":
            return self._lock_windows(exclusive)
        import fcntl

        try:
            fcntl.flock(self._fh.fileno(), (fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH) | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        except OSError as exc:  # a file system without locks: say so in the log, do not stop intake
            if quiet:
                return False
            import logging

            logging.getLogger(__name__).warning("case file lock unavailable: %s", exc.strerror)
        return True

    def _lock_windows(self, exclusive: bool) -> bool:  # pragma: no cover - exercised on Windows only
        if sys.platform != "win32":
            return True
        import msvcrt

        assert self._fh is not None
        fd = self._fh.fileno()
        if exclusive:
            if self._slot is not None:
                self._unlock_range(self._slot + 1, 1)
            try:
                os.lseek(fd, 0, os.SEEK_SET)
                msvcrt.locking(fd, msvcrt.LK_NBLCK, _SLOTS + 1)
            except OSError:
                if self._slot is not None:
                    self._slot = None
                    self._lock_windows(False)
                return False
            self._slot = -1
            return True
        if self._slot == -1:
            self._unlock_range(0, _SLOTS + 1)
            self._slot = None
        try:  # the exclusive holder locks byte 0 with the rest: a shared holder checks it first
            os.lseek(fd, 0, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
            os.lseek(fd, 0, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
        except OSError:
            return False
        start = os.getpid() % _SLOTS
        for i in range(_SLOTS):
            slot = (start + i) % _SLOTS
            try:
                os.lseek(fd, slot + 1, os.SEEK_SET)
                msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
            except OSError:
                continue
            self._slot = slot
            return True
        return False

    def _unlock_range(self, start: int, length: int) -> None:  # pragma: no cover - Windows only
        if sys.platform != "win32":
            return
        import msvcrt

        assert self._fh is not None
        try:
            os.lseek(self._fh.fileno(), start, os.SEEK_SET)
            msvcrt.locking(self._fh.fileno(), msvcrt.LK_UNLCK, length)
        except OSError:
            pass

    def _close(self) -> None:
        if self._fh is not None:
            self._fh.close()  # closing the file releases its locks on every platform
            self._fh = None
            self._slot = None


class _Exclusive:
    def __init__(self, lock: CaseFileLock) -> None:
        self._lock = lock

    def __enter__(self) -> None:
        if self._lock._fh is None:  # noqa: SLF001
            self._lock.acquire_shared()
        if not self._lock._lock(exclusive=True):  # noqa: SLF001
            # flock may have dropped the shared lock while trying: take it back before reporting.
            self._lock._lock(exclusive=False)  # noqa: SLF001
            raise StorageError("in_use", path=str(self._lock._db))  # noqa: SLF001

    def __exit__(self, *exc: object) -> None:
        self._lock._lock(exclusive=False)  # noqa: SLF001 - back to shared: the store stays open
