"""The case model's contract input (``domain.case.to_contract_input``) is what the engine reads."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from clinic_app.domain.case import Case, CaseKind, Establishment, Payment, WeeklyWage, to_contract_input
from clinic_app.domain.contract import evaluate
from clinic_app.domain.engine import compute
from clinic_app.domain.facts import parse_facts


def test_a_complete_driver_case_computes() -> None:
    case = Case.new(CaseKind.DRIVER)
    w = case.work
    w.start_date, w.termination_date = dt.date(2022, 8, 15), dt.date(2025, 1, 22)
    w.hourly_rate, w.weekly_hours = Decimal("26.25"), Decimal("40")
    w.payments = [Payment(Decimal("400")), Payment(Decimal("100.50"))]
    site = Establishment(establishment_terminations=12, terminations_with_drivers=140,
                         collective_notice_weeks_given=Decimal(2))
    ent = compute(parse_facts(to_contract_input(case, site)))
    assert ent.weekly_wage_used == Decimal("1050.00")
    assert ent.collective_notice_weeks == 8 and ent.collective_indemnity == Decimal("6300.00")  # (8-2) x 1050
    assert ent.shortfall == Decimal("5799.50")
    assert "classified_as_contractor" in ent.flags
    with_drivers = compute(parse_facts(to_contract_input(case, site, count_drivers=True)))
    assert with_drivers.collective_notice_weeks == 12


def test_varying_wage_weeks_are_passed_through() -> None:
    case = Case.new(CaseKind.WAREHOUSE)
    w = case.work
    w.start_date, w.termination_date, w.weekly_wage = dt.date(2019, 8, 12), dt.date(2025, 1, 22), Decimal(760)
    w.wage_varies = True
    w.recent_weekly_wages = [WeeklyWage(Decimal(x)) for x in (700, 820, 760, 640)]
    assert compute(parse_facts(to_contract_input(case))).weekly_wage_used == Decimal(730)


def test_a_draft_names_the_first_missing_field() -> None:
    case = Case.new(CaseKind.WAREHOUSE)
    case.work.start_date = dt.date(2020, 1, 1)
    got = evaluate(to_contract_input(case), "en")
    assert got["error"]["field"] == "termination_date" and "missing" in got["error"]["message"]
