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


def data_dir() -> Path:
    """Folder of the case database, drafts and backups (created on first use)."""
    path = _base("data")
    path.mkdir(parents=True, exist_ok=True)
    return path


def config_dir() -> Path:
    path = _base("config")
    path.mkdir(parents=True, exist_ok=True)
    return path


def log_dir() -> Path:
    path = _base("logs")
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_db_path() -> Path:
    return data_dir() / "cases.db"


def backup_dir() -> Path:
    path = data_dir() / "backups"
    path.mkdir(parents=True, exist_ok=True)
    return path
