"""Write a file so that a reader never sees half of it, and no clear-text copy outlives the program.

Why: an export, a bundle or a report is copied to a USB stick or mailed; a killed process or a full disk
must leave either the previous file or nothing, never a truncated file that looks complete. We write to a
temporary file in the same folder (same file system, so the rename is atomic), flush and fsync it, then
``os.replace`` it over the target. On any error the temporary file is removed.

Why a register of temporary files: an export holds names, phones and immigration status. If the process is
killed (power cut, task manager) the ``except`` never runs and the temporary file would stay beside the
destination. Each temporary file is listed (its path only) in the data folder's ``pending-temp`` folder
while it exists; :func:`remove_leftovers`, called at every start, deletes the ones whose process is gone.
Temporary files are created 0600 and named ``.<target>.<random>.part`` (hidden), never in the system
temporary folder (:func:`temp_beside` also serves the XLSX writer's sheet buffer).
"""

from __future__ import annotations

import contextlib
import logging
import os
import secrets
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO

log = logging.getLogger(__name__)
PART_SUFFIX = ".part"


def _register_dir() -> Path | None:
    try:
        from clinic_app.paths import data_dir

        folder = data_dir() / "pending-temp"
        folder.mkdir(mode=0o700, exist_ok=True)
        return folder
    except OSError:
        return None


def _pid_alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    if sys.platform == "win32":  # pragma: no cover - Windows
        import ctypes

        handle = ctypes.windll.kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
        if not handle:
            return False
        ctypes.windll.kernel32.CloseHandle(handle)
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


@contextlib.contextmanager
def temp_beside(target: Path) -> Iterator[Path]:
    """A new, empty, 0600 temporary file beside ``target``, registered until it is gone; removed on exit
    unless the caller renamed it away."""
    folder = target.parent if str(target.parent) else Path(".")
    fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=PART_SUFFIX, dir=folder)
    os.close(fd)
    tmp = Path(name).resolve()
    entry: Path | None = None
    registry = _register_dir()
    if registry is not None:
        entry = registry / f"{os.getpid()}-{secrets.token_hex(6)}"
        try:
            entry.write_text(str(tmp), encoding="utf-8")
        except OSError:
            entry = None
    try:
        yield tmp
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink()
        if entry is not None:
            with contextlib.suppress(OSError):
                entry.unlink()


@contextlib.contextmanager
def atomic_binary(path: str | os.PathLike[str]) -> Iterator[IO[bytes]]:
    """Open a temporary file beside ``path`` for binary writing; on success it replaces ``path``."""
    target = Path(path)
    with temp_beside(target) as tmp:
        with open(tmp, "r+b") as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)


def write_bytes_atomic(path: str | os.PathLike[str], data: bytes) -> None:
    with atomic_binary(path) as fh:
        fh.write(data)


def remove_leftovers() -> int:
    """Delete the temporary files of processes that died while writing (called at start); returns how many.

    Only files named like ours (hidden, ``.part``) are touched, and only once their process is gone.
    """
    registry = _register_dir()
    if registry is None:
        return 0
    removed = 0
    for entry in registry.iterdir():
        pid_text = entry.name.split("-", 1)[0]
        if not pid_text.isdigit() or _pid_alive(int(pid_text)):
            continue
        try:
            tmp = Path(entry.read_text(encoding="utf-8").strip())
            if tmp.name.startswith(".") and tmp.name.endswith(PART_SUFFIX) and tmp.exists():
                tmp.unlink()
                removed += 1
            entry.unlink()
        except OSError:
            continue
    if removed:
        log.warning("removed %d temporary file(s) left by an interrupted export", removed)
    return removed
