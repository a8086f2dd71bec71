"""Windows that fit a small screen: 1280x720 at 150 % scaling leaves about 853x480 logical pixels.

Why: a window whose minimum size exceeds the screen cannot be used at all (its Save button is off screen, and the
window manager cannot shrink it), and the clinic's donated laptops run at 125-150 % scaling. So no window fixes a
large minimum size: a dialog's body scrolls (:func:`make_scrollable`) while its buttons stay in view, and a
window's first size is what it asks for, cut down to the screen it opens on (:func:`fit_to_screen`).
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialogButtonBox, QFrame, QLayout, QScrollArea, QVBoxLayout, QWidget

#: Room left for the window frame and title bar, which the window manager adds around the window.
FRAME_MARGIN = QSize(16, 48)


def available_size(widget: QWidget) -> QSize:
    """The usable size of the screen ``widget`` opens on (logical pixels: after scaling), less its frame."""
    parent = widget.parentWidget()
    screen = (parent.screen() if parent is not None else widget.screen()) or QGuiApplication.primaryScreen()
    if screen is None:
        return QSize(1366, 768)
    return screen.availableGeometry().size() - FRAME_MARGIN


def fit_to_screen(widget: QWidget, width: int, height: int) -> None:
    """Resize ``widget`` to ``width`` x ``height``, or less where the screen is smaller."""
    room = available_size(widget)
    widget.resize(min(width, room.width()), min(height, room.height()))


def make_scrollable(window: QWidget, width: int | None = None, height: int | None = None, *,
                    resize: bool = True) -> QScrollArea:
    """Put ``window``'s layout in a scroll area, keeping a trailing button box outside it (always in view).

    Called at the end of a dialog's ``__init__``: its minimum size becomes that of the buttons and a scroll area,
    so the dialog fits any screen; on a large screen nothing changes (the scroll area is as big as its body).
    The window then takes ``width`` x ``height`` (default: what its body asks for), cut down to the screen;
    ``resize=False`` for a page inside a tab (its size is the tab's).
    """
    layout = window.layout()
    assert layout is not None, "make_scrollable needs the window's layout"
    buttons: QWidget | None = None
    last = layout.itemAt(layout.count() - 1) if layout.count() else None
    last_widget = last.widget() if last is not None else None
    if isinstance(last_widget, QDialogButtonBox):
        buttons = last_widget
        layout.removeWidget(buttons)
    wanted = layout.sizeHint()
    body = QWidget()
    body.setLayout(layout)  # Qt takes the layout (and its widgets) off the window
    layout.setSizeConstraint(QLayout.SizeConstraint.SetDefaultConstraint)
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setWidget(body)
    outer = QVBoxLayout(window)
    outer.setContentsMargins(0, 0, 0, 0 if buttons is None else 9)
    outer.addWidget(scroll, 1)
    if buttons is not None:
        wrap = QVBoxLayout()
        wrap.setContentsMargins(9, 0, 9, 0)
        wrap.addWidget(buttons)
        outer.addLayout(wrap)
    extra = 0 if buttons is None else buttons.sizeHint().height() + 9
    scroll.setMinimumSize(min(wanted.width(), 240), min(wanted.height(), 120))
    if resize:
        fit_to_screen(window, max(width or 0, wanted.width() + 24), max(height or 0, wanted.height() + extra + 8))
    return scroll
