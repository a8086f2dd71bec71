"""The site view and the deadline dashboard read stored figures in SQL: exactly what the engine gives.

Both ways on the same demo database (SQLite and PostgreSQL): the services' SQL path (``sites.totals``,
``deadlines.deadline_board`` with nothing stale) against the engine run on every whole case
(``sites.engine_totals``, ``deadlines.engine_rows``), for every site and both counts, on days before, during
and after the deadlines; again after a site's facts change (its cases' figures stale, shown as updating, then
recomputed), after a case is edited, and after an engine/law-table version change.
"""

from __future__ import annotations

import copy
import dataclasses
import datetime as dt
from decimal import Decimal
from typing import Any

import pytest

from clinic_app.domain import case_figures as figures_module
from clinic_app.domain.demo import generate_demo
from clinic_app.services import deadlines, sites
from clinic_app.storage import CaseQuery

TODAY = dt.date(2026, 12, 1)
DAYS = (dt.date(2025, 3, 1), TODAY, dt.date(2027, 6, 15))


@pytest.fixture
def demo_store(store: Any) -> Any:
    ests, cases = generate_demo(160, seed=11, today=TODAY)
    for est in ests:
        store.save_establishment(est)
    store.create_cases(cases)
    # a few deleted and closed cases, which the views leave out or count differently
    rows = store.list_cases(CaseQuery(limit=6))
    store.delete_case(rows[0].uuid)
    closed = store.get_case(rows[1].uuid)
    from clinic_app.domain.case import CaseStatus

    closed.status = CaseStatus.CLOSED
    store.save_case(closed)
    return store


def _fields(totals: Any) -> dict[str, Any]:
    out = {f.name: getattr(totals, f.name) for f in dataclasses.fields(totals)}
    out["by_status"] = dict(out["by_status"])
    return out


def _days(store: Any) -> list[dt.date]:
    """Days before, during and after the deadlines, and days that are exactly a claim deadline and a head's due
    date (where "passed" and "not yet due" turn)."""
    from clinic_app.domain.case_figures import case_entitlements
    from clinic_app.domain.types import Entitlements

    days = list(DAYS)
    row = next(r for r in store.list_cases(CaseQuery(limit=None)) if r.deadline is not None)
    days.append(row.deadline)
    for r in store.list_cases(CaseQuery(limit=None)):
        case = store.get_case(r.uuid)
        ent = case_entitlements(case, store.establishment_for(case))
        if isinstance(ent, Entitlements) and ent.heads:
            days.append(max(h.due_date for h in ent.heads))
            break
    return days


def _assert_same(store: Any) -> None:
    counts = store.live_cases_by_establishment()
    assert any(e.terminations_with_drivers is not None and counts.get(e.id) for e in store.list_establishments())
    days = _days(store)
    for est in store.list_establishments():
        for day in days:
            stored = sites.totals(store, est, day, refresh=False)
            assert stored.updating == 0
            engine = sites.engine_totals(store, est, day)
            assert _fields(stored) == _fields(engine), (est.code, day)
    site_names = {r.site_or_company for r in store.list_cases(CaseQuery(limit=None))}
    for day in days:
        board = deadlines.deadline_board(store, day, refresh=False)
        assert board.updating == 0
        assert board.rows == deadlines.engine_rows(store, day)
        for within in (0, 14, 90):
            assert deadlines.deadline_board(store, day, within_days=within, refresh=False).rows == \
                deadlines.engine_rows(store, day, within_days=within)
        for site in site_names:
            assert deadlines.deadline_board(store, day, site=site, refresh=False).rows == \
                deadlines.engine_rows(store, day, site=site), site


def _assert_calendar_same(store: Any, days: list[dt.date], site_names: set[str]) -> None:
    """The calendar export from the stored deadlines carries the engine's events, names included, and writes
    the same file; the start-up reminder counts the engine's cases within 14 days."""
    from clinic_app.export.calendar import deadlines_ics

    stamp = dt.datetime(2026, 12, 1, tzinfo=dt.UTC)
    for day in days:
        due = len(deadlines.engine_rows(store, day, within_days=14))
        assert deadlines.reminder_count(store, day) == due
        assert deadlines.reminder_count(store, day, cap=2) == min(due, 3)
        for within, site in ((0, None), (90, None), (700, None), (700, sorted(site_names)[0])):
            stored = deadlines.calendar_items(store, day, within, site=site, with_names=True, refresh=False)
            engine = deadlines.engine_calendar_items(store, day, within, site=site, with_names=True)
            assert stored == engine, (day, within, site)
            assert deadlines_ics(stored[0], "fr", stamp=stamp, names=stored[1]) == \
                deadlines_ics(engine[0], "fr", stamp=stamp, names=engine[1])
    assert any(deadlines.calendar_items(store, day, 700, refresh=False)[0] for day in days)


def _pages(store: Any, day: dt.date, size: int, whole: int, **filters: Any) -> tuple[list[Any], Any]:
    """Every page of the window's dashboard, one after the other, and the first page (with its counts)."""
    first = page = deadlines.deadline_page(store, day, size=size, read_whole_up_to=whole, **filters)
    rows = list(page.rows)
    while page.next is not None:
        assert len(page.rows) == size
        page = deadlines.deadline_page(store, day, size=size, read_whole_up_to=whole, after=page.next,
                                       counts=False, **filters)
        rows += page.rows
    return rows, first


