"""Input validation: one case's contract fields (``law/contract.md``) -> :class:`CaseFacts`, or a FieldError.

Why so strict: a figure that a clinic mails to an employer must rest on what the volunteer meant. A string
``"840"`` where a number belongs, a date like ``2025-1-22`` or ``2025-02-30``, a ``true`` where a wage
belongs: each is refused with a message naming the field, rather than guessed. Fields are checked in the
contract's order and the first bad one is reported, so the same input always gives the same error.

Readings:

* numbers are ``int``, ``float`` or ``Decimal`` (never ``bool``, never a string); floats are converted through
  their shortest ``repr`` so ``0.1`` means 0.1, not 0.1000000000000000055...;
* ``null`` for an *optional* field means "not given" (the default applies): the GUI passes its whole record;
  except for the facts contract v3 lets be *unknown* (``notice_weeks_given``, ``collective_notice_weeks_given``,
  the two vacation wage fields): ``null`` there is "not known", computed as if none was given and flagged;
* absurd values are refused with the bound in the message (see the ``MAX_*`` constants);
* unknown fields are ignored (contract), except a near miss of a known name (one or two letters off, e.g.
  ``notice_weeks_gven``): ignoring it would silently change what is owed, so it is an error naming it.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING, Any

from clinic_app.domain import law_tables
from clinic_app.domain.errors import FieldError, type_name
from clinic_app.domain.types import (
    CaseFacts,
    Cause,
    EmploymentType,
    Jurisdiction,
    Payment,
    PaymentPurpose,
    fast_constructor,
)

if TYPE_CHECKING:  # mypy checks the arguments against CaseFacts itself
    _case_facts = CaseFacts
else:  # the same value, made through its slots (see fast_constructor)
    _case_facts = fast_constructor(CaseFacts)

#: Bounds beyond which a value is a typing mistake, not a case (each is stated in the error message).
MAX_WEEKLY_WAGE = Decimal(1_000_000)  # CAD a week
MAX_PAYMENTS = Decimal(100_000_000)  # CAD
MAX_WEEKS = Decimal(520)  # ten years of notice
MAX_TERMINATIONS = 10_000_000
MAX_RECENT_WEEKS = 60  # the 3 months before the end hold 13 or 14 complete weeks
MAX_PAYMENT_ITEMS = 1_000
MAX_RECALL_MONTHS = 600
MAX_VACATION_WAGES = Decimal(100_000_000)  # CAD in a reference year
MIN_DATE = dt.date(1900, 1, 1)
MAX_DATE = dt.date(2199, 12, 31)

_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}\Z", re.ASCII)
_ZERO = Decimal(0)

_JURISDICTIONS = {j.value: j for j in Jurisdiction}
_EMPLOYMENT_TYPES = {e.value: e for e in EmploymentType}
_CAUSES = {c.value: c for c in Cause}
_PURPOSES = {p.value: p for p in PaymentPurpose}

#: Every input field name of the contract (v3), for the near-miss check.
INPUT_FIELDS = (
    "jurisdiction", "hire_date", "termination_date", "weekly_regular_wage", "wage_varies", "recent_weekly_wages",
    "notice_weeks_given", "notice_given_during_layoff", "employment_type", "layoff", "cause",
    "establishment_terminations", "collective_notice_weeks_given", "classified_as_contractor", "employer_payments",
    "as_of", "serious_fault_established", "vacation_wages_completed_year", "vacation_wages_current_year",
    "union_member", "recall_rights_months", "cnesst_inquiry_notice_date",
)
_KNOWN = frozenset(INPUT_FIELDS)


def _distance(a: str, b: str, limit: int = 2) -> int:
    """Edit distance (insert, delete, substitute, swap two neighbours), cut off above ``limit``."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    prev2: list[int] = []
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            cost = 0 if ca == cb else 1
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                cur[j] = min(cur[j], prev2[j - 2] + 1)
        if min(cur) > limit:
            return limit + 1
        prev2, prev = prev, cur
    return prev[-1]


