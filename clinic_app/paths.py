"""Where Clinic Intake keeps its files on a user's machine.

Data, settings, backups and logs go in the platform's standard places (via ``platformdirs``), never next
to the executable. ``CLINIC_APP_HOME`` overrides the base folder: tests point it at a temporary folder,
and a portable (USB stick) install can point it next to the program on purpose.
"""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "ClinicIntake"


def _base(kind: str) -> Path:
    home = os.environ.get("CLINIC_APP_HOME")
    if home:
        return Path(home) / kind
    import platformdirs

    if kind == "data":
        return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    if kind == "config":
        return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))
    if kind == "logs":
        return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))
    raise ValueError(kind)


def private_dir(path: Path) -> Path:
    """Create ``path`` (and parents) if needed and make it 0700: it holds personal data or its traces."""
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    if os.name != "nt":
        try:
            if path.stat().st_mode & 0o077:
                os.chmod(path, 0o700)
        except OSError:  # not ours (a shared folder): leave it, the files inside are 0600
            pass
    return path


def data_dir() -> Path:
    """Folder of the case database, drafts and backups (created on first use, 0700)."""
    return private_dir(_base("data"))


def config_dir() -> Path:
    return private_dir(_base("config"))


def log_dir() -> Path:
    return private_dir(_base("logs"))


def default_db_path() -> Path:
    return data_dir() / "cases.db"


def backup_dir() -> Path:
    return private_dir(data_dir() / "backups")


def is_plain_sqlite_file(path: Path) -> bool:
    """The file starts with plain SQLite's 16-byte header: an unencrypted database (demo, tests).

    An SQLCipher file's first 16 bytes are random salt, so this never mistakes an encrypted file for a plain
    one; the GUI and every command open a plain file without ``--no-encryption`` because of it. False for a
    file that is absent, a folder or unreadable (opening it then says what is wrong).
    """
    try:
        with open(path, "rb") as head:
            return head.read(16) == b"SQLite format 3\x00"
    except OSError:
        return False
