"""The layering rules of DEVELOPERS.md, checked on the code itself.

Dependencies flow one way (ui -> letters/export -> storage -> domain), the domain imports neither Qt nor
SQLAlchemy nor ReportLab, and a subcommand that does not need Qt never loads it.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

PKG = Path(__file__).resolve().parent.parent / "clinic_app"

#: layer -> top-level modules it must never import (at any depth of the file, lazily or not)
FORBIDDEN = {
    "domain": ("PySide6", "sqlalchemy", "alembic", "reportlab", "clinic_app.storage", "clinic_app.letters",
               "clinic_app.export", "clinic_app.ui"),
    "storage": ("PySide6", "reportlab", "clinic_app.letters", "clinic_app.export", "clinic_app.ui"),
    "letters": ("PySide6", "clinic_app.ui", "clinic_app.export"),
    "export": ("PySide6", "clinic_app.ui"),
}


def _imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


@pytest.mark.parametrize("layer", sorted(FORBIDDEN))
def test_layer_imports_only_what_it_may(layer: str) -> None:
    bad = []
    for path in sorted((PKG / layer).rglob("*.py")):
        for name in _imports(path):
            for forbidden in FORBIDDEN[layer]:
                if name == forbidden or name.startswith(forbidden + "."):
                    bad.append(f"{path.relative_to(PKG)} imports {name}")
    assert not bad, "\n".join(bad)


def test_command_modules_import_only_the_standard_library_at_top_level() -> None:
    """``clinic-app --help`` imports every command module: their top level must stay cheap."""
    stdlib = set(sys.stdlib_module_names)
    bad = []
    for path in sorted((PKG / "commands").glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in tree.body:  # top level only
            mods = []
            if isinstance(node, ast.Import):
                mods = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                mods = [node.module]
            for mod in mods:
                root = mod.split(".")[0]
                if root not in stdlib and mod not in ("clinic_app.errors", "clinic_app._version",
                                                          "clinic_app.commands._db") \
                        and root != "__future__":
                    bad.append(f"{path.name}: {mod}")
    assert not bad, bad


def test_help_and_version_do_not_load_heavy_libraries() -> None:
    code = (
        "import sys; from clinic_app import cli; cli.build_parser();"
        "heavy=[m for m in ('PySide6','sqlalchemy','reportlab') if m in sys.modules]; print(heavy)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=PKG.parent)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "[]"


def test_version_matches_pyproject(cli) -> None:
    import tomllib

    from clinic_app import __version__

    meta = tomllib.loads((PKG.parent / "pyproject.toml").read_text())
    assert meta["project"]["dynamic"] == ["version"]
    out = cli("--version")
    assert out.returncode == 0
    assert out.stdout.strip() == f"clinic-app {__version__}"


def test_retention_default_is_the_same_in_the_cli_and_the_gui() -> None:
    """`purge` (no Qt) and the settings dialog must agree on the retention used when none is set."""
    import re

    pattern = re.compile(r"^DEFAULT_RETENTION_DAYS = ([^#\n]+)", re.M)
    values = {name: eval(pattern.search((PKG / name).read_text(encoding="utf-8")).group(1))  # noqa: S307
              for name in ("commands/purge.py", "ui/settings_dialog.py", "ui/data_dialogs.py")}
    assert len(set(values.values())) == 1, values
