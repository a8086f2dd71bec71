"""Issue 18's headline test: a new case typed from the first key to "Intake complete" without the mouse, in the
main window (menus and all), the status untouched by typing."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from clinic_app.domain.case import CaseStatus
from clinic_app.ui.mnemonics import mnemonic

from .conftest import type_text

pytestmark = pytest.mark.gui


def _key(qtbot: Any, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    target = QApplication.focusWidget()
    assert target is not None, "the focus was lost"
    qtbot.keyClick(target, key, modifier)
    QApplication.processEvents()


def _alt(qtbot: Any, labelled: QWidget) -> None:
    """Alt + the underlined letter of ``labelled`` (a label or a button), as shown on screen."""
    letter = mnemonic(labelled.text())
    assert letter is not None and letter.isascii(), labelled.text()
    _key(qtbot, getattr(Qt.Key, f"Key_{letter.upper()}"), Qt.KeyboardModifier.AltModifier)
    qtbot.wait(250)  # a button's Alt letter clicks it after Qt's 100 ms press animation


def _type(qtbot: Any, text: str) -> None:
    type_text(qtbot, QApplication.focusWidget(), text)
    QApplication.processEvents()


@pytest.mark.parametrize(("kind", "shortcut"), [("warehouse", Qt.KeyboardModifier.ControlModifier),
                                                ("driver", Qt.KeyboardModifier.ControlModifier
                                                 | Qt.KeyboardModifier.ShiftModifier)])
def test_a_new_case_from_the_first_key_to_intake_complete_without_the_mouse(
        qtbot: Any, store: Any, tmp_path: Path, use_lang: Any, kind: str, shortcut: Any) -> None:
    from clinic_app.domain.case import ConsentScope
    from clinic_app.ui.main_window import MainWindow
    from clinic_app.ui.settings import AppSettings

    use_lang("en")
    settings = AppSettings(str(tmp_path / "s.ini"))
    settings.volunteer_name = "Camille"
    window = MainWindow(store, settings=settings, ui_lang="en")
    qtbot.addWidget(window, before_close_func=lambda w: [e._set_dirty(False) for e in w._editors.values()])
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    window.search.setFocus()

    _key(qtbot, Qt.Key.Key_N, shortcut)
    editor = window.tabs.currentWidget()
    assert editor is not window.list_page and editor.flow.guided
    qtbot.waitUntil(lambda: QApplication.focusWidget() is editor._rows["person.given_name"].binding.focus_widget,
                    timeout=2000)
    _type(qtbot, "Marie")
    _key(qtbot, Qt.Key.Key_Tab)
    _type(qtbot, "Roy")

    _key(qtbot, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert editor.current_section() == "consent"
    _alt(qtbot, editor.consent.radios[ConsentScope.INTAKE])
    assert editor.consent.chosen_scope() is ConsentScope.INTAKE
    _alt(qtbot, editor.consent.give_button)
    assert editor.consent.current().given

    _key(qtbot, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert editor.current_section() == "work"
    rows = editor._rows
    _type(qtbot, "Entrepôts Démo" if kind == "warehouse" else "Livraisons Démo")  # the section's first field
    if kind == "driver":
        _alt(qtbot, rows["driver.client_name"].label)
        _type(qtbot, "Client Démo")
    for path, text in (("work.start_date", "2019-03-04"), ("work.last_day_worked", "2025-01-22"),
                       ("work.termination_date", "2025-01-22")):
        _alt(qtbot, rows[path].label)
        assert QApplication.focusWidget() is rows[path].binding.focus_widget, path
        _type(qtbot, text)
        _key(qtbot, Qt.Key.Key_Tab)

    while editor.current_section() != "pay":
        _key(qtbot, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    _alt(qtbot, rows["work.weekly_wage"].label)
    _type(qtbot, "900")
    _key(qtbot, Qt.Key.Key_Tab)
    assert editor.status_binding.current() is CaseStatus.DRAFT  # nothing typed ever reached the status

    for _ in range(10):
        if editor.current_section() == "review":
            break
        _key(qtbot, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    review = editor.flow.review
    assert editor.current_section() == "review" and review.lines() == [], review.lines()
    assert QApplication.focusWidget() is review.complete_button
    _key(qtbot, Qt.Key.Key_Space)
    stored = store.get_case(editor.case().uuid)
    assert stored.status is CaseStatus.INTAKE_COMPLETE
    assert (stored.person.given_name, stored.person.family_name) == ("Marie", "Roy")
    assert stored.work.weekly_wage is not None and int(stored.work.weekly_wage) == 900
