"""Calendar arithmetic for service and deadlines (reference.md §1).

Why our own functions and not ``dateutil``: the two readings the law depends on must be explicit and
tested here, not inherited from a library default:

* adding months or years **clamps** to the last day of a short month (31 January + 1 month = 28 or
  29 February; 29 February 2020 + 1 year = 28 February 2021). The other convention (roll over to 1 March)
  would make an anniversary fall one day later, which is less favourable to the employee;
* service is counted **inclusively**: hire and termination day both count, so *N months are complete when
  ``termination_date >= add_months(hire_date, N) - 1 day``* (the CNESST's example: hired 8 February, laid
  off 7 May = three months).
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache

from clinic_app.domain.types import Service

_ONE_DAY = dt.timedelta(days=1)
_DAYS_IN_MONTH = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def _is_leap(year: int) -> bool:
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def days_in_month(year: int, month: int) -> int:
    """Number of days of ``month`` (1-12) in ``year``."""
    if month == 2 and _is_leap(year):
        return 29
    return _DAYS_IN_MONTH[month - 1]


@lru_cache(maxsize=16384)
def add_months(day: dt.date, months: int) -> dt.date:
    """``day`` plus ``months`` calendar months, clamped to the end of a shorter month.

    Always computed from ``day`` itself, never step by step, so clamping never accumulates
    (31 January + 2 months = 31 March, not 28 March).

    Cached (a pure function of two small values): each case asks for about seven of these (claim, each
    head's prescription, the civil remedy), and the cases of one layoff share their termination date,
    so a batch asks for the same few again and again. A hit costs a tenth of the arithmetic.
    """
    index = day.year * 12 + (day.month - 1) + months
    year, month0 = divmod(index, 12)
    month = month0 + 1
    return dt.date(year, month, min(day.day, days_in_month(year, month)))


def add_years(day: dt.date, years: int) -> dt.date:
    """``day`` plus ``years`` calendar years (29 February -> 28 February in a common year)."""
    return add_months(day, 12 * years)


@lru_cache(maxsize=8192)
def service_between(hire_date: dt.date, termination_date: dt.date) -> Service:
    """Uninterrupted service from ``hire_date`` to ``termination_date``, both days included.

    Returns complete years, then complete months, then the remaining days. ``termination_date`` must not
    be before ``hire_date`` (the caller validates that; this function raises ``ValueError`` otherwise).

    Cached (:class:`Service` is immutable): the engine asks for the service at termination and at the end
    of the last vacation year, and the explanation asks again for the latter; the cache answers the repeat.
    """
    if termination_date < hire_date:
        raise ValueError("termination before hire")
    end = termination_date + _ONE_DAY  # first day *after* the service: inclusive counting
    months = (end.year - hire_date.year) * 12 + (end.month - hire_date.month)
    anniversary = add_months(hire_date, months)
    if anniversary > end:
        months -= 1
        anniversary = add_months(hire_date, months)
    days = (end - anniversary).days
    years, months = divmod(months, 12)
    return Service(years=years, months=months, days=days)


def months_complete_on(hire_date: dt.date, months: int) -> dt.date:
    """The first termination date on which ``months`` months of service are complete (inclusive count).

    Used by the explanation ("one year is complete on ...") and by the boundary tests.
    """
    return add_months(hire_date, months) - _ONE_DAY
