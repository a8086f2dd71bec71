"""Engine v3 (contract "Version 3"): remedies, due dates, prescription, alleged and unknown facts.

Each rule of docs/law.md's v3 section is checked on a case built for it, in both languages where the text
matters, plus hypothesis properties over random valid cases.
"""

from __future__ import annotations

import datetime as dt
import string
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from clinic_app.domain import explain_en, explain_fr
from clinic_app.domain.case import Case, CaseKind, Establishment, to_contract_input
from clinic_app.domain.citations import cite
from clinic_app.domain.contract import evaluate
from clinic_app.domain.engine import compute
from clinic_app.domain.errors import FieldError
from clinic_app.domain.facts import INPUT_FIELDS, parse_facts
from tests.domain.engine_helpers import case, result, run

DAY = dt.date(2026, 12, 1)
QC01 = {"hire_date": "2021-06-14", "termination_date": "2025-01-22", "weekly_regular_wage": 840,
        "establishment_terminations": 350}


# --- alleged and established serious fault -----------------------------------------------------------------

def test_alleged_fault_is_computed_as_the_workers_claim_and_never_equated_with_just_cause() -> None:
    alleged = result("fr", cause="serious_fault", establishment_terminations=350, as_of="2025-02-01")
    assert alleged["excluded_reason"] is None and alleged["individual_indemnity"] == 4000.0
    assert alleged["collective_notice_weeks"] == 0  # a dismissal for fault is not a collective dismissal
    assert "serious_fault_alleged" in alleged["flags"]
    assert "dismissal_complaint_45d" in {d["kind"] for d in alleged["deadlines"]}
    for lang in ("fr", "en"):
        text = result(lang, cause="serious_fault")["explanation"]
        assert "juste cause" not in text and "just cause" not in text
    assert "c'est à lui de la prouver" in alleged["explanation"]
    established = result("fr", cause="serious_fault", serious_fault_established=True)
    assert established["excluded_reason"] == "serious_fault" and established["amount_owed"] == 0
    assert "serious_fault_alleged" not in established["flags"]
    assert "civil_reasonable_notice" not in {d["kind"] for d in established["deadlines"]}


def test_federal_alleged_fault_owes_notice_and_severance() -> None:
    got = result("en", jurisdiction="CA-FED", cause="serious_fault")
    assert got["excluded_reason"] is None and got["severance_pay"] > 0 and "serious_fault_alleged" in got["flags"]
    assert result("en", jurisdiction="CA-FED", cause="serious_fault",
                  serious_fault_established=True)["amount_owed"] == 0


# --- unforeseeable event and superior force ----------------------------------------------------------------

def test_unforeseeable_event_excuses_only_the_collective_indemnity() -> None:
    got = result("en", cause="unforeseeable_event", establishment_terminations=150)
    assert got["individual_indemnity"] == 4000.0 and got["collective_indemnity"] == 0
    assert got["collective_notice_weeks"] == 0 and "collective_indemnity_excused" in got["flags"]
    assert "burden" in got["explanation"] and "notify the Minister" in got["explanation"]
    few = result("en", cause="unforeseeable_event", establishment_terminations=3)
    assert "collective_indemnity_excused" in few["flags"] and few["individual_indemnity"] == 4000.0
    assert "collective_indemnity_excused" not in result("en", jurisdiction="CA-FED",
                                                        cause="unforeseeable_event")["flags"]


def test_superior_force_explanation_keeps_the_minister_notice_and_the_burden() -> None:
    text = result("en", cause="force_majeure", establishment_terminations=150)["explanation"]
    assert "must still notify the Minister" in text and "burden" in text and "never superior force" in text
    assert "not covered by the collective notice" not in text
    fr = result("fr", cause="force_majeure", establishment_terminations=150)["explanation"]
    assert "aviser le ministre" in fr and "n'est jamais une force majeure" in fr


# --- unknown facts -----------------------------------------------------------------------------------------

def test_unknown_notice_is_computed_as_none_given_and_said_so() -> None:
    got = result("en", notice_weeks_given=None)
    assert got["individual_indemnity"] == 4000.0 and "notice_given_unknown" in got["flags"]
    assert "not known" in got["explanation"] and "received 0" not in got["explanation"]
    absent = result("en")
    assert "notice_given_unknown" not in absent["flags"]  # left out: none given (v2 meaning)


def test_unknown_minister_notice_never_reads_as_zero_weeks() -> None:
    for lang, words in (("en", "not known"), ("fr", "On ne sait pas")):
        got = result(lang, collective_notice_weeks_given=None, establishment_terminations=350)
        assert "collective_notice_given_unknown" in got["flags"] and words in got["explanation"]
        assert "0 week" not in got["explanation"] and "0 semaine" not in got["explanation"]


