"""The screenshot command writes non-empty 1366x768 PNGs (needs storage's open_store)."""

from __future__ import annotations

from pathlib import Path

import pytest

storage = pytest.importorskip("clinic_app.storage")
if not hasattr(storage, "open_store"):
    pytest.skip("clinic_app.storage.open_store not landed yet", allow_module_level=True)


def test_screenshot_command(cli, tmp_path: Path) -> None:
    from PySide6.QtGui import QImage

    result = cli("screenshot", "--demo", "--out", str(tmp_path), "--lang", "en")
    assert result.returncode == 0, result.stderr
    main = tmp_path / "main-window-en.png"
    image = QImage(str(main))
    assert (image.width(), image.height()) == (1366, 768)
    assert (tmp_path / "settings-en.png").stat().st_size > 1000
    for screen in ("deadlines", "sites", "summary", "warehouse-form", "driver-form", "evidence"):
        shot = QImage(str(tmp_path / f"{screen}-en.png"))  # evidence: the attachments section, three documents
        assert (shot.width(), shot.height()) == (1366, 768), screen
    conflict = QImage(str(tmp_path / "conflicts-en.png"))  # the dialog met before saving, one match listed
    assert (conflict.width(), conflict.height()) == (720, 420)
