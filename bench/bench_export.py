"""Benchmark: CSV export of N cases as a ratio to a floor measured in the same run; bundles of M cases.

Floor: plain ``sqlite3`` + ``csv`` on the same database file and the same rows (live cases, in case-number
order): one SQL join of the case, person, work, warehouse, driver and establishment tables, the same
number of columns (money and deadline columns as storage keeps them for the case list, notes joined by
``group_concat``), written by ``csv.writer`` with the French-Excel dialect. It is what a hand-written
dump would cost; the real export additionally rebuilds each case through storage (domain dataclasses)
and asks the engine for every case's figures and deadlines, so the lawyers' file always holds today's
law, never a stale cached figure.

Also reported: where the export's time goes (storage read alone; export without the figure columns),
and the encrypted bundle export, import into an empty database, and re-import (all unchanged) of M
cases, with the production scrypt cost.

Usage: ``PYTHONPATH=. python bench/bench_export.py [N] [M]`` (defaults 100000 and 10000; ``2000 1000``
finishes in well under a minute). Target: export <= 2x the floor.
"""

from __future__ import annotations

import csv
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

from clinic_app.domain.demo import generate_demo
from clinic_app.export.bundle import export_bundle, import_bundle
from clinic_app.export.columns import COLUMNS
from clinic_app.export.exports import export_csv
from clinic_app.storage import CaseQuery, open_store

FLOOR_SQL = """
SELECT c.uuid, c.case_number, c.kind, c.status, c.created_at, c.updated_at, c.created_by, c.laptop_id,
       p.given_name, p.family_name, p.preferred_name, p.date_of_birth, p.phone, p.email, p.address_line,
       p.city, p.province, p.postal_code, p.preferred_language, p.interpreter_needed, p.immigration_status,
       c.consent_given_at, c.consent_scope, c.site_or_company,
       coalesce(w.employer_legal_name, d.dsp_legal_name), w.badge, w.job_title, w.union_member, w.union_name,
       d.client_name, d.pay_basis, d.classified_as_contractor, f.jurisdiction, f.start_date, f.last_day_worked,
       f.termination_date, f.layoff, f.cause, f.employment_type, f.notice_weeks_given, f.hourly_rate,
       f.weekly_hours, f.weekly_wage, c.paid_cents, f.release_signed, c.amount_owed_cents, c.shortfall_cents,
       c.claim_deadline, e.closure_date,
       (SELECT group_concat(n.text, char(10)) FROM case_note n WHERE n.case_uuid = c.uuid)
FROM cases c
JOIN person p ON p.case_uuid = c.uuid
JOIN work_facts f ON f.case_uuid = c.uuid
LEFT JOIN warehouse_employment w ON w.case_uuid = c.uuid
LEFT JOIN driver_engagement d ON d.case_uuid = c.uuid
LEFT JOIN establishment e ON e.id = c.establishment_id
WHERE c.deleted_at IS NULL
ORDER BY c.case_number
"""


def _fill(path: Path, count: int) -> float:
    store = open_store(path, encrypted=False, create=True, auto_backup=False, actor="bench")
    try:
        ests, cases = generate_demo(count, seed=11)
        started = time.perf_counter()
        for est in ests:
            store.save_establishment(est)
        store.create_cases(cases)
        return time.perf_counter() - started
    finally:
        store.close()


def _floor(db: Path, out: Path) -> tuple[float, int]:
    started = time.perf_counter()
    conn = sqlite3.connect(db)
    try:
        rows = conn.execute(FLOOR_SQL)
        with open(out, "w", encoding="utf-8-sig", newline="") as fh:
            writer = csv.writer(fh, delimiter=";", lineterminator="\r\n")
            writer.writerow([c.name for c in COLUMNS])
            n = 0
            for row in rows:
                writer.writerow(row)
                n += 1
    finally:
        conn.close()
    return time.perf_counter() - started, n


def _timed(fn, *args, **kw):  # type: ignore[no-untyped-def]
    started = time.perf_counter()
    result = fn(*args, **kw)
    return time.perf_counter() - started, result


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    m = int(sys.argv[2]) if len(sys.argv) > 2 else 10_000
    assert len(FLOOR_SQL.split("FROM cases")[0].split(",")) >= len(COLUMNS) - 2  # same width, roughly
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        db = folder / "cases.db"
        fill = _fill(db, n)
        print(f"{n} demo cases stored in {fill:.1f} s")
        floor, floor_rows = _floor(db, folder / "floor.csv")
        store = open_store(db, encrypted=False, auto_backup=False, actor="bench")
        try:
            export, rows = _timed(export_csv, store, folder / "export.csv", preset="excel-fr")
            assert rows == floor_rows == n, (rows, floor_rows, n)
            read, _ = _timed(lambda: sum(1 for _ in store.iter_cases(CaseQuery(limit=None))))
            no_figures = [c.name for c in COLUMNS
                          if c.name not in ("amount_owed", "shortfall", "paid", "claim_deadline", "next_deadline")]
            plain, _ = _timed(export_csv, store, folder / "nofig.csv", columns=no_figures)
        finally:
            store.close()
        size = (folder / "export.csv").stat().st_size / 1e6
        print(f"floor (sqlite3 + csv, same rows and width): {floor:.2f} s")
        print(f"export_csv excel-fr, all columns: {export:.2f} s, {size:.1f} MB -> {export / floor:.1f}x floor "
              f"(target <= 2x: {'met' if export <= 2 * floor else 'NOT met'})")
        print(f"  of which storage read (iter_cases alone): {read:.2f} s ({read / floor:.1f}x floor)")
        print(f"  export without the figure columns: {plain:.2f} s ({plain / floor:.1f}x floor); "
              f"engine figures and deadlines: ~{export - plain:.2f} s")

        bundle_db = folder / "bundle-source.db"
        if m == n:
            bundle_db = db
        else:
            _fill(bundle_db, m)
        source = open_store(bundle_db, encrypted=False, auto_backup=False, actor="bench")
        target = open_store(folder / "coordinator.db", encrypted=False, create=True, auto_backup=False,
                            actor="bench")
        try:
            bundle = folder / "cases.clinicbundle"
            out_time, count = _timed(export_bundle, source, bundle, "a bench passphrase")
            in_time, result = _timed(import_bundle, target, bundle, "a bench passphrase")
            again_time, again = _timed(import_bundle, target, bundle, "a bench passphrase")
        finally:
            source.close()
            target.close()
        assert result.counts()["added"] == count and again.counts()["unchanged"] == count
        mb = bundle.stat().st_size / 1e6
        print(f"bundle export of {count} cases: {out_time:.2f} s ({mb:.1f} MB, scrypt n=2**17 included)")
        print(f"bundle import into an empty database: {in_time:.2f} s; re-import (all unchanged): {again_time:.2f} s")


if __name__ == "__main__":
    main()