def test_partial_notice_is_written_in_days_not_fractions_of_weeks() -> None:
    got = result("fr", notice_weeks_given=Decimal("2.428571"), hire_date="2023-01-01")
    assert "17 jours" in got["explanation"] and "2,428571" not in got["explanation"]
    short = result("fr", notice_weeks_given=Decimal("0.428571"))
    assert "3 jours" in short["explanation"] and "× 1\u00a0000,00\u00a0$ / 7" in short["explanation"]


# --- vacation ----------------------------------------------------------------------------------------------

def test_vacation_payment_reduces_only_the_vacation_head() -> None:
    base = result("en", **QC01, vacation_wages_completed_year=43000, vacation_wages_current_year=31000)
    paid = result("en", **QC01, vacation_wages_completed_year=43000, vacation_wages_current_year=31000,
                  employer_payments=[{"amount": 1800, "purpose": "vacation"}])
    assert paid["shortfall"] == base["shortfall"] == 13440.0
    assert paid["vacation_shortfall"] == pytest.approx(base["vacation_indemnity"] - 1800)
    wages = result("en", **QC01, employer_payments=[{"amount": 900, "purpose": "wages"}])
    assert wages["shortfall"] == 13440.0
    notice = result("en", **QC01, employer_payments=[{"amount": 440, "purpose": "notice"}])
    assert notice["shortfall"] == 13000.0
    assert result("en", **QC01, employer_payments=440)["shortfall"] == 13000.0  # a number means notice (v2)


def test_vacation_unknown_is_null_partial_is_flagged_and_cites_74_76() -> None:
    unknown = result("en", **QC01)
    assert unknown["vacation_indemnity"] is None and unknown["vacation_shortfall"] is None
    assert unknown["total_claim"] == unknown["shortfall"]
    partial = result("en", **QC01, vacation_wages_current_year=10000)
    assert "vacation_wages_partial" in partial["flags"]
    assert partial["vacation_indemnity"] == pytest.approx(0.06 * (10000 + 13440))
    assert "LNT ss. 74 and 76" in partial["explanation"] and "LNT s. 69" not in partial["explanation"]
    assert "LNT, art. 74 et 76" in result("fr", **QC01, vacation_wages_current_year=1)["explanation"]


def test_completed_year_rate_uses_service_on_30_april() -> None:
    # hired 2021-05-01: 3 years complete on 2024-04-30 exactly -> 6 % for the completed year
    got = result("en", hire_date="2021-05-01", termination_date="2024-09-30", weekly_regular_wage=800,
                 vacation_wages_completed_year=10000, vacation_wages_current_year=0)
    individual = 2 * 800
    assert got["vacation_indemnity"] == pytest.approx(600 + round(0.06 * (individual + 600), 2))
    later = result("en", hire_date="2021-05-02", termination_date="2024-09-30", weekly_regular_wage=800,
                   vacation_wages_completed_year=10000, vacation_wages_current_year=0)
    assert later["vacation_indemnity"] == pytest.approx(400 + round(0.06 * (individual + 400), 2))


# --- due dates, prescription, remedies ---------------------------------------------------------------------

def test_layoff_indemnity_is_not_yet_due_and_as_of_changes_only_passed_fields() -> None:
    early = result("en", hire_date="2022-02-01", termination_date="2025-09-15", weekly_regular_wage=780,
                   layoff=True, establishment_terminations=40, as_of="2025-10-01")
    late = result("en", hire_date="2022-02-01", termination_date="2025-09-15", weekly_regular_wage=780,
                  layoff=True, establishment_terminations=40, as_of="2027-04-01")
    assert "not_yet_due" in early["flags"] and "not_yet_due" not in late["flags"]
    assert early["heads"][0]["due_date"] == "2026-03-15" and early["heads"][0]["prescription_date"] == "2027-03-15"
    assert late["claim_deadline_passed"] and not early["claim_deadline_passed"]
    strip = lambda r: {k: v for k, v in r.items() if k not in ("flags", "deadlines", "claim_deadline_passed")}  # noqa: E731
    assert strip(early) == strip(late)
    assert [dict(d, passed=None) for d in early["deadlines"]] == [dict(d, passed=None) for d in late["deadlines"]]


def test_inquiry_outside_the_year_does_not_suspend() -> None:
    inside = result("en", **QC01, cnesst_inquiry_notice_date="2026-01-22")
    outside = result("en", **QC01, cnesst_inquiry_notice_date="2026-01-23")
    assert inside["claim_deadline"] == "2026-07-22" and outside["claim_deadline"] == "2026-01-22"
    assert inside["heads"][0]["prescription_date"] == "2026-07-22"
    assert "LNT s. 116" in inside["heads"][0]["basis"]


