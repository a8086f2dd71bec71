"""Compile ``translations/*.ts`` into ``clinic_app/i18n/*.qm`` with pyside6-lrelease.

Run as ``python -m clinic_app.ui.i18n_build`` (scripts/setup.sh and the installer builds do; the wheel build
calls :func:`build` from setup.py). The .qm files are build output (gitignored). Standard library only.
"""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TS_DIR = ROOT / "translations"
QM_DIR = ROOT / "clinic_app" / "i18n"


def lrelease_command() -> list[str]:
    """pyside6-lrelease next to the running Python first (venv), else on PATH, else the ``lrelease`` PySide6
    ships inside its package (a wheel build's isolated environment may put no script on PATH)."""
    local = Path(sys.executable).with_name("pyside6-lrelease")
    if local.exists():
        return [str(local)]
    found = shutil.which("pyside6-lrelease")
    if found is not None:
        return [found]
    spec = importlib.util.find_spec("PySide6")  # without importing it: no Qt library is loaded here
    for folder in (spec.submodule_search_locations or []) if spec else []:
        binary = Path(folder) / "lrelease"
        if binary.is_file():
            return [str(binary)]
    raise SystemExit("pyside6-lrelease not found: install PySide6 in this environment")


def build(ts_dir: Path = TS_DIR, qm_dir: Path = QM_DIR) -> list[Path]:
    """Compile each .ts file; returns the .qm paths written."""
    qm_dir.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    for ts in sorted(ts_dir.glob("*.ts")):
        qm = qm_dir / (ts.stem + ".qm")
        subprocess.run([*lrelease_command(), "-silent", str(ts), "-qm", str(qm)], check=True)
        written.append(qm)
    return written


def main() -> int:
    for qm in build():
        print(qm)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
