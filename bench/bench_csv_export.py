"""Benchmark: the CSV export against ``sqlite3`` + ``csv`` on the SAME encrypted file (issue 22, item 4).

    CLINIC_BENCH_CACHE=... PYTHONPATH=. python bench/bench_csv_export.py [COUNT ...] [--rounds 3] [--old]

For each COUNT (default 10000 100000) the cached encrypted database of ``bench/dataset.py`` is used. Stale
stored figures (a database made before migration 0009, or by another engine version) are refreshed first,
outside the timings, and that refresh is reported: it is what a version change costs once, in batches.

Floor: the SQLCipher driver itself (the same file, the same key, the same pragmas through
``storage.connect.raw_connect``), one SQL join of the case, person, work, warehouse and driver tables
giving the same 50 columns (stored cents and deadlines, notes by ``group_concat``), written by ``csv.writer``
with the French-Excel dialect. Ours: ``export_csv(preset="excel-fr")`` with every column (flat query of the
store, figures as stored, the real formatting: formula neutralising, decimal commas, UTC timestamps, atomic
write with fsync, SHA-256 and audit line). Rounds alternate floor and export; min and median are printed.
``--old`` also times the former path (whole cases from storage, the engine per case) once.
Target: export <= 2x the floor at 100k.
"""

from __future__ import annotations

import argparse
import csv
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from bench.dataset import PASSPHRASE, path_for  # noqa: E402
from clinic_app.export.columns import COLUMNS, Profile, columns_for  # noqa: E402
from clinic_app.export.exports import export_csv, export_records  # noqa: E402
from clinic_app.export.tabular import write_csv  # noqa: E402
from clinic_app.storage import open_store  # noqa: E402
from clinic_app.storage.connect import raw_connect  # noqa: E402

FLOOR_SQL = """
SELECT c.uuid, c.case_number, c.kind, c.status, c.created_at, c.updated_at, c.created_by, c.laptop_id,
       p.given_name, p.family_name, p.preferred_name, p.date_of_birth, p.phone, p.email, p.address_line,
       p.city, p.province, p.postal_code, p.preferred_language, p.interpreter_needed, p.immigration_status,
       c.consent_given_at, c.consent_scope, c.site_or_company,
       coalesce(w.employer_legal_name, d.dsp_legal_name), w.badge, w.job_title, w.union_member, w.union_name,
       d.client_name, d.pay_basis, d.classified_as_contractor, f.jurisdiction, f.start_date, f.last_day_worked,
       f.termination_date, f.layoff, f.cause, f.employment_type, f.notice_weeks_given, f.hourly_rate,
       f.weekly_hours, f.weekly_wage, c.paid_cents, f.release_signed, c.amount_owed_cents, c.shortfall_cents,
       c.claim_deadline, c.next_deadline,
       (SELECT group_concat(n.text, char(10)) FROM case_note n WHERE n.case_uuid = c.uuid)
FROM cases c
JOIN person p ON p.case_uuid = c.uuid
JOIN work_facts f ON f.case_uuid = c.uuid
LEFT JOIN warehouse_employment w ON w.case_uuid = c.uuid
LEFT JOIN driver_engagement d ON d.case_uuid = c.uuid
WHERE c.deleted_at IS NULL
ORDER BY c.case_number
"""


def floor(db: Path, out: Path) -> tuple[float, int]:
    conn = raw_connect(db, PASSPHRASE)  # key derivation outside the timing, as the store is opened outside too
    started = time.perf_counter()
    try:
        with open(out, "w", encoding="utf-8-sig", newline="") as fh:
            writer = csv.writer(fh, delimiter=";", lineterminator="\r\n")
            writer.writerow([c.name for c in COLUMNS])
            n = 0
            for row in conn.execute(FLOOR_SQL):
                writer.writerow(row)
                n += 1
        took = time.perf_counter() - started
    finally:
        conn.close()
    return took, n


def run(count: int, rounds: int, old: bool) -> None:
    db = path_for(count)
    store = open_store(db, passphrase=PASSPHRASE, auto_backup=False, actor="bench")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        try:
            stale = store.stale_figures()
            started = time.perf_counter()
            store.refresh_stale_figures()
            refresh = time.perf_counter() - started
            ours: list[float] = []
            floors: list[float] = []
            for _ in range(rounds):
                took, n_floor = floor(db, folder / "floor.csv")
                floors.append(took)
                started = time.perf_counter()
                n = export_csv(store, folder / "export.csv", preset="excel-fr")
                ours.append(time.perf_counter() - started)
                assert n == n_floor, (n, n_floor)
            old_time = None
            if old:
                started = time.perf_counter()
                write_csv(folder / "old.csv", export_records(store), columns_for(Profile.FULL), "excel-fr")
                old_time = time.perf_counter() - started
        finally:
            store.close()
        size = (folder / "export.csv").stat().st_size / 1e6
    omin, omed, fmin, fmed = min(ours), statistics.median(ours), min(floors), statistics.median(floors)
    print(f"CSV export, {n:,} live cases of {count:,} ({size:.0f} MB), encrypted, {rounds} interleaved rounds")
    print(f"  floor sqlite3(SQLCipher)+csv  min {fmin:6.2f} s  median {fmed:6.2f} s")
    print(f"  export_csv excel-fr           min {omin:6.2f} s  median {omed:6.2f} s  ratio {omin / fmin:.2f}x / "
          f"{omed / fmed:.2f}x (target <= 2x: {'met' if omin <= 2 * fmin else 'NOT met'})")
    print(f"  stale figures refreshed first: {stale:,} in {refresh:.1f} s"
          + (f" ({stale / refresh:,.0f} cases/s)" if stale and refresh else ""))
    if old_time is not None:
        print(f"  former path (whole cases + engine per case), once: {old_time:.2f} s ({old_time / fmin:.1f}x floor)")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("counts", nargs="*", type=int, default=[10_000, 100_000])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--old", action="store_true")
    args = parser.parse_args()
    for count in args.counts:
        run(count, args.rounds, args.old)


if __name__ == "__main__":
    main()
