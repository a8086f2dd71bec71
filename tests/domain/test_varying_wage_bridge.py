"""A case whose wage varies, with only the recent weeks typed, is computable (the mean of the weeks counts)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from clinic_app.domain.case import Case, CaseKind, WeeklyWage
from clinic_app.domain.case_figures import case_entitlements
from clinic_app.domain.errors import FieldError


def _case(weekly: Decimal | None) -> Case:
    case = Case.new(CaseKind.WAREHOUSE)
    case.work.start_date = dt.date(2019, 5, 6)
    case.work.termination_date = dt.date(2025, 1, 22)
    case.work.wage_varies = True
    case.work.weekly_wage = weekly
    case.work.recent_weekly_wages = [WeeklyWage(Decimal(x)) for x in ("700", "900", "800.50")]
    return case


def test_weeks_alone_give_the_same_figures_as_weeks_plus_any_typed_wage() -> None:
    only_weeks = case_entitlements(_case(None))
    assert not isinstance(only_weeks, FieldError)
    with_other_wage = case_entitlements(_case(Decimal("123")))
    assert not isinstance(with_other_wage, FieldError)
    # the typed weekly wage is ignored when the wage varies: the mean of the weeks is what counts
    assert only_weeks.amount_owed == with_other_wage.amount_owed
    assert only_weeks.weekly_wage_used == Decimal("2400.50") / 3  # unrounded: money is rounded at the end


def test_no_weeks_and_no_wage_still_names_the_missing_field() -> None:
    case = _case(None)
    case.work.recent_weekly_wages = []
    result = case_entitlements(case)
    assert isinstance(result, FieldError)
