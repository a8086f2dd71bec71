"""ruff and mypy, with the configuration in pyproject.toml, run as part of the test suite.

Why in the tests: ``bash scripts/test.sh`` is what CI runs; a lint or type error fails the build the same way a
failing test does, and nobody has to remember a second command. The rule sets are explained in
docs/development.md. Both tools are development dependencies (``pip install -e .[dev]``); a missing tool is a
failure here, not a skip, so CI can never pass without having run them.
"""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _run(module: str, *args: str) -> subprocess.CompletedProcess[str]:
    if importlib.util.find_spec(module) is None:
        pytest.fail(f"{module} is not installed: run `bash scripts/setup.sh --dev` (it is a dev dependency)")
    return subprocess.run([sys.executable, "-m", module, *args], cwd=ROOT, capture_output=True, text=True,
                          timeout=600)


def test_ruff_finds_nothing() -> None:
    done = _run("ruff", "check", "--no-cache", "clinic_app", "tests", "scripts", "bench")
    assert done.returncode == 0, done.stdout + done.stderr


def test_mypy_passes_strict_on_domain_and_services_and_default_elsewhere() -> None:
    done = _run("mypy")  # files and per-module strictness come from [tool.mypy] in pyproject.toml
    assert done.returncode == 0, done.stdout + done.stderr
