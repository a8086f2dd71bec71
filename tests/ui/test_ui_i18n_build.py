"""i18n_build compiles .ts into .qm that install_translators then loads and uses."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from clinic_app.ui import i18n, i18n_build

TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_CA">
<context><name>ProbeCtx</name>
<message><source>Open</source><translation>Ouvrir</translation></message>
</context>
</TS>
"""


def test_build_then_load(tmp_path: Path, qapp, monkeypatch) -> None:
    ts_dir = tmp_path / "translations"
    ts_dir.mkdir()
    (ts_dir / "probe_fr.ts").write_text(TS, encoding="utf-8")
    written = i18n_build.build(ts_dir, tmp_path / "qm")
    assert [p.name for p in written] == ["probe_fr.qm"]
    assert written[0].stat().st_size > 0
    monkeypatch.setattr(i18n, "QM_DIR", tmp_path / "qm")
    translators = i18n.install_translators(qapp, "fr")
    try:
        assert QCoreApplication.translate("ProbeCtx", "Open") == "Ouvrir"
    finally:
        for t in translators:
            qapp.removeTranslator(t)
    assert QCoreApplication.translate("ProbeCtx", "Open") == "Open"
