#!/usr/bin/env bash
# Build the Linux installers of Clinic Intake from a checkout:
#   <dist>/clinic-app-<version>-linux-<arch>.tar.gz   the one-folder bundle (unpack anywhere, run ./clinic-app)
#   <dist>/clinic-app_<version>_<debarch>.deb         /opt/clinic-app + /usr/bin/clinic-app + menu entry + icons
# The version is clinic_app/_version.py's (pyproject.toml reads the same number).
#
# Environment (all optional):
#   CLINIC_BUILD_PYTHON  a Python with the project's dependencies and PyInstaller (default: run
#                        scripts/setup.sh --dev and use ./.venv/bin/python)
#   CLINIC_BUILD_DIR     work folder (default: build/packaging); wiped at the start
#   CLINIC_DIST_DIR      where the .tar.gz and .deb go (default: dist)
#   CLINIC_ONEFILE=1     also build the one-file executable <dist>/clinic-app-<version>-linux-<arch>
#   CLINIC_BUNDLE_DIR    an existing one-folder bundle to package again, without running PyInstaller
# Only PyPI packages (via the venv) and Debian tools (dpkg-deb, tar, binutils' strip) are used.
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
cd "$repo"

if [ -n "${CLINIC_BUILD_PYTHON:-}" ]; then
    py=$CLINIC_BUILD_PYTHON
else
    bash scripts/setup.sh --dev
    py=$repo/.venv/bin/python
fi
build=$(realpath -m "${CLINIC_BUILD_DIR:-build/packaging}")
dist=$(realpath -m "${CLINIC_DIST_DIR:-dist}")
export PYTHONPATH="$repo${PYTHONPATH:+:$PYTHONPATH}"

version=$("$py" -c 'from clinic_app._version import __version__; print(__version__)')
arch=$(uname -m)
debarch=$(dpkg --print-architecture 2>/dev/null || echo amd64)
echo "build-linux: clinic-app $version for $arch, python $("$py" -c 'import sys; print(sys.version.split()[0])')"

# 1. Compiled translations (.ts -> clinic_app/i18n/*.qm), with Qt's own lrelease.
if [ -f clinic_app/ui/i18n_build.py ]; then
    "$py" -m clinic_app.ui.i18n_build
else
    echo "build-linux: warning: clinic_app/ui/i18n_build.py is missing; the bundle has no translations" >&2
fi

# 2. The one-folder bundle.
rm -rf "$build"
mkdir -p "$build" "$dist"
onefile=${CLINIC_ONEFILE:-0}
if [ -n "${CLINIC_BUNDLE_DIR:-}" ]; then
    # Repackaging only (the .deb's metadata, lintian): an existing one-folder bundle of this version.
    bundle=$(realpath "$CLINIC_BUNDLE_DIR")
    echo "build-linux: reusing the bundle $bundle (no PyInstaller run)"
else
    CLINIC_ONEFILE=0 "$py" -m PyInstaller --noconfirm --clean --log-level WARN \
        --distpath "$build/pyinstaller" --workpath "$build/work" packaging/clinic-app.spec
    bundle=$build/pyinstaller/clinic-app
fi
[ -x "$bundle/clinic-app" ] || { echo "build-linux: PyInstaller produced no $bundle/clinic-app" >&2; exit 1; }
got=$("$bundle/clinic-app" --version)
[ "$got" = "clinic-app $version" ] || { echo "build-linux: frozen --version says '$got'" >&2; exit 1; }

# 3. The .tar.gz: one top folder clinic-app-<version>/ with the bundle and the icon beside it (the menu
#    entry is the .deb's job: its Exec= path only holds for an installed package).
stage=$build/tar/clinic-app-$version
mkdir -p "$stage"
cp -a "$bundle/." "$stage/"
cp resources/icons/clinic-app.svg resources/icons/clinic-app-256.png "$stage/"
tarball=$dist/clinic-app-$version-linux-$arch.tar.gz
tar -C "$build/tar" --owner=0 --group=0 --numeric-owner -czf "$tarball" "clinic-app-$version"

# 4. The .deb: /opt/clinic-app, /usr/bin/clinic-app -> /opt/clinic-app/clinic-app, desktop entry, icons.
root=$build/deb/root
mkdir -p "$root/DEBIAN" "$root/opt" "$root/usr/bin" "$root/usr/share/applications" \
         "$root/usr/share/doc/clinic-app"