def near_miss(name: str) -> str | None:
    """The known field ``name`` is most likely a mistyping of (one or two letters off, or another case), or None."""
    if name in _KNOWN:
        return None
    lowered = name.lower()
    if lowered in _KNOWN:
        return lowered
    best: tuple[int, str] | None = None
    for known in INPUT_FIELDS:
        d = _distance(lowered, known)
        if d <= 2 and (best is None or d < best[0]):
            best = (d, known)
    return None if best is None else best[1]


def _check_names(data: Mapping[str, Any]) -> None:
    if _KNOWN.issuperset(data):  # the usual case, checked in C; otherwise each name as below
        return
    for name in data:
        if not isinstance(name, str) or name in _KNOWN:
            continue
        meant = near_miss(name)
        if meant is not None:
            raise FieldError(name[:60], "near_miss", meant=meant)


def _enum(field: str, value: Any, choices: Mapping[str, Any]) -> Any:
    if not isinstance(value, str):
        raise FieldError(field, "not_a_string", got=type_name(value))
    found = choices.get(value)
    if found is None:
        raise FieldError(field, "enum", value=repr(value[:40]), allowed=", ".join(choices))
    return found


#: ISO text -> the date it names, for texts already accepted (valid and within range) by :func:`parse_date`
_DATES: dict[str, dt.date] = {}
_DATES_MAX = 16_384  # emptied when full (about 2 MB): 45 years of days, and a batch's dates recur far sooner


def parse_date(field: str, value: Any) -> dt.date:
    """An ISO ``YYYY-MM-DD`` string or a ``datetime.date`` (not a ``datetime``: a time has no place here).

    Accepted texts are remembered: a case has three to five dates, and the cases of one layoff share
    most of them (termination, assessment, notice of inquiry), so a batch reads the same few texts again.
    Only a text that passed every check below is remembered, so errors are still raised as before.
    """
    if type(value) is str:
        known = _DATES.get(value)
        if known is not None:
            return known
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
    if type(value) is str:
        if len(_DATES) >= _DATES_MAX:
            _DATES.clear()
        _DATES[value] = day
    return day


def parse_number(field: str, value: Any, *, limit: Decimal, positive: bool = False) -> Decimal:
    """A finite number, >= 0 (> 0 when ``positive``), at most ``limit``, as a ``Decimal``."""
    if type(value) is Decimal:  # the CLI's case (JSON numbers read as Decimal): the type tests skipped
        if not value.is_finite():
            raise FieldError(field, "not_finite", value=str(value))
        number = value
    elif isinstance(value, bool) or not isinstance(value, (int, float, Decimal)):
        raise FieldError(field, "not_a_number", got=type_name(value))
    elif isinstance(value, float):
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


def _months(field: str, value: Any) -> int:
    """A whole number of months >= 0 (a negative one is refused as such, not as "too large")."""
    if isinstance(value, (int, float, Decimal)) and not isinstance(value, bool) and value < 0:
        raise FieldError(field, "negative")
    return _integer(field, value, MAX_RECALL_MONTHS)


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


