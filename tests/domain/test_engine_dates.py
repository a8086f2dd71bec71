"""Calendar arithmetic: clamping to short months and the inclusive count of service (reference.md §1)."""

from __future__ import annotations

import datetime as dt

import pytest

from clinic_app.domain.dates import add_months, add_years, months_complete_on, service_between
from clinic_app.domain.types import Service

D = dt.date


@pytest.mark.parametrize(("start", "months", "expected"), [
    (D(2025, 1, 31), 1, D(2025, 2, 28)),
    (D(2024, 1, 31), 1, D(2024, 2, 29)),
    (D(2025, 1, 31), 2, D(2025, 3, 31)),  # from the start date, never step by step
    (D(2025, 3, 31), -1, D(2025, 2, 28)),
    (D(2024, 12, 15), 1, D(2025, 1, 15)),
    (D(2025, 8, 31), 6, D(2026, 2, 28)),
    (D(2025, 1, 22), 0, D(2025, 1, 22)),
])
def test_add_months_clamps_to_the_end_of_a_short_month(start: dt.date, months: int, expected: dt.date) -> None:
    assert add_months(start, months) == expected


def test_leap_day_plus_one_year_is_28_february() -> None:
    assert add_years(D(2020, 2, 29), 1) == D(2021, 2, 28)
    assert add_years(D(2020, 2, 29), 4) == D(2024, 2, 29)


def test_cnesst_example_8_february_to_7_may_is_three_months() -> None:
    assert service_between(D(2025, 2, 8), D(2025, 5, 7)) == Service(0, 3, 0)
    assert service_between(D(2025, 2, 8), D(2025, 5, 6)) == Service(0, 2, 29)


@pytest.mark.parametrize(("hire", "end", "expected"), [
    (D(2025, 1, 22), D(2025, 1, 22), Service(0, 0, 1)),  # the same day counts as one day
    (D(2021, 6, 14), D(2025, 1, 22), Service(3, 7, 9)),
    (D(2024, 1, 23), D(2025, 1, 22), Service(1, 0, 0)),
    (D(2024, 1, 23), D(2025, 1, 21), Service(0, 11, 30)),
    (D(2020, 2, 29), D(2021, 2, 27), Service(1, 0, 0)),  # 29 Feb + 1 year = 28 Feb, minus one day
    (D(2020, 2, 29), D(2021, 2, 26), Service(0, 11, 29)),
    (D(2019, 3, 1), D(2024, 2, 29), Service(5, 0, 0)),
])
def test_service_is_counted_inclusively(hire: dt.date, end: dt.date, expected: Service) -> None:
    assert service_between(hire, end) == expected


def test_months_complete_on_is_the_first_day_the_months_are_complete() -> None:
    hire = D(2019, 10, 31)
    for n in range(1, 200, 7):
        day = months_complete_on(hire, n)
        assert service_between(hire, day).total_months == n
        assert service_between(hire, day - dt.timedelta(days=1)).total_months == n - 1


def test_termination_before_hire_is_refused() -> None:
    with pytest.raises(ValueError):
        service_between(D(2025, 2, 1), D(2025, 1, 31))
