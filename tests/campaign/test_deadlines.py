"""The deadline dashboard, the calendar export and ``clinic-app deadlines`` on a real database of demo cases."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

import pytest

from clinic_app.domain.deadlines import CaseRef, dashboard, next_deadline, upcoming
from tests.domain.engine_helpers import run

TODAY = dt.date(2026, 12, 1)
REF = CaseRef(uuid="u1", case_number="AB12-000001", site="YUL2", volunteer="Camille")


def _at(day: dt.date, **fields: object):  # type: ignore[no-untyped-def]
    from clinic_app.domain.engine import compute
    from clinic_app.domain.facts import parse_facts
    from tests.domain.engine_helpers import case

    return compute(parse_facts(case(**fields), today=day))


def test_a_passed_claim_is_shown_with_the_civil_route_that_may_save_it() -> None:
    ent = _at(TODAY, establishment_terminations=350)  # terminated 2025-01-22: claim passed 2026-01-22
    row = next_deadline(REF, ent, TODAY)
    assert row is not None and row.kind == "claim" and row.passed and row.days_left == -313
    assert row.status("en") == "passed 313 days ago" and row.status("fr") == "passé depuis 313 jours"
    assert "civil" in row.savers and row.civil_until == dt.date(2028, 1, 22)
    assert "January 22, 2028" in row.what_may_save("en") and "inquiry" in row.what_may_save("en")


def test_an_open_deadline_is_the_soonest_and_the_civil_claim_never_hides_a_statutory_one() -> None:
    ent = _at(dt.date(2025, 2, 1), cause="other")
    row = next_deadline(REF, ent, dt.date(2025, 2, 1))
    assert row is not None and row.kind in ("dismissal_complaint_45d", "reprisal_complaint_45d")
    assert row.days_left == (dt.date(2025, 3, 8) - dt.date(2025, 2, 1)).days and not row.savers


def test_inquiry_recorded_is_not_offered_again_and_a_later_due_head_saves() -> None:
    laid_off = _at(dt.date(2026, 2, 1), layoff=True, establishment_terminations=40)
    row = next_deadline(REF, laid_off, dt.date(2026, 2, 1))
    assert row is not None and row.kind == "claim" and row.passed and "later_due" in row.savers
    inquired = _at(dt.date(2026, 9, 1), cnesst_inquiry_notice_date="2025-11-03")
    row = next_deadline(REF, inquired, dt.date(2026, 9, 1))
    assert row is not None and row.passed and "inquiry_before" not in row.savers


def test_dashboard_orders_filters_and_limits() -> None:
    a = CaseRef("a", "AB12-000001", "YUL2", "Ana")
    b = CaseRef("b", "AB12-000002", "YUL5", "Bo")
    c = CaseRef("c", "AB12-000003", "YUL2", "Bo")
    items = [(a, _at(TODAY, termination_date="2025-01-22")),  # passed
             (b, _at(TODAY, termination_date="2026-11-20")),  # 45-day complaint in ~34 days
             (c, _at(TODAY, termination_date="2026-01-10"))]  # claim 2027-01-10: in 40 days
    rows = dashboard(items, TODAY)
    assert [r.case.uuid for r in rows] == ["b", "c", "a"]
    assert [r.case.uuid for r in dashboard(items, TODAY, site="YUL2")] == ["c", "a"]
    assert [r.case.uuid for r in dashboard(items, TODAY, volunteer="Bo")] == ["b", "c"]
    assert [r.case.uuid for r in dashboard(items, TODAY, within_days=35)] == ["b"]
    events = upcoming(items, TODAY, 60)
    assert events and all(0 <= (d.date - TODAY).days <= 60 for _r, d in events)


def test_dashboard_rows_never_carry_names() -> None:
    ent = run(establishment_terminations=350)
    row = next_deadline(REF, ent, TODAY)
    assert row is not None and set(row.case.__slots__) == {"uuid", "case_number", "site", "volunteer"}


@pytest.fixture
def demo_db(tmp_path: Path) -> Path:
    db = tmp_path / "demo.db"
    done = subprocess.run([sys.executable, "-m", "clinic_app", "demo-data", "--db", str(db), "--count", "120",
                           "--no-encryption"], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    return db


def test_command_lists_and_writes_a_calendar_without_names_unless_asked(demo_db: Path, tmp_path: Path) -> None:
    icalendar = pytest.importorskip("icalendar")
    base = [sys.executable, "-m", "clinic_app", "deadlines", "--db", str(demo_db), "--no-encryption"]
    listed = subprocess.run([*base, "--lang", "en"], capture_output=True, text=True, timeout=300)
    assert listed.returncode == 0, listed.stderr
    lines = listed.stdout.splitlines()
    assert any("passed" in line for line in lines) and any(" in " in line for line in lines)
    ics = tmp_path / "d.ics"
    done = subprocess.run([*base, "--ics", str(ics), "--within", "400"], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert ics.stat().st_mode & 0o077 == 0
    cal = icalendar.Calendar.from_ical(ics.read_bytes())
    events = [c for c in cal.walk("VEVENT")]
    assert events and all(str(e["summary"]).split(" — ")[0].count("-") == 1 for e in events)
    from clinic_app.storage import open_store
    store = open_store(demo_db, encrypted=False)
    try:
        names = {c.person.family_name for c in store.iter_cases()}
    finally:
        store.close()
    text = ics.read_text(encoding="utf-8")
    assert not any(name and name in text for name in names)  # case numbers only
    named = tmp_path / "named.ics"
    subprocess.run([*base, "--ics", str(named), "--within", "400", "--with-names"], check=True, timeout=300,
                   capture_output=True)
    assert any(name and name in named.read_text(encoding="utf-8") for name in names)


def test_command_refuses_bad_options_in_one_line(demo_db: Path) -> None:
    base = [sys.executable, "-m", "clinic_app", "deadlines", "--db", str(demo_db), "--no-encryption"]
    for extra in (["--today", "2026-13-01"], ["--within", "-3"], ["--with-names"]):
        done = subprocess.run([*base, *extra], capture_output=True, text=True, timeout=120)
        assert done.returncode == 2 and len(done.stderr.strip().splitlines()) == 1, (extra, done.stderr)


def test_a_sites_dashboard_reads_its_cases_only_and_lists_what_the_whole_one_lists_for_it(demo_db: Path) -> None:
    from clinic_app.services.deadlines import deadline_rows
    from clinic_app.storage import open_store

    store = open_store(demo_db, encrypted=False)
    try:
        everything = deadline_rows(store, TODAY)
        site = max({r.case.site for r in everything}, key=lambda s: sum(r.case.site == s for r in everything))
        assert deadline_rows(store, TODAY, site=site) == [r for r in everything if r.case.site == site]
    finally:
        store.close()