def test_civil_claim_open_after_the_one_year_claim_prescribed() -> None:
    got = result("en", **QC01, as_of=DAY.isoformat())
    kinds = {d["kind"]: d for d in got["deadlines"]}
    assert kinds["claim"]["passed"] is True and got["claim_deadline_passed"] is True
    assert kinds["civil_reasonable_notice"] == {"kind": "civil_reasonable_notice", "date": "2028-01-22",
                                                "basis": "C.c.Q. art. 2091, 2092, 2925; LNT s. 82 para 4",
                                                "passed": False}
    assert "computes no amount" in got["explanation"]
    fixed = result("en", **QC01, employment_type="fixed_term", cause="end_of_fixed_term")
    assert "civil_reasonable_notice" not in {d["kind"] for d in fixed["deadlines"]}


def test_union_member_grievance_first_and_no_dismissal_complaint() -> None:
    got = result("en", cause="other", union_member=True)
    assert "grievance_first" in got["flags"]
    assert "dismissal_complaint_45d" not in {d["kind"] for d in got["deadlines"]}
    assert "dismissal_complaint_45d" in {d["kind"] for d in result("en", cause="other")["deadlines"]}


def test_recall_rights_of_six_months_or_less_keep_the_six_month_rule() -> None:
    six = result("en", layoff=True, union_member=True, recall_rights_months=6)
    assert six["heads"][0]["due_date"] == "2025-07-22"
    long = result("en", layoff=True, union_member=True, recall_rights_months=18)
    assert long["heads"][0]["due_date"] == "2026-01-22"  # capped at one year


def test_federal_layoff_falls_due_after_three_months_and_is_stated_as_a_reading() -> None:
    got = result("en", jurisdiction="CA-FED", layoff=True)
    assert {h["due_date"] for h in got["heads"]} == {"2025-04-22"}
    assert {h["prescription_date"] for h in got["heads"]} == {"2025-10-22"}
    assert "Reading: a layoff becomes a termination after 3 months" in got["explanation"]
    assert "6 months" not in got["explanation"]  # the federal rule is 3 months, never Quebec's 6
    kinds = {d["kind"]: d["date"] for d in got["deadlines"]}
    assert kinds["money_complaint_6m"] == "2025-10-22" and kinds["claim"] == "2025-07-22"


def test_quebec_heads_never_hold_both_indemnities() -> None:
    got = result("en", **QC01)
    assert [h["head"] for h in got["heads"]] == ["collective_indemnity"]
    fed = result("en", jurisdiction="CA-FED")
    assert [h["head"] for h in fed["heads"]] == ["individual_indemnity", "severance_pay"]


# --- bad input ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("fields", "field"), [
    ({"as_of": "2025-13-01"}, "as_of"),
    ({"as_of": 20250101}, "as_of"),
    ({"recall_rights_months": -1}, "recall_rights_months"),
    ({"recall_rights_months": "9"}, "recall_rights_months"),
    ({"union_member": "yes"}, "union_member"),
    ({"serious_fault_established": 1}, "serious_fault_established"),
    ({"vacation_wages_current_year": -5}, "vacation_wages_current_year"),
    ({"employer_payments": [{"amount": 10, "purpose": "gift"}]}, "employer_payments"),
    ({"employer_payments": [{"amount": 10}]}, "employer_payments"),
    ({"employer_payments": [{"amount": -10, "purpose": "notice"}]}, "employer_payments"),
    ({"employer_payments": ["10"]}, "employer_payments"),
    ({"cnesst_inquiry_notice_date": "2019-12-31"}, "cnesst_inquiry_notice_date"),
    ({"cnesst_inquiry_notice_date": "2025-02-30"}, "cnesst_inquiry_notice_date"),
    ({"notice_weeks_gven": 2}, "notice_weeks_gven"),
    ({"Hire_Date": "2020-01-01"}, "Hire_Date"),
    ({"cause_": "closure"}, "cause_"),
    ({"emplyer_paymnts": 3}, "emplyer_paymnts"),
])
@pytest.mark.parametrize("lang", ["fr", "en"])
def test_each_bad_v3_field_is_named_in_the_users_language(fields: dict[str, Any], field: str, lang: str) -> None:
    got = evaluate(case(hire_date="2020-01-23", **fields), lang)
    assert set(got) == {"error"} and got["error"]["field"] == field, got
    message = got["error"]["message"]
    assert message.startswith(field) and len(message) > len(field) + 10
    other = evaluate(case(hire_date="2020-01-23", **fields), "en" if lang == "fr" else "fr")["error"]["message"]
    assert other != message  # each language has its own sentence


