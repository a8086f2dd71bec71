import datetime as dt
from decimal import Decimal

from clinic_app.domain.case import (
    Case,
    CaseKind,
    CaseStatus,
    Consent,
    ConsentScope,
    DriverDetails,
    Person,
    WarehouseDetails,
    WeeklyWage,
    WorkFacts,
)
from clinic_app.domain.demo import generate_demo
from clinic_app.domain.status import status_on_save
from clinic_app.domain.types import EmploymentType
from clinic_app.domain.validation import can_leave_draft, validate_case

TODAY = dt.date(2025, 2, 1)


def _good() -> Case:
    return Case(
        kind=CaseKind.WAREHOUSE,
        person=Person(given_name="Hélène", family_name="Côté", phone="514-555-0123", postal_code="H2X 1Y4",
                      email="h@example.org", date_of_birth=dt.date(1980, 1, 1)),
        consent=Consent(given_at=dt.datetime(2025, 1, 30, tzinfo=dt.UTC), scope=ConsentScope.INTAKE),
        work=WorkFacts(start_date=dt.date(2020, 1, 1), last_day_worked=dt.date(2025, 1, 22),
                       termination_date=dt.date(2025, 1, 22), weekly_wage=Decimal("800.00")),
        warehouse=WarehouseDetails(site_code="YUL2"),
    )


def _fields(case: Case) -> dict[str, str]:
    return {i.field: i.code for i in validate_case(case, today=TODAY)}


def test_complete_case_has_no_issue() -> None:
    c = _good()
    assert validate_case(c, today=TODAY) == []
    assert can_leave_draft([]) and status_on_save(c.status, [], stored=c.status) is CaseStatus.INTAKE_COMPLETE


def test_missing_facts_and_consent() -> None:
    c = _good()
    c.consent = Consent()
    c.warehouse = WarehouseDetails()
    c.work.weekly_wage = None
    issues = validate_case(c, today=TODAY)
    assert {i.field for i in issues} == {"consent", "warehouse.employer_legal_name", "work.weekly_wage"}
    assert all(i.severity == "missing" for i in issues)
    assert status_on_save(c.status, issues, stored=c.status) is CaseStatus.DRAFT
    msgs = {i.field: (i.message("fr"), i.message("en")) for i in issues}
    assert msgs["consent"] == ("Consentement : requis pour sortir du brouillon", "Consent: required to leave draft")
    assert msgs["work.weekly_wage"][0].startswith("Salaire hebdomadaire : attendu un salaire hebdomadaire")


def test_hourly_times_hours_or_varying_wages_are_enough() -> None:
    c = _good()
    c.work.weekly_wage, c.work.hourly_rate, c.work.weekly_hours = None, Decimal("20"), Decimal("40")
    assert _fields(c) == {}
    c.work.hourly_rate, c.work.wage_varies = None, True
    assert _fields(c) == {"work.recent_weekly_wages": "wage_required"}
    c.work.recent_weekly_wages = [WeeklyWage(amount=Decimal("700"))]
    assert _fields(c) == {}


def test_driver_requirements() -> None:
    c = _good()
    c.kind, c.warehouse, c.driver = CaseKind.DRIVER, None, DriverDetails(dsp_legal_name="", client_name="X")
    c.work.last_day_worked = None
    assert _fields(c) == {"driver.dsp_legal_name": "required", "work.last_day_worked": "required"}


def test_date_order_and_range() -> None:
    c = _good()
    c.work.start_date = dt.date(2025, 1, 23)
    c.work.notice_received_on = dt.date(2025, 1, 25)
    f = _fields(c)
    assert f["work.start_date"] == "date_order" and f["work.notice_received_on"] == "date_order"
    issue = next(i for i in validate_case(c, today=TODAY) if i.field == "work.notice_received_on")
    assert issue.severity == "error"
    assert issue.message("fr") == "Avis reçu le : attendu une date au plus tard le Date de fin d'emploi (2025-01-22)"
    c = _good()
    c.work.start_date = dt.date(1949, 12, 31)
    assert _fields(c) == {"work.start_date": "date_range"}
    c.work.start_date = dt.date(1950, 1, 1)
    assert _fields(c) == {}


def test_fixed_term_needs_end_date_and_release_needs_date() -> None:
    c = _good()
    c.work.employment_type = EmploymentType.SEASONAL_FIXED_TERM
    c.work.release_signed = True
    assert _fields(c) == {"work.term_end_date": "required", "work.release_signed_on": "required"}


def test_age_formats_money_hours() -> None:
    c = _good()
    c.person.date_of_birth = dt.date(2011, 1, 23)  # 13 at termination
    c.person.postal_code, c.person.phone, c.person.email = "K1A 0B1", "5145550123", "nope"
    c.work.weekly_wage, c.work.weekly_hours = Decimal("10000000.01"), Decimal("169")
    assert _fields(c) == {"person.date_of_birth": "age", "person.postal_code": "postal_code",
                          "person.phone": "phone", "person.email": "email", "work.weekly_wage": "money",
                          "work.weekly_hours": "hours"}
    c.person.date_of_birth = dt.date(2011, 1, 22)  # exactly 14
    assert "person.date_of_birth" not in _fields(c)
    assert any(i.message("en") == "Hours per week: expected 0 to 168 hours per week"
               for i in validate_case(c, today=TODAY))


def test_demo_cases_validate_without_crash() -> None:
    _, cases = generate_demo(300, seed=2)
    drafts_with_issues = sum(1 for c in cases if c.status is CaseStatus.DRAFT and validate_case(c, today=TODAY))
    assert drafts_with_issues > 0
