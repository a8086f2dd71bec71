"""Alt mnemonics are unique in every window, in both languages, menus included (issue 18).

Why: two controls sharing Alt+F in one window make Alt+F cycle between them, and a field holding the letter of a
menu (Alt+F for Family name beside File) steals the menu from the keyboard. The test opens every window of
``ui_windows.py`` (each section of the forms in turn), collects the mnemonics a user can press at that moment
(menu titles, buttons, labels with a buddy, checkable group boxes), and fails on any letter used twice; each
menu's own items are checked the same way.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtWidgets import QAbstractButton, QApplication, QGroupBox, QLabel, QMainWindow, QMenu, QWidget
from ui_windows import demo, windows

pytestmark = pytest.mark.gui


def mnemonic(text: str) -> str | None:
    """The letter after a single ``&`` ("&&" is a literal ampersand), lower-cased; None without one."""
    i = 0
    while i < len(text) - 1:
        if text[i] == "&":
            if text[i + 1] != "&":
                return text[i + 1].lower()
            i += 1
        i += 1
    return None


def _shown(widget: QWidget, top: QWidget) -> bool:
    return widget.isVisibleTo(top) and widget.isEnabled() and widget.window() is top


def window_mnemonics(top: QWidget) -> dict[str, list[str]]:
    """letter -> the texts holding it, for what Alt+letter can reach in ``top`` as it shows now."""
    found: dict[str, list[str]] = defaultdict(list)
    if isinstance(top, QMainWindow):
        for action in top.menuBar().actions():
            if action.isVisible() and (key := mnemonic(action.text())):
                found[key].append("menu " + action.text())
    for button in top.findChildren(QAbstractButton):
        if _shown(button, top) and (key := mnemonic(button.text())):
            found[key].append(button.text())
    for label in top.findChildren(QLabel):
        if _shown(label, top) and label.buddy() is not None and (key := mnemonic(label.text())):
            found[key].append(label.text())
    for box in top.findChildren(QGroupBox):
        if _shown(box, top) and box.isCheckable() and (key := mnemonic(box.title())):
            found[key].append(box.title())
    return found


def menu_mnemonics(menu: QMenu) -> dict[str, list[str]]:
    found: dict[str, list[str]] = defaultdict(list)
    for action in menu.actions():
        if action.isVisible() and not action.isSeparator() and (key := mnemonic(action.text())):
            found[key].append(action.text())
    return found


def clashes(found: dict[str, list[str]]) -> dict[str, list[str]]:
    return {key: texts for key, texts in found.items() if len(texts) > 1}


def _states(top: QWidget) -> Iterator[str]:
    """Each state of ``top`` worth checking: every section of an open form, else the window as it opens."""
    editor = getattr(top, "tabs", None) and top.tabs.currentWidget()
    if editor is not None and hasattr(editor, "pages"):
        for index, page in enumerate(editor.pages):
            editor.go_to_section(index)
            QApplication.processEvents()
            yield f"section {page.title}"
    else:
        yield "as it opens"


@pytest.fixture
def translated(qapp: QApplication) -> Iterator[Any]:
    from clinic_app.ui.i18n import install_translators

    installed: list[Any] = []

    def install(lang: str) -> None:
        installed.extend(install_translators(qapp, lang))

    yield install
    for tr in installed:
        qapp.removeTranslator(tr)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_no_mnemonic_clash_in_any_window(qtbot: Any, translated: Any, lang: str) -> None:
    translated(lang)
    problems: dict[str, Any] = {}
    with demo(lang) as d:
        for name, build in windows(lang).items():
            while d.window.tabs.count() > 1:
                d.window._close_tab(d.window.tabs.count() - 1)
            top = build(d)
            top.show()
            QApplication.processEvents()
            for state in _states(top):
                if bad := clashes(window_mnemonics(top)):
                    problems[f"{name}, {state}"] = bad
            if isinstance(top, QMainWindow):
                for action in top.menuBar().actions():
                    if action.menu() is not None and (bad := clashes(menu_mnemonics(action.menu()))):
                        problems[f"{name}, menu {action.text()}"] = bad
            if top is not d.window:
                top.close()
    assert not problems, "\n".join(f"{k}: {v}" for k, v in problems.items())


def test_the_clash_finder_sees_a_clash(qtbot: Any) -> None:
    """The walk can fail: two buttons with Alt+P in one window are reported."""
    from PySide6.QtWidgets import QPushButton, QVBoxLayout

    top = QWidget()
    qtbot.addWidget(top)
    layout = QVBoxLayout(top)
    for text in ("&Passphrase", "&Preview", "Save && &close"):
        layout.addWidget(QPushButton(text))
    top.show()
    assert clashes(window_mnemonics(top)) == {"p": ["&Passphrase", "&Preview"]}
    assert mnemonic("Save && &close") == "c" and mnemonic("R&&D") is None
