"""Fixtures of the intake-form tests: a real store in a temporary file, editors shown offscreen, typing helpers.

Why a real store (``open_store(..., encrypted=False)``): the forms' promises (drafts inside the database, only
edited fields written, stale saves refused, duplicates found) are promises about what reaches storage, so no
test here replaces the store with a stand-in.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt, QTimer, QTranslator
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from clinic_app.domain.case import Case

REPO = Path(__file__).resolve().parents[2]


def open_test_store(path: Path) -> Any:
    """A plain (unencrypted) store at ``path``, created if missing; no automatic backup (tests reopen files)."""
    from clinic_app.storage import open_store

    return open_store(path, encrypted=False, create=True, actor="Testeuse", auto_backup=False)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "x.db"


@pytest.fixture
def store(db_path: Path) -> Iterator[Any]:
    s = open_test_store(db_path)
    yield s
    s.close()


@pytest.fixture(scope="session")
def forms_qm(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """``translations/forms_*.ts`` compiled with pyside6-lrelease, as the install and test commands do."""
    from clinic_app.ui import i18n_build

    out = tmp_path_factory.mktemp("qm")
    src = tmp_path_factory.mktemp("ts")
    for ts in (REPO / "translations").glob("forms_*.ts"):
        (src / ts.name).write_bytes(ts.read_bytes())
    i18n_build.build(src, out)
    return out


@pytest.fixture
def use_lang(qapp: QApplication, forms_qm: Path) -> Iterator[Callable[[str], None]]:
    """``use_lang("fr")`` installs the forms' translator for that language (removed after the test)."""
    installed: list[QTranslator] = []

    def install(lang: str) -> None:
        for tr in installed:
            qapp.removeTranslator(tr)
        installed.clear()
        tr = QTranslator(qapp)
        assert tr.load(str(forms_qm / f"forms_{lang}.qm")), f"forms_{lang}.qm not built"
        qapp.installTranslator(tr)
        installed.append(tr)

    yield install
    for tr in installed:
        qapp.removeTranslator(tr)


@pytest.fixture
def open_editor(qtbot: Any, use_lang: Callable[[str], None]) -> Callable[..., Any]:
    """Build a CaseEditor on ``case`` in ``lang`` (its translator installed), shown at laptop size as the
    active window (so focus events happen as on a real screen)."""
    from clinic_app.ui.forms import CaseEditor

    def make(store: Any, case: Case, lang: str = "fr", **kwargs: Any) -> Any:
        use_lang(lang)
        editor = CaseEditor(store, case, ui_lang=lang, actor="Testeuse", **kwargs)
        # A dirty editor asks "Save changes?" when closed; at teardown nobody would answer that modal box.
        qtbot.addWidget(editor, before_close_func=lambda e: e._set_dirty(False))
        editor.resize(1366, 768)
        editor.show()
        qtbot.waitExposed(editor)
        editor.activateWindow()
        qtbot.waitUntil(editor.isActiveWindow, timeout=2000)
        return editor

    return make


def field(editor: Any, path: str) -> QWidget:
    """The widget the volunteer types into for ``path``."""
    return editor._rows[path].binding.focus_widget


def message(editor: Any, path: str) -> str:
    """The message line shown under ``path`` ("" when hidden)."""
    label = editor._rows[path].message
    return "" if label.isHidden() else label.text()


def type_text(qtbot: Any, widget: QWidget, text: str) -> None:
    """Type ``text`` key by key. ``QTest.keyClicks`` asserts on non-ASCII characters (Qt's qasciikey.cpp), so
    accented letters are sent as the key events a French keyboard produces: an unknown key carrying the text."""
    for ch in text:
        if ch.isascii():
            qtbot.keyClick(widget, ch)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch))


def type_into(qtbot: Any, editor: Any, path: str, text: str, *, leave: bool = True) -> QWidget:
    """Go to the section of ``path``, click into the field, type ``text`` key by key, then Tab out of it."""
    editor.focus_field(path)
    widget = field(editor, path)
    widget.setFocus(Qt.FocusReason.TabFocusReason)
    if hasattr(widget, "selectAll"):
        widget.selectAll()
    type_text(qtbot, widget, text)
    if leave:
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
    QApplication.processEvents()
    return widget


def answer_next_modal(qtbot: Any, act: Callable[[QWidget], None], timeout_ms: int = 5000) -> list[QWidget]:
    """Run ``act(dialog)`` on the next modal dialog that opens (the dialog is running its own event loop)."""
    seen: list[QWidget] = []
    waited = [0]

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is not None:
            seen.append(dialog)
            try:
                act(dialog)
            finally:
                if dialog.isVisible():  # a failed check must not leave a modal box nobody closes
                    dialog.close()
            return
        waited[0] += 20
        if waited[0] < timeout_ms:
            QTimer.singleShot(20, poll)

    QTimer.singleShot(0, poll)
    return seen


def choose(qtbot: Any, editor: Any, path: str, text: str) -> None:
    """Pick ``text`` in the combo box of ``path`` with the keyboard (Home, then Down until it shows)."""
    editor.focus_field(path)
    combo = field(editor, path)
    combo.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(combo, Qt.Key.Key_Home)
    for _ in range(combo.count()):
        if combo.currentText() == text:
            break
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    choices = [combo.itemText(i) for i in range(combo.count())]
    assert combo.currentText() == text, f"{path}: no choice {text!r} in {choices}"
    QApplication.processEvents()


def give_consent(qtbot: Any, editor: Any, scope: Any) -> None:
    """On the consent step: click the scope's radio button, then "Consent given"."""
    editor.go_to_section(next(i for i, p in enumerate(editor.pages) if p.key == "consent"))
    consent = editor.consent
    radio = consent.radios[scope]
    # On the round indicator, where a volunteer clicks: a radio stretched wider than its text ignores a
    # click in its middle (QRadioButton.hitButton).
    qtbot.mouseClick(radio, Qt.MouseButton.LeftButton, pos=QPoint(8, radio.height() // 2))
    assert consent.chosen_scope() is scope
    qtbot.mouseClick(consent.give_button, Qt.MouseButton.LeftButton)
    QApplication.processEvents()


def add_table_row(qtbot: Any, binding: Any, texts: dict[int, str]) -> None:
    """Press the table's "Add a row" (the cursor lands in its first cell, editing), type each cell's text and
    press Return; moving to another cell opens its editor (the tables edit on any trigger)."""
    qtbot.mouseClick(binding.add_button, Qt.MouseButton.LeftButton)
    table = binding.table
    row = table.rowCount() - 1
    for col, text in sorted(texts.items()):
        if (table.currentRow(), table.currentColumn()) != (row, col):
            table.setCurrentCell(row, col)
        cell = QApplication.focusWidget()
        assert cell is not None and cell is not table, "no cell editor open"
        type_text(qtbot, cell, text)
        qtbot.keyClick(cell, Qt.Key.Key_Return)
    QApplication.processEvents()
