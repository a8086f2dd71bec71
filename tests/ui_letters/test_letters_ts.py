"""letters_*.ts holds every string lupdate finds in clinic_app/ui/letter_preview.py (this area's own staleness
check)."""
from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _sources(ts: Path) -> set[str]:
    return {m.findtext("source") or "" for m in ET.parse(ts).iter("message")}


def test_letters_ts_not_stale(tmp_path: Path) -> None:
    lupdate = shutil.which("pyside6-lupdate") or str(Path(sys.executable).with_name("pyside6-lupdate"))
    out = tmp_path / "probe.ts"
    subprocess.run([lupdate, str(ROOT / "clinic_app/ui/letter_preview.py"), "-ts", str(out)], check=True,
                   capture_output=True)
    found = _sources(out)
    for lang in ("fr", "en"):
        missing = found - _sources(ROOT / "translations" / f"letters_{lang}.ts")
        assert missing == set(), f"letters_{lang}.ts misses {sorted(missing)}; run pyside6-lupdate"
