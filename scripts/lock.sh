#!/usr/bin/env bash
# Regenerate the lock files from pyproject.toml's ranges, with every file's hash:
#   requirements.lock      what the program runs with (scripts/start.sh, the wheel test)
#   requirements-dev.lock  the same versions plus the test and build tools (scripts/test.sh, CI, installers)
# Run after changing a dependency in pyproject.toml, then commit both files; scripts/setup.sh installs only
# from them (pip --require-hashes), so two installs or builds a week apart get the same files.
# uv is used from a throwaway virtual environment (pinned below); nothing else is installed.
set -euo pipefail
cd "$(dirname "$0")/.."
UV_VERSION=0.13.9
tool=$(mktemp -d)
trap 'rm -rf "$tool"' EXIT
"${PYTHON:-python3}" -m venv "$tool"
"$tool/bin/python" -m pip install -q "uv==$UV_VERSION"
common=(--generate-hashes --universal --python-version 3.11 --custom-compile-command "bash scripts/lock.sh")
"$tool/bin/uv" pip compile -q "${common[@]}" pyproject.toml packaging/build-requirements.in -o requirements.lock
# The dev lock is constrained by the runtime lock: tests and installers use exactly what start.sh installs.
"$tool/bin/uv" pip compile -q "${common[@]}" --extra dev -c requirements.lock \
    pyproject.toml packaging/build-requirements.in -o requirements-dev.lock
echo "lock: wrote requirements.lock and requirements-dev.lock"
