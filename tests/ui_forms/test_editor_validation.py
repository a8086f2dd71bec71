"""Bad input is answered next to the field, in the volunteer's language, naming the field; nothing typed is lost."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt

from clinic_app.domain.case import Case, CaseKind, CaseStatus, ConsentScope

from .conftest import give_consent, message, type_into

TODAY = dt.date(2025, 3, 1)

# (path, what is typed, words the message must hold in French, in English)
BAD_INPUT = [
    ("person.postal_code", "Z9Z 9Z9", ("Code postal", "H2X 1Y4"), ("Postal code", "H2X 1Y4")),
    ("work.hourly_rate", "12,34,5", ("Taux horaire", "montant"), ("Hourly rate", "amount")),
    ("work.start_date", "31/02/2025", ("Date d'embauche", "date réelle"), ("Start date", "real date")),
    ("person.phone", "555-01", ("Téléphone", "10 chiffres"), ("Phone", "10-digit")),
]


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize("path, typed, fr_words, en_words", BAD_INPUT, ids=[b[0] for b in BAD_INPUT])
def test_bad_value_message_names_the_field_and_keeps_the_text(qtbot: Any, store: Any, open_editor: Any, lang: str,
                                                             path: str, typed: str, fr_words: tuple[str, str],
                                                             en_words: tuple[str, str]) -> None:
    editor = open_editor(store, Case.new(CaseKind.WAREHOUSE), lang, today=TODAY)
    widget = type_into(qtbot, editor, path, typed)  # typed, then Tab out of the field
    shown = message(editor, path)
    label, expected = fr_words if lang == "fr" else en_words
    assert shown.startswith("⚠ " + label), shown  # a sign, not only a colour
    assert expected in shown
    assert widget.text() == typed  # what was typed stays as typed
    assert widget.accessibleDescription() == shown[2:]  # screen readers announce it
    # Saving refuses only this unreadable value, says so, and still keeps the text.
    assert not editor.save()
    assert label in editor.banner_text()
    assert widget.text() == typed
    assert store.count_cases() == 0


def test_message_goes_away_once_corrected(qtbot: Any, store: Any, open_editor: Any) -> None:
    editor = open_editor(store, Case.new(CaseKind.WAREHOUSE), "fr", today=TODAY)
    widget = type_into(qtbot, editor, "person.postal_code", "H2X 1Y")
    assert "Code postal" in message(editor, "person.postal_code")
    widget.setFocus()
    widget.end(False)
    qtbot.keyClicks(widget, "4")
    qtbot.keyClick(widget, Qt.Key.Key_Tab)
    assert message(editor, "person.postal_code") == ""
    assert widget.text() == "H2X 1Y4"
    assert editor.case().person.postal_code == "H2X 1Y4"


@pytest.mark.parametrize("lang, words", [("fr", ("Consentement", "brouillon")), ("en", ("Consent", "draft"))])
def test_incomplete_case_is_saved_as_a_draft_with_what_is_missing(qtbot: Any, store: Any, open_editor: Any,
                                                                  lang: str, words: tuple[str, str]) -> None:
    editor = open_editor(store, Case.new(CaseKind.WAREHOUSE), lang, today=TODAY)
    type_into(qtbot, editor, "person.given_name", "Nadia")
    type_into(qtbot, editor, "person.family_name", "Roy")
    assert message(editor, "work.start_date") == ""  # missing facts are not nagged about while typing
    assert editor.save()
    stored = store.get_case(editor.case().uuid)
    assert stored.status is CaseStatus.DRAFT
    assert words[1] in editor.banner_text().lower()
    # After a save, what is missing is shown under each field, in the UI language, naming it.
    start = message(editor, "work.start_date")
    assert start.startswith("• ") and ("Date d'embauche" if lang == "fr" else "Start date") in start
    assert words[0] in message(editor, "consent")


def test_without_consent_a_complete_case_stays_a_draft(qtbot: Any, store: Any, open_editor: Any) -> None:
    editor = open_editor(store, Case.new(CaseKind.WAREHOUSE), "fr", today=TODAY)
    for path, text in (("person.given_name", "Nadia"), ("person.family_name", "Roy"),
                       ("warehouse.employer_legal_name", "Entrepôts Démo inc."), ("work.start_date", "2019-05-01"),
                       ("work.termination_date", "2025-01-22"), ("work.weekly_wage", "900")):
        type_into(qtbot, editor, path, text)
    assert editor.save()
    uuid = editor.case().uuid
    case = store.get_case(uuid)
    assert case.status is CaseStatus.DRAFT and not case.consent.given
    assert "Consentement" in editor.banner_text()
    # The person agrees: the volunteer records it on the consent step, and the case leaves draft.
    before = dt.datetime.now(dt.UTC)
    give_consent(qtbot, editor, ConsentScope.INTAKE)
    assert "Consentement noté" in editor.consent.state.text() and "Testeuse" in editor.consent.state.text()
    assert editor.save()
    case = store.get_case(uuid)
    assert case.status is CaseStatus.INTAKE_COMPLETE
    assert case.consent.scope is ConsentScope.INTAKE and case.consent.recorded_by == "Testeuse"
    assert case.consent.given_at is not None and before <= case.consent.given_at <= dt.datetime.now(dt.UTC)
    # Withdrawn: back to a draft on the next save.
    qtbot.mouseClick(editor.consent.withdraw_button, Qt.MouseButton.LeftButton)
    assert editor.save()
    assert store.get_case(uuid).status is CaseStatus.DRAFT


def test_consent_needs_a_scope_before_it_is_recorded(qtbot: Any, store: Any, open_editor: Any) -> None:
    editor = open_editor(store, Case.new(CaseKind.DRIVER), "en", today=TODAY)
    editor.go_to_section(1)
    qtbot.mouseClick(editor.consent.give_button, Qt.MouseButton.LeftButton)
    assert not editor.case().consent.given
    assert "Choose what the person agrees to" in editor.consent.state.text()
    assert not editor.is_dirty()


@pytest.mark.parametrize("lang, first_line", [("fr", "Consentement — à lire à la personne"),
                                              ("en", "Consent — to read to the person")])
def test_consent_text_in_either_language(qtbot: Any, store: Any, open_editor: Any, lang: str,
                                         first_line: str) -> None:
    editor = open_editor(store, Case.new(CaseKind.WAREHOUSE), "fr", today=TODAY)
    consent = editor.consent
    consent.text_lang.setCurrentIndex(consent.text_lang.findData(lang))
    assert consent.text.toPlainText().splitlines()[0] == first_line
    assert "assurance sociale" in consent.text.toPlainText() or "social insurance" in consent.text.toPlainText()


def test_consent_text_follows_the_workers_language_until_consent_is_given(qtbot: Any, store: Any,
                                                                          open_editor: Any) -> None:
    from .conftest import choose

    editor = open_editor(store, Case.new(CaseKind.WAREHOUSE), "fr", today=TODAY)
    assert editor.consent.text_lang.currentData() == "fr"
    choose(qtbot, editor, "person.preferred_language", "Anglais")
    assert editor.consent.text.toPlainText().startswith("Consent — to read to the person")
    give_consent(qtbot, editor, ConsentScope.INTAKE)
    assert editor.case().consent.text_language.value == "en"  # recorded: the text was read in English
    choose(qtbot, editor, "person.preferred_language", "Français")
    assert editor.consent.text_lang.currentData() == "en"  # consent given: what was read stays shown


@pytest.mark.parametrize("lang, label", [("fr", "Courriel"), ("en", "Email")])
def test_domain_complaint_waits_until_the_field_is_left(qtbot: Any, store: Any, open_editor: Any, lang: str,
                                                       label: str) -> None:
    editor = open_editor(store, Case.new(CaseKind.WAREHOUSE), lang, today=TODAY)
    widget = type_into(qtbot, editor, "person.email", "nadia@", leave=False)
    qtbot.wait(50)  # the refresh after the keystroke has run
    assert message(editor, "person.email") == ""  # still typing: no scolding
    qtbot.keyClick(widget, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: message(editor, "person.email") != "", timeout=1000)
    assert message(editor, "person.email").startswith("⚠ " + label)
    assert widget.text() == "nadia@"


@pytest.mark.parametrize("kind", [CaseKind.WAREHOUSE, CaseKind.DRIVER])
def test_every_domain_issue_has_a_place_on_the_form(store: Any, open_editor: Any, kind: CaseKind) -> None:
    """Whatever validate_case says about this kind of case is shown next to a field of the form."""
    from decimal import Decimal

    from clinic_app.domain.types import EmploymentType
    from clinic_app.domain.validation import validate_case

    editor = open_editor(store, Case.new(kind), "en", today=TODAY)
    bad = Case.new(kind)
    p, w = bad.person, bad.work
    p.date_of_birth, p.postal_code, p.phone, p.email = dt.date(1900, 1, 1), "x", "x", "x"
    w.start_date, w.last_day_worked, w.termination_date = dt.date(2025, 2, 1), dt.date(2025, 1, 30), dt.date(2025, 1, 1)
    w.notice_received_on, w.employment_type = dt.date(2025, 3, 1), EmploymentType.FIXED_TERM
    w.hourly_rate, w.weekly_hours, w.weekly_wage = Decimal("-1"), Decimal(200), Decimal("0.001")
    w.release_signed = True
    paths = {i.field for i in validate_case(Case.new(kind), today=TODAY) + validate_case(bad, today=TODAY)}
    varied = Case.new(kind)
    varied.work.wage_varies = True
    paths |= {i.field for i in validate_case(varied, today=TODAY)}
    assert len(paths) > 15
    assert {p for p in paths if p not in editor._rows} == set()


def test_consent_without_a_volunteer_name_asks_for_it(qtbot: Any, store: Any, qapp: Any, use_lang: Any) -> None:
    from clinic_app.ui.forms import CaseEditor

    from .conftest import type_text

    use_lang("en")
    editor = CaseEditor(store, Case.new(CaseKind.WAREHOUSE), ui_lang="en", actor="")  # no name in the settings
    qtbot.addWidget(editor, before_close_func=lambda e: e._set_dirty(False))
    editor.show()
    editor.go_to_section(1)
    consent = editor.consent
    assert consent.recorder.isVisible()
    radio = consent.radios[ConsentScope.INTAKE]
    qtbot.mouseClick(radio, Qt.MouseButton.LeftButton, pos=QPoint(8, 8))
    qtbot.mouseClick(consent.give_button, Qt.MouseButton.LeftButton)
    assert not editor.case().consent.given
    assert "Type your name" in consent.state.text()
    type_text(qtbot, consent.recorder, "Noor")
    qtbot.mouseClick(consent.give_button, Qt.MouseButton.LeftButton)
    assert editor.case().consent.recorded_by == "Noor"
