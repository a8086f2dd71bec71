"""The layering rules of docs/development.md, checked on the code itself.

Dependencies flow one way (ui/commands -> services -> letters/export -> storage -> domain), the domain imports
neither Qt nor SQLAlchemy nor ReportLab, the services import neither Qt nor argparse, nothing outside
``storage/`` reaches into its submodules, each front end catches ``Exception`` in one place only, and a
subcommand that does not need Qt never loads it.
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
               "clinic_app.export", "clinic_app.ui", "clinic_app.services"),
    "storage": ("PySide6", "reportlab", "clinic_app.letters", "clinic_app.export", "clinic_app.ui",
                "clinic_app.services"),
    "letters": ("PySide6", "clinic_app.ui", "clinic_app.export", "clinic_app.services"),
    "export": ("PySide6", "clinic_app.ui", "clinic_app.services"),
    "services": ("PySide6", "argparse", "clinic_app.ui", "clinic_app.commands", "clinic_app.cli"),
}


def _imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def _package_files() -> list[Path]:
    return sorted(PKG.rglob("*.py"))


def test_nothing_outside_storage_imports_a_storage_submodule() -> None:
    """Backup, restore, errors, records...: all through ``clinic_app.storage`` (its API), never its files."""
    bad = []
    for path in _package_files():
        if path.is_relative_to(PKG / "storage"):
            continue
        bad += [f"{path.relative_to(PKG)} imports {name}" for name in _imports(path)
                if name.startswith("clinic_app.storage.")]
    assert not bad, "\n".join(bad)


def _broad_handlers(path: Path) -> list[int]:
    """Lines of ``except Exception``, ``except BaseException`` and bare ``except:`` in ``path``."""
    lines = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ExceptHandler):
            names = [node.type] if not isinstance(node.type, ast.Tuple) else list(node.type.elts)
            if node.type is None or any(isinstance(n, ast.Name) and n.id in ("Exception", "BaseException")
                                        for n in names):
                lines.append(node.lineno)
    return lines


def test_each_front_end_catches_exception_in_one_place() -> None:
    """The CLI: ``cli.main`` (exit 3 and the log). The GUI: the exception hook, which is ``sys.excepthook`` and
    so has no ``except`` clause at all; the operation runner's worker thread only hands an exception over to the
    GUI thread, which raises it again (so it reaches the hook); so does the storage workers' runner (background.py).
    Everything else catches ``ClinicError``."""
    cli = {f"{p.relative_to(PKG)}:{n}" for p in [PKG / "cli.py", *sorted((PKG / "commands").glob("*.py"))]
           for n in _broad_handlers(p)}
    assert len(cli) == 1 and next(iter(cli)).startswith("cli.py:"), cli
    gui = {str(p.relative_to(PKG)) for p in sorted((PKG / "ui").rglob("*.py")) if _broad_handlers(p)}
    assert gui == {"ui/operations.py", "ui/background.py"}, gui
    runner = (PKG / "ui" / "operations.py").read_text(encoding="utf-8")
    assert len(_broad_handlers(PKG / "ui" / "operations.py")) == 1 and "raise errors[0]" in runner
    background = (PKG / "ui" / "background.py").read_text(encoding="utf-8")  # the storage workers: same rule
    assert len(_broad_handlers(PKG / "ui" / "background.py")) == 1 and "        raise exc\n" in background


def test_windows_are_imported_not_looked_up_by_name() -> None:
    """A window missing from an installer must be an ImportError the frozen smoke test sees, not a message."""
    bad = []
    for path in sorted((PKG / "ui").rglob("*.py")):
        text = path.read_text(encoding="utf-8")
        if "import_module(" in text or "__import__(" in text:
            bad.append(str(path.relative_to(PKG)))
    assert not bad, bad


def test_errors_are_read_through_the_error_family_not_getattr() -> None:
    """``ClinicError.message(lang)`` is always there: no ``getattr(exc, "message")`` guessing in the front ends."""
    bad = [str(p.relative_to(PKG)) for p in _package_files()
           if 'getattr(exc, "message"' in p.read_text(encoding="utf-8")
           or "getattr(err, \"message\"" in p.read_text(encoding="utf-8")]
    assert not bad, bad


def test_every_user_facing_error_is_a_clinic_error() -> None:
    from clinic_app.domain.errors import FieldError
    from clinic_app.domain.parsing import ParseError
    from clinic_app.errors import ClinicError, UserError
    from clinic_app.export.errors import ExportError
    from clinic_app.letters.render import LetterError
    from clinic_app.letters.templates import TemplateError
    from clinic_app.services.errors import ServiceError
    from clinic_app.storage import StorageError

    for cls in (FieldError, ParseError, UserError, ExportError, LetterError, TemplateError, ServiceError,
                StorageError):
        assert issubclass(cls, ClinicError), cls
    # every Exception subclass defined in the package derives from ClinicError (bugs are not classes)
    bad = []
    for path in _package_files():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef) and any(isinstance(b, ast.Name) and b.id == "Exception"
                                                      for b in node.bases):
                bad.append(f"{path.relative_to(PKG)}: {node.name}")
    assert bad == ["errors.py: ClinicError"], bad


def test_the_letters_window_renders_its_letter_once(qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Opening the letters window renders the PDF once (it used to render it twice: layout, then init)."""
    import datetime as dt

    from clinic_app.domain.demo import generate_demo
    from clinic_app.letters import render
    from clinic_app.storage import open_store
    from clinic_app.ui.letter_preview import LetterPreviewDialog

    store = open_store(tmp_path / "once.db", encrypted=False, create=True, auto_backup=False)
    ests, cases = generate_demo(20, seed=4)
    for est in ests:
        store.save_establishment(est)
    store.create_cases(cases)
    calls: list[str] = []
    real = render.render_letter

    def counted(*args, **kwargs):  # the real renderer, counted
        calls.append(str(kwargs.get("kind")))
        return real(*args, **kwargs)

    monkeypatch.setattr(render, "render_letter", counted)
    try:
        dialog = LetterPreviewDialog(store, cases[0].uuid, ui_lang="en", today=dt.date(2025, 3, 3))
        qtbot.addWidget(dialog)
        assert len(calls) == 1, calls
        dialog.lang.setCurrentIndex(1 - dialog.lang.currentIndex())  # another language: one more, not two
        assert len(calls) == 2, calls
    finally:
        store.close()


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
              for name in ("commands/purge.py", "ui/settings_dialog.py", "ui/data_dialogs.py", "services/purge.py")}
    assert len(set(values.values())) == 1, values
