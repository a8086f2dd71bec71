"""What every start of the program does before anything else: protect the process and its files.

Why here, called first by :func:`clinic_app.cli.main` (GUI and every command):

- core dumps off (``RLIMIT_CORE = 0``): a crash dump holds the passphrase and decrypted rows;
- ``umask 077``: every file the program creates (database, WAL/SHM, backups, exports, letters, logs) is
  readable by this account only, every folder 0700, even where the code does not say so itself;
- logging: warnings and errors to a rotating file in the platform's log folder (``automatic backup failed``
  used to go nowhere); log lines never hold case data (see :mod:`clinic_app.logs`);
- temporary files left by an export killed mid-way are removed (:func:`clinic_app.export.atomic.remove_leftovers`).

Standard library only at import time: the GUI must show its window fast.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
from pathlib import Path

LOG_NAME = "clinic-app.log"
LOG_MAX_BYTES = 1024 * 1024
LOG_BACKUPS = 3
_configured: list[logging.Handler] = []


def disable_core_dumps() -> bool:
    """Set the core-file limit to 0 (POSIX); returns whether it is 0 now."""
    try:
        import resource
    except ImportError:  # Windows: no core files; Windows Error Reporting dumps are a system setting
        return False
    try:
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    except (ValueError, OSError):
        return False
    return resource.getrlimit(resource.RLIMIT_CORE)[0] == 0


def restrict_new_files() -> None:
    """New files 0600, new folders 0700 (POSIX)."""
    if os.name != "nt":
        os.umask(0o077)


class _PrivateRotatingHandler(logging.handlers.RotatingFileHandler):
    """A rotating log file created 0600 (the umask may not be set when a library configures logging)."""

    def _open(self):  # type: ignore[no-untyped-def]
        stream = super()._open()
        if os.name != "nt":
            try:
                os.chmod(self.baseFilename, 0o600)
            except OSError:
                pass
        return stream


def configure_logging(folder: Path | None = None) -> Path | None:
    """Warnings and errors of the ``clinic_app`` loggers to ``<log folder>/clinic-app.log`` (rotated at 1 MB,
    3 old files kept). Returns the file's path, or ``None`` if the log folder cannot be written."""
    if _configured:
        return Path(getattr(_configured[0], "baseFilename", "")) or None
    try:
        if folder is None:
            from clinic_app.paths import log_dir

            folder = log_dir()
        folder.mkdir(parents=True, exist_ok=True)
        if os.name != "nt":
            os.chmod(folder, 0o700)
        handler = _PrivateRotatingHandler(folder / LOG_NAME, maxBytes=LOG_MAX_BYTES, backupCount=LOG_BACKUPS,
                                          encoding="utf-8", delay=True)
    except OSError:
        return None
    handler.setLevel(logging.WARNING)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logger = logging.getLogger("clinic_app")
    logger.addHandler(handler)
    if logger.level == logging.NOTSET or logger.level > logging.WARNING:
        logger.setLevel(logging.WARNING)
    _configured.append(handler)
    return folder / LOG_NAME


def prepare_process() -> None:
    """Everything above, in order; never raises (a start must not fail for want of a log file)."""
    disable_core_dumps()
    restrict_new_files()
    configure_logging()
    try:
        from clinic_app.export.atomic import remove_leftovers

        remove_leftovers()
    except Exception:  # noqa: BLE001 - best effort: a leftover is retried at the next start
        logging.getLogger("clinic_app").warning("could not check for leftover temporary files")
