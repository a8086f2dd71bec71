"""Warnings staff see before writing: release, contractor status, deadlines, void notice."""

from __future__ import annotations

import datetime as dt

from clinic_app.domain.warnings import case_warnings
from tests.domain.engine_helpers import run

D = dt.date


def codes(ws: list) -> list[str]:  # type: ignore[type-arg]
    return [w.code for w in ws]


def test_nothing_to_say_about_a_plain_case_well_before_the_deadline() -> None:
    assert case_warnings(run(), today=D(2025, 6, 1)) == []


def test_signed_release_cannot_waive_the_minimum() -> None:
    ws = case_warnings(run(employer_payments=500), today=D(2025, 6, 1), release_signed=True)
    assert codes(ws) == ["release_cannot_waive"]
    assert ws[0].basis == "LNT s. 93"
    assert "$500.00" in ws[0].message("en") and "$3,500.00" in ws[0].message("en")
    assert "LNT, art. 93" in ws[0].message("fr")


def test_contractor_status_names_the_client_company_liability_in_quebec_only() -> None:
    qc = case_warnings(run(classified_as_contractor=True), today=D(2025, 6, 1))
    assert codes(qc) == ["contractor_status_disputed"]
    assert "LNT s. 95" in qc[0].basis and "solidarily liable" in qc[0].message("en")
    fed = case_warnings(run(jurisdiction="CA-FED", classified_as_contractor=True), today=D(2025, 6, 1))
    assert "solidarily" not in fed[0].message("en")


def test_claim_deadline_within_30_days_then_past() -> None:
    ent = run(termination_date="2025-01-22")  # deadline 22 January 2026
    assert codes(case_warnings(ent, today=D(2025, 12, 22))) == []
    soon = case_warnings(ent, today=D(2025, 12, 23))
    assert codes(soon) == ["claim_deadline_soon"] and soon[0].severity == "warning"
    assert case_warnings(ent, today=D(2026, 1, 20))[0].severity == "danger"
    assert codes(case_warnings(ent, today=D(2026, 1, 22))) == ["claim_deadline_soon"]
    past = case_warnings(ent, today=D(2026, 1, 23))
    assert codes(past) == ["claim_deadline_past"] and past[0].severity == "danger"
    assert "CNESST notice of inquiry" in past[0].message("en") and "complaint already filed" in past[0].message("en")


def test_cnesst_inquiry_suspends_the_deadline_six_months() -> None:
    ent = run(termination_date="2025-01-22")
    ws = case_warnings(ent, today=D(2026, 3, 1), cnesst_inquiry_on=D(2025, 12, 1))
    assert codes(ws) == ["claim_deadline_suspended"]
    assert "July 22, 2026" in ws[0].message("en")
    late_inquiry = case_warnings(ent, today=D(2026, 3, 1), cnesst_inquiry_on=D(2026, 2, 1))
    assert codes(late_inquiry) == ["claim_deadline_past"]


def test_complaint_filed_in_time_keeps_the_claim_alive() -> None:
    ws = case_warnings(run(), today=D(2027, 1, 1), complaint_filed_on=D(2025, 3, 1))
    assert codes(ws) == ["complaint_filed"] and ws[0].severity == "info"


def test_other_deadline_close() -> None:
    ws = case_warnings(run(cause="other", termination_date="2025-01-22"), today=D(2025, 2, 20))
    assert "dismissal_complaint_45d_soon" in codes(ws)
    assert "March 8, 2025" in next(w for w in ws if w.code == "dismissal_complaint_45d_soon").message("en")


def test_notice_void_during_layoff_warning() -> None:
    ws = case_warnings(run(layoff=True, notice_given_during_layoff=True, notice_weeks_given=2), today=D(2025, 6, 1))
    assert "notice_void_during_layoff" in codes(ws)


def test_loudest_first() -> None:
    ws = case_warnings(run(classified_as_contractor=True), today=D(2026, 2, 1), release_signed=True)
    assert [w.severity for w in ws] == ["danger", "warning", "info"]


def test_an_implausible_weekly_wage_is_a_soft_warning_and_nothing_owed_raises_no_deadline_alarm() -> None:
    big = case_warnings(run(weekly_regular_wage=850_000), today=D(2025, 2, 1))
    assert "weekly_wage_implausible" in codes(big)
    assert "850\u00a0000,00" in next(w for w in big if w.code == "weekly_wage_implausible").message("fr")
    assert "weekly_wage_implausible" not in codes(case_warnings(run(weekly_regular_wage=4999), today=D(2025, 2, 1)))
    nothing = run(cause="serious_fault", serious_fault_established=True)
    assert nothing.total_claim == 0
    assert not {"claim_deadline_past", "claim_deadline_soon"} & set(codes(case_warnings(nothing, today=D(2027, 1, 1))))
