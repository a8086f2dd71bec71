"""Ctrl+L opens the letters of the case on screen, not of a row selected in the hidden case list."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from clinic_app.domain.case import Case, CaseKind


def _stored(store: Any, given: str) -> Case:
    case = Case.new(CaseKind.WAREHOUSE)
    case.person.given_name, case.person.family_name = given, "Test"
    case.work.start_date, case.work.termination_date = dt.date(2020, 1, 6), dt.date(2025, 1, 22)
    case.work.weekly_wage = Decimal("800")
    return store.create_case(case)


def test_ctrl_l_takes_the_case_on_screen(qtbot: Any, store: Any, tmp_path: Path,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    from clinic_app.ui.letter_preview import LetterPreviewDialog
    from clinic_app.ui.main_window import MainWindow
    from clinic_app.ui.settings import AppSettings

    first, second = _stored(store, "Alice"), _stored(store, "Bruno")
    opened: list[str] = []
    monkeypatch.setattr(LetterPreviewDialog, "exec", lambda self: opened.append(self.case_uuid) or 0)
    window = MainWindow(store, settings=AppSettings(str(tmp_path / "s.ini")), ui_lang="en")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    qtbot.waitUntil(lambda: window.model.total() == 2, timeout=3000)
    window.open_case(first.uuid)  # Alice on screen...
    rows = [window.model.row_at(i).display_name for i in range(2)]
    window.table.selectRow(rows.index("Bruno Test"))  # ...while Bruno is the row selected in the hidden list
    qtbot.keyClick(window.tabs.currentWidget(), Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert opened == [first.uuid]
    window.tabs.setCurrentIndex(0)  # on the list: the selected row
    window.open_letters()
    assert opened == [first.uuid, second.uuid]
