"""Secondary text (sections of the law, hints, notes) that stays readable: at least 4.5:1 against its background.

Why computed: a fixed grey ("palette(dark)") measured 2.3:1 on the default light palette, below WCAG AA (4.5:1),
and would be worse on a dark theme. The colour here is the text colour blended toward the background only as far
as the contrast allows, from the widget's own palette, so it works in light and dark themes alike.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QWidget

#: WCAG 2.1 AA for normal text
MIN_CONTRAST = 4.5


def _channel(c: float) -> float:
    c /= 255
    return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4


def luminance(color: QColor) -> float:
    return 0.2126 * _channel(color.red()) + 0.7152 * _channel(color.green()) + 0.0722 * _channel(color.blue())


def contrast(a: QColor, b: QColor) -> float:
    """The WCAG contrast ratio of two colours (1 to 21)."""
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def secondary_color(palette: QPalette, minimum: float = MIN_CONTRAST + 0.2) -> QColor:
    """The text colour moved toward the window colour as far as ``minimum`` contrast allows (a little margin)."""
    text = palette.color(QPalette.ColorRole.WindowText)
    back = palette.color(QPalette.ColorRole.Window)
    best = QColor(text)
    for step in range(1, 20):
        t = step / 20
        mixed = QColor(round(text.red() + (back.red() - text.red()) * t),
                       round(text.green() + (back.green() - text.green()) * t),
                       round(text.blue() + (back.blue() - text.blue()) * t))
        if contrast(mixed, back) < minimum:
            break
        best = mixed
    return best


def secondary_style(widget: QWidget) -> str:
    """A style sheet for secondary text on ``widget`` (call after the widget has its palette)."""
    return f"color: {secondary_color(widget.palette()).name()};"
