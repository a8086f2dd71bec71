"""The .deb's menu entry and AppStream metadata pass the freedesktop and AppStream validators.

Why here and not only in the frozen tests: both files are sources; checking them takes a second, so a
mistake is caught without building the installers. ``setup.sh --dev`` installs both validators.
"""

from __future__ import annotations

import configparser
import shutil
import subprocess
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
LINUX = REPO / "packaging" / "linux"


def _tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        pytest.fail(f"{name} is not installed (bash scripts/setup.sh --dev installs it)")
    return found


def test_desktop_entry_is_valid_bilingual_and_passes_no_file_arguments() -> None:
    done = subprocess.run([_tool("desktop-file-validate"), str(LINUX / "clinic-app.desktop")],
                          capture_output=True, text=True)
    assert done.returncode == 0 and not done.stdout.strip(), done.stdout + done.stderr
    entry = configparser.ConfigParser(interpolation=None, strict=True)
    entry.optionxform = str  # keys are case-sensitive
    entry.read(LINUX / "clinic-app.desktop", encoding="utf-8")
    desktop = entry["Desktop Entry"]
    assert desktop["Name"] and desktop["Name[fr]"] and desktop["Name[fr]"] != desktop["Name"]
    assert desktop["Comment[fr]"] and desktop["GenericName[fr]"]
    # The program opens no file given on its command line (--db takes an option): no %f/%F/%u/%U.
    assert "%" not in desktop["Exec"], desktop["Exec"]


def test_appstream_metainfo_validates(tmp_path: Path) -> None:
    text = (LINUX / "clinic-app.metainfo.xml").read_text(encoding="utf-8")
    filled = tmp_path / "clinic-app.metainfo.xml"
    filled.write_text(text.replace("@VERSION@", "0.1.0").replace("@DATE@", "2026-01-01"), encoding="utf-8")
    done = subprocess.run([_tool("appstreamcli"), "validate", "--no-net", str(filled)], capture_output=True,
                          text=True)
    assert done.returncode == 0, done.stdout + done.stderr
    assert 'xml:lang="fr"' in text and "<launchable type=\"desktop-id\">clinic-app.desktop</launchable>" in text
