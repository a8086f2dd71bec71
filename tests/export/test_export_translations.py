"""The export area's translations: export_fr/en.ts hold every string of its UI files, and French shows.

(That every *_fr.ts is finished is checked for all areas by tests/ui/test_ui_translations.py.)
"""

from __future__ import annotations

import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
SOURCES = ["clinic_app/ui/export_dialogs.py", "clinic_app/ui/summary_view.py"]


def _messages(ts: Path) -> set[tuple[str, str]]:
    root = ET.parse(ts).getroot()
    return {(ctx.findtext("name") or "", m.findtext("source") or "")
            for ctx in root.iter("context") for m in ctx.iter("message")}


def test_export_ts_files_are_not_stale(tmp_path: Path) -> None:
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    probe = tmp_path / "probe.ts"
    subprocess.run([str(lupdate), *[str(ROOT / s) for s in SOURCES], "-ts", str(probe)], check=True,
                   capture_output=True)
    found = _messages(probe)
    assert len(found) > 100
    for lang in ("fr", "en"):
        have = _messages(ROOT / "translations" / f"export_{lang}.ts")
        assert found - have == set(), f"export_{lang}.ts misses {sorted(found - have)[:5]}: run pyside6-lupdate"


def test_dialogs_show_in_french(qtbot: Any, demo_store: Any, tmp_path: Path) -> None:
    from PySide6.QtCore import QCoreApplication, QTranslator

    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    qm = tmp_path / "export_fr.qm"
    subprocess.run([str(lrelease), "-silent", str(ROOT / "translations" / "export_fr.ts"), "-qm", str(qm)],
                   check=True)
    translator = QTranslator()
    assert translator.load(str(qm))
    QCoreApplication.installTranslator(translator)
    try:
        from clinic_app.ui.export_dialogs import BundleImportDialog, ExportDialog
        from clinic_app.ui.summary_view import SummaryView

        dialog = ExportDialog(demo_store)
        qtbot.addWidget(dialog)
        assert dialog.windowTitle() == "Exporter des dossiers" and dialog.lang == "fr"
        assert dialog.export_button.text() == "&Exporter"
        assert "dossiers correspondent" in dialog.matching.text()
        importer = BundleImportDialog(demo_store)
        qtbot.addWidget(importer)
        assert importer.windowTitle() == "Recevoir des dossiers d'un autre portable"
        view = SummaryView(demo_store, "fr", auto_refresh=False)
        qtbot.addWidget(view)
        assert view.title.text() == "Sommaire des dossiers"
        folder = Path(os.environ.get("CLINIC_EXPORT_SHOTS", tmp_path))
        folder.mkdir(parents=True, exist_ok=True)
        dialog.show()
        qtbot.waitExposed(dialog)
        assert dialog.grab().save(str(folder / "export_dialog_fr.png"))
    finally:
        QCoreApplication.removeTranslator(translator)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_plural_forms_are_filled(lang: str) -> None:
    root = ET.parse(ROOT / "translations" / f"export_{lang}.ts").getroot()
    plurals = [m for m in root.iter("message") if m.get("numerus") == "yes"]
    assert plurals
    for m in plurals:
        forms = [f.text or "" for f in m.iter("numerusform")]
        assert len(forms) == 2 and all("%n" in f for f in forms), m.findtext("source")