def _payments(value: Any) -> tuple[Payment, ...]:
    """``employer_payments``: a number (one ``notice`` payment, v2) or an array of ``{"amount", "purpose"}``."""
    field = "employer_payments"
    if not isinstance(value, (list, tuple)):
        amount = parse_number(field, value, limit=MAX_PAYMENTS)
        return (Payment(amount, PaymentPurpose.NOTICE),) if amount else ()
    if len(value) > MAX_PAYMENT_ITEMS:
        raise FieldError(field, "too_many_payments", limit=MAX_PAYMENT_ITEMS)
    out: list[Payment] = []
    for index, item in enumerate(value, 1):
        if not isinstance(item, Mapping):
            raise FieldError(field, "payment_not_an_object", index=index, got=type_name(item))
        for key in item:
            if key not in ("amount", "purpose"):
                raise FieldError(field, "payment_unknown_key", index=index, key=repr(str(key)[:40]))
        if item.get("amount") is None:
            raise FieldError(field, "payment_amount_missing", index=index)
        try:
            amount = parse_number(field, item["amount"], limit=MAX_PAYMENTS)
        except FieldError as err:
            raise FieldError(field, "payment_amount", index=index, detail=err.code,
                             **{k: v for k, v in err.params.items() if k != "index"}) from None
        purpose = item.get("purpose")
        if not isinstance(purpose, str) or purpose not in _PURPOSES:
            shown = "null" if purpose is None else repr(str(purpose)[:40])
            raise FieldError(field, "payment_purpose", index=index, value=shown, allowed=", ".join(_PURPOSES))
        out.append(Payment(amount, _PURPOSES[purpose]))
    total = sum((p.amount for p in out), _ZERO)
    if total > MAX_PAYMENTS:
        raise FieldError(field, "too_large", limit=_plain(MAX_PAYMENTS))
    return tuple(out)


def _optional_date(data: Mapping[str, Any], field: str) -> dt.date | None:
    value = data.get(field)
    return None if value is None else parse_date(field, value)


def parse_facts(data: Mapping[str, Any], *, today: dt.date | None = None) -> CaseFacts:
    """Validate one case's contract fields and return them typed; raise :class:`FieldError` on the first bad one.

    ``today`` is the default of ``as_of`` (the day the case is assessed) when the input has none; the
    caller passes it (the CLI: the system date) so that nothing here reads the clock.
    """
    if not isinstance(data, Mapping):
        raise FieldError("case", "not_an_object", got=type_name(data))
    _check_names(data)
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
    notice_unknown = value is None and "notice_weeks_given" in data
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
    collective_unknown = value is None and "collective_notice_weeks_given" in data
    collective_given = _ZERO if value is None else \
        parse_number("collective_notice_weeks_given", value, limit=MAX_WEEKS)

    value = get("classified_as_contractor")
    contractor = False if value is None else _bool("classified_as_contractor", value)

    value = get("employer_payments")
    payments = () if value is None else _payments(value)
    notice_paid = sum((p.amount for p in payments if p.purpose is PaymentPurpose.NOTICE), _ZERO)

    # Version 3.
    value = get("as_of")
    as_of = today if value is None else parse_date("as_of", value)

    value = get("serious_fault_established")
    fault_established = False if value is None else _bool("serious_fault_established", value)

    value = get("vacation_wages_completed_year")
    vacation_completed = None if value is None else \
        parse_number("vacation_wages_completed_year", value, limit=MAX_VACATION_WAGES)
    value = get("vacation_wages_current_year")
    vacation_current = None if value is None else \
        parse_number("vacation_wages_current_year", value, limit=MAX_VACATION_WAGES)

    value = get("union_member")
    union = False if value is None else _bool("union_member", value)

    value = get("recall_rights_months")
    recall = 0 if value is None else _months("recall_rights_months", value)

    inquiry = _optional_date(data, "cnesst_inquiry_notice_date")
    if inquiry is not None and inquiry < hire:
        raise FieldError("cnesst_inquiry_notice_date", "inquiry_before_hire", value=inquiry.isoformat(),
                         hire=hire.isoformat())

    return _case_facts(
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
        employer_payments=notice_paid,
        as_of=as_of,
        serious_fault_established=fault_established,
        notice_given_unknown=notice_unknown,
        collective_notice_given_unknown=collective_unknown,
        vacation_wages_completed_year=vacation_completed,
        vacation_wages_current_year=vacation_current,
        payments=payments,
        union_member=union,
        recall_rights_months=recall,
        cnesst_inquiry_notice_date=inquiry,
    )
