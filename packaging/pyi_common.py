"""Settings shared by the PyInstaller spec of Clinic Intake and by ``bench/bench_frozen.py``.

Why a module of its own: the benchmark freezes a bare PySide6 window "the same way" as the real program
(same Qt excludes, same translation and locale filtering, same strip/UPX choice) so the size and start-up
ratios compare like with like. Both import these functions instead of copying lists.

Nothing here imports Qt or the program: the spec runs inside PyInstaller's own process.
"""

from __future__ import annotations

import re
import shutil
import sys
from collections.abc import Iterable
from pathlib import Path

#: Qt modules the program never uses: Web engine, QML/Quick, 3D, multimedia, charts, network and the rest.
#: The program opens no network connection, so QtNetwork goes too (nothing it imports needs it).
#: Modules the sources do import (scanned by :func:`used_qt_modules`) are never excluded, whatever this says.
UNUSED_QT_MODULES: tuple[str, ...] = (
    "Qt3DAnimation", "Qt3DCore", "Qt3DExtras", "Qt3DInput", "Qt3DLogic", "Qt3DRender", "QtAxContainer",
    "QtBluetooth", "QtCharts", "QtConcurrent", "QtDataVisualization", "QtDBus", "QtDesigner", "QtGraphs",
    "QtGraphsWidgets", "QtHelp", "QtHttpServer", "QtLocation", "QtMultimedia", "QtMultimediaWidgets",
    "QtNetwork", "QtNetworkAuth", "QtNfc", "QtOpenGL", "QtOpenGLWidgets", "QtPdf", "QtPdfWidgets",
    "QtPositioning", "QtPrintSupport", "QtQml", "QtQuick", "QtQuick3D", "QtQuickControls2", "QtQuickWidgets",
    "QtRemoteObjects", "QtScxml", "QtSensors", "QtSerialBus", "QtSerialPort", "QtSpatialAudio", "QtSql",
    "QtStateMachine", "QtSvg", "QtSvgWidgets", "QtTest", "QtTextToSpeech", "QtUiTools", "QtWebChannel",
    "QtWebEngineCore", "QtWebEngineQuick", "QtWebEngineWidgets", "QtWebSockets", "QtWebView", "QtXml",
)

#: Pure-Python modules no part of the program uses at run time (tests, GUI toolkits, notebooks).
UNUSED_PYTHON_MODULES: tuple[str, ...] = (
    "tkinter", "_tkinter", "turtle", "idlelib", "lib2to3", "pydoc_data", "test", "IPython", "matplotlib",
    "numpy", "pandas", "PyQt5", "PyQt6", "PySide2", "pytest", "_pytest", "hypothesis", "pytest_qt",
    "pytestqt", "PyInstaller", "setuptools", "pip", "readline",
    # Mako (Alembic's template engine, only for writing new migrations) optionally highlights code with
    # Pygments: 340 modules nobody needs at run time; mako.exceptions falls back without it.
    "pygments", "mako.ext.pygmentplugin",
    # Pillow is there for ReportLab's images (PNG/JPEG logos); its AVIF and WebP codecs alone weigh 6 MB.
    "PIL._avif", "PIL.AvifImagePlugin", "PIL._webp", "PIL.WebPImagePlugin", "PIL.ImageTk", "PIL._imagingtk",
    # psycopg's C build carries its own libpq, OpenSSL, Kerberos and LDAP (10 MB) for a PostgreSQL server only
    # a coordinator's laptop may use: the bundle uses psycopg's pure-Python layer over the system's libpq
    # (the .deb depends on libpq5; docs/packaging.md).
    "psycopg_binary",
    # phonenumbers' geocoding, carrier and time-zone tables (45 MB of Python modules): the program only parses,
    # checks and formats numbers (phonenumbers.data).
    "phonenumbers.geodata", "phonenumbers.carrierdata", "phonenumbers.tzdata", "phonenumbers.geocoder",
    "phonenumbers.carrier", "phonenumbers.timezone",
)

#: The program's three languages. Translation catalogues, Babel locale data and Faker providers of any
#: other language are dropped from the bundle (Babel's alone are 32 MB).
LANGUAGES: tuple[str, ...] = ("fr", "en", "ar")

_QT_IMPORT = re.compile(r"PySide6\.(Qt\w+)|from\s+PySide6\s+import\s+\(?([\w\s,]+)\)?")


def used_qt_modules(source_root: Path) -> set[str]:
    """Qt modules named anywhere in the program's sources (``PySide6.QtX`` or ``from PySide6 import QtX``).

    Why scan instead of listing: other engineers add widgets (a PDF preview would need QtPdf); the bundle
    must follow the code without anybody remembering to edit the excludes.
    """
    found: set[str] = set()
    for path in source_root.rglob("*.py"):
        text = path.read_text(encoding="utf-8", errors="replace")
        for match in _QT_IMPORT.finditer(text):
            if match.group(1):
                found.add(match.group(1))
            else:
                found.update(n.strip() for n in match.group(2).split(",") if n.strip().startswith("Qt"))
    return found