def _assert_pages_same(store: Any, days: list[dt.date], site_names: set[str]) -> None:
    """The window's pages, put end to end, are the engine's dashboard: through the deadlines' date index
    (``whole=0``) and reading a filter's cases whole, in pages small enough that every page ends in the
    middle of a day's deadlines and of the passed ones; and its counts are the engine's."""
    volunteer = store.list_cases(CaseQuery(limit=1))[0]
    volunteer = store.get_case(volunteer.uuid).created_by
    # and a day after every civil claim's end: each case is then first met walking down at that end, its row
    # being its claim's earlier day (the walk must not stop at the first rows it finds)
    for day in [*days, dt.date(2029, 6, 1)]:
        for filters in ({}, {"within_days": 14}, {"within_days": 400}, {"volunteer": volunteer},
                        *({"site": site} for site in sorted(site_names)[:4])):
            engine = deadlines.engine_rows(store, day, **filters)
            for size, whole, batch in ((5, 0, 1), (5, 0, 4), (500, 0, None), (3, 10_000, None)):
                # a few deadlines at a time: a batch ends in the middle of a day, and a case first met through a
                # deadline other than its row's must wait for the rows before it
                deadlines.WALK_BATCH = batch
                try:
                    rows, first = _pages(store, day, size, whole, **filters)
                finally:
                    deadlines.WALK_BATCH = None
                assert rows == engine, (day, filters, size, whole)
                assert first.total == len(engine) and not first.total_capped
                assert first.passed == sum(r.passed for r in engine), (day, filters)
                assert first.updating == 0
            capped = deadlines.deadline_page(store, day, cap=2, size=1, **filters)
            if len(engine) > 2:
                assert capped.total == 3 and capped.total_capped and (capped.passed is None
                                                                      or "within_days" in filters)


def test_stored_site_view_and_dashboard_equal_the_engine(demo_store: Any) -> None:
    store = demo_store
    _assert_same(store)
    site_names = {r.site_or_company for r in store.list_cases(CaseQuery(limit=None))}
    _assert_pages_same(store, _days(store), site_names)
    _assert_calendar_same(store, _days(store), site_names)
    board = deadlines.deadline_board(store, TODAY, refresh=False)
    assert board.rows and any(r.passed for r in board.rows) and any(not r.passed for r in board.rows)
    assert any(r.savers for r in board.rows)
    # an edited case: its stored figures and deadlines follow at once
    case = store.get_case(store.list_cases(CaseQuery(limit=3))[2].uuid)
    case.work.weekly_wage = (case.work.weekly_wage or Decimal(500)) + Decimal("123.45")
    store.save_case(case)
    _assert_same(store)


def test_a_site_edit_makes_its_figures_stale_then_recomputed(demo_store: Any) -> None:
    store = demo_store
    counts = store.live_cases_by_establishment()
    est = next(e for e in store.list_establishments()
               if e.terminations_with_drivers is not None and counts.get(e.id, 0) >= 3)
    before = sites.totals(store, est, TODAY, refresh=False)
    changed = dataclasses.replace(copy.copy(est), establishment_terminations=5, terminations_with_drivers=400)
    store.save_establishment(changed)
    # the site's cases are stale: the view says so instead of adding up old figures
    during = sites.totals(store, changed, TODAY, refresh=False)
    assert during.updating == counts[est.id]
    assert during.computed == 0 and during.cases == before.cases
    rows = [r for r in store.list_cases(CaseQuery(limit=None)) if not r.figures_fresh]
    assert len(rows) == counts[est.id]
    assert deadlines.deadline_board(store, TODAY, refresh=False).updating >= 1
    # recomputed (what the GUI does in the background, and the command before reading)
    assert store.refresh_stale_figures(batch=2) >= counts[est.id]
    assert not store.has_stale_figures()
    after = sites.totals(store, changed, TODAY, refresh=False)
    assert after.updating == 0 and after.owed != before.owed
    _assert_same(store)


def test_a_version_change_is_recomputed_before_the_command_reads(demo_store: Any,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    store = demo_store
    est = next(e for e in store.list_establishments() if store.live_cases_by_establishment().get(e.id))
    monkeypatch.setattr(figures_module, "FIGURES_VERSION", "engine-test/law-test")
    monkeypatch.setattr("clinic_app.storage.store.FIGURES_VERSION", "engine-test/law-test")
    monkeypatch.setattr("clinic_app.storage.mapping.FIGURES_VERSION", "engine-test/law-test")
    assert store.has_stale_figures()
    assert sites.totals(store, est, TODAY, refresh=False).updating > 0
    refreshed = sites.totals(store, est, TODAY)  # the command's way: stale figures recomputed first
    assert refreshed.updating == 0 and not store.has_stale_figures()
    _assert_same(store)


def test_a_database_that_cannot_be_refreshed_falls_back_to_the_engine(demo_store: Any,
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    from clinic_app.storage import StorageError

    store = demo_store
    est = next(e for e in store.list_establishments() if store.live_cases_by_establishment().get(e.id))
    store.save_establishment(dataclasses.replace(copy.copy(est), establishment_terminations=7))
    est = store.get_establishment(est.id)
    want = _fields(sites.engine_totals(store, est, TODAY))
    rows = deadlines.engine_rows(store, TODAY)

    def locked(**_kw: Any) -> int:
        raise StorageError("busy")

    monkeypatch.setattr(store, "refresh_stale_figures", locked)
    assert _fields(sites.totals(store, est, TODAY)) == want
    assert deadlines.deadline_rows(store, TODAY) == rows
