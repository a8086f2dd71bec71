"""The guided intake's rules (issue 18): what applies, what is required, what is missing; the glossary."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from clinic_app.domain import glossary, intake_rules
from clinic_app.domain.case import Case, CaseKind
from clinic_app.domain.types import Cause, EmploymentType


def test_fixed_term_end_applies_only_to_a_fixed_term_job() -> None:
    case = Case.new(CaseKind.WAREHOUSE)
    assert not intake_rules.applies("work.term_end_date", case)
    for kind in (EmploymentType.FIXED_TERM, EmploymentType.SEASONAL_FIXED_TERM):
        case.work.employment_type = kind
        assert intake_rules.applies("work.term_end_date", case)
        assert "work.term_end_date" in intake_rules.required_now(case)


def test_recall_rights_only_for_a_union_member() -> None:
    case = Case.new(CaseKind.WAREHOUSE)
    assert not intake_rules.applies("work.recall_rights_months", case)
    assert not intake_rules.applies("warehouse.union_name", case)
    assert case.warehouse is not None
    case.warehouse.union_member = True
    assert intake_rules.applies("work.recall_rights_months", case)


def test_control_indicators_only_for_a_driver_classified_as_a_contractor() -> None:
    case = Case.new(CaseKind.DRIVER)
    assert case.driver is not None and case.driver.classified_as_contractor
    assert intake_rules.section_applies("controls", case)
    case.driver.classified_as_contractor = False
    assert not intake_rules.section_applies("controls", case)
    assert intake_rules.section_applies("pay", case)  # a section without a condition always applies


def test_serious_fault_and_release_date_follow_their_answers() -> None:
    case = Case.new(CaseKind.WAREHOUSE)
    assert not intake_rules.applies("work.serious_fault_established", case)
    case.work.cause = Cause.SERIOUS_FAULT
    assert intake_rules.applies("work.serious_fault_established", case)
    assert "work.release_signed_on" not in intake_rules.required_now(case)
    case.work.release_signed = True
    assert "work.release_signed_on" in intake_rules.required_now(case)


@pytest.mark.parametrize("kind", [CaseKind.WAREHOUSE, CaseKind.DRIVER])
def test_required_marks_and_missing_facts_agree_with_validation(kind: CaseKind) -> None:
    """Every fact the review lists as missing carries a required mark, and a complete case lists nothing."""
    case = Case.new(kind)
    today = dt.date(2026, 12, 1)
    missing = {i.field for i in intake_rules.missing_facts(case, today=today)}
    assert missing and missing <= intake_rules.required_now(case)
    assert {"person.given_name", "work.start_date", "work.weekly_wage"} <= missing
    case.work.wage_varies = True
    assert "work.recent_weekly_wages" in intake_rules.required_now(case)
    assert "work.weekly_wage" not in intake_rules.required_now(case)
    case.work.wage_varies = False
    case.person.given_name, case.person.family_name = "Marie", "Roy"
    case.work.start_date, case.work.termination_date = dt.date(2019, 3, 4), dt.date(2025, 1, 22)
    case.work.last_day_worked = dt.date(2025, 1, 22)
    case.work.weekly_wage = Decimal("900")
    left = {i.field for i in intake_rules.missing_facts(case, today=today)}
    assert "person.given_name" not in left and "work.weekly_wage" not in left and "consent" in left


def test_glossary_has_every_term_in_both_languages_with_its_section() -> None:
    for key in ("notice", "indemnity_in_lieu", "collective_dismissal", "prescription"):
        fr, en = glossary.term(key, "fr"), glossary.term(key, "en")
        assert fr[0] and fr[1] and en[0] and en[1] and fr != en
        assert "LNT" in fr[1] and "LNT" in en[1]
    assert glossary.help_text(("prescription",), "fr").startswith("Prescription : ")
    assert glossary.help_text(("prescription",), "en").startswith("Prescription (time limit): ")
    every = {k for keys in (*glossary.FIELD_TERMS.values(), *glossary.PANEL_TERMS.values()) for k in keys}
    assert every == set(glossary.GLOSSARY)


def test_soft_check_hire_before_the_person_turned_14_warns_in_both_languages() -> None:
    from clinic_app.domain.warnings import intake_warnings

    case = Case.new(CaseKind.WAREHOUSE)
    case.person.date_of_birth = dt.date(2008, 2, 29)
    case.work.start_date = dt.date(2022, 2, 28)  # the day before the 14th birthday (1 March in a common year)
    [warning] = intake_warnings(case)
    assert warning.code == "hired_before_14" and warning.severity == "warning"
    assert "2022" in warning.message("en") and "14" in warning.message("fr")
    case.work.start_date = dt.date(2022, 3, 1)
    assert intake_warnings(case) == []


def test_soft_check_site_count_lower_than_the_cases_entered() -> None:
    from clinic_app.domain.case import Establishment
    from clinic_app.domain.warnings import intake_warnings

    case = Case.new(CaseKind.WAREHOUSE)
    est = Establishment(code="YUL2", employer_legal_name="Demo", establishment_terminations=2)
    assert intake_warnings(case, est, cases_at_site=2) == []
    [warning] = intake_warnings(case, est, cases_at_site=3)
    assert warning.code == "site_count_below_cases"
    assert "YUL2" in warning.message("fr") and "3" in warning.message("en") and "2" in warning.message("en")
    est.terminations_with_drivers = 40  # the larger count (drivers deemed employees) covers the cases
    assert intake_warnings(case, est, cases_at_site=3) == []
