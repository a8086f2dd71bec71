#!/usr/bin/env bash
# Install everything Clinic Intake needs into ./.venv, on a fresh Debian machine with Python 3.11.
# Used by both README commands (scripts/start.sh and scripts/test.sh); safe to run again.
# Fails loudly: any failing step stops the script with a non-zero exit.
set -euo pipefail
cd "$(dirname "$0")/.."

PY=${PYTHON:-python3}
with_dev=${1:-}

# Debian packages: poppler-utils (pdftoppm, for looking at rendered letters in tests), PostgreSQL (the
# storage tests run against a real server), binutils (PyInstaller), and the libraries Qt needs offscreen.
debs=(python3-venv poppler-utils postgresql binutils libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0
      libfontconfig1 libdbus-1-3 libglib2.0-0 fonts-dejavu-core)
missing=()
for d in "${debs[@]}"; do dpkg -s "$d" >/dev/null 2>&1 || missing+=("$d"); done
if [ "${#missing[@]}" -gt 0 ]; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
        echo "setup: installing Debian packages: ${missing[*]}"
        export DEBIAN_FRONTEND=noninteractive
        apt-get update -qq
        apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
    else
        echo "setup: warning: missing Debian packages (run as root to install): ${missing[*]}" >&2
    fi
fi

if [ ! -x .venv/bin/python ]; then
    "$PY" -m venv .venv
fi
.venv/bin/python -m pip install -q --upgrade pip
if [ "$with_dev" = "--dev" ]; then
    .venv/bin/python -m pip install -q -e '.[dev]'
else
    .venv/bin/python -m pip install -q -e .
fi
# Compiled translations (.qm) are built from the .ts sources with Qt's own tool.
if ls translations/*.ts >/dev/null 2>&1; then
    .venv/bin/python -m clinic_app.ui.i18n_build
fi
echo "setup: done"
