"""The pre-flight check as a table of cases: for a case, a letter kind and a day, the decision (refuse with which
reason, or allow with which warnings), and every reason worded in French and English."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from decimal import Decimal

import pytest

from clinic_app.domain.case import Case, CaseKind, Cause, Consent, ConsentScope, Establishment, Payment, PaymentPurpose
from clinic_app.domain.letter_preflight import preflight

TERMINATION = dt.date(2025, 1, 22)
SOON = dt.date(2025, 2, 10)  # 19 days after the termination: the 45-day complaints are 26 days away
LATER = dt.date(2025, 4, 1)  # no deadline within 30 days
PRESCRIBED = dt.date(2026, 3, 1)  # after the one-year claim date (22 January 2026)


def _case(kind: CaseKind = CaseKind.WAREHOUSE) -> tuple[Case, Establishment]:
    est = Establishment(code="YUL5", employer_legal_name="Entrepôts Démo S.E.C.", establishment_terminations=120,
                        collective_notice_weeks_given=Decimal(0))
    case = Case.new(kind)
    case.consent = Consent(given_at=dt.datetime(2025, 1, 30, tzinfo=dt.UTC), scope=ConsentScope.INTAKE_AND_LETTERS)
    case.person.given_name, case.person.family_name = "Hélène", "Roy"
    case.establishment_id = est.id
    w = case.work
    w.start_date, w.termination_date = dt.date(2020, 1, 6), TERMINATION
    w.weekly_wage = Decimal("800.00")
    w.notice_weeks_given = Decimal(0)
    if case.driver is not None:
        case.driver.dsp_legal_name = est.employer_legal_name
    return case, est


def _no_consent(c: Case, e: Establishment) -> None:
    c.consent = Consent()


def _intake_only(c: Case, e: Establishment) -> None:
    c.consent = Consent(given_at=dt.datetime(2025, 1, 30, tzinfo=dt.UTC), scope=ConsentScope.INTAKE)


def _paid_in_full(c: Case, e: Establishment) -> None:
    c.work.payments = [Payment(Decimal("100000"), PaymentPurpose.IN_LIEU_OF_NOTICE)]


def _under_3_months(c: Case, e: Establishment) -> None:
    c.work.start_date = dt.date(2024, 12, 1)


def _fault_established(c: Case, e: Establishment) -> None:
    c.work.cause, c.work.serious_fault_established = Cause.SERIOUS_FAULT, True


def _fault_alleged(c: Case, e: Establishment) -> None:
    c.work.cause = Cause.SERIOUS_FAULT


def _superior_force(c: Case, e: Establishment) -> None:
    c.work.cause = Cause.FORCE_MAJEURE


def _layoff(c: Case, e: Establishment) -> None:
    c.work.layoff = True


def _inquiry(c: Case, e: Establishment) -> None:
    e.cnesst_inquiry_notice_date = dt.date(2025, 11, 1)  # suspends prescription by six months (s. 116)


def _unknown_notice(c: Case, e: Establishment) -> None:
    c.work.notice_weeks_given = None
    e.collective_notice_weeks_given = None


def _two_counts(c: Case, e: Establishment) -> None:
    e.establishment_terminations, e.terminations_with_drivers = 8, 40


def _incomplete(c: Case, e: Establishment) -> None:
    c.work.termination_date = None


def _nothing(c: Case, e: Establishment) -> None:
    pass


Change = Callable[[Case, Establishment], None]
DEMAND, ANNEX, SUMMARY, SHEET = "demand_employer", "calculation_annex", "worker_summary", "lawyer_worksheet"

#: (name, change, kind, day, refusal codes, warning codes that must be there)
TABLE: list[tuple[str, Change, str, dt.date, tuple[str, ...], tuple[str, ...]]] = [
    ("plain case", _nothing, DEMAND, LATER, (), ()),
    ("no consent: demand", _no_consent, DEMAND, LATER, ("consent_missing",), ()),
    ("no consent: annex", _no_consent, ANNEX, LATER, ("consent_missing",), ()),
    ("no consent: the worker's own summary", _no_consent, SUMMARY, LATER, (), ()),
    ("no consent: the internal worksheet", _no_consent, SHEET, LATER, (), ()),
    ("intake only", _intake_only, DEMAND, LATER, ("consent_scope",), ()),
    ("paid in full", _paid_in_full, DEMAND, LATER, ("nothing_owed",), ()),
    ("under 3 months", _under_3_months, DEMAND, LATER, ("excluded",), ()),
    ("serious fault established", _fault_established, DEMAND, LATER, ("excluded",), ()),
    ("superior force", _superior_force, DEMAND, LATER, ("excluded",), ()),
    ("excluded: summary still allowed", _superior_force, SUMMARY, LATER, (), ()),
    ("serious fault alleged", _fault_alleged, DEMAND, LATER, (), ("fault_alleged",)),
    ("prescribed", _nothing, DEMAND, PRESCRIBED, ("prescribed",), ()),
    ("prescribed: summary allowed", _nothing, SUMMARY, PRESCRIBED, (), ()),
    ("prescription suspended by an inquiry", _inquiry, DEMAND, PRESCRIBED, (), ()),
    ("layoff: not yet due", _layoff, DEMAND, LATER, (), ("not_yet_due",)),
    ("deadline within 30 days", _nothing, DEMAND, SOON, (), ("deadline_soon",)),
    ("facts unknown", _unknown_notice, DEMAND, LATER, (), ("unknown",)),
    ("establishment with two counts", _two_counts, DEMAND, LATER, (), ("two_counts",)),
    ("incomplete facts", _incomplete, DEMAND, LATER, ("facts",), ()),
    ("no consent and prescribed", _no_consent, DEMAND, PRESCRIBED, ("consent_missing", "prescribed"), ()),
]


@pytest.mark.parametrize(("name", "change", "kind", "day", "refusals", "warnings"), TABLE,
                         ids=[row[0] for row in TABLE])
def test_decision_table(name: str, change: Change, kind: str, day: dt.date, refusals: tuple[str, ...],
                        warnings: tuple[str, ...]) -> None:
    case, est = _case()
    change(case, est)
    decision = preflight(case, est, kind, day)
    assert tuple(r.code for r in decision.refusals) == refusals
    assert decision.allowed is (not refusals)
    codes = {w.code for w in decision.warnings}
    assert set(warnings) <= codes, codes
    if "not_yet_due" not in warnings:
        assert "not_yet_due" not in codes
    for text in [*decision.reasons("fr"), *decision.reasons("en"), *decision.warning_texts("fr"),
                 *decision.warning_texts("en")]:
        assert text and "{" not in text and "_" not in text, text  # worded, never a field or code name
    assert decision.reasons("fr") != decision.reasons("en") or not refusals


def test_a_refused_demand_offers_the_documents_that_still_serve() -> None:
    case, est = _case()
    decision = preflight(case, est, DEMAND, PRESCRIBED)
    assert "worker_summary" in decision.offer
    assert "22 janvier 2026" in decision.reasons("fr")[0] and "22 janvier 2028" in decision.reasons("fr")[0]
    assert "January 22, 2026" in decision.reasons("en")[0] and "civil claim until January 22, 2028" in \
        decision.reasons("en")[0]


def test_not_yet_due_names_the_date_from_which_the_money_is_payable() -> None:
    case, est = _case()
    _layoff(case, est)
    decision = preflight(case, est, DEMAND, LATER)
    [warning] = [w for w in decision.warnings if w.code == "not_yet_due"]
    assert "22 juillet 2025" in warning.message("fr") and "July 22, 2025" in warning.message("en")
    # once the day has come, nothing is "not yet due" any more
    assert "not_yet_due" not in {w.code for w in preflight(case, est, DEMAND, dt.date(2025, 7, 22)).warnings}


def test_the_deadline_warning_counts_days_with_plural_words() -> None:
    case, est = _case()
    texts = " ".join(preflight(case, est, DEMAND, SOON).warning_texts("en"))
    assert "(26 days)" in texts and "a letter does not stop this deadline".lower() in texts.lower()


def test_the_two_counts_warning_says_which_count_the_letter_uses() -> None:
    case, est = _case(CaseKind.DRIVER)
    _two_counts(case, est)
    employer = preflight(case, est, "demand_driver", LATER).warning_texts("en")
    drivers = preflight(case, est, "demand_driver", LATER, count_drivers=True).warning_texts("en")
    assert any("uses the employer's count" in t for t in employer)
    assert any("uses the count with the drivers" in t for t in drivers)


def test_json_input_states_consent_in_a_named_field() -> None:
    case, est = _case()
    case.consent = Consent()  # the JSON gave no "consent" object
    decision = preflight(case, est, DEMAND, LATER, consent_source="json")
    assert [r.code for r in decision.refusals] == ["consent_json"]
    assert re.match(r"consent\.scope", decision.reasons("en")[0])
    case.consent = Consent(scope=ConsentScope.INTAKE_AND_LETTERS)  # stated, without a date: enough for JSON
    assert preflight(case, est, DEMAND, LATER, consent_source="json").allowed


def test_a_demand_without_a_signatory_is_warned_about() -> None:
    from clinic_app.domain.clinic import ClinicProfile

    case, est = _case()
    unsigned = preflight(case, est, DEMAND, LATER, clinic=ClinicProfile(name="Clinique"))
    signed = preflight(case, est, DEMAND, LATER, clinic=ClinicProfile(name="Clinique", signatory="Me Roy"))
    assert "no_signatory" in {w.code for w in unsigned.warnings}
    assert "no_signatory" not in {w.code for w in signed.warnings}
    assert any("signatory" in t for t in unsigned.warning_texts("en"))