def test_unrelated_unknown_fields_are_still_ignored() -> None:
    got = evaluate(case(notes="x", volunteer="Ana", case_number="AB12-000001", kind="driver"), "en")
    assert "error" not in got


def test_the_case_models_contract_input_uses_only_known_names() -> None:
    for kind in CaseKind:
        data = to_contract_input(Case.new(kind), Establishment())
        assert set(data) <= set(INPUT_FIELDS)


def test_an_invalid_case_never_stops_the_others() -> None:
    from clinic_app.domain.contract import evaluate_many
    got = evaluate_many([case(notice_weeks_gven=1), case()], "en", today=DAY)
    assert "error" in got[0] and "error" not in got[1]


def test_field_error_payment_message_is_specific() -> None:
    with pytest.raises(FieldError) as info:
        parse_facts(case(employer_payments=[{"amount": 1, "purpose": "notice"}, {"amount": 2, "purpose": "x"}]))
    assert "payment 2" in info.value.message("en") and "notice, vacation, wages" in info.value.message("en")


# --- the catalogue and the citations -----------------------------------------------------------------------

def _fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def test_every_message_exists_in_both_languages_with_the_same_placeholders() -> None:
    assert set(explain_fr.MESSAGES) == set(explain_en.MESSAGES)
    for msg_id, en in explain_en.MESSAGES.items():
        assert _fields(explain_fr.MESSAGES[msg_id]) == _fields(en), msg_id
    assert set(explain_fr.DEADLINES) == set(explain_en.DEADLINES)
    for module in (explain_fr, explain_en):
        for unit, forms in module.PLURALS.items():
            assert {"one", "other"} <= set(forms), unit


def test_every_deadline_kind_the_engine_gives_has_a_label() -> None:
    kinds: set[str] = set()
    for jurisdiction in ("QC", "CA-FED"):
        for cause in ("closure", "other", "serious_fault"):
            kinds |= {d["kind"] for d in result("en", jurisdiction=jurisdiction, cause=cause,
                                                hire_date="2015-01-01")["deadlines"]}
    assert kinds <= set(explain_en.DEADLINES)


def test_citations_per_language() -> None:
    assert cite("LNT s. 82 para 3", "fr") == "LNT, art. 82, al. 3"
    assert cite("LNT s. 82 para 3", "en") == "LNT s. 82 para. 3"
    assert cite("CLC s. 230(1), s. 235(1)", "fr") == "CCT, art. 230(1) et 235(1)"
    assert cite("CLC s. 230(1), s. 235(1)", "en") == "CLC ss. 230(1) and 235(1)"


@pytest.mark.parametrize("cause", ["closure", "serious_fault", "force_majeure", "unforeseeable_event", "other",
                                   "end_of_fixed_term"])
@pytest.mark.parametrize("jurisdiction", ["QC", "CA-FED"])
def test_french_explanations_never_cite_english_style_or_use_flagged_wording(cause: str, jurisdiction: str) -> None:
    text = result("fr", cause=cause, jurisdiction=jurisdiction, establishment_terminations=150, layoff=True,
                  classified_as_contractor=True, vacation_wages_current_year=1000, union_member=True,
                  notice_weeks_given=None, collective_notice_weeks_given=None)["explanation"]
    for bad in (" s. ", " para ", "au chef,", " représaille ", "(référence", "table en vigueur",
                "valide de 0", "faute grave (juste cause)", "CLC"):
        assert bad not in text, bad


# --- properties --------------------------------------------------------------------------------------------

SETTINGS = settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
money_st = st.decimals(min_value=Decimal("1"), max_value=Decimal(5000), places=2)


