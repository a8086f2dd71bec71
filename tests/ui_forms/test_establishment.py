"""The site's shared facts (counts, notice to the Minister) typed from a case: saved, linked, and in the panel."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt

from clinic_app.domain.case import Case, CaseKind, Establishment
from clinic_app.domain.case_figures import case_entitlements
from clinic_app.domain.explain import money
from clinic_app.domain.types import Entitlements

from .conftest import answer_next_modal, type_into, type_text

TODAY = dt.date(2025, 3, 1)


def _driver_case(qtbot: Any, editor: Any) -> None:
    type_into(qtbot, editor, "person.given_name", "Karim")
    type_into(qtbot, editor, "driver.client_name", "Grand Détaillant Canada")
    type_into(qtbot, editor, "driver.station_code", "DXT9")  # a station nobody entered yet
    type_into(qtbot, editor, "work.start_date", "2022-06-01")
    type_into(qtbot, editor, "work.termination_date", "2025-01-22")
    type_into(qtbot, editor, "work.weekly_wage", "950")


def test_site_counts_typed_from_the_case_reach_the_panel_and_the_store(qtbot: Any, store: Any,
                                                                       open_editor: Any) -> None:
    editor = open_editor(store, Case.new(CaseKind.DRIVER), "fr", today=TODAY)
    _driver_case(qtbot, editor)
    assert "Aucun établissement" in editor.panel.second_summary.text()
    attempts: list[str] = []

    def fill(dialog: Any) -> None:
        assert dialog.code.text() == "DXT9"  # prefilled from the case
        assert dialog.employer.text() == "Grand Détaillant Canada"
        dialog.count.setFocus()
        type_text(qtbot, dialog.count, "cent quatre-vingts")  # words, not a number
        dialog.count_drivers.setFocus()
        type_text(qtbot, dialog.count_drivers, "330")
        dialog.notice.setFocus()
        type_text(qtbot, dialog.notice, "0")
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        attempts.append(dialog.messages["count"].text())
        assert dialog.isVisible()  # refused: stays open, nothing cleared
        assert dialog.count.text() == "cent quatre-vingts"
        dialog.count.selectAll()
        type_text(qtbot, dialog.count, "180")
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    answer_next_modal(qtbot, fill)
    button = editor._rows["driver.station_code"].binding.details_button
    editor.focus_field("driver.station_code")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert attempts and attempts[0].startswith("⚠ Emplois perdus (compte de l’employeur) : attendu un nombre entier")

    [est] = [e for e in store.list_establishments() if e.code == "DXT9"]
    assert (est.establishment_terminations, est.terminations_with_drivers, est.collective_notice_weeks_given) == (
        180, 330, Decimal(0))
    case = editor.case()
    assert case.establishment_id == est.id
    second = case_entitlements(case, est, count_drivers=True)
    assert isinstance(second, Entitlements)
    assert editor.panel.second["amount_owed"].text() == money(second.amount_owed, "fr")
    assert "330" in editor.panel.header_second.text()
    assert editor.save()
    assert store.get_case(case.uuid).establishment_id == est.id


def test_known_site_opens_with_its_facts_and_cancel_changes_nothing(qtbot: Any, store: Any,
                                                                    open_editor: Any) -> None:
    est = store.save_establishment(Establishment(code="YUL2", employer_legal_name="Entrepôts Démo inc.",
                                                 establishment_terminations=180))
    editor = open_editor(store, Case.new(CaseKind.WAREHOUSE), "en", today=TODAY)
    type_into(qtbot, editor, "warehouse.site_code", "yul2")
    seen: list[tuple[str, str]] = []

    def cancel(dialog: Any) -> None:
        seen.append((dialog.code.text(), dialog.count.text()))
        dialog.count.setFocus()
        dialog.count.selectAll()
        type_text(qtbot, dialog.count, "999")
        dialog.reject()

    answer_next_modal(qtbot, cancel)
    assert editor.edit_establishment() is False
    assert seen == [("YUL2", "180")]
    assert store.get_establishment(est.id).establishment_terminations == 180


def test_the_sites_own_facts_are_typed_once_saved_and_shown_in_the_sites_tab_and_its_pdf(
        qtbot: Any, store: Any, open_editor: Any, tmp_path: Any) -> None:
    import io

    from pypdf import PdfReader

    from clinic_app.services import sites
    from clinic_app.ui.sites_view import SitesView

    editor = open_editor(store, Case.new(CaseKind.DRIVER), "en", today=TODAY)
    _driver_case(qtbot, editor)
    shown: list[str] = []

    def fill(dialog: Any) -> None:
        for widget, text in ((dialog.count, "180"), (dialog.client, "Grand Détaillant Canada"),
                             (dialog.union, "CSN"), (dialog.agreement, "Convention 2024-2027")):
            widget.setFocus()
            type_text(qtbot, widget, text)
        dialog.notice_date.setFocus()
        type_text(qtbot, dialog.notice_date, "2025-13-40")
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        shown.append(dialog.messages["notice_date"].text())
        assert dialog.isVisible() and dialog.union.text() == "CSN"  # refused, nothing typed is lost
        dialog.notice_date.set_value(dt.date(2025, 1, 22))
        dialog.grab().save(str(tmp_path / "site-dialog.png"))
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    answer_next_modal(qtbot, fill)
    assert editor.edit_establishment()
    assert shown and "Notice to the Minister given on" in shown[0]
    [est] = [e for e in store.list_establishments() if e.code == "DXT9"]
    assert (est.client_company, est.union_name, est.collective_agreement, est.minister_notice_date) == (
        "Grand Détaillant Canada", "CSN", "Convention 2024-2027", dt.date(2025, 1, 22))
    view = SitesView(store, "en", today=TODAY)
    qtbot.addWidget(view)
    view.table.selectRow([e.id for e in view.establishments].index(est.id))
    assert view.fields["client"].text() == "Grand Détaillant Canada"
    assert view.fields["union"].text() == "CSN — Convention 2024-2027"
    assert "given on January 22, 2025" in view.fields["notice"].text()
    pdf = tmp_path / "site.pdf"
    sites.write_site_pdf(store, est, pdf, "fr", as_of=TODAY)
    text = PdfReader(io.BytesIO(pdf.read_bytes())).pages[0].extract_text()
    assert "Grand Détaillant Canada" in text and "Syndicat accrédité" in text and "22 janvier 2025" in text


def test_tab_through_a_stored_site_code_changes_nothing_and_picking_another_does(
        qtbot: Any, store: Any, open_editor: Any) -> None:
    """Qt "activates" the item an editable combo box's text matches when the field is left: Tab through the
    stored code once marked the case as changed (found by the AT-SPI walk: every form opened showed "●")."""
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    for code in ("DXT4", "YUL2"):
        store.save_establishment(Establishment(code=code, employer_legal_name="Entrepôts Démo inc."))
    case = Case.new(CaseKind.WAREHOUSE)
    case.person.given_name, case.person.family_name = "Marie", "Roy"
    assert case.warehouse is not None
    case.warehouse.site_code = "YUL2"
    stored = store.create_case(case)
    editor = open_editor(store, stored, "en", today=TODAY)
    combo = editor._rows["warehouse.site_code"].binding.focus_widget
    editor.focus_field("warehouse.site_code")
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert not editor.is_dirty() and "warehouse.site_code" not in editor.edited_paths()

    editor.focus_field("warehouse.site_code")
    here = combo.findText("YUL2")
    QTest.keyClick(combo, Qt.Key.Key_Down if here + 1 < combo.count() else Qt.Key.Key_Up)
    assert combo.currentText() != "YUL2"
    assert editor.is_dirty() and editor.case().warehouse.site_code == combo.currentText()
