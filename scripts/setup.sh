#!/usr/bin/env bash
# Install what Clinic Intake needs into ./.venv, on a Debian machine with Python 3.11. Safe to run again.
#   bash scripts/setup.sh         to run the program (scripts/start.sh): the GUI's system libraries and the
#                                 packages of requirements.lock
#   bash scripts/setup.sh --dev   to test and build installers (scripts/test.sh, packaging/build-linux.sh):
#                                 also PostgreSQL, poppler-utils, binutils, the accessibility test's Xvfb,
#                                 D-Bus, AT-SPI and pyatspi, and requirements-dev.lock
#
# * Debian packages: the GUI's list is clinic_app/system_check.py's (the .deb's Depends is the same list);
#   installed with apt-get when run as root, else named in a warning.
# * Python packages come only from the lock files (exact versions, checked against their hashes).
# * An up-to-date .venv (its stamp matches the lock, pyproject.toml, setup.py and this Python) is left alone:
#   nothing is downloaded, so a second start works offline.
# * A new .venv is built in a temporary folder beside it and moved into place only when complete: an
#   interrupted or failed install leaves the previous .venv (or none), never a broken one.
# * Two runs in the same clone wait for each other (flock on .setup.lock).
# Fails loudly: any failing step stops the script with a non-zero exit.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)

PY=${PYTHON:-python3}
mode=run
if [ "${1:-}" = "--dev" ]; then mode=dev; fi

exec 9>"$repo/.setup.lock"
if ! flock -n 9; then
    echo "setup: another setup is running in this folder; waiting for it to finish..."
    flock 9
fi

# --- Debian packages ------------------------------------------------------------------------------------
debs=()
while IFS= read -r dep; do [ -n "$dep" ] && debs+=("$dep"); done < <("$PY" clinic_app/system_check.py --debian-packages)
"$PY" -c 'import ensurepip' 2>/dev/null || debs+=(python3-venv)
if [ "$mode" = dev ]; then
    # PostgreSQL: the storage tests run against a real server; poppler-utils: pdftoppm/pdftotext to look at
    # rendered letters; binutils: PyInstaller (objdump, strip) and readelf; desktop-file-utils, appstream and
    # lintian check the .deb's menu entry, metadata and the package itself. The accessibility test
    # (tests/ui/test_ui_atspi.py) runs the program on an X server (xvfb) inside dbus-run-session (dbus) with the
    # AT-SPI registry (at-spi2-core) and reads it with the system Python's pyatspi (python3-pyatspi).
    debs+=(postgresql poppler-utils binutils desktop-file-utils appstream lintian
           xvfb dbus at-spi2-core python3-pyatspi)
fi
installed() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "ok installed"; }
missing=()
for dep in "${debs[@]}"; do
    ok=
    for alt in ${dep//|/ }; do if installed "$alt"; then ok=1; break; fi; done
    [ -n "$ok" ] || missing+=("$dep")
done
if [ "${#missing[@]}" -gt 0 ]; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
        export DEBIAN_FRONTEND=noninteractive
        apt-get update -qq
        chosen=()
        for dep in "${missing[@]}"; do   # of "a | b", the first this release has
            pick=
            for alt in ${dep//|/ }; do
                if apt-cache show "$alt" >/dev/null 2>&1; then pick=$alt; break; fi
            done
            chosen+=("${pick:-${dep%% *}}")
        done
        echo "setup: installing Debian packages: ${chosen[*]}"
        apt-get install -y -qq --no-install-recommends "${chosen[@]}" >/dev/null
    else
        names=(); for dep in "${missing[@]}"; do names+=("${dep%% *}"); done
        echo "setup: warning: missing Debian packages; install them with: sudo apt-get install ${names[*]}" >&2
    fi
fi

# --- the virtual environment ----------------------------------------------------------------------------
lock=requirements.lock
[ "$mode" = dev ] && lock=requirements-dev.lock
pyversion=$("$PY" -c 'import sys; print(sys.version.split()[0], sys.executable)')
stamp_of() {  # what the installed set depends on: the lock, the project's metadata, the Python
    cat "$1" pyproject.toml setup.py | sha256sum | cut -d' ' -f1 | sed "s|^|$1 $pyversion |"
}
want=$(stamp_of "$lock")
have=$(cat .venv/.clinic-setup-stamp 2>/dev/null || true)
# A test venv (--dev) also serves for running the program, so start.sh after test.sh installs nothing.
if [ -x .venv/bin/python ] && { [ "$have" = "$want" ] || { [ "$mode" = run ] && [ "$have" = "$(stamp_of requirements-dev.lock)" ]; }; }; then
    echo "setup: .venv is up to date ($lock)"
else
    rm -rf .venv.new.* .venv.old.*   # left by a run that was killed (we hold the lock: no one else's)
    tmp=$(mktemp -d "$repo/.venv.new.XXXXXX")
    chmod 755 "$tmp"
    trap 'rm -rf "$tmp"' EXIT
    echo "setup: installing $lock into a new .venv (a few minutes the first time)"
    "$PY" -m venv "$tmp"
    "$tmp/bin/python" -m pip install -q --disable-pip-version-check --require-hashes -r "$lock"
    # The project itself, editable (the sources in this clone are what runs), with the locked setuptools.
    "$tmp/bin/python" -m pip install -q --disable-pip-version-check --no-deps --no-build-isolation -e .
    # Scripts (clinic-app, pytest...) and activate name the folder they were installed in: point them at
    # .venv, where they will live after the move.
    grep -lIr --null -e "$tmp" "$tmp/bin" "$tmp/pyvenv.cfg" | xargs -0 -r sed -i "s|$tmp|$repo/.venv|g"
    echo "$want" > "$tmp/.clinic-setup-stamp"
    if [ -e .venv ]; then mv .venv "$repo/.venv.old.$$"; fi
    mv "$tmp" .venv
    trap - EXIT
    rm -rf "$repo/.venv.old.$$"
fi

# Compiled translations (.qm) from the .ts sources with Qt's own tool, when a source is newer.
for ts in translations/*.ts; do
    qm=clinic_app/i18n/$(basename "$ts" .ts).qm
    if [ ! -e "$qm" ] || [ "$ts" -nt "$qm" ]; then
        .venv/bin/python -m clinic_app.ui.i18n_build >/dev/null
        break
    fi
done
echo "setup: done"
