"""Benchmark: a site's view (both totals) and its deadline dashboard on a large encrypted database.

Usage: ``PYTHONPATH=. python bench/bench_site_view.py [count] [--large]`` (default 100000; the file comes from
``bench/dataset.py``, made once and cached; ``CLINIC_BENCH_CACHE`` chooses the folder). ``--large`` (for the
1M file) times only what must not grow with the file: the site's totals and the deadline window's pages.

What is measured (issue 17's benchmark: a site of about 5,000 cases in a 100,000-case database, open in
<= 200 ms median), for the site whose number of cases is closest to 5,000, each against its floor in the same
run on the same file, interleaved, min and median of several rounds:

- **site view**: ``services.sites.totals`` (the Sites tab's figures: both counts, every head by month), the
  command's way (a check for stale figures, then the stored figures added up in SQL);
- **site dashboard, whole**: ``services.deadlines.deadline_rows(site=...)`` (``clinic-app deadlines --site``:
  every row), from the stored deadlines;
- **floor**: reading that site's cases, whole, through the same indexed query (``CaseQuery.establishment_id``),
  with nothing computed: what any view of the site paid before the figures were stored.

The engine's way (every whole case read, the law applied on both counts) is timed once beside them for
comparison (``sites.engine_totals``, ``deadlines.engine_rows``). Stale figures (a file made by an older version)
are recomputed once before the timing, and that pass is timed too.

Then, on two days (every statutory deadline passed; most still to come), what the deadline window and the
start pay, against the case list's first page of as many rows in the same run: the window's first page (all
cases, and the site), the next page, the start-up reminder's count (14 days), and the 90-day calendar export
(against the same deadline rows read by one plain SQL join; the engine's way timed once).
See ``docs/performance.md``.
"""

from __future__ import annotations

import datetime as dt
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.dataset import PASSPHRASE, path_for  # noqa: E402

ROUNDS = 7
TARGET_CASES = 5_000


CPU: dict[str, list[float]] = {}


def _timed(fn, name: str = "") -> float:  # type: ignore[no-untyped-def]
    """Wall milliseconds of ``fn()``; its CPU milliseconds are kept in :data:`CPU` under ``name`` (on a shared
    machine the wall time also holds the waits for a core)."""
    start, cpu = time.perf_counter(), time.process_time()
    fn()
    CPU.setdefault(name, []).append((time.process_time() - cpu) * 1000)
    return (time.perf_counter() - start) * 1000


def main() -> None:
    from clinic_app.services import deadlines, sites
    from clinic_app.storage import CaseQuery, open_store

    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    # --large (the 1M file): a site there holds tens of thousands of cases, so what grows with the site by
    # design (reading it whole, the engine's way, the whole dashboard, a calendar of 600,000 events) is left
    # out; the site's totals and the window's pages, which must not grow with the file, are timed
    large = "--large" in sys.argv
    count = int(args[0]) if args else 100_000
    db = path_for(count)
    store = open_store(db, passphrase=PASSPHRASE, auto_backup=False, check=False)
    try:
        counts = store.live_cases_by_establishment()
        est_id = min(counts, key=lambda k: abs(counts[k] - TARGET_CASES))
        est = store.get_establishment(est_id)
        assert est is not None
        code = next(iter(store.iter_cases(CaseQuery(limit=1, establishment_id=est_id)))).site_or_company
        today = dt.date(2026, 12, 1)
        print(f"{count} cases; site {est.code}: {counts[est_id]} live cases; dashboard filtered on {code!r}: "
              f"{store.count_cases(CaseQuery(site=code, limit=None))} live cases")
        stale = store.stale_figures()
        if stale:
            start = time.perf_counter()
            store.refresh_stale_figures()
            took = time.perf_counter() - start
            print(f"stale figures recomputed first: {stale} cases in {took:.1f} s ({stale / took:.0f} cases/s)")

        def floor() -> None:
            for _case in store.iter_cases(CaseQuery(limit=None, establishment_id=est_id)):
                pass

        if large:
            view = [_timed(lambda: sites.totals(store, est, today), "site view (both totals)") for _ in range(3)]
            print(f"site view (both totals), {counts[est_id]} cases: min {min(view):.1f} ms median "
                  f"{statistics.median(view):.1f} ms; CPU median "
                  f"{statistics.median(CPU['site view (both totals)']):.1f} ms")
            for day in DAYS:
                _pages_and_exports(store, code, day, calendar=False)
            return
        runs: dict[str, list[float]] = {"floor (read the site's cases)": [], "site view (both totals)": [],
                                        "site dashboard, whole": []}
        for _ in range(ROUNDS):
            runs["floor (read the site's cases)"].append(_timed(floor, "floor (read the site's cases)"))
            runs["site view (both totals)"].append(_timed(lambda: sites.totals(store, est, today),
                                                          "site view (both totals)"))
            runs["site dashboard, whole"].append(_timed(lambda: deadlines.deadline_rows(store, today, site=code),
                                                        "site dashboard, whole"))
        runs["engine way, view (once)"] = [_timed(lambda: sites.engine_totals(store, est, today))]
        runs["engine way, dashboard (once)"] = [_timed(lambda: deadlines.engine_rows(store, today, site=code))]
        _report(runs, "floor (read the site's cases)")
        print(f"target: site view and dashboard <= 200 ms median for a site of ~{TARGET_CASES} cases")
        for day in DAYS:
            _pages_and_exports(store, code, day)
    finally:
        store.close()