@st.composite
def v3_cases(draw: st.DrawFn) -> dict[str, Any]:
    jurisdiction = draw(st.sampled_from(["QC", "CA-FED"]))
    termination = draw(st.dates(min_value=dt.date(2020, 1, 1), max_value=dt.date(2028, 12, 31)))
    hire = draw(st.dates(min_value=dt.date(1990, 1, 1), max_value=termination))
    data: dict[str, Any] = {
        "jurisdiction": jurisdiction, "hire_date": hire.isoformat(), "termination_date": termination.isoformat(),
        "weekly_regular_wage": draw(money_st), "layoff": draw(st.booleans()),
        "cause": draw(st.sampled_from(["closure", "serious_fault", "force_majeure", "unforeseeable_event",
                                       "end_of_fixed_term", "other"])),
        "serious_fault_established": draw(st.booleans()),
        "employment_type": draw(st.sampled_from(["permanent", "fixed_term", "seasonal_fixed_term"])),
        "establishment_terminations": draw(st.integers(0, 500)),
        "union_member": draw(st.booleans()), "recall_rights_months": draw(st.integers(0, 24)),
        "notice_weeks_given": draw(st.one_of(st.none(), st.decimals(0, 10, places=2))),
        "vacation_wages_completed_year": draw(st.one_of(st.none(), money_st)),
        "vacation_wages_current_year": draw(st.one_of(st.none(), money_st)),
    }
    if draw(st.booleans()):
        data["cnesst_inquiry_notice_date"] = draw(st.dates(min_value=hire, max_value=dt.date(2030, 1, 1))).isoformat()
    return data


@SETTINGS
@given(v3_cases(), st.dates(min_value=dt.date(2019, 1, 1), max_value=dt.date(2035, 1, 1)),
       st.dates(min_value=dt.date(2019, 1, 1), max_value=dt.date(2035, 1, 1)))
def test_as_of_changes_only_passed_fields_and_not_yet_due(data: dict[str, Any], one: dt.date, two: dt.date) -> None:
    a = evaluate({**data, "as_of": one.isoformat()}, "en")
    b = evaluate({**data, "as_of": two.isoformat()}, "en")
    if "error" in a:
        assert a == b
        return
    drop = ("claim_deadline_passed", "deadlines", "flags")
    assert {k: v for k, v in a.items() if k not in drop} == {k: v for k, v in b.items() if k not in drop}
    assert [f for f in a["flags"] if f != "not_yet_due"] == [f for f in b["flags"] if f != "not_yet_due"]
    assert [{**d, "passed": 0} for d in a["deadlines"]] == [{**d, "passed": 0} for d in b["deadlines"]]
    for d in a["deadlines"]:
        assert d["passed"] == (one > dt.date.fromisoformat(d["date"]))


@SETTINGS
@given(v3_cases(), money_st)
def test_a_vacation_payment_never_changes_shortfall(data: dict[str, Any], paid: Decimal) -> None:
    a = evaluate(data, "en", today=DAY)
    b = evaluate({**data, "employer_payments": [{"amount": paid, "purpose": "vacation"}]}, "en", today=DAY)
    if "error" in a:
        return
    assert a["shortfall"] == b["shortfall"] and a["amount_owed"] == b["amount_owed"]
    if a["vacation_indemnity"] is not None:
        assert b["vacation_shortfall"] == pytest.approx(max(0.0, a["vacation_indemnity"] - float(paid)), abs=0.005)
    assert b["total_claim"] == pytest.approx(b["shortfall"] + (b["vacation_shortfall"] or 0), abs=0.005)


@SETTINGS
@given(v3_cases())
def test_prescription_never_before_due_and_heads_add_up(data: dict[str, Any]) -> None:
    got = evaluate(data, "en", today=DAY)
    if "error" in got:
        return
    for head in got["heads"]:
        assert head["prescription_date"] >= head["due_date"] >= data["termination_date"]
        assert head["amount"] > 0
    names = [h["head"] for h in got["heads"]]
    if data["jurisdiction"] == "QC":
        assert not {"individual_indemnity", "collective_indemnity"} <= set(names)
    notice_heads = sum(h["amount"] for h in got["heads"] if h["head"] != "vacation_indemnity")
    assert notice_heads == pytest.approx(got["amount_owed"], abs=0.005)


@SETTINGS
@given(v3_cases(), st.integers(1, 400))
def test_the_individual_indemnity_never_decreases_as_service_grows(data: dict[str, Any], extra_days: int) -> None:
    data = {**data, "notice_weeks_given": None}
    hire = dt.date.fromisoformat(data["hire_date"])
    earlier = (hire - dt.timedelta(days=extra_days)).isoformat()
    a = evaluate(data, "en", today=DAY)
    b = evaluate({**data, "hire_date": earlier}, "en", today=DAY)
    if "error" in a or "error" in b:
        return
    assert b["individual_indemnity"] >= a["individual_indemnity"]


def test_explanation_text_does_not_depend_on_as_of() -> None:
    facts_a = parse_facts(case(**QC01), today=dt.date(2025, 2, 1))
    facts_b = parse_facts(case(**QC01), today=dt.date(2027, 2, 1))
    assert compute(facts_a).explanation["fr"] == compute(facts_b).explanation["fr"]
    assert run().facts.as_of is None  # parse_facts without today: not assessed, nothing "passed"
