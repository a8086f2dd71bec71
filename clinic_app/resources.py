"""Where the program's bundled files are: letter templates, fonts, icons, licences, compiled translations.

They live in the top-level ``resources/`` folder of the source tree (so staff can edit letter wording
without touching Python), in ``resources/`` inside a PyInstaller bundle (``sys._MEIPASS``) and in
``clinic_app/_resources/`` in an installed wheel (setup.py maps the top-level folder there).
``CLINIC_APP_RESOURCES`` overrides all three (tests, a clinic's customised templates).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path


def resources_root() -> Path:
    override = os.environ.get("CLINIC_APP_RESOURCES")
    if override:
        return Path(override)
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "resources"
    packaged = Path(__file__).resolve().parent / "_resources"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parent.parent / "resources"


def resource_path(*parts: str) -> Path:
    """Path of a bundled file; refuses absolute parts and ``..`` so a name from data cannot escape."""
    for part in parts:
        if Path(part).is_absolute() or ".." in Path(part).parts:
            raise ValueError(f"invalid resource name: {part!r}")
    return resources_root().joinpath(*parts)
