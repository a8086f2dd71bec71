"""Bad input: each mistake is refused with a FieldError naming the field, in French and English."""

from __future__ import annotations

import datetime as dt
import math
from decimal import Decimal
from typing import Any

import pytest

from clinic_app.domain.contract import evaluate, evaluate_many
from clinic_app.domain.errors import FieldError
from clinic_app.domain.facts import parse_facts
from tests.domain.engine_helpers import case

MISSING = object()


@pytest.mark.parametrize(("field", "value", "code"), [
    ("jurisdiction", MISSING, "missing"),
    ("jurisdiction", "ON", "enum"),
    ("jurisdiction", "qc", "enum"),
    ("jurisdiction", 1, "not_a_string"),
    ("hire_date", MISSING, "missing"),
    ("hire_date", "2025-02-30", "impossible_date"),
    ("hire_date", "2023-02-29", "impossible_date"),
    ("hire_date", "2025-13-01", "impossible_date"),
    ("hire_date", "22/01/2025", "not_a_date"),
    ("hire_date", "2025-1-22", "not_a_date"),
    ("hire_date", "20250122", "not_a_date"),
    ("hire_date", "2025-01-22T00:00", "not_a_date"),
    ("hire_date", " 2025-01-22", "not_a_date"),
    ("hire_date", "２０２５-01-22", "not_a_date"),
    ("hire_date", 20250122, "not_a_date"),
    ("hire_date", dt.datetime(2025, 1, 22, 9, 0), "not_a_date"),
    ("hire_date", "1899-12-31", "date_range"),
    ("termination_date", MISSING, "missing"),
    ("termination_date", "2019-12-31", "before_hire"),
    ("termination_date", "9999-12-31", "date_range"),
    ("weekly_regular_wage", MISSING, "missing"),
    ("weekly_regular_wage", 0, "not_positive"),
    ("weekly_regular_wage", -1, "negative"),
    ("weekly_regular_wage", "840", "not_a_number"),
    ("weekly_regular_wage", True, "not_a_number"),
    ("weekly_regular_wage", float("nan"), "not_finite"),
    ("weekly_regular_wage", float("inf"), "not_finite"),
    ("weekly_regular_wage", Decimal("NaN"), "not_finite"),
    ("weekly_regular_wage", Decimal("-Infinity"), "not_finite"),
    ("weekly_regular_wage", 1e300, "too_large"),
    pytest.param("weekly_regular_wage", 10**5000, "too_large", id="weekly_regular_wage-5000-digit-int"),
    ("weekly_regular_wage", Decimal("1E+400"), "too_large"),
    ("wage_varies", "yes", "not_a_bool"),
    ("wage_varies", 1, "not_a_bool"),
    ("recent_weekly_wages", [], "empty"),
    ("recent_weekly_wages", "700,800", "not_an_array"),
    ("recent_weekly_wages", [1.0] * 61, "too_many"),
    ("notice_weeks_given", -0.5, "negative"),
    ("notice_weeks_given", 521, "too_large"),
    ("notice_given_during_layoff", "false", "not_a_bool"),
    ("employment_type", "temporary", "enum"),
    ("layoff", 0, "not_a_bool"),
    ("cause", "closed", "enum"),
    ("cause", ["closure"], "not_a_string"),
    ("establishment_terminations", 10.5, "not_an_integer"),
    ("establishment_terminations", -1, "negative"),
    ("establishment_terminations", "10", "not_a_number"),
    ("establishment_terminations", 10**8, "too_large"),
    ("collective_notice_weeks_given", math.inf, "not_finite"),
    ("classified_as_contractor", "true", "not_a_bool"),
    ("employer_payments", -0.01, "negative"),
    ("employer_payments", 1e12, "too_large"),
])
def test_bad_field_is_named(field: str, value: Any, code: str) -> None:
    data = case()
    if value is MISSING:
        data.pop(field, None)
    else:
        data[field] = value
    with pytest.raises(FieldError) as err:
        parse_facts(data)
    assert (err.value.field, err.value.code) == (field, code)
    fr, en = err.value.message("fr"), err.value.message("en")
    assert fr.startswith(field) and en.startswith(field)
    assert fr != en
    assert err.value.message("de") == fr  # unknown language: French


@pytest.mark.parametrize(("items", "field"), [
    ([700, "800"], "recent_weekly_wages[1]"),
    ([700, -1], "recent_weekly_wages[1]"),
    ([float("nan")], "recent_weekly_wages[0]"),
])
def test_bad_week_in_the_list_is_named_by_its_position(items: list[Any], field: str) -> None:
    with pytest.raises(FieldError) as err:
        parse_facts(case(wage_varies=True, recent_weekly_wages=items))
    assert err.value.field == field
    assert "week 2" in err.value.message("en") or "week 1" in err.value.message("en")


def test_wage_varies_without_weeks_is_an_error() -> None:
    with pytest.raises(FieldError) as err:
        parse_facts(case(wage_varies=True))
    assert (err.value.field, err.value.code) == ("recent_weekly_wages", "required_when_wage_varies")


def test_first_bad_field_in_contract_order_is_reported() -> None:
    with pytest.raises(FieldError) as err:
        parse_facts(case(employer_payments=-1, cause="x", weekly_regular_wage="x"))
    assert err.value.field == "weekly_regular_wage"


def test_unknown_fields_are_ignored_and_null_optional_fields_take_their_default() -> None:
    facts = parse_facts(case(name="Jane", notes={"a": [1, 2]}, cause=None, notice_weeks_given=None))
    assert facts.cause.value == "closure" and facts.notice_weeks_given == 0


def test_dates_and_decimals_are_accepted_as_python_values() -> None:
    facts = parse_facts(case(hire_date=dt.date(2020, 1, 23), weekly_regular_wage=Decimal("840.10"),
                             notice_weeks_given=0.1))
    assert facts.weekly_regular_wage == Decimal("840.10")
    assert facts.notice_weeks_given == Decimal("0.1")  # through repr: 0.1, not 0.1000000000000000055...


@pytest.mark.parametrize("item", [None, 3, "case", [case()], True])
def test_a_case_that_is_not_an_object(item: Any) -> None:
    got = evaluate(item, "en")
    assert got["error"]["field"] == "case"
    assert "JSON object" in got["error"]["message"]


def test_invalid_case_never_stops_the_others() -> None:
    results = evaluate_many([case(), case(jurisdiction="ON"), "x", case(cause="serious_fault")], "en")
    assert [("error" in r) for r in results] == [False, True, True, False]
    assert results[1]["error"]["field"] == "jurisdiction"
    assert "unknown value" in results[1]["error"]["message"]


def test_error_message_in_french_by_default() -> None:
    got = evaluate(case(hire_date="2025-02-30"))
    assert got["error"] == {"field": "hire_date",
                            "message": "hire_date (la date d'embauche) : la date 2025-02-30 n'existe pas dans le "
                                       "calendrier"}
