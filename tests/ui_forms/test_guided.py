"""Guided mode (issue 18): Next/Back by keyboard with progress, required marks in words and symbol, questions
that do not apply hidden, the review page listing what is missing, and "Intake complete" from the keyboard."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from clinic_app.domain.case import Case, CaseKind, CaseStatus, ConsentScope

from .conftest import choose, field, give_consent, type_into

pytestmark = pytest.mark.gui


def _alt(qtbot: Any, editor: Any, key: Qt.Key) -> None:
    qtbot.keyClick(QApplication.focusWidget() or editor, key, Qt.KeyboardModifier.AltModifier)
    QApplication.processEvents()


def _shown(editor: Any, path: str) -> bool:
    editor.focus_field(path) if editor.flow.is_shown(path) else None
    return editor.flow.is_shown(path) and field(editor, path).isVisibleTo(editor)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_next_and_back_by_keyboard_with_progress_skip_what_does_not_apply(
        qtbot: Any, open_editor: Any, store: Any, lang: str) -> None:
    editor = open_editor(store, Case.new(CaseKind.DRIVER), lang=lang)
    flow = editor.flow
    assert flow.guided and not editor.nav.isVisible()  # a new case starts guided: one section at a time
    assert editor.current_section() == "person"
    _alt(qtbot, editor, Qt.Key.Key_Right)
    assert editor.current_section() == "consent" and editor.consent.widget.isVisible()
    _alt(qtbot, editor, Qt.Key.Key_Right)
    assert editor.current_section() == "work"
    # A new driver case is classified as a contractor: the control indicators are asked ...
    _alt(qtbot, editor, Qt.Key.Key_Right)
    assert editor.current_section() == "controls"
    step = flow.step_label.text()
    assert ("4" in step and "11" in step), step  # ten sections (Evidence included) and the review
    _alt(qtbot, editor, Qt.Key.Key_Left)
    assert editor.current_section() == "work"
    # ... and not for a driver the companies treated as an employee
    check = field(editor, "driver.classified_as_contractor")
    check.setFocus()
    qtbot.keyClick(check, Qt.Key.Key_Space)
    QApplication.processEvents()
    assert not check.isChecked()
    _alt(qtbot, editor, Qt.Key.Key_Right)
    assert editor.current_section() == "pay"
    assert "10" in flow.step_label.text()  # one step fewer
    for _ in range(10):
        _alt(qtbot, editor, Qt.Key.Key_Right)
    assert editor.current_section() == "review" and not flow.next_button.isEnabled()


def _shown_titles(editor: Any) -> list[str]:
    nav = editor.nav
    return [nav.item(i).text() for i in range(nav.count()) if not nav.item(i).isHidden()]


@pytest.mark.parametrize(("lang", "pay", "review"), [("fr", "Salaire", "Révision"), ("en", "Pay", "Review")])
def test_sections_shown_are_numbered_without_gaps(qtbot: Any, open_editor: Any, store: Any, lang: str, pay: str,
                                                  review: str) -> None:
    """A section that does not apply takes no number: 1, 2, 3, 4 (never 1, 2, 3, 5), and "Step k of n" agrees."""
    editor = open_editor(store, Case.new(CaseKind.DRIVER), lang=lang)
    editor.flow.set_guided(False)  # the section list shows (in guided mode it is hidden, same numbers)
    titles = _shown_titles(editor)
    assert [t.split(".", 1)[0] for t in titles] == [str(n) for n in range(1, 12)], titles
    assert titles[4].startswith(f"5. {pay}")  # the control indicators are the 4th section
    check = field(editor, "driver.classified_as_contractor")  # treated as an employee: no control indicators
    editor.focus_field("driver.classified_as_contractor")
    check.setFocus()
    qtbot.keyClick(check, Qt.Key.Key_Space)
    QApplication.processEvents()
    assert editor.nav.item(3).isHidden()
    titles = _shown_titles(editor)
    assert [t.split(".", 1)[0] for t in titles] == [str(n) for n in range(1, 11)], titles
    assert titles[3].startswith(f"4. {pay}") and titles[-1].startswith(f"10. {review}"), titles
    editor.go_to_section(4)  # Pay
    QApplication.processEvents()
    step = editor.flow.step_label.text()
    assert "4" in step and "10" in step and "5" not in step and "11" not in step, step
    assert editor.section_title(4).startswith("4. ")
    qtbot.keyClick(check, Qt.Key.Key_Space)  # a contractor again: the section comes back, the numbers follow
    QApplication.processEvents()
    titles = _shown_titles(editor)
    assert [t.split(".", 1)[0] for t in titles] == [str(n) for n in range(1, 12)], titles


def test_questions_that_do_not_apply_are_hidden_and_come_back(qtbot: Any, open_editor: Any, store: Any) -> None:
    editor = open_editor(store, Case.new(CaseKind.WAREHOUSE), lang="en")
    flow = editor.flow
    assert not flow.is_shown("work.term_end_date")  # a permanent job has no fixed term
    assert not flow.is_shown("warehouse.union_name") and not flow.is_shown("work.recall_rights_months")
    assert not flow.is_shown("work.serious_fault_established") and not flow.is_shown("work.release_signed_on")
    choose(qtbot, editor, "work.employment_type", "Fixed term")
    assert flow.is_shown("work.term_end_date") and field(editor, "work.term_end_date").isVisibleTo(editor)
    union = field(editor, "warehouse.union_member")
    editor.focus_field("warehouse.union_member")
    union.setFocus()
    qtbot.keyClick(union, Qt.Key.Key_Space)
    QApplication.processEvents()
    assert flow.is_shown("warehouse.union_name") and flow.is_shown("work.recall_rights_months")
    assert field(editor, "work.recall_rights_months").isVisibleTo(editor)
    choose(qtbot, editor, "work.employment_type", "Permanent")
    assert not field(editor, "work.term_end_date").isVisibleTo(editor)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_required_fields_are_marked_in_words_and_symbol(open_editor: Any, store: Any, lang: str) -> None:
    editor = open_editor(store, Case.new(CaseKind.WAREHOUSE), lang=lang)
    rows = editor._rows
    assert rows["person.given_name"].label.text().endswith(" *")
    assert not rows["person.preferred_name"].label.text().endswith(" *")
    word = "required" if lang == "en" else "obligatoire"
    assert word in field(editor, "work.start_date").accessibleName()
    legend = editor.flow._legends["person"]
    assert legend.text().startswith("*") and word in legend.text()


def test_review_lists_what_is_missing_then_intake_complete_by_keyboard(
        qtbot: Any, open_editor: Any, store: Any) -> None:
    editor = open_editor(store, Case.new(CaseKind.WAREHOUSE), lang="en")
    review = editor.flow.review
    editor.go_to_section(len(editor.pages))  # the review, last
    assert editor.current_section() == "review"
    lines = review.lines()
    for name in ("Given name", "Family name", "Consent", "Start date", "Termination date", "Weekly wage"):
        assert any(name in line for line in lines), (name, lines)
    assert not review.complete_button.isEnabled()
    # Enter on a line goes to its field
    review.list.setFocus()
    review.list.setCurrentRow(0)
    qtbot.keyClick(review.list, Qt.Key.Key_Return)
    QApplication.processEvents()
    assert QApplication.focusWidget() is field(editor, "person.given_name")

    type_into(qtbot, editor, "person.given_name", "Marie")
    type_into(qtbot, editor, "person.family_name", "Roy")
    give_consent(qtbot, editor, ConsentScope.INTAKE)
    type_into(qtbot, editor, "warehouse.employer_legal_name", "Entrepôts Démo inc.")
    type_into(qtbot, editor, "work.start_date", "2019-03-04")
    type_into(qtbot, editor, "work.termination_date", "2025-01-22")
    type_into(qtbot, editor, "work.weekly_wage", "900")
    editor.refresh()
    assert review.lines() == [], review.lines()
    assert editor.flow.progress.value() == editor.flow.progress.maximum()
    editor.go_to_section(len(editor.pages))
    assert QApplication.focusWidget() is review.complete_button and review.complete_button.isEnabled()
    qtbot.keyClick(review.complete_button, Qt.Key.Key_Space)
    QApplication.processEvents()
    stored = store.get_case(editor.case().uuid)
    assert stored.status is CaseStatus.INTAKE_COMPLETE and stored.case_number


@pytest.mark.parametrize(("lang", "word"), [("fr", "Avis de cessation"), ("en", "Notice of termination")])
def test_legal_terms_have_tooltips_and_whats_this(open_editor: Any, store: Any, lang: str, word: str) -> None:
    editor = open_editor(store, Case.new(CaseKind.WAREHOUSE), lang=lang)
    notice = field(editor, "work.notice_weeks_given")
    assert word in notice.toolTip() and word in notice.whatsThis() and "82" in notice.whatsThis()
    assert "115" in editor.panel.labels["claim_deadline"].whatsThis()
