"""Secondary text (law sections, hints, notes) keeps at least 4.5:1 against its background (WCAG AA)."""

from __future__ import annotations

import re

from PySide6.QtGui import QColor, QPalette


def test_secondary_colour_reaches_aa_on_light_and_dark_palettes(qapp) -> None:  # type: ignore[no-untyped-def]
    from clinic_app.ui.contrast import MIN_CONTRAST, contrast, secondary_color

    light = qapp.palette()
    dark = QPalette(light)
    dark.setColor(QPalette.ColorRole.Window, QColor("#202124"))
    dark.setColor(QPalette.ColorRole.WindowText, QColor("#e8eaed"))
    for palette in (light, dark):
        colour = secondary_color(palette)
        back = palette.color(QPalette.ColorRole.Window)
        assert contrast(colour, back) >= MIN_CONTRAST
        assert colour != palette.color(QPalette.ColorRole.WindowText)  # still reads as secondary
    # the grey used before measured about 2.3:1: the check can fail
    assert contrast(light.color(QPalette.ColorRole.Dark), light.color(QPalette.ColorRole.Window)) < MIN_CONTRAST


def test_the_panels_law_sections_use_it(qtbot) -> None:  # type: ignore[no-untyped-def]
    from clinic_app.ui.contrast import MIN_CONTRAST, contrast
    from clinic_app.ui.entitlement_panel import EntitlementPanel

    panel = EntitlementPanel(ui_lang="en")
    qtbot.addWidget(panel)
    for label in panel.bases.values():
        found = re.search(r"color:\s*(#[0-9a-fA-F]{6})", label.styleSheet())
        assert found, label.styleSheet()
        assert contrast(QColor(found.group(1)), panel.palette().color(QPalette.ColorRole.Window)) >= MIN_CONTRAST
