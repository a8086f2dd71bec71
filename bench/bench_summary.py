"""Benchmark: the coordinators' summary (Summary tab and PDF report) at 10k and 100k cases.

    CLINIC_BENCH_CACHE=... PYTHONPATH=. python bench/bench_summary.py [COUNT ...] [--engine] [--rounds 5]

For each COUNT (default 10000 100000) the cached encrypted database of ``bench/dataset.py`` is opened; stale
stored figures are recomputed first, outside the timings (reported: what a version change costs once). Then
``export.report.summary_of_store`` (two SQL reads of the stored figures and deadlines) is timed ``--rounds``
times, wall and CPU, min and median. ``--engine`` also times, once, the former way on the same file: every
case read whole and run through the engine (``summarise(export_records(store))``), and checks that both give
the same summary. Target (issue 22): the summary off the GUI thread in <= 1 s at 100k. Not collected by pytest.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import statistics
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from bench.dataset import PASSPHRASE, path_for  # noqa: E402
from clinic_app.export.exports import export_records  # noqa: E402
from clinic_app.export.report import summary_of_store  # noqa: E402
from clinic_app.export.summary import summarise  # noqa: E402
from clinic_app.storage import open_store  # noqa: E402

TODAY = dt.date(2026, 12, 1)


def run(count: int, rounds: int, engine: bool) -> None:
    store = open_store(path_for(count), passphrase=PASSPHRASE, auto_backup=False, actor="bench")
    try:
        started = time.perf_counter()
        stale = store.refresh_stale_figures()
        refresh = time.perf_counter() - started
        walls: list[float] = []
        cpus: list[float] = []
        for _ in range(rounds):
            wall, cpu = time.perf_counter(), time.process_time()
            summary = summary_of_store(store, TODAY)
            walls.append(time.perf_counter() - wall)
            cpus.append(time.process_time() - cpu)
        print(f"summary, {summary.total_cases:,} live cases of {count:,} ({summary.passed_total:,} passed claims, "
              f"{len(summary.deadlines):,} deadlines within 30 days); stale refreshed first: {stale:,} in "
              f"{refresh:.1f} s")
        print(f"  stored figures in SQL   wall min {min(walls) * 1000:7.0f} ms  median "
              f"{statistics.median(walls) * 1000:7.0f} ms   CPU min {min(cpus) * 1000:7.0f} ms   "
              f"(target <= 1 s: {'met' if statistics.median(walls) <= 1 else 'NOT met'})")
        if engine:
            wall, cpu = time.perf_counter(), time.process_time()
            former = summarise(export_records(store), TODAY)
            took, took_cpu = time.perf_counter() - wall, time.process_time() - cpu
            # the engine's way keeps the same 1,000 most recent passed claims
            same = dataclasses.asdict(former) == dataclasses.asdict(summary)
            print(f"  engine over every case  wall {took:7.1f} s  CPU {took_cpu:7.1f} s   "
                  f"({took / statistics.median(walls):.0f}x); same summary: {same}")
    finally:
        store.close()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("counts", nargs="*", type=int, default=[10_000, 100_000])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--engine", action="store_true")
    args = parser.parse_args()
    for count in args.counts:
        run(count, args.rounds, args.engine)


if __name__ == "__main__":
    main()