def qt_excludes(keep: Iterable[str] = ()) -> list[str]:
    """``PySide6.QtX`` names to exclude: the unused list minus what the sources use (and ``keep``)."""
    kept = set(keep)
    return [f"PySide6.{name}" for name in UNUSED_QT_MODULES if name not in kept]


def keep_data_file(dest: str) -> bool:
    """Filter for the collected data files: drop translations and locale data of other languages.

    ``dest`` is the path inside the bundle (``PySide6/Qt/translations/qtbase_de.qm``,
    ``babel/locale-data/de_CH.dat``).
    """
    parts = Path(dest).parts
    name = Path(dest).name
    if "translations" in parts and parts[0] == "PySide6" and name.endswith(".qm"):
        # qtbase_fr.qm, qt_help_pt_BR.qm: the language code is what follows the catalogue name.
        match = re.search(r"_([a-z]{2,3})(?:_[A-Z]{2})?\.qm$", name)
        if not match or match.group(1) not in LANGUAGES:
            return False
        # Only the catalogues of the modules we ship (qt_, qtbase_); not designer, assistant, linguist...
        return name.startswith(("qt_", "qtbase_")) and not name.startswith("qt_help_")
    if parts[:2] == ("babel", "locale-data") and name.endswith(".dat"):
        stem = name[:-4]
        return stem == "root" or stem.split("_")[0] in LANGUAGES
    if parts[:2] == ("faker", "providers") and len(parts) >= 5:
        # faker/providers/<provider>/<locale>/__init__.py: the hook ships the sources as data too.
        return keep_faker_module(".".join(parts[:4]))
    return True


def keep_faker_module(modname: str) -> bool:
    """Faker ships providers for about 90 locales (25 MB); keep the generic ones and ours."""
    if not modname.startswith("faker.providers."):
        return True
    last = modname.rsplit(".", 1)[-1]
    if re.fullmatch(r"[a-z]{2,3}(_[A-Z]{2})?", last) and modname.count(".") >= 3:
        return last.split("_")[0] in LANGUAGES
    return True


def bundled_versions(licenses_dir: Path) -> str:
    """JSON ``{distribution: version}`` of the parts listed in ``components.json``, as installed now."""
    import importlib.metadata as md
    import json

    manifest = json.loads((licenses_dir / "components.json").read_text(encoding="utf-8"))
    versions: dict[str, str] = {"Python": ".".join(map(str, sys.version_info[:3]))}
    for entry in manifest:
        name = entry.get("distribution")
        if name:
            try:
                versions[name] = md.version(name)
            except md.PackageNotFoundError:
                pass
    return json.dumps(versions, indent=1, sort_keys=True) + "\n"


