import dataclasses
import json
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from clinic_app.domain.case import Case
from clinic_app.domain.case_json import (
    SCHEMA_VERSION,
    case_from_dict,
    case_to_dict,
    establishment_from_dict,
    establishment_to_dict,
)
from clinic_app.domain.demo import generate_demo
from clinic_app.domain.parsing import ParseError

ESTS, CASES = generate_demo(400, seed=5)


def test_demo_cases_round_trip_through_json_text() -> None:
    for c in CASES:
        assert case_from_dict(json.loads(json.dumps(case_to_dict(c)))) == c
    for e in ESTS:
        assert establishment_from_dict(json.loads(json.dumps(establishment_to_dict(e)))) == e


def _finite(value: object) -> bool:
    """NaN/infinity never come from the forms (parse_money refuses them) and NaN != NaN: leave them out."""
    if isinstance(value, Decimal):
        return value.is_finite()
    if dataclasses.is_dataclass(value):
        return all(_finite(getattr(value, f.name)) for f in dataclasses.fields(value))
    if isinstance(value, list):
        return all(_finite(v) for v in value)
    return True


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
@given(st.from_type(Case))
def test_any_case_round_trips(case: Case) -> None:
    assume(_finite(case))
    assert case_from_dict(json.loads(json.dumps(case_to_dict(case)))) == case


def test_missing_keys_take_defaults() -> None:
    c = case_from_dict({"person": {"given_name": "Amina"}})
    assert c.person.given_name == "Amina" and c.person.province == "QC" and c.work.payments == []


@pytest.mark.parametrize(("patch", "field"), [
    ({"work": {"weekly_wage": "abc"}}, "work.weekly_wage"),
    ({"person": {"date_of_birth": "1980-13-01"}}, "person.date_of_birth"),
    ({"work": {"recent_weekly_wages": [{"amount": 12}, {"amount": []}]}}, "work.recent_weekly_wages[1].amount"),
    ({"kind": "boat"}, "kind"),
    ({"version": "1"}, "version"),
    ({"person": []}, "person"),
])
def test_wrong_types_name_the_field(patch: dict, field: str) -> None:
    with pytest.raises(ParseError) as err:
        case_from_dict(patch)
    assert err.value.field == field
    assert "invalid value" in err.value.message("en")


def test_newer_schema_refused() -> None:
    with pytest.raises(ParseError) as err:
        case_from_dict({"schema_version": SCHEMA_VERSION + 1})
    assert "newer" in err.value.message("en") and "plus récente" in err.value.message("fr")
