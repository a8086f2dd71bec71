from collections import Counter

from clinic_app.domain.case import CaseKind, CaseStatus, Language
from clinic_app.domain.demo import generate_demo
from clinic_app.domain.types import EmploymentType, Jurisdiction


def test_deterministic_per_seed() -> None:
    e1, c1 = generate_demo(200, seed=7)
    e2, c2 = generate_demo(200, seed=7)
    _, c3 = generate_demo(200, seed=8)
    assert e1 == e2 and c1 == c2
    assert [c.uuid for c in c1] != [c.uuid for c in c3]


def test_mix_and_edge_cases() -> None:
    ests, cases = generate_demo(3000, seed=1)
    kinds = Counter(c.kind for c in cases)
    assert 0.25 < kinds[CaseKind.WAREHOUSE] / len(cases) < 0.42
    codes = {e.code for e in ests}
    assert {"YUL2", "YUL5", "YUL9", "YQB1", "DXT4", "DXT6"} <= codes
    assert any(e.employer_legal_name.startswith("Intelcom") for e in ests)
    assert all(e.terminations_with_drivers >= e.establishment_terminations for e in ests
               if e.establishment_terminations is not None)
    assert len({c.uuid for c in cases}) == len(cases)
    assert all(c.case_number == "" for c in cases)
    assert {c.status for c in cases} == set(CaseStatus)
    assert any(c.work.release_signed and c.work.release_signed_on for c in cases)
    assert any(c.work.wage_varies and c.work.recent_weekly_wages for c in cases)
    assert any(c.work.layoff for c in cases)
    assert any(c.work.employment_type is EmploymentType.SEASONAL_FIXED_TERM and c.work.term_end_date
               and c.warehouse and c.warehouse.badge == "white" for c in cases)
    assert any(c.driver and c.work.jurisdiction is Jurisdiction.CA_FED for c in cases)
    assert any(c.status is CaseStatus.DRAFT and (not c.person.postal_code or c.consent.given_at is None)
               for c in cases)
    assert any(c.person.preferred_language is Language.AR for c in cases)
    assert all(c.warehouse.union_name == "CSN" for c in cases if c.warehouse and c.warehouse.site_code == "DXT4")


def test_fictional_contacts() -> None:
    _, cases = generate_demo(500, seed=3)
    for c in cases:
        if c.person.phone:
            area, mid, last = c.person.phone.split("-")
            assert area in {"514", "438", "450", "418", "819"} and mid == "555" and last.startswith("01")
        if c.person.email:
            assert c.person.email.endswith("@example.org")
        if c.person.postal_code:
            assert c.person.postal_code[0] in "GHJ"
    assert any("ï" in c.person.family_name or "ï" in c.person.given_name or "è" in c.person.family_name
               for c in cases)


def test_demo_relative_to_today_mixes_passed_near_and_live_deadlines_with_v3_facts() -> None:
    import datetime as dt
    from collections import Counter

    from clinic_app.domain.case_figures import case_entitlements
    from clinic_app.domain.demo import generate_demo as demo
    from clinic_app.domain.errors import FieldError

    today = dt.date(2030, 6, 15)  # any day: the demo follows it
    ests, cases = demo(300, seed=2, today=today)
    by_id = {e.id: e for e in ests}
    seen: Counter[str] = Counter()
    for case in cases:
        ent = case_entitlements(case, by_id.get(case.establishment_id), as_of=today)
        if isinstance(ent, FieldError):
            continue
        left = (ent.claim_deadline - today).days
        seen["passed" if left < 0 else "near" if left <= 30 else "live"] += 1
        seen.update(ent.flags)
        seen["vacation"] += ent.vacation_indemnity is not None
    assert seen["passed"] and seen["near"] and seen["live"]
    assert seen["not_yet_due"] and seen["serious_fault_alleged"] and seen["vacation"]
    assert any(e.cnesst_inquiry_notice_date for e in ests)
    assert all(e.closure_date is not None and e.closure_date < today for e in ests)
