"""Benchmark: a site's view (both totals) and its deadline dashboard on a large encrypted database.

Usage: ``PYTHONPATH=. python bench/bench_site_view.py [count]`` (default 100000; the file comes from
``bench/dataset.py``, made once and cached; ``CLINIC_BENCH_CACHE`` chooses the folder).

What is measured (issue 17's benchmark: a site of about 5,000 cases in a 100,000-case database, open in
<= 200 ms median), for the site whose number of cases is closest to 5,000, each against its floor in the same
run on the same file, interleaved, min and median of several rounds:

- **site view**: ``services.sites.totals`` (the Sites tab's figures: both counts, every head by month), the
  command's way (a check for stale figures, then the stored figures added up in SQL);
- **site dashboard**: ``services.deadlines.deadline_rows(site=...)`` (View > Deadlines filtered on the site),
  from the stored deadlines;
- **floor**: reading that site's cases, whole, through the same indexed query (``CaseQuery.establishment_id``),
  with nothing computed: what any view of the site paid before the figures were stored.

The engine's way (every whole case read, the law applied on both counts) is timed once beside them for
comparison (``sites.engine_totals``, ``deadlines.engine_rows``). Stale figures (a file made by an older version)
are recomputed once before the timing, and that pass is timed too. See ``docs/performance.md``.
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

    count = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
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

        runs: dict[str, list[float]] = {"floor (read the site's cases)": [], "site view (both totals)": [],
                                        "site dashboard": []}
        for _ in range(ROUNDS):
            runs["floor (read the site's cases)"].append(_timed(floor, "floor (read the site's cases)"))
            runs["site view (both totals)"].append(_timed(lambda: sites.totals(store, est, today),
                                                          "site view (both totals)"))
            runs["site dashboard"].append(_timed(lambda: deadlines.deadline_rows(store, today, site=code),
                                                 "site dashboard"))
        runs["engine way, view (once)"] = [_timed(lambda: sites.engine_totals(store, est, today))]
        runs["engine way, dashboard (once)"] = [_timed(lambda: deadlines.engine_rows(store, today, site=code))]
        base = statistics.median(runs["floor (read the site's cases)"])
        for name, times in runs.items():
            median = statistics.median(times)
            cpu = CPU.get(name)
            extra = f"  CPU min {min(cpu):7.1f} median {statistics.median(cpu):7.1f} ms" if cpu else ""
            print(f"{name:32} min {min(times):8.1f} ms  median {median:8.1f} ms  ({median / base:4.2f}x the floor)"
                  + extra)
        print(f"target: site view and dashboard <= 200 ms median for a site of ~{TARGET_CASES} cases")
    finally:
        store.close()


if __name__ == "__main__":
    main()
