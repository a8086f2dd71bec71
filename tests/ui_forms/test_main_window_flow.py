"""The evening as a volunteer lives it: new case from the main window, typed, saved, found by search, reopened."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt

from clinic_app.domain.case import ConsentScope
from clinic_app.domain.explain import money

from .conftest import field, give_consent, type_into, type_text


def test_new_case_saved_found_by_search_and_reopened(qtbot: Any, store: Any, tmp_path: Path, use_lang: Any) -> None:
    from clinic_app.ui.main_window import MainWindow
    from clinic_app.ui.settings import AppSettings

    use_lang("fr")
    settings = AppSettings(str(tmp_path / "s.ini"))
    settings.volunteer_name = "Camille"
    window = MainWindow(store, settings=settings, ui_lang="fr")
    qtbot.addWidget(window, before_close_func=lambda w: [w.tabs.widget(i)._set_dirty(False)
                                                         for i in range(1, w.tabs.count())])
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)  # shortcuts work in the active window

    qtbot.keyClick(window.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)  # New warehouse case
    assert window.tabs.count() == 2
    editor = window.tabs.currentWidget()
    for path, text in (("person.given_name", "Éloïse"), ("person.family_name", "Gagnon"),
                       ("person.phone", "514 555 0177"), ("warehouse.employer_legal_name", "Entrepôts Démo inc."),
                       ("work.start_date", "2016-09-12"), ("work.termination_date", "2025-01-22"),
                       ("work.hourly_rate", "22,75"), ("work.weekly_hours", "40")):
        type_into(qtbot, editor, path, text)
    give_consent(qtbot, editor, ConsentScope.INTAKE_AND_LETTERS)
    owed = editor.panel.values["amount_owed"].text()
    assert owed != "—"
    with qtbot.waitSignal(editor.saved, timeout=3000):
        qtbot.keyClick(field(editor, "person.given_name"), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    number = store.get_case(editor.case().uuid).case_number
    assert window.tabs.tabText(1).startswith(number)
    assert store.get_case(editor.case().uuid).created_by == "Camille"
    qtbot.keyClick(editor, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)  # close the tab: nothing to ask
    assert window.tabs.count() == 1

    window.search.setFocus()
    type_text(qtbot, window.search, "eloise gag")  # accents and case ignored
    qtbot.waitUntil(lambda: window.model.total() == 1, timeout=3000)
    row = window.model.row_at(0)
    assert row.case_number == number and row.display_name == "Éloïse Gagnon"
    assert money(row.amount_owed, "fr") == owed  # the list's figure is the panel's
    window.table.setFocus()
    window.table.selectRow(0)
    qtbot.keyClick(window.table, Qt.Key.Key_Return)  # open
    assert window.tabs.count() == 2
    again = window.tabs.currentWidget()
    assert field(again, "person.given_name").text() == "Éloïse"
    assert field(again, "person.phone").text() == "514-555-0177"
    assert field(again, "work.hourly_rate").text() == "22,75\u00a0$"
    assert again.panel.values["amount_owed"].text() == owed
    assert again.consent.current().given and not again.is_dirty()
    assert again.case().work.start_date == dt.date(2016, 9, 12)


def test_enter_or_down_in_the_search_box_goes_to_the_results_and_enter_opens(qtbot: Any, store: Any,
                                                                               tmp_path: Path) -> None:
    from PySide6.QtWidgets import QApplication

    from clinic_app.domain.case import Case, CaseKind
    from clinic_app.ui.main_window import MainWindow
    from clinic_app.ui.settings import AppSettings

    for given in ("Noémie", "Rémi"):
        case = Case.new(CaseKind.WAREHOUSE)
        case.person.given_name, case.person.family_name = given, "Bérubé"
        store.create_case(case)
    window = MainWindow(store, settings=AppSettings(str(tmp_path / "s.ini")), ui_lang="en")
    qtbot.addWidget(window, before_close_func=lambda w: [w.tabs.widget(i)._set_dirty(False)
                                                         for i in range(1, w.tabs.count())])
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    window.search.setFocus()
    type_text(qtbot, window.search, "noemie")
    qtbot.keyClick(window.search, Qt.Key.Key_Return)  # no waiting for the debounce: Enter searches now
    assert window.model.total() == 1
    assert QApplication.focusWidget() is window.table and window.table.currentIndex().row() == 0
    qtbot.keyClick(window.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.tabs.count() == 2, timeout=3000)
    assert window.tabs.currentWidget().case().person.given_name == "Noémie"

    window.tabs.setCurrentIndex(0)
    window.search.setFocus()
    window.search.clear()
    qtbot.keyClick(window.search, Qt.Key.Key_Down)
    assert QApplication.focusWidget() is window.table and window.model.total() == 2
