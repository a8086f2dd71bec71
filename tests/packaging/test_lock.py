"""The lock files agree with pyproject.toml: every range is pinned, with hashes, the same in both files.

Why: setup.sh installs only from the locks (pip --require-hashes) and the project itself with --no-deps,
so a dependency added to pyproject.toml without ``bash scripts/lock.sh`` would silently be missing.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

REPO = Path(__file__).resolve().parents[2]


def _pins(lock: Path) -> dict[str, tuple[str, int]]:
    """name -> (version, number of hashes) of a pip-compile/uv lock file."""
    pins: dict[str, tuple[str, int]] = {}
    current = None
    for line in lock.read_text(encoding="utf-8").splitlines():
        match = re.match(r"^([A-Za-z0-9_.\-]+)(?:\[[^\]]*\])?==([^\s;\\]+)", line)
        if match:
            current = canonicalize_name(match[1])
            pins[current] = (match[2], 0)
        elif current and "--hash=sha256:" in line:
            version, count = pins[current]
            pins[current] = (version, count + 1)
    return pins


def _project() -> dict:
    return tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]


def test_every_runtime_and_dev_requirement_is_pinned_within_its_range_with_hashes() -> None:
    project = _project()
    runtime = _pins(REPO / "requirements.lock")
    dev = _pins(REPO / "requirements-dev.lock")
    build = [Requirement(line) for line in (REPO / "packaging" / "build-requirements.in").read_text().splitlines()
             if line.strip() and not line.startswith("#")]
    checks = [(runtime, project["dependencies"]), (dev, project["dependencies"]),
              (dev, project["optional-dependencies"]["dev"]), (runtime, build), (dev, build)]
    for pins, requirements in checks:
        for text in requirements:
            req = Requirement(str(text))
            name = canonicalize_name(req.name)
            assert name in pins, f"{req} is not in the lock: run bash scripts/lock.sh"
            version, hashes = pins[name]
            assert req.specifier.contains(version, prereleases=True), f"{name}=={version} is outside {req}"
            assert hashes > 0, f"{name} has no hash in the lock"


def test_both_locks_pin_the_same_versions_of_what_the_program_runs_with() -> None:
    runtime = _pins(REPO / "requirements.lock")
    dev = _pins(REPO / "requirements-dev.lock")
    differ = {name: (runtime[name][0], dev.get(name, ("absent",))[0]) for name in runtime
              if dev.get(name, ("",))[0] != runtime[name][0]}
    assert not differ, differ
