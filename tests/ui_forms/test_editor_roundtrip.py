"""A volunteer types a warehouse case and a driver case with the keyboard, saves, and finds the same facts again.

Everything goes through real widgets (``qtbot.keyClicks``, mouse clicks) and a real SQLite store; the check
reopens the database file in a second store, as the next evening's volunteer would.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from clinic_app.domain.case import (
    Badge,
    Case,
    CaseKind,
    CaseStatus,
    ConsentScope,
    Establishment,
    Language,
    PaidBy,
    Party,
    PaymentPurpose,
)
from clinic_app.domain.case_figures import case_entitlements
from clinic_app.domain.explain import money
from clinic_app.domain.types import Entitlements
from clinic_app.storage import CaseQuery

from .conftest import add_table_row, choose, field, give_consent, open_test_store, type_into

TODAY = dt.date(2025, 3, 1)


def _type_warehouse(qtbot: Any, editor: Any) -> None:
    type_into(qtbot, editor, "person.given_name", "Amélie")
    type_into(qtbot, editor, "person.family_name", "Tremblay-Nadeau")
    type_into(qtbot, editor, "person.date_of_birth", "12/04/1988")
    type_into(qtbot, editor, "person.phone", "(514) 555 0199")
    type_into(qtbot, editor, "person.email", "amelie@example.org")
    type_into(qtbot, editor, "person.address_line", "123, rue Ontario Est")
    type_into(qtbot, editor, "person.city", "Montréal")
    type_into(qtbot, editor, "person.postal_code", "h2x1y4")
    choose(qtbot, editor, "person.preferred_language", "Arabe")
    choose(qtbot, editor, "letter_language", "Anglais")
    give_consent(qtbot, editor, ConsentScope.INTAKE_AND_LETTERS)
    type_into(qtbot, editor, "warehouse.employer_legal_name", "Entrepôts Démo inc.")
    type_into(qtbot, editor, "warehouse.site_code", "YUL2")
    choose(qtbot, editor, "warehouse.badge", "Bleu (permanent)")
    type_into(qtbot, editor, "warehouse.job_title", "Associée d'entrepôt")
    type_into(qtbot, editor, "work.start_date", "2018-12-30")
    type_into(qtbot, editor, "work.last_day_worked", "2025-01-22")
    type_into(qtbot, editor, "work.termination_date", "22/01/2025")
    type_into(qtbot, editor, "work.hourly_rate", "24,50")
    type_into(qtbot, editor, "work.weekly_hours", "37,5")
    type_into(qtbot, editor, "work.notice_weeks_given", "0")
    add_payment(qtbot, editor, "500,00", "2025-01-31")


def add_payment(qtbot: Any, editor: Any, amount: str, paid_on: str) -> None:
    editor.focus_field("work.payments")
    add_table_row(qtbot, editor._rows["work.payments"].binding, {0: amount, 2: paid_on})


@pytest.fixture
def est(store: Any) -> Establishment:
    return store.save_establishment(Establishment(code="YUL2", employer_legal_name="Entrepôts Démo inc.",
                                                  establishment_terminations=180, terminations_with_drivers=330,
                                                  collective_notice_weeks_given=Decimal(0)))


def test_warehouse_case_typed_saved_and_reopened(qtbot: Any, store: Any, db_path: Path, est: Establishment,
                                                 open_editor: Any) -> None:
    editor = open_editor(store, Case.new(CaseKind.WAREHOUSE), "fr", today=TODAY)
    _type_warehouse(qtbot, editor)
    assert editor.is_dirty()
    with qtbot.waitSignal(editor.saved, timeout=3000):
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert not editor.is_dirty()
    assert "Enregistré" in editor.banner_text()

    other = open_test_store(db_path)  # the file as another session sees it
    try:
        uuid = other.list_cases(CaseQuery())[0].uuid
        stored = other.get_case(uuid)
    finally:
        other.close()
    p, w = stored.person, stored.work
    assert (p.given_name, p.family_name) == ("Amélie", "Tremblay-Nadeau")
    assert p.date_of_birth == dt.date(1988, 4, 12)
    assert p.phone == "514-555-0199" and p.postal_code == "H2X 1Y4" and p.city == "Montréal"
    assert p.preferred_language is Language.AR and stored.letter_language is Language.EN
    assert stored.interview_language is Language.FR  # the UI language, kept apart from the two others
    assert stored.consent.scope is ConsentScope.INTAKE_AND_LETTERS and stored.consent.recorded_by == "Testeuse"
    assert stored.consent.text_language is Language.FR  # read in French: no Arabic text; the choice is recorded
    assert stored.warehouse is not None and stored.warehouse.site_code == "YUL2"
    assert stored.warehouse.badge is Badge.BLUE and stored.warehouse.job_title == "Associée d'entrepôt"
    assert stored.establishment_id == est.id
    assert (w.start_date, w.termination_date) == (dt.date(2018, 12, 30), dt.date(2025, 1, 22))
    assert (w.hourly_rate, w.weekly_hours, w.weekly_wage) == (Decimal("24.50"), Decimal("37.5"), None)
    assert w.notice_weeks_given == Decimal(0)
    assert [(x.amount, x.paid_on, x.purpose) for x in w.payments] == [
        (Decimal("500.00"), dt.date(2025, 1, 31), PaymentPurpose.OTHER)]
    assert stored.status is CaseStatus.INTAKE_COMPLETE  # complete with consent: leaves draft
    assert stored.created_by == "Testeuse"

    # Reopened in a new editor, the fields show the same values and the panel the same figures.
    again = open_editor(store, store.get_case(uuid), "fr", today=TODAY)
    assert field(again, "person.postal_code").text() == "H2X 1Y4"
    assert field(again, "work.hourly_rate").text() == "24,50\u00a0$"
    assert field(again, "work.termination_date").text() == "2025-01-22"
    ent = case_entitlements(stored, est)
    assert isinstance(ent, Entitlements)
    assert again.panel.values["amount_owed"].text() == money(ent.amount_owed, "fr")
    assert again.panel.values["shortfall"].text() == money(ent.shortfall, "fr")
    assert not again.is_dirty()


def test_driver_case_with_control_checklist(qtbot: Any, store: Any, db_path: Path, open_editor: Any) -> None:
    editor = open_editor(store, Case.new(CaseKind.DRIVER), "en", today=TODAY)
    type_into(qtbot, editor, "person.given_name", "Karim")
    type_into(qtbot, editor, "person.family_name", "Benali")
    type_into(qtbot, editor, "person.phone", "438-555-0142")
    give_consent(qtbot, editor, ConsentScope.INTAKE)
    type_into(qtbot, editor, "driver.dsp_legal_name", "Livraisons Rapides inc.")
    type_into(qtbot, editor, "driver.client_name", "Grand Détaillant Canada")
    type_into(qtbot, editor, "driver.station_code", "DXT4")
    choose(qtbot, editor, "driver.pay_basis", "Route")
    choose(qtbot, editor, "driver.vehicle_owned_by", "The delivery company")
    choose(qtbot, editor, "driver.controls.schedule_set_by", "The client company")
    choose(qtbot, editor, "driver.controls.routes_set_by", "The delivery company")
    choose(qtbot, editor, "driver.controls.could_refuse_routes", "No")
    choose(qtbot, editor, "driver.controls.monitoring_app", "Yes")
    choose(qtbot, editor, "driver.controls.paid_by", "Pay slip")
    summary = editor.control_summary.text()
    assert "5 of 9 indicators point to employee status (5 answered)" in summary
    assert "routes set by the company" in summary and "paid on a pay slip" in summary
    assert "s. 95" in summary  # treated as a contractor: the client company's liability is named
    box = editor.control_summary.parentWidget()
    assert editor.control_summary.width() > 0.8 * box.width()  # the whole width of its box, not a label column
    type_into(qtbot, editor, "work.start_date", "2023-01-10")
    type_into(qtbot, editor, "work.last_day_worked", "2025-01-20")
    type_into(qtbot, editor, "work.termination_date", "2025-01-22")
    type_into(qtbot, editor, "work.weekly_wage", "$1,150.00")
    assert editor.save(), editor.banner_text()
    assert editor.banner_text().startswith("✔ Saved"), editor.banner_text()

    other = open_test_store(db_path)
    try:
        stored = other.get_case(other.list_cases(CaseQuery())[0].uuid)
    finally:
        other.close()
    d = stored.driver
    assert d is not None
    assert (d.dsp_legal_name, d.client_name, d.station_code) == ("Livraisons Rapides inc.",
                                                                  "Grand Détaillant Canada", "DXT4")
    assert d.vehicle_owned_by is Party.DSP
    c = d.controls
    assert (c.schedule_set_by, c.routes_set_by, c.could_refuse_routes, c.monitoring_app, c.paid_by) == (
        Party.CLIENT, Party.DSP, False, True, PaidBy.PAY_SLIP)
    assert c.could_send_substitute is None and c.exclusivity is None  # not asked stays unknown, not "no"
    assert stored.work.weekly_wage == Decimal("1150.00")
    assert stored.interview_language is Language.EN
    assert stored.status is CaseStatus.INTAKE_COMPLETE


def test_untouched_fields_never_blank_stored_values(qtbot: Any, store: Any, open_editor: Any) -> None:
    """Only what the volunteer edited is written: a value stored meanwhile in another field survives."""
    case = Case.new(CaseKind.WAREHOUSE)
    case.person.given_name, case.person.family_name = "Lina", "Haddad"
    case.person.phone = "514-555-0101"
    stored = store.create_case(case)
    editor = open_editor(store, stored, "fr", today=TODAY)
    type_into(qtbot, editor, "person.city", "Laval")
    # Someone else saves a phone number while this editor is open... and the editor reloads after the refusal.
    elsewhere = store.get_case(stored.uuid)
    elsewhere.person.email = "lina@example.org"
    store.save_case(elsewhere)
    assert not editor.save()
    editor.reload_from_store()
    assert editor.save()
    final = store.get_case(stored.uuid)
    assert final.person.city == "Laval"
    assert final.person.email == "lina@example.org"  # not blanked by the editor's empty email field
    assert final.person.phone == "514-555-0101"


def test_keyboard_only_moves_through_fields_and_sections(qtbot: Any, store: Any, open_editor: Any) -> None:
    editor = open_editor(store, Case.new(CaseKind.DRIVER), "en", today=TODAY)
    given = field(editor, "person.given_name")
    given.setFocus()
    qtbot.keyClick(given, Qt.Key.Key_Tab)
    assert field(editor, "person.family_name").hasFocus()  # Tab follows the order of the fields
    qtbot.keyClick(field(editor, "person.family_name"), Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert editor.current_section() == "consent"
    qtbot.keyClick(editor.focusWidget(), Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert editor.current_section() == "work"
    assert field(editor, "driver.dsp_legal_name").hasFocus()  # the cursor lands in the section's first field
    qtbot.keyClick(editor.focusWidget(), Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    assert editor.current_section() == "consent"
    # Alt+letter of a label puts the cursor in its field (the buddy), on the visible section.
    editor.go_to_section(0)
    qtbot.keyClick(editor.focusWidget(), Qt.Key.Key_F, Qt.KeyboardModifier.AltModifier)  # "&Family name"
    assert field(editor, "person.family_name").hasFocus()
