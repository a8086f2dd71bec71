"""Tabs say which cases hold unsaved changes (a dot and a tooltip, not colour alone); saving clears it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt

from .conftest import field, type_into


def test_tab_marks_unsaved_changes_until_saved(qtbot: Any, store: Any, tmp_path: Path, use_lang: Any) -> None:
    from clinic_app.ui.main_window import MainWindow
    from clinic_app.ui.settings import AppSettings

    use_lang("en")
    window = MainWindow(store, settings=AppSettings(str(tmp_path / "s.ini")), ui_lang="en")
    qtbot.addWidget(window, before_close_func=lambda w: [w.tabs.widget(i)._set_dirty(False)
                                                         for i in range(1, w.tabs.count())])
    window.show()
    qtbot.waitExposed(window)
    window.new_case("warehouse")
    editor = window.tabs.currentWidget()
    index = window.tabs.indexOf(editor)
    assert not window.tabs.tabText(index).endswith(window._UNSAVED)
    type_into(qtbot, editor, "person.given_name", "Awa")
    qtbot.waitUntil(lambda: window.tabs.tabText(index).endswith(window._UNSAVED), timeout=2000)
    assert window.tabs.tabToolTip(index) == "Unsaved changes"
    with qtbot.waitSignal(editor.saved, timeout=3000):
        qtbot.keyClick(field(editor, "person.given_name"), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not window.tabs.tabText(index).endswith(window._UNSAVED), timeout=2000)
    assert window.tabs.tabText(index).startswith(store.get_case(editor.case().uuid).case_number)
    assert window.tabs.tabToolTip(index) == ""
