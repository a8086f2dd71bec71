"""The bundle filters of packaging/pyi_common.py: what the installers leave out, and what they must keep.

Fast tests of the rules themselves; test_frozen_smoke.py checks the built bundle.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "packaging"))
import pyi_common  # noqa: E402


def test_sources_scan_finds_qt_modules(tmp_path: Path) -> None:
    (tmp_path / "a.py").write_text("from PySide6.QtWidgets import QLabel\nimport PySide6.QtPdf\n")
    (tmp_path / "b.py").write_text("from PySide6 import (QtCore,\n QtSvg)\n")
    assert pyi_common.used_qt_modules(tmp_path) == {"QtWidgets", "QtPdf", "QtCore", "QtSvg"}


def test_used_modules_are_never_excluded() -> None:
    excludes = pyi_common.qt_excludes(keep={"QtPdf"})
    assert "PySide6.QtWebEngineCore" in excludes and "PySide6.QtQuick" in excludes
    assert "PySide6.QtPdf" not in excludes
    assert not {"PySide6.QtCore", "PySide6.QtGui", "PySide6.QtWidgets"} & set(excludes)


@pytest.mark.parametrize(("dest", "kept"), [
    ("PySide6/Qt/translations/qtbase_fr.qm", True),
    ("PySide6/Qt/translations/qtbase_ar.qm", True),
    ("PySide6/Qt/translations/qt_en.qm", True),
    ("PySide6/Qt/translations/qtbase_de.qm", False),
    ("PySide6/Qt/translations/qt_pt_BR.qm", False),
    ("PySide6/Qt/translations/designer_fr.qm", False),
    ("PySide6/Qt/translations/qt_help_fr.qm", False),
    ("babel/locale-data/root.dat", True),
    ("babel/locale-data/fr_CA.dat", True),
    ("babel/locale-data/en_150.dat", True),
    ("babel/locale-data/ar_EG.dat", True),
    ("babel/locale-data/de_CH.dat", False),
    ("faker/providers/person/fr_CA/__init__.py", True),
    ("faker/providers/person/de_DE/__init__.py", False),
    ("faker/providers/person/__init__.py", True),
    ("resources/letters/demand_fr.txt", True),
    ("clinic_app/i18n/gui_fr.qm", True),
])
def test_data_filter(dest: str, kept: bool) -> None:
    assert pyi_common.keep_data_file(dest) is kept


@pytest.mark.parametrize(("dest", "used", "kept"), [
    ("PySide6/Qt/plugins/platforms/libqxcb.so", set(), True),
    ("PySide6/Qt/plugins/platforms/libqwayland.so", set(), True),
    ("PySide6/Qt/plugins/platforms/libqoffscreen.so", set(), True),
    ("PySide6/Qt/plugins/imageformats/libqjpeg.so", set(), True),
    ("PySide6/Qt/plugins/platforms/libqvnc.so", set(), False),
    ("PySide6/Qt/plugins/imageformats/libqpdf.so", set(), False),
    ("PySide6/Qt/plugins/sqldrivers/libqsqlite.so", set(), False),
    ("PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so", set(), False),
    ("PySide6/Qt/lib/libQt6Quick.so.6", set(), False),
    ("PySide6/Qt/lib/libQt6Pdf.so.6", set(), False),
    ("PySide6/Qt/lib/libQt6Pdf.so.6", {"QtPdf"}, True),
    ("PySide6/Qt/lib/libQt6Network.so.6", {"QtNetwork"}, True),
    ("PySide6/Qt/lib/libQt6Widgets.so.6", set(), True),
    ("PySide6/Qt/lib/libicudata.so.73", set(), True),
    ("libcrypto.so.3", set(), True),
    ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", set(), False),
    ("PySide6/Qt/plugins/platformthemes/libqxdgdesktopportal.so", set(), True),
    ("libpango-1.0.so.0", set(), False),
    ("libcairo.so.2", set(), False),
    ("pillow.libs/libharfbuzz-fb49c9fc.so.0.61450.0", set(), True),
    ("libglib-2.0.so.0", set(), True),
])
def test_binary_filter(dest: str, used: set[str], kept: bool) -> None:
    assert pyi_common.keep_binary(dest, used) is kept


def test_prune_removes_symlinks_to_dropped_libraries_across_tocs() -> None:
    binaries = [("PySide6/Qt/lib/libQt6Quick.so.6", "/src/libQt6Quick.so.6", "BINARY"),
                ("PySide6/Qt/lib/libQt6Gui.so.6", "/src/libQt6Gui.so.6", "BINARY")]
    datas = [("libQt6Quick.so.6", "PySide6/Qt/lib/libQt6Quick.so.6", "SYMLINK"),
             ("libQt6Gui.so.6", "PySide6/Qt/lib/libQt6Gui.so.6", "SYMLINK"),
             ("babel/locale-data/de.dat", "/src/de.dat", "DATA")]
    kept_bin, kept_data = pyi_common.prune(binaries, datas, lambda d: pyi_common.keep_binary(d, set()),
                                           pyi_common.keep_data_file)
    assert [e[0] for e in kept_bin] == ["PySide6/Qt/lib/libQt6Gui.so.6"]
    assert [e[0] for e in kept_data] == ["libQt6Gui.so.6"]


def test_folder_datas_skips_bytecode(tmp_path: Path) -> None:
    (tmp_path / "versions" / "__pycache__").mkdir(parents=True)
    (tmp_path / "versions" / "0001_initial.py").write_text("")
    (tmp_path / "versions" / "__pycache__" / "0001_initial.cpython-311.pyc").write_bytes(b"")
    (tmp_path / "env.py").write_text("")
    pairs = pyi_common.folder_datas(tmp_path, "clinic_app/storage/migrations")
    assert sorted(pairs) == sorted([
        (str(tmp_path / "env.py"), "clinic_app/storage/migrations"),
        (str(tmp_path / "versions" / "0001_initial.py"), "clinic_app/storage/migrations/versions"),
    ])


def test_a_used_module_keeps_the_qt_libraries_it_links() -> None:
    """QtPdf (the letter preview) links QtNetwork: pruning QtNetwork broke the frozen preview."""
    net = "PySide6/Qt/lib/libQt6Network.so.6"
    assert not pyi_common.keep_binary(net, used_modules={"QtWidgets"})
    assert pyi_common.keep_binary(net, used_modules={"QtWidgets", "QtPdf"})
    assert pyi_common.keep_binary("PySide6/Qt/lib/libQt6Pdf.so.6", used_modules={"QtPdfWidgets"})
