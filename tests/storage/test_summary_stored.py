"""The coordinators' summary from stored figures in SQL is the summary the engine gives on every whole case.

Both ways on the same demo database (SQLite and PostgreSQL): ``summarise_stored`` over
``CaseStore.summary_rows`` against ``summarise`` over ``export_records`` (the engine per case), on days before,
during and after the demo's deadlines; after a site's facts change (its cases stale: ``summary_of_store``
recomputes them first); and through the engine when stale figures cannot be recomputed.
"""

from __future__ import annotations

import copy
import dataclasses
import datetime as dt
from typing import Any

import pytest

from clinic_app.domain.case import CaseStatus
from clinic_app.domain.demo import generate_demo
from clinic_app.export import summary as summary_module
from clinic_app.export.exports import export_records
from clinic_app.export.report import summary_of_store
from clinic_app.export.summary import DEADLINE_WINDOW_DAYS, Summary, summarise, summarise_stored
from clinic_app.storage import CaseQuery, StorageError

TODAY = dt.date(2026, 12, 1)
DAYS = (dt.date(2025, 1, 20), dt.date(2025, 3, 1), dt.date(2025, 12, 20), TODAY, dt.date(2027, 6, 15),
        dt.date(2028, 1, 10))


@pytest.fixture
def demo_store(store: Any) -> Any:
    ests, cases = generate_demo(160, seed=5, today=TODAY)
    for est in ests:
        store.save_establishment(est)
    store.create_cases(cases)
    rows = store.list_cases(CaseQuery(limit=8))
    store.delete_case(rows[0].uuid)  # left out of every count
    for row in rows[1:3]:  # closed: counted, but no deadline listed
        case = store.get_case(row.uuid)
        case.status = CaseStatus.CLOSED
        store.save_case(case)
    return store


def _fields(summary: Summary) -> dict[str, Any]:
    return {f.name: getattr(summary, f.name) for f in dataclasses.fields(summary)}


def _stored(store: Any, day: dt.date, limit: int = summary_module.MAX_PASSED_LISTED) -> Summary:
    stored = store.summary_rows(day, day + dt.timedelta(days=DEADLINE_WINDOW_DAYS), passed_limit=limit)
    return summarise_stored(stored, day)


def test_the_stored_summary_is_the_engine_summary(demo_store: Any) -> None:
    store = demo_store
    seen_deadlines = seen_passed = False
    for day in DAYS:
        engine = summarise(export_records(store), day)
        stored = _stored(store, day)
        assert _fields(stored) == _fields(engine), day
        seen_deadlines |= bool(engine.deadlines)
        seen_passed |= bool(engine.passed)
    # the days tested do exercise every part (not an empty summary compared with an empty one)
    assert seen_deadlines and seen_passed
    engine = summarise(export_records(store), TODAY)
    assert engine.total_cases == 159 and engine.with_figures > 0 and engine.by_badge and len(engine.by_site) > 1
    assert engine.by_status[CaseStatus.CLOSED.value] >= 2


def test_a_site_edit_is_recomputed_before_the_summary_adds_up(demo_store: Any) -> None:
    store = demo_store
    counts = store.live_cases_by_establishment()
    est = next(e for e in store.list_establishments() if counts.get(e.id, 0) >= 3)
    before = summarise(export_records(store), TODAY)
    # another collective-dismissal tier for the site (16 weeks from 300 terminations, none under 10), so its
    # cases' figures change
    terminations = 5 if (est.establishment_terminations or 0) >= 300 else 400
    store.save_establishment(dataclasses.replace(copy.copy(est), establishment_terminations=terminations,
                                                 terminations_with_drivers=None))
    assert store.stale_figures() == counts[est.id]
    after = summary_of_store(store, TODAY)
    assert store.stale_figures() == 0
    assert _fields(after) == _fields(summarise(export_records(store), TODAY))
    assert after.owed != before.owed


def test_without_a_refresh_the_summary_comes_from_the_engine(demo_store: Any, monkeypatch: Any) -> None:
    store = demo_store
    est = store.list_establishments()[0]
    store.save_establishment(dataclasses.replace(copy.copy(est), establishment_terminations=2))
    want = _fields(summarise(export_records(store), TODAY))

    def locked(**_kw: Any) -> int:
        raise StorageError("busy")

    monkeypatch.setattr(store, "refresh_stale_figures", locked)  # another program holds the write lock
    assert _fields(summary_of_store(store, TODAY)) == want


def test_only_the_most_recent_passed_claims_are_listed_and_all_are_counted(demo_store: Any, monkeypatch: Any
                                                                        ) -> None:
    store = demo_store
    day = dt.date(2027, 6, 15)
    everything = summarise(export_records(store), day)
    assert everything.passed_total == len(everything.passed) > 6
    monkeypatch.setattr(summary_module, "MAX_PASSED_LISTED", 5)
    engine = summarise(export_records(store), day)
    assert engine.passed == everything.passed[:5] and engine.passed_total == everything.passed_total
    assert _fields(_stored(store, day, limit=5)) == _fields(engine)