cp -a "$bundle" "$root/opt/clinic-app"
# Shared libraries are loaded, never run: no execute bit (lintian: shared-library-is-executable).
find "$root/opt/clinic-app" -type f -name '*.so*' -exec chmod 644 {} +
# What lintian reports about any self-contained bundle in /opt, with the reasons (docs/packaging.md).
install -D -m 644 packaging/linux/lintian-overrides "$root/usr/share/lintian/overrides/clinic-app"
ln -s /opt/clinic-app/clinic-app "$root/usr/bin/clinic-app"
install -m 644 packaging/linux/clinic-app.desktop "$root/usr/share/applications/clinic-app.desktop"
for png in resources/icons/clinic-app-*.png; do
    [ -e "$png" ] || continue
    size=${png##*-}; size=${size%.png}
    install -D -m 644 "$png" "$root/usr/share/icons/hicolor/${size}x${size}/apps/clinic-app.png"
done
if [ -f resources/icons/clinic-app.svg ]; then
    install -D -m 644 resources/icons/clinic-app.svg "$root/usr/share/icons/hicolor/scalable/apps/clinic-app.svg"
fi
# AppStream metadata (software centres), the Debian changelog and a machine-readable (DEP-5) copyright file.
# Dates come from the last commit, so two builds of one commit give the same files.
when=$(git log -1 --format=%ct 2>/dev/null || date +%s)
install -D -m 644 /dev/null "$root/usr/share/metainfo/clinic-app.metainfo.xml"
sed -e "s/@VERSION@/$version/" -e "s/@DATE@/$(date -u -d "@$when" +%F)/" packaging/linux/clinic-app.metainfo.xml \
    > "$root/usr/share/metainfo/clinic-app.metainfo.xml"
# The maintainer: CLINIC_DEB_MAINTAINER ("Name <address>", the clinic that distributes the package), else the
# project's maintainers as the repository records them (the committer of the last commit).
maintainer=${CLINIC_DEB_MAINTAINER:-$(git log -1 --format='%cn <%ce>' 2>/dev/null || true)}
case $maintainer in
    *" <"*@*">") ;;
    *) echo "build-linux: set CLINIC_DEB_MAINTAINER='Name <address>' (no git history to take it from)" >&2; exit 1 ;;
esac
{
    printf 'clinic-app (%s) unstable; urgency=medium\n\n' "$version"
    printf '  * Clinic Intake %s: see the project'"'"'s own history for the changes.\n\n' "$version"
    printf ' -- %s  %s\n' "$maintainer" "$(LC_ALL=C date -u -R -d "@$when")"
} | gzip -9n > "$root/usr/share/doc/clinic-app/changelog.gz"   # a native package: changelog.gz
chmod 644 "$root/usr/share/doc/clinic-app/changelog.gz"
# The manual page (lintian: no-manual-page), dated like the changelog.
install -d -m 755 "$root/usr/share/man/man1"
sed -e "s/@VERSION@/$version/" -e "s/@DATE@/$(date -u -d "@$when" +%F)/" packaging/linux/clinic-app.1 \
    | gzip -9n > "$root/usr/share/man/man1/clinic-app.1.gz"
chmod 644 "$root/usr/share/man/man1/clinic-app.1.gz"
sed -e "s/@YEAR@/$(date -u -d "@$when" +%Y)/" packaging/linux/copyright.in > "$root/usr/share/doc/clinic-app/copyright"
chmod 644 "$root/usr/share/doc/clinic-app/copyright"
installed_kb=$(du -sk --exclude=DEBIAN "$root" | cut -f1)
# Depends: the one list of system libraries the GUI needs (clinic_app/system_check.py; setup.sh installs the
# same list for a source install).
gui_depends=$("$py" clinic_app/system_check.py --debian-packages | paste -sd, - | sed 's/,/, /g')
sed -e "s/@VERSION@/$version/" -e "s/@ARCH@/$debarch/" -e "s/@SIZE@/$installed_kb/" \
    -e "s/@GUI_DEPENDS@/$gui_depends/" -e "s|@MAINTAINER@|$maintainer|" packaging/linux/control.in > "$root/DEBIAN/control"
find "$root" -type d -exec chmod 755 {} +
deb=$dist/clinic-app_${version}_${debarch}.deb
dpkg-deb --root-owner-group -Zxz --build "$root" "$deb" >/dev/null

# 5. Optional one-file executable.
if [ "$onefile" != 0 ]; then
    CLINIC_ONEFILE=1 "$py" -m PyInstaller --noconfirm --log-level WARN \
        --distpath "$build/onefile" --workpath "$build/work-onefile" packaging/clinic-app.spec
    onefile_exe=$dist/clinic-app-$version-linux-$arch
    cp "$build/onefile/clinic-app" "$onefile_exe"
    got=$("$onefile_exe" --version)
    [ "$got" = "clinic-app $version" ] || { echo "build-linux: one-file --version says '$got'" >&2; exit 1; }
    echo "build-linux: onefile $onefile_exe ($(du -h "$onefile_exe" | cut -f1))"
fi

echo "build-linux: bundle  $bundle ($(du -sh "$bundle" | cut -f1))"
echo "build-linux: tarball $tarball ($(du -h "$tarball" | cut -f1))"
echo "build-linux: deb     $deb ($(du -h "$deb" | cut -f1))"
