"""The form screenshots (docs, screenshot command) are written, sized for the clinic's screen, and not blank."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtGui import QImage

from clinic_app.ui.forms.screens import SIZE, take_form_screenshots


def test_form_screenshots_written_and_not_blank(tmp_path: Path, qapp: Any, use_lang: Any) -> None:
    use_lang("en")
    paths = take_form_screenshots(tmp_path, lang="en", count=30)
    names = {p.name for p in paths}
    assert {"forms-consent-en.png", "forms-driver-controls-en.png", "forms-panel-en.png",
            "forms-duplicates-en.png", "forms-site-en.png", "forms-warehouse-work-en.png"} <= names
    for path in paths:
        image = QImage(str(path))
        assert not image.isNull(), path.name
        if path.name.startswith(("forms-consent", "forms-driver", "forms-warehouse")):
            assert (image.width(), image.height()) == SIZE
        # Not one flat colour: sample a grid of pixels and expect many different ones.
        colours = {image.pixel(x, y) for x in range(0, image.width(), 23) for y in range(0, image.height(), 17)}
        assert len(colours) > 8, path.name
