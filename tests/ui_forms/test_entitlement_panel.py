"""The entitlement panel shows the engine's figures with their sections, the second count and the warnings."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from PySide6.QtWidgets import QApplication

from clinic_app.domain.case import Case, CaseKind, Establishment
from clinic_app.domain.case_figures import case_entitlements
from clinic_app.domain.errors import FieldError
from clinic_app.domain.explain import long_date, money
from clinic_app.domain.types import Entitlements
from clinic_app.ui.entitlement_panel import EntitlementPanel, cite

TODAY = dt.date(2025, 3, 1)


def warehouse_case() -> Case:
    case = Case.new(CaseKind.WAREHOUSE)
    case.work.start_date = dt.date(2018, 12, 30)
    case.work.termination_date = dt.date(2025, 1, 22)
    case.work.weekly_wage = Decimal("968.85")
    return case


def establishment(with_drivers: int | None = 330) -> Establishment:
    return Establishment(code="YUL2", employer_legal_name="Entrepôts Démo", establishment_terminations=180,
                         terminations_with_drivers=with_drivers, collective_notice_weeks_given=Decimal(0))


@pytest.fixture
def panel(qtbot):
    def make(lang: str = "fr") -> EntitlementPanel:
        p = EntitlementPanel(ui_lang=lang, today=TODAY)
        qtbot.addWidget(p)
        p.resize(520, 760)
        p.show()
        return p
    return make


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_figures_and_sections_match_the_engine(panel, lang: str) -> None:
    p = panel(lang)
    case, est = warehouse_case(), establishment()
    p.update_case(case, est)
    ent = case_entitlements(case, est)
    assert isinstance(ent, Entitlements)
    assert p.values["amount_owed"].text() == money(ent.amount_owed, lang)
    assert p.values["individual_indemnity"].text() == money(ent.individual_indemnity, lang)
    assert p.values["collective_indemnity"].text() == money(ent.collective_indemnity, lang)
    assert p.values["shortfall"].text() == money(ent.shortfall, lang)
    assert p.values["claim_deadline"].text() == long_date(ent.claim_deadline, lang)
    # Each figure cites the section it finally rests on; the tooltip carries the whole chain.
    assert p.bases["collective_indemnity"].text() == cite(ent.figures["collective_indemnity"].basis[-1:], lang)
    assert p.bases["amount_owed"].toolTip() == cite(ent.figures["amount_owed"].basis, lang)
    assert p.bases["individual_indemnity"].text() == ("LNT, art. 83" if lang == "fr" else "LNT s. 83")
    assert p.bases["claim_deadline"].text() == ("LNT, art. 115" if lang == "fr" else "LNT s. 115")
    assert ent.explanation[lang].splitlines()[0] in p.explanation.text()


def test_second_count_shows_what_counting_drivers_changes(panel) -> None:
    p = panel("en")
    case, est = warehouse_case(), establishment(330)
    p.update_case(case, est)
    first, second = case_entitlements(case, est), case_entitlements(case, est, count_drivers=True)
    assert isinstance(first, Entitlements) and isinstance(second, Entitlements)
    assert second.amount_owed > first.amount_owed  # 330 counted reaches a higher tier than 180
    assert p.second["amount_owed"].text() == money(second.amount_owed, "en")
    assert p.second["collective_indemnity"].text() == money(second.collective_indemnity, "en")
    assert "330" in p.header_second.text() and "180" in p.header_first.text()
    diff = money(second.amount_owed - first.amount_owed, "en")
    assert diff in p.second_summary.text()
    assert "12 weeks" in p.second_summary.text() and "16 weeks" in p.second_summary.text()


def test_no_second_count_says_so(panel) -> None:
    p = panel("en")
    p.update_case(warehouse_case(), establishment(None))
    assert p.second["amount_owed"].text() == ""
    assert "No second count" in p.second_summary.text()


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_incomplete_facts_name_the_missing_fact_not_an_error(panel, lang: str) -> None:
    p = panel(lang)
    case = warehouse_case()
    case.work.weekly_wage = None
    p.update_case(case, None)
    err = case_entitlements(case, None)
    assert isinstance(err, FieldError)
    assert err.field == "weekly_regular_wage"
    # Named as the form names it (not the contract's field name), with what is expected and a link to the field.
    label = "Salaire hebdomadaire" if lang == "fr" else "Weekly wage"
    assert label in p.status.text() and "weekly_regular_wage" not in p.status.text()
    assert 'href="work.weekly_wage"' in p.status.text()
    assert p.values["amount_owed"].text() == "—"
    assert p.warning_texts() == []


def test_warnings_release_contractor_and_past_deadline(panel) -> None:
    p = panel("en")
    case = Case.new(CaseKind.DRIVER)
    case.work.start_date = dt.date(2023, 1, 10)
    case.work.termination_date = dt.date(2025, 1, 22)
    case.work.weekly_wage = Decimal("800")
    case.work.release_signed = True
    p._today = dt.date(2026, 3, 1)  # the one-year claim deadline has passed
    p.update_case(case, None)
    texts = "\n".join(p.warning_texts())
    assert "cannot waive the legal minimums" in texts
    assert "independent contractor" in texts and "s. 95" in texts
    assert "deadline to claim passed" in texts and "s. 116" in texts
    # Not by colour alone: each warning starts with a sign and a word.
    assert all(t.split(" ")[1] in ("Urgent", "Warning", "Note") for t in p.warning_texts())


def test_deadline_within_30_days_warns(panel) -> None:
    p = panel("fr")
    case = warehouse_case()
    p._today = dt.date(2026, 1, 2)  # deadline 2026-01-22
    p.update_case(case, None)
    assert any("dans 20 jour" in t for t in p.warning_texts())


def test_complaint_filed_keeps_claim_alive(panel) -> None:
    p = panel("en")
    case = warehouse_case()
    case.work.complaint_filed_on = dt.date(2025, 6, 1)
    p._today = dt.date(2026, 6, 1)
    p.update_case(case, None)
    texts = "\n".join(p.warning_texts())
    assert "complaint was filed" in texts
    assert "passed" not in texts


def test_panel_beside_the_form_follows_the_wage_as_it_is_typed(qtbot, store, open_editor) -> None:
    """Typed into the real form: the panel shows what case_figures gives for the same case, key after key."""
    from clinic_app.domain.case_figures import case_figures

    from .conftest import type_into

    est = store.save_establishment(Establishment(code="DXT4", employer_legal_name="Entrepôts Démo inc.",
                                                 establishment_terminations=180, terminations_with_drivers=330,
                                                 collective_notice_weeks_given=Decimal(0)))
    editor = open_editor(store, Case.new(CaseKind.DRIVER), "fr", today=TODAY)
    type_into(qtbot, editor, "driver.station_code", "DXT4")
    type_into(qtbot, editor, "work.start_date", "2022-06-01")
    type_into(qtbot, editor, "work.termination_date", "2025-01-22")
    panel = editor.panel
    assert panel.values["amount_owed"].text() == "—"  # no wage yet: nothing invented
    # ... and says which fact is missing, by the form's name for it, with a link to it.
    assert "Salaire hebdomadaire : champ obligatoire manquant" in panel.status.text()
    assert "weekly_regular_wage" not in panel.status.text()
    assert "Aller au champ" in panel.status.text()

    owed: list[str] = []
    for partial in ("9", "95", "950"):  # one key at a time, without leaving the field
        type_into(qtbot, editor, "work.weekly_wage", partial, leave=False)
        qtbot.waitUntil(lambda: panel.values["amount_owed"].text() != "—", timeout=1000)
        case = editor.case()
        assert case.work.weekly_wage == Decimal(partial)
        figures = case_figures(case, est)
        assert figures.amount_owed is not None
        qtbot.waitUntil(lambda f=figures: panel.values["amount_owed"].text() == money(f.amount_owed, "fr"),
                        timeout=1000)
        assert panel.values["shortfall"].text() == money(figures.shortfall, "fr")
        assert panel.values["claim_deadline"].text() == long_date(figures.claim_deadline, "fr")
        second = case_entitlements(case, est, count_drivers=True)
        assert isinstance(second, Entitlements)
        assert panel.second["amount_owed"].text() == money(second.amount_owed, "fr")
        owed.append(panel.values["amount_owed"].text())
    assert len(set(owed)) == 3  # it really moved with the wage
    assert "330" in panel.header_second.text()
    assert "Compter les livreurs" in panel.second_summary.text()
    assert any("autonome" in t or "entrepreneur" in t for t in panel.warning_texts())


def test_narrow_panel_keeps_the_section_column_wrapped_and_inside(panel, qtbot) -> None:
    """1366x768 at 150 % leaves about 400 pixels: the law column stays, abbreviated and wrapped, in view."""
    p = panel("en")
    p.update_case(warehouse_case(), establishment())
    assert p.bases["amount_owed"].isVisible() and p.basis_header.text() == "Section of the law"
    p.resize(300, 700)
    qtbot.waitUntil(p.is_compact, timeout=1000)
    p.update_case(warehouse_case(), establishment())  # refreshing keeps the column
    QApplication.processEvents()
    assert p.basis_header.isVisible() and p.basis_header.text() == "Law"
    assert p.basis_header.toolTip() == "Section of the law"
    for key in ("amount_owed", "individual_indemnity", "shortfall"):
        label, value = p.bases[key], p.values[key]
        assert label.isVisible() and label.text()
        for widget in (label, value):  # wholly inside the panel's width
            left = widget.mapTo(p, widget.rect().topLeft()).x()
            assert left >= 0 and left + widget.width() <= p.width(), (key, left, widget.width(), p.width())
    assert p.labels["amount_owed"].toolTip().endswith("84.0.14")  # the whole chain, ending where it rests
    p.resize(620, 700)
    qtbot.waitUntil(lambda: not p.is_compact(), timeout=1000)
    assert p.basis_header.text() == "Section of the law"


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_heads_remedies_and_flags_with_their_dates_and_passed_in_words(qtbot, lang: str) -> None:
    """On 1 December 2026 the one-year claim of a January 2025 closure has passed; the civil claim is open."""
    p = EntitlementPanel(ui_lang=lang, today=dt.date(2026, 12, 1))
    qtbot.addWidget(p)
    case = warehouse_case()
    case.work.reference_year_gross = Decimal("20000")
    case.work.notice_weeks_given = None
    est = establishment()
    est.collective_notice_weeks_given = None
    p.update_case(case, est)
    text = p.remedies.text()
    ent = case_entitlements(case, est, as_of=dt.date(2026, 12, 1))
    assert isinstance(ent, Entitlements)
    heads = [h.head.value for h in ent.heads]
    assert heads == ["collective_indemnity", "vacation_indemnity"]
    for head in ent.heads:
        assert money(head.amount, lang) in text
        assert long_date(head.due_date, lang) in text and long_date(head.prescription_date, lang) in text
    passed, open_ = ("PASSÉ", "ouvert") if lang == "fr" else ("PASSED", "open")
    claim_line = next(line for line in text.splitlines() if long_date(ent.claim_deadline, lang) in line
                      and ("Réclamation" in line or "Claim" in line))
    assert passed in claim_line
    civil_line = next(line for line in text.splitlines() if "2028" in line)
    assert open_ in civil_line and passed not in civil_line
    assert ("inconnu" if lang == "fr" else "not known") in text  # notice and Minister notice unknown, in words
    from PySide6.QtCore import QCoreApplication  # the Qt strings follow the installed translator (none here)
    assert p.values["notice_weeks_given"].text() == QCoreApplication.translate("EntitlementPanel", "Not known")
    assert p.values["total_claim"].text() == money(ent.total_claim, lang)
    assert p.values["claim_deadline"].text().endswith(QCoreApplication.translate("EntitlementPanel", "passed"))
