"""Walk the Tab chain of both intake forms with real key presses: every stop visible, named, and a real control.

Why: a volunteer reached Given name after six Tabs, two of them through stops that showed nothing and had no
name (a screen reader said nothing either). Each stop must be visible, carry an accessible name, and be a control
(not a container such as a scroll area, which draws no focus frame); the chain must come back round to the start
without a trap (Tab leaving every table, every text box).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QFrame, QStackedWidget, QWidget

from clinic_app.domain.case import Case, CaseKind

pytestmark = pytest.mark.gui

CONTAINERS = (QStackedWidget,)


def _name(widget: QWidget) -> str:
    """What a screen reader says for ``widget``: its accessible name (a button's text counts)."""
    from PySide6.QtGui import QAccessible

    iface = QAccessible.queryAccessibleInterface(widget)
    name = iface.text(QAccessible.Text.Name) if iface is not None else widget.accessibleName()
    parent = widget.parentWidget()
    if not name and parent is not None and widget is getattr(parent, "lineEdit", lambda: None)():
        name = parent.accessibleName()  # an editable combo box's line edit: the combo's name is read
    return name


def _is_container(widget: QWidget) -> bool:
    if isinstance(widget, CONTAINERS):
        return True
    if isinstance(widget, QAbstractScrollArea):  # scroll areas are containers; lists, tables, text boxes are not
        from PySide6.QtWidgets import QAbstractItemView, QPlainTextEdit, QTextEdit

        return not isinstance(widget, (QAbstractItemView, QPlainTextEdit, QTextEdit))
    return type(widget) in (QWidget, QFrame)


def walk_tab_chain(start: QWidget, limit: int = 400) -> list[QWidget]:
    """Press Tab from ``start`` until focus comes back to it; the distinct stops in order."""
    start.setFocus(Qt.FocusReason.TabFocusReason)
    QApplication.processEvents()
    stops: list[QWidget] = [start]
    stuck = 0
    for _ in range(limit):
        current = QApplication.focusWidget()
        assert current is not None, f"focus lost after {stops[-1]!r}"
        QTest.keyClick(current, Qt.Key.Key_Tab)
        QApplication.processEvents()
        now = QApplication.focusWidget()
        if now is start:
            return stops
        if now is current:
            stuck += 1  # Tab moved inside a table (cell to cell): allowed, for a while
            assert stuck < 60, f"Tab never leaves {_name(current) or current!r}"
            continue
        stuck = 0
        assert now not in stops, f"the chain loops back to {_name(now) or now!r} without reaching the start"
        stops.append(now)
    raise AssertionError(f"no way back to the start after {limit} Tabs: {[_name(w) for w in stops]}")


@pytest.mark.parametrize("kind", [CaseKind.WAREHOUSE, CaseKind.DRIVER])
@pytest.mark.parametrize("lang", ["fr", "en"])
def test_every_tab_stop_of_every_section_is_visible_named_and_a_control(
        open_editor: Callable[..., Any], store: Any, kind: CaseKind, lang: str) -> None:
    editor = open_editor(store, Case.new(kind), lang=lang)
    problems: list[str] = []
    for index, page in enumerate(editor.pages):
        editor.go_to_section(index)
        QApplication.processEvents()
        first = page.first_focus
        assert first is not None and first.hasFocus(), page.title
        stops = walk_tab_chain(first)
        assert editor.save_button in stops, f"{page.title}: Save is not in the Tab chain"
        for widget in stops:
            what = f"{page.title}: {type(widget).__name__} {_name(widget)!r}"
            if not widget.isVisible():
                problems.append(what + " is not visible")
            if not _name(widget).strip():
                problems.append(what + " has no accessible name")
            if _is_container(widget):
                problems.append(what + " is a container (no focus frame)")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_check_box_is_named_by_its_own_text(open_editor: Callable[..., Any], store: Any, lang: str) -> None:
    """A screen reader says a check box's name: its text, not the label of the row it starts (the first box of
    the documents checklist was named "Documents seen" instead of "Pay slips")."""
    from PySide6.QtWidgets import QCheckBox

    editor = open_editor(store, Case.new(CaseKind.DRIVER), lang=lang)
    wrong = [f"{box.text()!r} is named {_name(box)!r}" for box in editor.findChildren(QCheckBox)
             if box.text() and _name(box) != box.text().replace("&", "")]
    assert not wrong, wrong


def test_tab_back_into_a_scrolled_section_shows_the_field(open_editor: Callable[..., Any], store: Any) -> None:
    """Tab from Save (outside the section's scroll area) back to its first field scrolled nothing: the cursor was
    in a field out of sight (found by the AT-SPI walk, which read the field's position above the section)."""
    from PySide6.QtCore import QPoint, QRect

    editor = open_editor(store, Case.new(CaseKind.DRIVER), lang="fr")
    editor.resize(1366, 600)  # section 1 does not fit: it scrolls
    editor.go_to_section(0)
    page = editor.pages[0]
    first = page.first_focus
    assert first is not None and page.verticalScrollBar().maximum() > 0
    last = page.rows[-1].binding.focus_widget
    last.setFocus()
    page.verticalScrollBar().setValue(page.verticalScrollBar().maximum())  # where Tab through the fields ends
    QApplication.processEvents()
    for _ in range(40):
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        QApplication.processEvents()
        if QApplication.focusWidget() is first:
            break
    assert QApplication.focusWidget() is first
    view = page.viewport()
    assert view.rect().contains(QRect(first.mapTo(view, QPoint(0, 0)), first.size()))
