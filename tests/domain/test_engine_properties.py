"""Properties that must hold for every valid case, and the promise that bad input only ever gives a FieldError."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from clinic_app.domain.contract import OUTPUT_FIELDS, evaluate
from clinic_app.domain.engine import compute
from clinic_app.domain.errors import FieldError
from clinic_app.domain.facts import parse_facts

SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

money = st.decimals(min_value=Decimal("0.01"), max_value=Decimal(20000), places=2)
weeks = st.decimals(min_value=0, max_value=20, places=6)
dates = st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2030, 12, 31))


@st.composite
def valid_cases(draw: st.DrawFn) -> dict[str, Any]:
    jurisdiction = draw(st.sampled_from(["QC", "CA-FED"]))
    first = dt.date(2019, 1, 1) if jurisdiction == "QC" else dt.date(2019, 9, 1)
    termination = draw(st.dates(min_value=first, max_value=dt.date(2030, 12, 31)))
    hire = draw(st.dates(min_value=dt.date(1980, 1, 1), max_value=termination))
    data: dict[str, Any] = {
        "jurisdiction": jurisdiction,
        "hire_date": hire.isoformat(),
        "termination_date": termination.isoformat(),
        "weekly_regular_wage": draw(money),
        "notice_weeks_given": draw(weeks),
        "notice_given_during_layoff": draw(st.booleans()),
        "employment_type": draw(st.sampled_from(["permanent", "fixed_term", "seasonal_fixed_term"])),
        "layoff": draw(st.booleans()),
        "cause": draw(st.sampled_from(["closure", "serious_fault", "force_majeure", "end_of_fixed_term", "other"])),
        "establishment_terminations": draw(st.integers(0, 1000)),
        "collective_notice_weeks_given": draw(weeks),
        "classified_as_contractor": draw(st.booleans()),
        "employer_payments": draw(st.decimals(min_value=0, max_value=100000, places=2)),
    }
    if draw(st.booleans()):
        data["wage_varies"] = True
        data["recent_weekly_wages"] = draw(st.lists(st.decimals(min_value=0, max_value=5000, places=2),
                                                    min_size=1, max_size=14))
    return data


MONEY_FIELDS = ("individual_indemnity", "collective_indemnity", "severance_pay", "amount_owed", "shortfall",
                "weekly_wage_used")


@SETTINGS
@given(valid_cases(), st.sampled_from(["fr", "en"]))
def test_valid_input_always_gives_a_full_result_with_nothing_negative(data: dict[str, Any], lang: str) -> None:
    got = evaluate(data, lang)
    assert "error" not in got, got
    assert set(got) == set(OUTPUT_FIELDS)
    for key in (*MONEY_FIELDS, "notice_weeks_required", "notice_weeks_missing", "collective_notice_weeks"):
        assert got[key] >= 0, key
    for key in MONEY_FIELDS:
        assert round(got[key], 2) == got[key], key  # at most 2 decimals
    assert got["shortfall"] <= got["amount_owed"]
    assert got["notice_weeks_missing"] <= got["notice_weeks_required"]
    if data["jurisdiction"] == "QC":
        assert got["amount_owed"] == max(got["individual_indemnity"], got["collective_indemnity"])
        assert got["severance_pay"] == 0
    else:
        assert got["collective_indemnity"] == 0
        assert abs(got["amount_owed"] - got["individual_indemnity"] - got["severance_pay"]) < 0.001
    assert got["explanation"]


@SETTINGS
@given(valid_cases(), st.integers(1, 4000))
def test_more_service_never_gives_less(data: dict[str, Any], extra_days: int) -> None:
    facts = parse_facts(data)
    later = facts.termination_date + dt.timedelta(days=extra_days)
    if later > dt.date(2199, 12, 31):
        return
    longer = parse_facts({**data, "termination_date": later.isoformat()})
    a, b = compute(facts), compute(longer)
    if a.excluded_reason is None or a.excluded_reason.value == "under_3_months":
        assert b.notice_weeks_required >= a.notice_weeks_required
    assert b.vacation_rate >= a.vacation_rate
    assert b.severance_pay >= a.severance_pay


@SETTINGS
@given(valid_cases(), weeks, weeks)
def test_more_notice_given_never_raises_what_is_owed(data: dict[str, Any], w1: Decimal, w2: Decimal) -> None:
    low, high = sorted((w1, w2))
    a = compute(parse_facts({**data, "notice_weeks_given": low}))
    b = compute(parse_facts({**data, "notice_weeks_given": high}))
    assert b.notice_weeks_missing <= a.notice_weeks_missing
    assert b.individual_indemnity <= a.individual_indemnity
    assert b.amount_owed <= a.amount_owed
    assert b.shortfall <= a.shortfall
    c = compute(parse_facts({**data, "collective_notice_weeks_given": high}))
    d = compute(parse_facts({**data, "collective_notice_weeks_given": low}))
    assert c.collective_indemnity <= d.collective_indemnity


@SETTINGS
@given(valid_cases())
def test_classification_as_contractor_never_changes_a_figure(data: dict[str, Any]) -> None:
    a = compute(parse_facts({**data, "classified_as_contractor": False}))
    b = compute(parse_facts({**data, "classified_as_contractor": True}))
    assert (a.amount_owed, a.shortfall, a.notice_weeks_required) == (b.amount_owed, b.shortfall,
                                                                      b.notice_weeks_required)
    assert "classified_as_contractor" in b.flags and "classified_as_contractor" not in a.flags


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True, allow_infinity=True)
    | st.decimals(allow_nan=True, allow_infinity=True) | st.text(max_size=12) | dates
    | st.sampled_from(["QC", "CA-FED", "2025-01-22", "2019-01-01", "closure", "permanent", "", "2025-02-30"]),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=5), children, max_size=3),
    max_leaves=8,
)
FIELDS = ["jurisdiction", "hire_date", "termination_date", "weekly_regular_wage", "wage_varies",
          "recent_weekly_wages", "notice_weeks_given", "notice_given_during_layoff", "employment_type", "layoff",
          "cause", "establishment_terminations", "collective_notice_weeks_given", "classified_as_contractor",
          "employer_payments"]


@settings(max_examples=400, deadline=None)
@given(valid_cases(), st.dictionaries(st.sampled_from(FIELDS), json_values, min_size=1, max_size=4),
       st.lists(st.sampled_from(FIELDS), max_size=3))
def test_any_input_gives_a_result_or_a_field_error_never_another_exception(
        data: dict[str, Any], changes: dict[str, Any], removed: list[str]) -> None:
    mutated = {**data, **changes}
    for key in removed:
        mutated.pop(key, None)
    try:
        facts = parse_facts(mutated)
    except FieldError as err:
        assert err.field.split("[")[0] in FIELDS
        assert err.message("fr") and err.message("en")
        return
    ent = compute(facts)
    assert ent.explanation["fr"] and ent.explanation["en"]


@settings(max_examples=100, deadline=None)
@given(json_values)
def test_evaluate_never_raises_on_any_json_value(value: Any) -> None:
    got = evaluate(value, "en")
    assert set(got) == {"error"} or set(got) == set(OUTPUT_FIELDS)
