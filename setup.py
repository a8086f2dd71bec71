"""Build hook of the wheel: carries the top-level ``resources/`` and the compiled translations into it.

Why a hook: the repository keeps ``resources/`` (letter texts, fonts, icons, consent texts, licences) and
``translations/*.ts`` at the top level, where staff and translators find them, and the ``.qm`` files are
build output. A wheel holds only the package, so the build maps ``resources/`` to ``clinic_app/_resources/``
(``clinic_app.resources`` looks there when installed) and compiles every ``.ts`` into ``clinic_app/i18n/``
with Qt's ``lrelease`` (``clinic_app.ui.i18n_build``; PySide6-Essentials is a build requirement).
Everything else is in pyproject.toml. An editable install (scripts/setup.sh) reads the top-level folders
directly and skips this.
"""

from __future__ import annotations

import importlib.util
import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent


def _i18n_build():
    """clinic_app/ui/i18n_build.py, loaded by path (importing clinic_app would need its dependencies)."""
    spec = importlib.util.spec_from_file_location("_clinic_i18n_build", ROOT / "clinic_app" / "ui" / "i18n_build.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


class BuildPyWithResources(build_py):
    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):
            return
        package = Path(self.build_lib) / "clinic_app"
        target = package / "_resources"
        if target.exists():
            shutil.rmtree(target)
        shutil.copytree(ROOT / "resources", target, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
        written = _i18n_build().build(ROOT / "translations", package / "i18n")
        if not written:
            raise SystemExit("setup.py: no translations/*.ts to compile")


setup(cmdclass={"build_py": BuildPyWithResources})
