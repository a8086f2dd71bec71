"""One day either side of every tier and threshold, in both jurisdictions (reference.md §§1-4).

Each boundary is built from the hire date with the documented rule (N months complete on
``add_months(hire, N) - 1 day``), for ordinary, end-of-month and leap-day hire dates, so a wrong reading
of the calendar fails here and not only in the worked cases.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from clinic_app.domain.dates import months_complete_on
from clinic_app.domain.errors import FieldError
from clinic_app.domain.facts import parse_facts
from tests.domain.engine_helpers import case, result, run

ONE_DAY = dt.timedelta(days=1)
HIRES = [dt.date(2012, 5, 7), dt.date(2011, 1, 31), dt.date(2012, 2, 29), dt.date(2011, 8, 31)]

QC_NOTICE = [(3, 0, 1), (12, 1, 2), (60, 2, 4), (120, 4, 8)]  # months, weeks below, weeks from
FED_NOTICE_2024 = [(3, 0, 2), (36, 2, 3), (48, 3, 4), (60, 4, 5), (72, 5, 6), (84, 6, 7), (96, 7, 8)]


def _shift_to_2025(hire: dt.date, months: int) -> tuple[dt.date, dt.date]:
    """A hire date (same day of month as ``hire``) whose ``months`` boundary falls in 2025 or later."""
    boundary = months_complete_on(hire, months)
    years = max(0, 2025 - boundary.year)
    day = hire.day if not (hire.month == 2 and hire.day == 29) else 29
    year = hire.year + years
    if hire.month == 2 and day == 29:  # keep a leap-day hire on a leap year
        while not (year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)):
            year += 1
    shifted = dt.date(year, hire.month, day)
    return shifted, months_complete_on(shifted, months)


@pytest.mark.parametrize("hire", HIRES, ids=str)
@pytest.mark.parametrize(("months", "below", "at"), QC_NOTICE)
def test_qc_notice_tiers(hire: dt.date, months: int, below: int, at: int) -> None:
    hire, boundary = _shift_to_2025(hire, months)
    assert run(hire_date=hire, termination_date=boundary).notice_weeks_required == at
    before = run(hire_date=hire, termination_date=boundary - ONE_DAY)
    assert before.notice_weeks_required == below
    if months == 3:
        assert before.excluded_reason is not None and before.excluded_reason.value == "under_3_months"


@pytest.mark.parametrize("hire", HIRES, ids=str)
@pytest.mark.parametrize(("months", "below", "at"), FED_NOTICE_2024)
def test_federal_notice_tiers_since_february_2024(hire: dt.date, months: int, below: int, at: int) -> None:
    hire, boundary = _shift_to_2025(hire, months)
    assert run(jurisdiction="CA-FED", hire_date=hire, termination_date=boundary).notice_weeks_required == at
    assert run(jurisdiction="CA-FED", hire_date=hire,
               termination_date=boundary - ONE_DAY).notice_weeks_required == below


@pytest.mark.parametrize(("months", "below", "at"), [(3, 0, 2), (36, 2, 2), (96, 2, 2)])
def test_federal_notice_before_february_2024_is_two_weeks_after_three_months(months: int, below: int,
                                                                              at: int) -> None:
    hire = dt.date(2023, 10, 1) - dt.timedelta(days=31 * months)
    boundary = months_complete_on(hire, months)
    assert boundary < dt.date(2024, 2, 1)
    assert run(jurisdiction="CA-FED", hire_date=hire, termination_date=boundary).notice_weeks_required == at
    assert run(jurisdiction="CA-FED", hire_date=hire,
               termination_date=boundary - ONE_DAY).notice_weeks_required == below


def test_federal_table_switches_on_1_february_2024() -> None:
    hire = dt.date(2017, 6, 1)  # more than 6 years of service either side
    old = run(jurisdiction="CA-FED", hire_date=hire, termination_date=dt.date(2024, 1, 31))
    new = run(jurisdiction="CA-FED", hire_date=hire, termination_date=dt.date(2024, 2, 1))
    assert (old.notice_weeks_required, old.law_version) == (2, "CA-FED-2019-09-01")
    assert (new.notice_weeks_required, new.law_version) == (6, "CA-FED-2024-02-01")


@pytest.mark.parametrize("hire", HIRES, ids=str)
@pytest.mark.parametrize(("jurisdiction", "months", "below", "at"), [
    ("QC", 36, "0.04", "0.06"),
    ("CA-FED", 60, "0.04", "0.06"),
    ("CA-FED", 120, "0.06", "0.08"),
])
def test_vacation_rate_thresholds(hire: dt.date, jurisdiction: str, months: int, below: str, at: str) -> None:
    hire, boundary = _shift_to_2025(hire, months)
    assert run(jurisdiction=jurisdiction, hire_date=hire, termination_date=boundary).vacation_rate == Decimal(at)
    assert run(jurisdiction=jurisdiction, hire_date=hire,
               termination_date=boundary - ONE_DAY).vacation_rate == Decimal(below)


@pytest.mark.parametrize("hire", HIRES, ids=str)
def test_federal_severance_starts_at_twelve_months(hire: dt.date) -> None:
    hire, boundary = _shift_to_2025(hire, 12)
    at = run(jurisdiction="CA-FED", hire_date=hire, termination_date=boundary, weekly_regular_wage=1000)
    before = run(jurisdiction="CA-FED", hire_date=hire, termination_date=boundary - ONE_DAY,
                 weekly_regular_wage=1000)
    assert at.severance_pay == Decimal("1000.00")  # 5 days x 1000 / 5
    assert before.severance_pay == 0


def test_federal_severance_two_days_per_year_beyond_five_days() -> None:
    # 2 x 2 = 4 days < 5 -> 5 days; 2 x 3 = 6 days > 5 -> 6 days
    assert run(jurisdiction="CA-FED", hire_date="2022-01-23", termination_date="2025-01-21").severance_pay == 1000
    assert run(jurisdiction="CA-FED", hire_date="2022-01-23", termination_date="2025-01-22").severance_pay == 1200


@pytest.mark.parametrize(("count", "weeks"), [
    (9, 0), (10, 8), (99, 8), (100, 12), (299, 12), (300, 16), (5000, 16),
])
def test_qc_collective_thresholds(count: int, weeks: int) -> None:
    ent = run(establishment_terminations=count, weekly_regular_wage=500)
    assert ent.collective_notice_weeks == weeks
    assert ent.collective_indemnity == weeks * 500


@pytest.mark.parametrize(("count", "weeks"), [(49, 0), (50, 16), (1000, 16)])
def test_federal_group_threshold_and_no_indemnity(count: int, weeks: int) -> None:
    ent = run(jurisdiction="CA-FED", establishment_terminations=count)
    assert ent.collective_notice_weeks == weeks
    assert ent.collective_indemnity == 0


@pytest.mark.parametrize(("jurisdiction", "first"), [("QC", dt.date(2019, 1, 1)),
                                                     ("CA-FED", dt.date(2019, 9, 1))])
def test_earliest_law_table_boundary(jurisdiction: str, first: dt.date) -> None:
    assert run(jurisdiction=jurisdiction, hire_date="2010-01-01", termination_date=first).law_version == \
        f"{jurisdiction}-{first.isoformat()}"
    with pytest.raises(FieldError) as err:
        parse_facts(case(jurisdiction=jurisdiction, hire_date="2010-01-01", termination_date=first - ONE_DAY))
    assert (err.value.field, err.value.code) == ("termination_date", "before_law_table")


def test_termination_on_the_hire_day_is_one_day_of_service() -> None:
    ent = run(hire_date="2025-01-22", termination_date="2025-01-22")
    assert (ent.service.years, ent.service.months, ent.service.days) == (0, 0, 1)
    assert ent.excluded_reason is not None


def test_termination_one_day_before_hire_is_an_error() -> None:
    got = result(hire_date="2025-01-23", termination_date="2025-01-22")
    assert got["error"]["field"] == "termination_date"


def test_leap_day_hire_one_year_complete_on_27_february() -> None:
    assert run(hire_date="2020-02-29", termination_date="2021-02-27").service.years == 1
    assert run(hire_date="2020-02-29", termination_date="2021-02-26").service.years == 0


def test_claim_deadlines() -> None:
    assert run(termination_date="2025-01-22").claim_deadline == dt.date(2026, 1, 22)
    assert run(termination_date="2024-02-29").claim_deadline == dt.date(2025, 2, 28)  # the earlier, safe date
    assert run(jurisdiction="CA-FED", termination_date="2025-08-31").claim_deadline == dt.date(2026, 2, 28)


def test_dismissal_complaint_deadline_needs_two_years_of_service() -> None:
    def kinds(**kw: object) -> set[str]:
        return {d.kind for d in run(cause="other", **kw).deadlines}

    assert "dismissal_complaint_45d" in kinds(hire_date="2023-01-23", termination_date="2025-01-22")
    assert "dismissal_complaint_45d" not in kinds(hire_date="2023-01-23", termination_date="2025-01-21")
    deadline = next(d for d in run(cause="other").deadlines if d.kind == "dismissal_complaint_45d")
    assert deadline.date == dt.date(2025, 3, 8)  # 45 days after 22 January 2025
