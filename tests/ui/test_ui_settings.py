"""AppSettings persists per-laptop preferences and refuses an unknown language."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray

from clinic_app.ui.settings import AppSettings


def test_round_trip_and_defaults(tmp_path: Path, qapp) -> None:
    ini = str(tmp_path / "s.ini")
    s = AppSettings(ini)
    assert s.ui_lang == "fr" and s.volunteer_name == "" and s.window_geometry is None
    s.ui_lang = "en"
    s.volunteer_name = "  Marie  "
    s.backup_folder = "/b"
    s.last_db_path = "/d.db"
    s.window_geometry = QByteArray(b"geo")
    s.sync()
    t = AppSettings(ini)
    assert (t.ui_lang, t.volunteer_name, t.backup_folder, t.last_db_path) == ("en", "Marie", "/b", "/d.db")
    assert t.window_geometry == QByteArray(b"geo")
    with pytest.raises(ValueError):
        t.ui_lang = "de"
