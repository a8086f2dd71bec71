"""Translations: every *_fr.ts is finished, and the shell's .ts holds every source string lupdate finds.

Other areas' .ts files are checked for completeness here; each area checks its own staleness against its own
source files (only the area knows which files are its own). The shell's list is SHELL_SOURCES.
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TS_DIR = ROOT / "translations"
SHELL_SOURCES = [
    "clinic_app/ui/main_window.py", "clinic_app/ui/case_list_model.py", "clinic_app/ui/settings_dialog.py",
    "clinic_app/ui/passphrase_dialog.py", "clinic_app/ui/first_run.py", "clinic_app/ui/errors.py",
    "clinic_app/ui/operations.py", "clinic_app/ui/deadlines_view.py",
    "clinic_app/ui/sites_view.py", "clinic_app/ui/site_merge_dialog.py", "clinic_app/ui/migration_progress.py",
]


def _messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(ts).getroot()
    out = {}
    for ctx in root.iter("context"):
        name = ctx.findtext("name") or ""
        for m in ctx.iter("message"):
            out[(name, m.findtext("source") or "")] = m
    return out


@pytest.mark.parametrize("ts", sorted(TS_DIR.glob("*_fr.ts")), ids=lambda p: p.name)
def test_french_translations_finished(ts: Path) -> None:
    bad = []
    for key, m in _messages(ts).items():
        tr = m.find("translation")
        if tr is None or tr.get("type") in ("unfinished", "vanished", "obsolete"):
            bad.append(key)
        elif m.get("numerus") == "yes":
            if not all((f.text or "").strip() for f in tr.iter("numerusform")):
                bad.append(key)
        elif not (tr.text or "").strip():
            bad.append(key)
    assert not bad, f"{ts.name}: unfinished or empty translations: {bad}"


def test_shell_ts_not_stale(tmp_path: Path) -> None:
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    out = tmp_path / "probe.ts"
    subprocess.run([str(lupdate), *[str(ROOT / s) for s in SHELL_SOURCES], "-ts", str(out)], check=True,
                   capture_output=True)
    found = set(_messages(out))
    for lang in ("fr", "en"):
        have = set(_messages(TS_DIR / f"shell_{lang}.ts"))
        assert found - have == set(), f"shell_{lang}.ts misses {sorted(found - have)}; run pyside6-lupdate"
