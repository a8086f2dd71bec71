"""Input validation: one case's contract fields (``law/contract.md``) -> :class:`CaseFacts`, or a FieldError.

Why so strict: a figure that a clinic mails to an employer must rest on what the volunteer meant. A string
``"840"`` where a number belongs, a date like ``2025-1-22`` or ``2025-02-30``, a ``true`` where a wage
belongs: each is refused with a message naming the field, rather than guessed. Fields are checked in the
contract's order and the first bad one is reported, so the same input always gives the same error.

Readings:

* numbers are ``int``, ``float`` or ``Decimal`` (never ``bool``, never a string); floats are converted through
  their shortest ``repr`` so ``0.1`` means 0.1, not 0.1000000000000000055...;
* ``null`` for an *optional* field means "not given" (the default applies): the GUI passes its whole record;
* absurd values are refused with the bound in the message (see the ``MAX_*`` constants);
* unknown fields are ignored (contract).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from decimal import Decimal, InvalidOperation
from typing import Any

from clinic_app.domain import law_tables
from clinic_app.domain.errors import FieldError, type_name
from clinic_app.domain.types import CaseFacts, Cause, EmploymentType, Jurisdiction

#: Bounds beyond which a value is a typing mistake, not a case (each is stated in the error message).
MAX_WEEKLY_WAGE = Decimal(1_000_000)  # CAD a week
MAX_PAYMENTS = Decimal(100_000_000)  # CAD
MAX_WEEKS = Decimal(520)  # ten years of notice
MAX_TERMINATIONS = 10_000_000
MAX_RECENT_WEEKS = 60  # the 3 months before the end hold 13 or 14 complete weeks
MIN_DATE = dt.date(1900, 1, 1)
MAX_DATE = dt.date(2199, 12, 31)

_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}\Z", re.ASCII)
_ZERO = Decimal(0)

_JURISDICTIONS = {j.value: j for j in Jurisdiction}
_EMPLOYMENT_TYPES = {e.value: e for e in EmploymentType}
_CAUSES = {c.value: c for c in Cause}


def _enum(field: str, value: Any, choices: Mapping[str, Any]) -> Any:
    if not isinstance(value, str):
        raise FieldError(field, "not_a_string", got=type_name(value))
    found = choices.get(value)
    if found is None:
        raise FieldError(field, "enum", value=repr(value[:40]), allowed=", ".join(choices))
    return found


def parse_date(field: str, value: Any) -> dt.date:
    """An ISO ``YYYY-MM-DD`` string or a ``datetime.date`` (not a ``datetime``: a time has no place here)."""
    if isinstance(value, dt.datetime):
        raise FieldError(field, "not_a_date", got=type_name(value))
    if isinstance(value, dt.date):
        day = value
    elif isinstance(value, str):
        if not _ISO_DATE.match(value):
            raise FieldError(field, "not_a_date", got=repr(value[:40]))
        try:
            day = dt.date(int(value[:4]), int(value[5:7]), int(value[8:10]))
        except ValueError:
            raise FieldError(field, "impossible_date", value=value) from None
    else:
        raise FieldError(field, "not_a_date", got=type_name(value))
    if not MIN_DATE <= day <= MAX_DATE:
        raise FieldError(field, "date_range", low=MIN_DATE.isoformat(), high=MAX_DATE.isoformat())
    return day


def parse_number(field: str, value: Any, *, limit: Decimal, positive: bool = False) -> Decimal:
    """A finite number, >= 0 (> 0 when ``positive``), at most ``limit``, as a ``Decimal``."""
    if isinstance(value, bool) or not isinstance(value, (int, float, Decimal)):
        raise FieldError(field, "not_a_number", got=type_name(value))
    if isinstance(value, float):
        if value != value or value in (float("inf"), float("-inf")):
            raise FieldError(field, "not_finite", value=repr(value))
        number = Decimal(repr(value))
    elif isinstance(value, int):
        if value > limit or value < -limit:  # before Decimal(): a 10,000-digit int stays cheap to refuse
            raise FieldError(field, "too_large", limit=_plain(limit)) if value > 0 else \
                FieldError(field, "negative")
        number = Decimal(value)
    else:
        if not value.is_finite():
            raise FieldError(field, "not_finite", value=str(value))
        number = value
    if number < _ZERO:
        raise FieldError(field, "negative")
    if positive and number == _ZERO:
        raise FieldError(field, "not_positive")
    if number > limit:
        raise FieldError(field, "too_large", limit=_plain(limit))
    return number + _ZERO  # normalises -0 to 0


def _plain(limit: Decimal) -> str:
    return f"{limit:,.0f}".replace(",", " ")


def _integer(field: str, value: Any, limit: int) -> int:
    number = parse_number(field, value, limit=Decimal(limit))
    try:
        if number != number.to_integral_value():
            raise FieldError(field, "not_an_integer", got=str(number))
    except InvalidOperation:  # pragma: no cover - bounded above
        raise FieldError(field, "not_an_integer", got=str(number)) from None
    return int(number)


def _bool(field: str, value: Any) -> bool:
    if not isinstance(value, bool):
        raise FieldError(field, "not_a_bool", got=type_name(value))
    return value


def _weekly_wages(value: Any) -> tuple[Decimal, ...]:
    field = "recent_weekly_wages"
    if not isinstance(value, (list, tuple)):
        raise FieldError(field, "not_an_array", got=type_name(value))
    if not value:
        raise FieldError(field, "empty")
    if len(value) > MAX_RECENT_WEEKS:
        raise FieldError(field, "too_many", limit=MAX_RECENT_WEEKS)
    return tuple(parse_number(f"{field}[{i}]", item, limit=MAX_WEEKLY_WAGE) for i, item in enumerate(value))


def parse_facts(data: Mapping[str, Any]) -> CaseFacts:
    """Validate one case's contract fields and return them typed; raise :class:`FieldError` on the first bad one."""
    if not isinstance(data, Mapping):
        raise FieldError("case", "not_an_object", got=type_name(data))
    get = data.get

    value = get("jurisdiction")
    if value is None:
        raise FieldError("jurisdiction", "missing")
    jurisdiction: Jurisdiction = _enum("jurisdiction", value, _JURISDICTIONS)

    value = get("hire_date")
    if value is None:
        raise FieldError("hire_date", "missing")
    hire = parse_date("hire_date", value)

    value = get("termination_date")
    if value is None:
        raise FieldError("termination_date", "missing")
    termination = parse_date("termination_date", value)
    if termination < hire:
        raise FieldError("termination_date", "before_hire", value=termination.isoformat(), hire=hire.isoformat())
    first = law_tables.earliest(jurisdiction)
    if termination < first:
        raise FieldError("termination_date", "before_law_table", jurisdiction=jurisdiction.value,
                         earliest=first.isoformat())

    value = get("weekly_regular_wage")
    if value is None:
        raise FieldError("weekly_regular_wage", "missing")
    wage = parse_number("weekly_regular_wage", value, limit=MAX_WEEKLY_WAGE, positive=True)

    value = get("wage_varies")
    wage_varies = False if value is None else _bool("wage_varies", value)

    value = get("recent_weekly_wages")
    recent: tuple[Decimal, ...] = ()
    if value is not None:
        recent = _weekly_wages(value)
    elif wage_varies:
        raise FieldError("recent_weekly_wages", "required_when_wage_varies")

    value = get("notice_weeks_given")
    notice_given = _ZERO if value is None else parse_number("notice_weeks_given", value, limit=MAX_WEEKS)

    value = get("notice_given_during_layoff")
    during_layoff = False if value is None else _bool("notice_given_during_layoff", value)

    value = get("employment_type")
    employment_type = EmploymentType.PERMANENT if value is None else \
        _enum("employment_type", value, _EMPLOYMENT_TYPES)

    value = get("layoff")
    layoff = False if value is None else _bool("layoff", value)

    value = get("cause")
    cause = Cause.CLOSURE if value is None else _enum("cause", value, _CAUSES)

    value = get("establishment_terminations")
    terminations = 0 if value is None else _integer("establishment_terminations", value, MAX_TERMINATIONS)

    value = get("collective_notice_weeks_given")
    collective_given = _ZERO if value is None else \
        parse_number("collective_notice_weeks_given", value, limit=MAX_WEEKS)

    value = get("classified_as_contractor")
    contractor = False if value is None else _bool("classified_as_contractor", value)

    value = get("employer_payments")
    payments = _ZERO if value is None else parse_number("employer_payments", value, limit=MAX_PAYMENTS)

    return CaseFacts(
        jurisdiction=jurisdiction,
        hire_date=hire,
        termination_date=termination,
        weekly_regular_wage=wage,
        wage_varies=wage_varies,
        recent_weekly_wages=recent,
        notice_weeks_given=notice_given,
        notice_given_during_layoff=during_layoff,
        employment_type=employment_type,
        layoff=layoff,
        cause=cause,
        establishment_terminations=terminations,
        collective_notice_weeks_given=collective_given,
        classified_as_contractor=contractor,
        employer_payments=payments,
    )
