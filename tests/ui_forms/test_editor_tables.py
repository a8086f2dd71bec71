"""The small tables and lists of the form: weekly pay when it varied, documents seen, notes; reviewed cases."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QTableView

from clinic_app.domain.case import Case, CaseKind, CaseStatus, ConsentScope
from clinic_app.domain.case_figures import case_entitlements
from clinic_app.domain.explain import money
from clinic_app.domain.types import Entitlements

from .conftest import add_table_row, choose, give_consent, message, type_into, type_text

TODAY = dt.date(2025, 3, 1)


def add_week(qtbot: Any, editor: Any, week: str, amount: str) -> None:
    add_table_row(qtbot, editor._rows["work.recent_weekly_wages"].binding, {0: week, 1: amount})


def test_weekly_pay_table_when_the_pay_varied(qtbot: Any, store: Any, open_editor: Any) -> None:
    editor = open_editor(store, Case.new(CaseKind.WAREHOUSE), "fr", today=TODAY)
    type_into(qtbot, editor, "person.given_name", "Mehdi")
    type_into(qtbot, editor, "person.family_name", "Saïdi")
    type_into(qtbot, editor, "work.start_date", "2021-03-01")
    type_into(qtbot, editor, "work.termination_date", "2025-01-22")
    table = editor._rows["work.recent_weekly_wages"].binding
    assert not table.widget.isEnabled()  # only when the pay varied
    editor.focus_field("work.wage_varies")
    qtbot.mouseClick(editor._rows["work.wage_varies"].binding.box, Qt.MouseButton.LeftButton, pos=QPoint(8, 8))
    assert editor.case().work.wage_varies
    qtbot.waitUntil(table.widget.isEnabled, timeout=1000)  # on the next turn of the event loop
    add_week(qtbot, editor, "2025-01-18", "812,40")
    add_week(qtbot, editor, "2025-01-11", "1 004,10")
    add_week(qtbot, editor, "11/01/2025", "douze")  # a word instead of an amount
    assert message(editor, "work.recent_weekly_wages").startswith("⚠ Ligne 3 — Salaires des dernières semaines")
    assert table.table.item(2, 1).text() == "douze"  # kept as typed
    qtbot.mouseClick(table.remove_button, Qt.MouseButton.LeftButton)  # the current (last) row goes
    assert message(editor, "work.recent_weekly_wages") == ""
    case = editor.case()
    assert [(w.week_ending, w.amount) for w in case.work.recent_weekly_wages] == [
        (dt.date(2025, 1, 18), Decimal("812.40")), (dt.date(2025, 1, 11), Decimal("1004.10"))]
    ent = case_entitlements(case)
    assert isinstance(ent, Entitlements)
    qtbot.waitUntil(lambda: editor.panel.values["weekly_wage_used"].text() == money(ent.weekly_wage_used, "fr"),
                    timeout=1000)
    assert ent.weekly_wage_used == Decimal("908.25")  # the mean of the weeks typed
    assert editor.save()
    stored = store.get_case(case.uuid)
    assert [w.amount for w in stored.work.recent_weekly_wages] == [Decimal("812.40"), Decimal("1004.10")]


def test_documents_and_notes_are_kept_and_notes_never_replaced(qtbot: Any, store: Any, open_editor: Any) -> None:
    editor = open_editor(store, Case.new(CaseKind.DRIVER), "en", today=TODAY)
    type_into(qtbot, editor, "person.given_name", "Ana")
    docs = editor._rows["documents_seen"].binding
    editor.focus_field("documents_seen")
    qtbot.mouseClick(docs.boxes["pay_slips"], Qt.MouseButton.LeftButton, pos=QPoint(8, 8))  # on the box
    docs.other.setFocus()
    type_text(qtbot, docs.other, "Texto du répartiteur, contrat de location")
    editor.focus_field("notes")
    type_text(qtbot, editor._rows["notes"].binding.edit, "Revient jeudi avec ses relevés.")
    assert editor.save()
    uuid = editor.case().uuid
    stored = store.get_case(uuid)
    assert stored.documents_seen == ["pay_slips", "Texto du répartiteur", "contrat de location"]
    assert [(n.text, n.author) for n in stored.notes] == [("Revient jeudi avec ses relevés.", "Testeuse")]
    assert editor._rows["notes"].binding.edit.toPlainText() == ""  # ready for the next note
    assert "Revient jeudi" in editor.earlier_notes.toPlainText()
    editor.focus_field("notes")
    type_text(qtbot, editor._rows["notes"].binding.edit, "A apporté le T4.")
    assert editor.save()
    assert [n.text for n in store.get_case(uuid).notes] == ["Revient jeudi avec ses relevés.", "A apporté le T4."]


def test_reviewed_case_stays_editable_and_every_edit_is_audited(qtbot: Any, store: Any, open_editor: Any) -> None:
    editor = open_editor(store, Case.new(CaseKind.WAREHOUSE), "en", today=TODAY)
    for path, text in (("person.given_name", "Nadia"), ("person.family_name", "Roy"),
                       ("warehouse.employer_legal_name", "Entrepôts Démo inc."), ("work.start_date", "2019-05-01"),
                       ("work.termination_date", "2025-01-22"), ("work.weekly_wage", "900")):
        type_into(qtbot, editor, path, text)
    give_consent(qtbot, editor, ConsentScope.INTAKE_AND_LETTERS)
    assert editor.save()
    choose(qtbot, editor, "status", "Reviewed")
    assert editor.save()
    uuid = editor.case().uuid
    assert store.get_case(uuid).status is CaseStatus.REVIEWED
    type_into(qtbot, editor, "work.weekly_wage", "950")
    assert editor.save()
    stored = store.get_case(uuid)
    assert stored.status is CaseStatus.REVIEWED and stored.work.weekly_wage == Decimal("950")
    updates = [e for e in store.audit_entries(uuid) if e.action == "update"]
    assert [e.fields for e in updates] == [("status",), ("work.weekly_wage",)]
    assert all(e.actor == "Testeuse" for e in updates)
    assert not any("950" in e.detail for e in store.audit_entries(uuid))  # names of fields, never values


def test_ctrl_s_while_typing_in_a_cell_keeps_that_cell(qtbot: Any, store: Any, open_editor: Any) -> None:
    editor = open_editor(store, Case.new(CaseKind.WAREHOUSE), "en", today=TODAY)
    type_into(qtbot, editor, "person.given_name", "Jade")
    editor.focus_field("work.payments")
    binding = editor._rows["work.payments"].binding
    qtbot.mouseClick(binding.add_button, Qt.MouseButton.LeftButton)
    cell = QApplication.focusWidget()
    type_text(qtbot, cell, "1,250.00")  # no Return: still editing the cell
    with qtbot.waitSignal(editor.saved, timeout=2000):
        qtbot.keyClick(cell, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    stored = store.get_case(editor.case().uuid)
    assert [p.amount for p in stored.work.payments] == [Decimal("1250.00")]


def test_date_picked_from_the_calendar(qtbot: Any, store: Any, open_editor: Any) -> None:
    from PySide6.QtCore import QDate, QTimer

    editor = open_editor(store, Case.new(CaseKind.WAREHOUSE), "en", today=TODAY)
    editor.focus_field("work.termination_date")
    binding = editor._rows["work.termination_date"].binding
    menu = binding.button.menu()

    def pick() -> None:
        assert menu.isVisible()
        view = binding.calendar.findChild(QTableView)
        binding.calendar.setSelectedDate(QDate(2025, 1, 22))
        qtbot.keyClick(view, Qt.Key.Key_Return)  # Return on the selected day, as with the keyboard

    QTimer.singleShot(100, pick)
    qtbot.mouseClick(binding.button, Qt.MouseButton.LeftButton)  # opens the calendar (runs until it closes)
    qtbot.waitUntil(lambda: not menu.isVisible(), timeout=2000)
    assert binding.edit.text() == "2025-01-22"
    assert editor.case().work.termination_date == dt.date(2025, 1, 22)
    assert "work.termination_date" in editor.edited_paths()
