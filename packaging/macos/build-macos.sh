#!/usr/bin/env bash
# macOS recipe: Clinic Intake.app and a .dmg. NOT RUN in this project's environment (Linux only): the CI
# workflow packaging/ci/build-installers.yml runs it on a macOS runner. Names and paths match the Linux
# build (build/packaging/pyinstaller, dist/clinic-app-<version>-...).
#
#   bash packaging/macos/build-macos.sh     -> dist/clinic-app-<version>-macos-<arch>.dmg
#
# CLINIC_BUILD_PYTHON: a Python with the dependencies (default: a fresh ./.venv from python3).
# The app is ad-hoc signed by PyInstaller, not notarized: on first start, right-click > Open (Gatekeeper).
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
cd "$repo"

if [ -n "${CLINIC_BUILD_PYTHON:-}" ]; then
    py=$CLINIC_BUILD_PYTHON
else
    [ -x .venv/bin/python ] || python3 -m venv .venv
    .venv/bin/python -m pip install -q --require-hashes -r requirements-dev.lock
    .venv/bin/python -m pip install -q --no-deps --no-build-isolation -e .
    py=$repo/.venv/bin/python
fi
export PYTHONPATH="$repo${PYTHONPATH:+:$PYTHONPATH}"
version=$("$py" -c 'from clinic_app._version import __version__; print(__version__)')
arch=$(uname -m)
build=build/packaging
mkdir -p dist

"$py" -m clinic_app.ui.i18n_build
rm -rf "$build"
"$py" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath "$build/pyinstaller" --workpath "$build/work" packaging/clinic-app.spec
app="$build/pyinstaller/Clinic Intake.app"
[ -d "$app" ] || { echo "build-macos: no $app" >&2; exit 1; }
got=$("$app/Contents/MacOS/clinic-app" --version)
[ "$got" = "clinic-app $version" ] || { echo "build-macos: frozen --version says '$got'" >&2; exit 1; }

# The disk image: the app and a link to /Applications to drag it onto.
stage=$build/dmg
rm -rf "$stage"; mkdir -p "$stage"
cp -R "$app" "$stage/"
ln -s /Applications "$stage/Applications"
dmg=dist/clinic-app-$version-macos-$arch.dmg
hdiutil create -volname "Clinic Intake $version" -srcfolder "$stage" -ov -format UDZO "$dmg"
echo "build-macos: $dmg ($(du -h "$dmg" | cut -f1))"
