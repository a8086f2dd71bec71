"""Run by test_ui_fit.py in a child process whose Qt screen is small and scaled (set before Qt starts).

Prints one JSON object: for every window of :mod:`ui_windows`, what does not fit (empty list: it fits).
"""

from __future__ import annotations

import json
import sys

from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QAbstractButton, QAbstractScrollArea, QApplication, QWidget


def _inside_scroll_area(widget: QWidget, top: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None and parent is not top:
        if isinstance(parent, QAbstractScrollArea):
            return True
        parent = parent.parentWidget()
    return False


def _rect_in(widget: QWidget, top: QWidget) -> QRect:
    return QRect(widget.mapTo(top, QPoint(0, 0)), widget.size())


def problems(top: QWidget) -> list[str]:
    """Why ``top`` does not fit the screen; the buttons (and, on a form, the figures) out of sight."""
    found: list[str] = []
    room = top.screen().availableGeometry()
    minimum = top.minimumSizeHint().expandedTo(top.minimumSize())
    if minimum.width() > room.width() or minimum.height() > room.height():
        found.append(f"minimum size {minimum.width()}x{minimum.height()} > screen {room.width()}x{room.height()}")
    if top.width() > room.width() or top.height() > room.height():
        found.append(f"opens at {top.width()}x{top.height()} > screen {room.width()}x{room.height()}")
    frame = top.rect()
    for button in top.findChildren(QAbstractButton):
        if button.isVisibleTo(top) and button.window() is top and not _inside_scroll_area(button, top) \
                and not frame.contains(_rect_in(button, top)):
            found.append(f"button {button.text()!r} outside the window")
    table = getattr(top, "table", None)
    if table is not None and hasattr(top, "tabs") and top.tabs.currentIndex() == 0:  # the case list: names in view
        name = table.horizontalHeader()
        left = name.sectionViewportPosition(1)
        if table.columnWidth(1) < 100 or left < 0 or left + 100 > table.viewport().width():
            found.append(f"case list: the name column is {table.columnWidth(1)} px wide at {left}")
    editor = getattr(top, "tabs", None) and top.tabs.currentWidget()
    if editor is not None and hasattr(editor, "panel"):
        if not frame.contains(_rect_in(editor.save_button, top)):
            found.append("Save button outside the window")
        panel = editor.panel
        view = panel.findChild(QAbstractScrollArea).viewport()
        for key in ("amount_owed", "shortfall"):
            for label in (panel.values[key], panel.bases[key]):
                r = _rect_in(label, view)
                if not label.isVisible() or r.left() < 0 or r.right() > view.width():
                    found.append(f"panel {key} {'amount' if label in panel.values.values() else 'law section'} "
                                 f"not in view ({r.left()}..{r.right()} of {view.width()})")
    return found


def main() -> int:
    sys.path.insert(0, sys.argv[1])  # tests/ui, for ui_windows
    lang = sys.argv[2]
    from ui_windows import demo, windows

    from clinic_app.ui.app import make_app
    from clinic_app.ui.i18n import install_translators

    app = make_app()
    keep = install_translators(app, lang)  # noqa: F841 - the translators must outlive the windows
    report: dict[str, list[str]] = {}
    with demo(lang) as d:
        for name, build in windows(lang).items():
            while d.window.tabs.count() > 1:  # each form or view alone in the main window
                d.window._close_tab(d.window.tabs.count() - 1)
            top = build(d)
            top.show()
            for _ in range(5):
                QApplication.processEvents()
            report[name] = problems(top)
            if top is not d.window:
                top.close()
    print(json.dumps(report))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
