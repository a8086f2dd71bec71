"""Shared fixtures: a temporary data folder per test, offscreen Qt, the ../shared law folder.

Why a data folder per test: the program keeps data in the platform's standard place; a test that forgot
to redirect it would write into the developer's real cases. ``CLINIC_APP_HOME`` points every path of
``clinic_app.paths`` at ``tmp_path``.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The command line follows the language saved in the user's settings (clinic_app/cli_i18n.py): the tests
# expect French by default whatever this machine's settings say (tests/cli/test_cli_language.py sets others).
os.environ.setdefault("CLINIC_APP_LANG", "fr")

REPO = Path(__file__).resolve().parent.parent
#: The law vectors beside the repository (as CI lays them out); CLINIC_SHARED_DIR points elsewhere (a worktree).
SHARED = Path(os.environ.get("CLINIC_SHARED_DIR") or REPO.parent / "shared")


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path_factory.mktemp("clinic-home")
    monkeypatch.setenv("CLINIC_APP_HOME", str(home))
    return home


@pytest.fixture
def shared_dir() -> Path:
    if not SHARED.is_dir():
        pytest.fail(f"the shared folder is expected beside the repository at {SHARED}")
    return SHARED


def run_cli(*args: str, input: str | None = None, env: dict[str, str] | None = None,
            timeout: float = 120) -> subprocess.CompletedProcess[str]:
    """Run ``python -m clinic_app ARGS`` in a real subprocess, as a user would."""
    full_env = {**os.environ, **(env or {})}
    full_env.setdefault("PYTHONPATH", str(REPO))
    return subprocess.run([sys.executable, "-m", "clinic_app", *args], input=input, capture_output=True,
                          text=True, timeout=timeout, env=full_env, cwd=str(REPO))


@pytest.fixture
def cli():
    return run_cli