#: the bench file's deadlines (a mass layoff: most cases share their days): on 2026-12-01 every statutory one
#: has passed (the window lists passed claims, most recent first); on 2025-03-01 the reprisal complaints of
#: 80 % of the cases fall within 14 days (the reminder's worst case); on 2026-01-05 their claims fall within
#: the calendar's 90 days
DAYS = (dt.date(2026, 12, 1), dt.date(2025, 3, 1), dt.date(2026, 1, 5))


def _report(runs: dict[str, list[float]], floor: str) -> None:
    base = statistics.median(runs[floor])
    for name, times in runs.items():
        median = statistics.median(times)
        cpu = CPU.get(name)
        extra = f"  CPU min {min(cpu):7.1f} median {statistics.median(cpu):7.1f} ms" if cpu else ""
        print(f"{name:40} min {min(times):8.1f} ms  median {median:8.1f} ms  ({median / base:5.2f}x the floor)"
              + extra)


def _pages_and_exports(store, code: str, day: dt.date, calendar: bool = True) -> None:  # type: ignore[no-untyped-def]
    """The window's first page (all cases, the site; its counts come after, from a worker), the next page,
    the start-up reminder's count and the 90-day calendar export, against a floor of the same run: the case
    list's first page of as many rows (``list_page``: one keyset page of the list's index), and for the export
    the same deadline rows read by one plain SQL join with nothing computed."""
    import os
    import tempfile

    from sqlalchemy import text

    from clinic_app.services import deadlines
    from clinic_app.storage import CaseQuery

    CPU.clear()
    size = deadlines.PAGE_SIZE
    first = deadlines.deadline_page(store, day)
    site_first = deadlines.deadline_page(store, day, site=code)
    print(f"\n{day}: the board lists {first.total if not first.total_capped else f'> {first.cap}'} cases "
          f"({first.passed} passed); site {code!r}: {site_first.total} ({site_first.passed} passed); "
          f"reminder {deadlines.reminder_count(store, day)}")
    last = day + dt.timedelta(days=90)
    raw = text("SELECT d.date, d.kind, d.basis, c.case_number, c.site_or_company FROM case_deadline d "
               "JOIN cases c ON c.uuid = d.case_uuid WHERE d.date BETWEEN :a AND :b AND c.deleted_at IS NULL "
               "AND c.status <> 'closed'")

    def raw_read() -> None:
        with store._engine.connect() as conn:  # noqa: SLF001 (the floor: plain SQL, nothing of ours)
            conn.execute(raw, {"a": day.isoformat(), "b": last.isoformat()}).all()

    with tempfile.TemporaryDirectory(dir=os.environ.get("CLINIC_BENCH_TMP")) as folder:
        ics = os.path.join(folder, "deadlines.ics")
        names = {"floor: list's first page": lambda: store.list_page(CaseQuery(limit=size)),
                 "dashboard first page (all)": lambda: deadlines.deadline_page(store, day, counts=False),
                 "dashboard first page (site)": lambda: deadlines.deadline_page(store, day, site=code,
                                                                                counts=False),
                 "  then its counts (all, worker)": lambda: deadlines.board_counts(store, day),
                 "  then its counts (site, worker)": lambda: deadlines.board_counts(store, day, site=code),
                 "dashboard next page (all)": lambda: deadlines.deadline_page(store, day, after=first.next,
                                                                               counts=False),
                 "start-up reminder count": lambda: deadlines.reminder_count(store, day),
                 "floor: the 90 days' deadlines, plain SQL": raw_read,
                 "calendar export, 90 days": lambda: deadlines.write_calendar(store, ics, "fr", as_of=day,
                                                                              within_days=90)}
        if not calendar:
            names = {k: v for k, v in names.items() if "calendar" not in k and "90 days" not in k}
        runs: dict[str, list[float]] = {name: [] for name in names}
        events = deadlines.write_calendar(store, ics, "fr", as_of=day, within_days=90) if calendar else 0
        calendar_rounds = ROUNDS if events <= 10_000 else 1  # 66,000 events: 35 to 75 s each
        for round_ in range(ROUNDS):
            for name, fn in names.items():
                if round_ < calendar_rounds or "calendar" not in name and "90 days" not in name:
                    runs[name].append(_timed(fn, name))
        if calendar and store.count_cases(CaseQuery(limit=None), cap=20_000) <= 20_000:  # 30 s at 10,000 cases
            runs["calendar export, engine way (once)"] = [_timed(lambda: _engine_calendar(store, ics, day))]
    if calendar:
        print(f"calendar: {events} events")
    _report(runs, "floor: list's first page")
    print(f"target: the dashboard's first page <= 200 ms median at 100k ({size} rows a page)")


def _engine_calendar(store, ics: str, day: dt.date) -> None:  # type: ignore[no-untyped-def]
    """The calendar export the way it was before (the engine on every live case), timed once."""
    from clinic_app.export.atomic import write_bytes_atomic
    from clinic_app.export.calendar import deadlines_ics
    from clinic_app.services import deadlines

    events, _names = deadlines.engine_calendar_items(store, day, 90)
    write_bytes_atomic(ics, deadlines_ics(events, "fr", stamp=dt.datetime(2026, 1, 1, tzinfo=dt.UTC)))


if __name__ == "__main__":
    main()
