"""The About dialog shows the one version number and every bundled part's licence, from the files shipped."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from clinic_app._version import __version__

pytestmark = pytest.mark.gui

REPO = Path(__file__).resolve().parents[2]
LICENSES = REPO / "resources" / "licenses"


def rows(dialog) -> list[str]:
    """Each row of the parts table as "name | version | licence"."""
    tree = dialog.component_list
    return [" | ".join(tree.topLevelItem(i).text(c) for c in range(3)) for i in range(tree.topLevelItemCount())]


@pytest.fixture
def dialog(qtbot):
    from clinic_app.ui.about_dialog import AboutDialog

    dlg = AboutDialog()
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    return dlg


def test_version_is_the_package_version(dialog) -> None:
    assert __version__ in dialog.version_label.text()
    assert dialog.version_label.text() == f"Version {__version__}"


def test_every_listed_component_is_shown_with_its_licence(dialog, tmp_path: Path) -> None:
    manifest = json.loads((LICENSES / "components.json").read_text(encoding="utf-8"))
    labels = rows(dialog)
    for entry in manifest:
        assert any(label.startswith(entry["name"] + " | ") and label.endswith(" | " + entry["license"])
                   for label in labels), entry
    # The parts the issue names, by name, so dropping one from the manifest fails here.
    joined = "\n".join(labels)
    for name in ("PySide6", "SQLAlchemy", "Alembic", "ReportLab", "SQLCipher", "Babel", "arabic-reshaper",
                 "python-bidi", "openpyxl", "cryptography", "platformdirs"):
        assert name in joined, name
    assert "LGPL-3.0" in joined
    dialog.grab().save(str(tmp_path / "about.png"))


def test_picking_a_part_shows_its_licence_text(dialog, qtbot) -> None:
    labels = rows(dialog)
    qt_row = next(i for i, label in enumerate(labels) if "PySide6" in label)
    dialog.component_list.setCurrentItem(dialog.component_list.topLevelItem(qt_row))
    text = dialog.licence_text.toPlainText()
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in text and "Version 3" in text
    sqla_row = next(i for i, label in enumerate(labels) if label.startswith("SQLAlchemy"))
    dialog.component_list.setCurrentItem(dialog.component_list.topLevelItem(sqla_row))
    assert "Permission is hereby granted" in dialog.licence_text.toPlainText()


def test_versions_come_from_the_installed_parts(dialog) -> None:
    import importlib.metadata as md

    labels = rows(dialog)
    assert any(label.startswith(f"SQLAlchemy | {md.version('SQLAlchemy')} | ") for label in labels), labels


def test_a_missing_manifest_still_opens(qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CLINIC_APP_RESOURCES", str(tmp_path))
    from clinic_app.ui.about_dialog import AboutDialog

    dlg = AboutDialog()
    qtbot.addWidget(dlg)
    assert dlg.component_list.topLevelItemCount() == 0
    assert "missing" in dlg.licence_text.toPlainText()


def test_notices_file_holds_every_licence_text() -> None:
    notices = (LICENSES / "THIRD-PARTY-NOTICES.txt").read_text(encoding="utf-8")
    for entry in json.loads((LICENSES / "components.json").read_text(encoding="utf-8")):
        text = (LICENSES / entry["file"]).read_text(encoding="utf-8")
        assert text.strip()[:200] in notices, entry["name"]


def test_french_translation(qtbot, qapp, tmp_path: Path) -> None:
    import shutil
    import subprocess
    import sys

    from PySide6.QtCore import QTranslator

    from clinic_app.ui.about_dialog import AboutDialog

    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    tool = str(lrelease) if lrelease.exists() else shutil.which("pyside6-lrelease")
    assert tool, "pyside6-lrelease (from PySide6) is needed to compile the translations"
    qm = tmp_path / "about_fr.qm"
    subprocess.run([tool, str(REPO / "translations" / "about_fr.ts"), "-qm", str(qm)], check=True,
                   capture_output=True)
    translator = QTranslator()
    assert translator.load(str(qm))
    qapp.installTranslator(translator)
    try:
        dlg = AboutDialog()
        qtbot.addWidget(dlg)
        dlg.show()
        qtbot.waitExposed(dlg)
        assert dlg.windowTitle() == "À propos de Clinic Intake"
        assert dlg.component_list.headerItem().text(0) == "Composant"
        assert dlg.version_label.text() == f"Version {__version__}"
        dlg.grab().save(str(tmp_path / "about-fr.png"))
    finally:
        qapp.removeTranslator(translator)


def test_fonts_licences_and_recorded_versions_are_listed(qtbot, tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    import shutil

    resources = tmp_path / "resources"
    shutil.copytree(LICENSES, resources / "licenses")
    (resources / "licenses" / "versions.json").write_text('{"SQLAlchemy": "9.9.9", "Python": "3.99.0"}')
    (resources / "fonts" / "NotoSans").mkdir(parents=True)
    (resources / "fonts" / "NotoSans" / "OFL.txt").write_text("SIL OPEN FONT LICENSE Version 1.1")
    monkeypatch.setenv("CLINIC_APP_RESOURCES", str(resources))
    from clinic_app.ui.about_dialog import AboutDialog

    dlg = AboutDialog()
    qtbot.addWidget(dlg)
    table = rows(dlg)
    assert "Font: NotoSans |  | OFL-1.1" in table
    assert any(row.startswith("SQLAlchemy | 9.9.9 | ") for row in table)
    assert table[0] == "Python | 3.99.0 | PSF-2.0"
    dlg.component_list.setCurrentItem(dlg.component_list.topLevelItem(table.index("Font: NotoSans |  | OFL-1.1")))
    assert dlg.licence_text.toPlainText().startswith("SIL OPEN FONT LICENSE")
