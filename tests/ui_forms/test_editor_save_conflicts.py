"""Saves that must not go through silently: a case changed elsewhere (stale) and a possible duplicate person."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from PySide6.QtCore import Qt

from clinic_app.domain.case import Case, CaseKind, CaseStatus

from .conftest import answer_next_modal, field, type_into

TODAY = dt.date(2025, 3, 1)


def stored_case(store: Any, given: str = "Amélie", family: str = "Tremblay", phone: str = "514-555-0199") -> Case:
    case = Case.new(CaseKind.WAREHOUSE)
    case.person.given_name, case.person.family_name, case.person.phone = given, family, phone
    return store.create_case(case)


@pytest.mark.parametrize("lang, words", [("fr", "modifié ailleurs"), ("en", "changed elsewhere")])
def test_stale_save_says_so_and_reloads_without_losing_typed_text(qtbot: Any, store: Any, open_editor: Any,
                                                                  lang: str, words: str) -> None:
    case = stored_case(store)
    editor = open_editor(store, case, lang, today=TODAY)
    type_into(qtbot, editor, "person.city", "Longueuil")
    # Another volunteer (or a merge) saves the same case meanwhile.
    other = store.get_case(case.uuid)
    other.person.email = "amelie@example.org"
    store.save_case(other)

    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert words in editor.banner_text()
    assert editor.reload_button.isVisible()
    assert field(editor, "person.city").text() == "Longueuil"
    assert editor.case().uuid in store.load_drafts()  # what was typed is safe in the database meanwhile
    assert store.get_case(case.uuid).person.city == ""  # nothing overwritten

    qtbot.mouseClick(editor.reload_button, Qt.MouseButton.LeftButton)
    assert field(editor, "person.city").text() == "Longueuil"  # typed text kept on top
    assert field(editor, "person.email").text() == "amelie@example.org"  # the newer stored value shown
    with qtbot.waitSignal(editor.saved, timeout=2000):
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    final = store.get_case(case.uuid)
    assert (final.person.city, final.person.email, final.version) == ("Longueuil", "amelie@example.org", 3)
    audit = [e for e in store.audit_entries(case.uuid) if e.action == "update"]
    assert "person.city" in audit[-1].fields  # every edit is audited by field name


def _type_person(qtbot: Any, editor: Any, given: str, family: str, phone: str) -> None:
    type_into(qtbot, editor, "person.given_name", given)
    type_into(qtbot, editor, "person.family_name", family)
    type_into(qtbot, editor, "person.phone", phone)


def test_duplicate_shown_before_a_new_case_is_saved_then_saved_anyway(qtbot: Any, store: Any,
                                                                      open_editor: Any) -> None:
    existing = stored_case(store)
    editor = open_editor(store, Case.new(CaseKind.DRIVER), "fr", today=TODAY)
    _type_person(qtbot, editor, "amelie", "TREMBLAY", "514 555 0199")  # accents and case ignored
    shown: list[list[str]] = []

    def save_anyway(dialog: Any) -> None:
        table = dialog.table
        shown.append([table.item(0, c).text() for c in range(table.columnCount())])
        assert dialog.windowTitle() == "Doublons possibles"
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    answer_next_modal(qtbot, save_anyway)
    assert editor.save()
    assert shown and shown[0][:3] == [existing.case_number, "Amélie Tremblay", "514-555-0199"]
    assert store.count_cases() == 2


def test_duplicate_open_existing_instead(qtbot: Any, store: Any, open_editor: Any) -> None:
    existing = stored_case(store)
    editor = open_editor(store, Case.new(CaseKind.WAREHOUSE), "en", today=TODAY)
    _type_person(qtbot, editor, "Amélie", "Tremblay", "5145550199")

    def open_existing(dialog: Any) -> None:
        assert "Amélie Tremblay may already have a case" in dialog.intro.text()
        qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)

    answer_next_modal(qtbot, open_existing)
    with qtbot.waitSignal(editor.openCaseRequested, timeout=3000) as sig:
        assert not editor.save()
    assert sig.args == [existing.uuid]
    assert store.count_cases() == 1  # no second case
    assert editor.case().uuid in store.load_drafts()  # the typed form is kept as a draft


def test_duplicate_cancel_keeps_the_form(qtbot: Any, store: Any, open_editor: Any) -> None:
    stored_case(store)
    editor = open_editor(store, Case.new(CaseKind.WAREHOUSE), "en", today=TODAY)
    _type_person(qtbot, editor, "Amelie", "Tremblay", "514-555-0199")
    answer_next_modal(qtbot, lambda d: qtbot.mouseClick(d.cancel_button, Qt.MouseButton.LeftButton))
    assert not editor.save()
    assert store.count_cases() == 1
    assert editor.is_dirty() and field(editor, "person.given_name").text() == "Amelie"


def test_no_duplicate_no_question(qtbot: Any, store: Any, open_editor: Any) -> None:
    stored_case(store)
    editor = open_editor(store, Case.new(CaseKind.WAREHOUSE), "en", today=TODAY)
    _type_person(qtbot, editor, "Amélie", "Tremblay", "438-555-0000")  # same name, other phone, no birth date
    assert editor.save()  # no modal dialog: a dialog here would block this call
    assert store.count_cases() == 2
    assert store.get_case(editor.case().uuid).status is CaseStatus.DRAFT


def test_duplicate_check_from_the_case_list_opens_the_chosen_case(qtbot: Any, store: Any, tmp_path: Any,
                                                                  use_lang: Any) -> None:
    from clinic_app.ui.main_window import MainWindow
    from clinic_app.ui.settings import AppSettings

    use_lang("en")
    first = stored_case(store)
    second = stored_case(store, "AMELIE", "tremblay")
    window = MainWindow(store, settings=AppSettings(str(tmp_path / "s.ini")), ui_lang="en")
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    row = next(r for r in range(window.model.rowCount()) if window.model.row_at(r).uuid == second.uuid)
    window.table.selectRow(row)
    def open_first(dialog: Any) -> None:
        assert f"same person as AMELIE tremblay ({second.case_number})" in dialog.intro.text()
        assert dialog.save_button is None  # from the list there is nothing to save
        qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)

    answer_next_modal(qtbot, open_first)
    window.check_duplicates()
    assert window.tabs.count() == 2
    assert window.tabs.widget(1).case().uuid == first.uuid


@pytest.mark.parametrize("choice", ["cleared", "refer"])
def test_conflict_of_interest_shown_before_a_new_case_is_saved(qtbot: Any, store: Any, open_editor: Any,
                                                               choice: str) -> None:
    """The person is on the clinic's list of adverse parties: the volunteer sees why and decides."""
    from clinic_app.domain.conflicts import Decision, PartyRole
    from clinic_app.services import conflicts

    conflicts.add_party(store, "TREMBLAY, Hélène", PartyRole.ADVERSE, "owner of a delivery partner")
    editor = open_editor(store, Case.new(CaseKind.WAREHOUSE), "fr", today=TODAY)
    _type_person(qtbot, editor, "helene", "Tremblay", "438-555-0101")
    seen: list[str] = []

    def decide(dialog: Any) -> None:
        seen.extend(dialog.hits.item(i).text() for i in range(dialog.hits.count()))
        qtbot.mouseClick(dialog.cleared if choice == "cleared" else dialog.refer, Qt.MouseButton.LeftButton)

    answer_next_modal(qtbot, decide)
    saved = editor.save()
    assert seen and "parties adverses" in seen[0] and "TREMBLAY, Hélène" in seen[0]
    record = conflicts.decision_for(store, editor.case().uuid)
    assert record is not None and record.by == "Testeuse" and record.hits == 1
    if choice == "cleared":
        assert saved and store.count_cases() == 1 and record.decision is Decision.CLEARED
    else:
        assert not saved and store.count_cases() == 0 and record.decision is Decision.REFER_OUT
        assert field(editor, "person.given_name").text() == "helene"  # nothing typed is lost
    actions = {e.action for e in store.audit_entries()}
    assert f"conflict_{record.decision.value}" in actions


@pytest.mark.parametrize("kind", [CaseKind.WAREHOUSE, CaseKind.DRIVER])
def test_a_new_case_starts_in_its_first_field_and_typing_never_changes_the_status(qtbot: Any, store: Any,
                                                                                   open_editor: Any,
                                                                                   kind: CaseKind) -> None:
    from PySide6.QtWidgets import QApplication

    editor = open_editor(store, Case.new(kind), "en", today=TODAY)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None and editor.isAncestorOf(
        QApplication.focusWidget()), timeout=2000)
    status = editor.status_binding.widget
    before = status.currentIndex()
    focused = QApplication.focusWidget()
    assert focused is not status and focused is editor.pages[editor.nav.currentRow()].first_focus
    qtbot.keyClicks(focused, "Closed")
    assert status.currentIndex() == before
    for _ in range(12):  # Tab through the section: never a stop on the status
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is not status