def folder_datas(source: Path, dest: str) -> list[tuple[str, str]]:
    """``(file, destination folder)`` pairs for every file under ``source``, minus bytecode caches.

    Why not ``(source, dest)`` whole: a developer's ``__pycache__`` (migrations run from the sources) would
    be shipped, stale.
    """
    pairs: list[tuple[str, str]] = []
    for path in sorted(source.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts and path.suffix not in (".pyc", ".pyo"):
            pairs.append((str(path), str(Path(dest) / path.parent.relative_to(source))))
    return pairs


def use_strip() -> bool:
    """Strip symbols from shared libraries on Linux/macOS (PyInstaller cannot strip Windows DLLs)."""
    return sys.platform != "win32" and shutil.which("strip") is not None


def use_upx() -> bool:
    """UPX only if it is installed (it is not on the CI images; never required)."""
    return shutil.which("upx") is not None


# Qt plugins the program does not need: whole kinds (SQL drivers, multimedia, 3D, TLS, embedded input...)
UNUSED_QT_PLUGIN_DIRS: tuple[str, ...] = (
    "sqldrivers", "multimedia", "assetimporters", "sceneparsers", "renderers", "qmltooling", "geoservices",
    "canbus", "position", "sensors", "texttospeech", "tls", "networkinformation", "designer",
    "webview", "scxmldatamodel", "qmllint", "virtualkeyboard", "renderplugins", "generic",
    "egldeviceintegrations",
)
#: ... and single plugins: embedded/VNC platforms, the virtual keyboard (pulls in QML and Quick), the PDF
#: image reader (pulls in QtPdf and QtNetwork), image formats nobody feeds the program.
UNUSED_QT_PLUGINS: tuple[str, ...] = (
    "libqvnc.so", "libqlinuxfb.so", "libqvkkhrdisplay.so", "libqeglfs.so", "libqminimalegl.so",
    "libqtvirtualkeyboardplugin.so", "libqpdf.so", "libqtiff.so", "libqwebp.so", "libqtga.so", "libqwbmp.so",
    # The GTK 3 theme: it needs the system's GTK but made PyInstaller bundle pango/cairo/harfbuzz (4 MB),
    # which could clash with that system GTK; the XDG portal theme (kept) gives native file dialogs.
    "libqgtk3.so",
    "qvnc.dll", "qpdf.dll", "qtvirtualkeyboardplugin.dll", "qtiff.dll", "qwebp.dll", "qtga.dll", "qwbmp.dll",
    "libqpdf.dylib", "libqtvirtualkeyboardplugin.dylib", "libqtiff.dylib", "libqwebp.dylib",
)
#: Qt libraries only those plugins needed (family name after "Qt6"); dropped unless the sources use the
#: module of that name.
QT_LIBS_OF_UNUSED_PLUGINS: dict[str, str] = {
    "Qml": "QtQml", "QmlMeta": "QtQml", "QmlModels": "QtQml", "QmlWorkerScript": "QtQml", "Quick": "QtQuick",
    "VirtualKeyboard": "QtVirtualKeyboard", "VirtualKeyboardQml": "QtVirtualKeyboard", "Pdf": "QtPdf",
    "Network": "QtNetwork", "EglFSDeviceIntegration": "QtEglFS", "EglFsKmsSupport": "QtEglFS",
    "EglFsKmsGbmSupport": "QtEglFS",
}
#: Libraries PyInstaller collected only for the GTK 3 theme plugin (checked with objdump: nothing else
#: kept needs them). Matched on the name before ".so".
GTK_THEME_ONLY_LIBS: frozenset[str] = frozenset({
    "libatk-1.0", "libcairo-gobject", "libcairo", "libgdk_pixbuf-2.0", "libharfbuzz", "libpango-1.0",
    "libpangocairo-1.0", "libpangoft2-1.0", "libpixman-1", "libthai", "libdatrie", "libfribidi", "libgraphite2",
})
#: Libraries every Debian and Ubuntu system has (Priority: required, util-linux), pulled in through GLib's
#: GIO: the system's copies are used. lintian flagged the bundled ones (they name sensible-pager).
SYSTEM_REQUIRED_LIBS: frozenset[str] = frozenset({"libblkid", "libmount"})
#: Libraries only Qt's CUPS print plugin needs (libcups and its TLS, Avahi and IDN stack, 7.4 MB; computed
#: from the bundle's ELF dependencies): the system's libcups2 is used (the .deb depends on it). Without it,
#: as in a bare .tar.gz install, Qt lists no printer and "Save as PDF" still works.
CUPS_ONLY_LIBS: frozenset[str] = frozenset({
    "libcups", "libavahi-client", "libavahi-common", "libgnutls", "libp11-kit", "libtasn1", "libidn2",
    "libunistring", "libnettle", "libhogweed", "libgmp",
})
#: Qt libraries a used module needs at load time (ldd): the letter preview's QtPdf links QtNetwork.
QT_MODULE_NEEDS: dict[str, tuple[str, ...]] = {
    "QtPdf": ("QtNetwork",), "QtPdfWidgets": ("QtPdf", "QtNetwork"),
}
_QT_LIB = re.compile(r"(?:lib)?Qt6(\w+?)(?:\.so\.6|\.dll|\.dylib)?$")


def keep_binary(dest: str, used_modules: Iterable[str] = ()) -> bool:
    """Drop unused Qt plugins and the Qt libraries only they needed; keep everything else."""
    used = set(used_modules)
    for module in list(used):
        used.update(QT_MODULE_NEEDS.get(module, ()))
    parts = Path(dest).parts
    name = Path(dest).name
    if len(parts) == 1 and name.split(".so")[0] in GTK_THEME_ONLY_LIBS | SYSTEM_REQUIRED_LIBS | CUPS_ONLY_LIBS:
        return False
    if "plugins" in parts:
        idx = parts.index("plugins")
        if idx + 1 < len(parts) and parts[idx + 1] in UNUSED_QT_PLUGIN_DIRS:
            return False
        if name in UNUSED_QT_PLUGINS:
            return False
    if "PySide6" in parts:
        match = _QT_LIB.match(name)
        if match and match.group(1) in QT_LIBS_OF_UNUSED_PLUGINS:
            return QT_LIBS_OF_UNUSED_PLUGINS[match.group(1)] in used
    if parts[:1] == ("PySide6",) and name.startswith("Qt") and ".framework" in dest:
        family = name.split(".")[0][2:]
        if family in QT_LIBS_OF_UNUSED_PLUGINS:
            return QT_LIBS_OF_UNUSED_PLUGINS[family] in used
    return True


def prune(binaries: list[tuple[str, str, str]], datas: list[tuple[str, str, str]], keep_bin, keep_data
          ) -> tuple[list[tuple[str, str, str]], list[tuple[str, str, str]]]:
    """Apply the keep filters to PyInstaller's binaries and datas, then drop symlinks to what was dropped.

    PyInstaller 6 adds top-level symlinks (``libQt6Quick.so.6 -> PySide6/Qt/lib/libQt6Quick.so.6``) to the
    *datas* while the library itself is in the *binaries*; left alone, they would dangle.
    """
    dropped = {e[0] for e in binaries if e[2] != "SYMLINK" and not keep_bin(e[0])}
    dropped |= {e[0] for e in datas if e[2] != "SYMLINK" and not keep_data(e[0])}

    def kept(entries: list[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
        return [e for e in entries if e[0] not in dropped and not (e[2] == "SYMLINK" and e[1] in dropped)]

    return kept(binaries), kept(datas)
