"""Benchmark: the case store against plain ``sqlite3`` on the same rows, measured in the same run.

Usage: ``PYTHONPATH=. python bench/bench_storage.py [count]`` (default 100000; 10000 for a quick run).

What is measured (issue 5, item 12), each as a ratio to a floor:
- inserting ``count`` demo cases (``create_cases``: mapping, figures from the engine, seven tables) vs
  ``executemany`` of the very same rows with ``sqlite3`` into the same schema;
- the first page (200 rows) of the list sorted by family name;
- a name search over all cases (target: median <= 50 ms and <= 2x the floor);
- one autosave (``save_draft``, one row and a commit) on the ENCRYPTED database, p95 (target <= 20 ms);
- opening the encrypted database (key derivation: SQLCipher's PBKDF2), reported.
"""

from __future__ import annotations

import sqlite3
import statistics
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine

from clinic_app.domain.case_figures import case_figures
from clinic_app.domain.demo import generate_demo
from clinic_app.storage import CaseQuery, mapping, open_store
from clinic_app.storage.models import Base


def _median_ms(fn: Any, repeat: int = 15) -> float:
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t) * 1000)
    return statistics.median(times)


def _floor_insert(path: Path, ests: list[Any], cases: list[Any]) -> float:
    """Same rows, same schema, plain sqlite3 executemany in one transaction (rows prepared beforehand)."""
    engine = create_engine(f"sqlite:///{path}")
    Base.metadata.create_all(engine)
    engine.dispose()
    by_id = {e.id: e for e in ests}
    case_rows: list[dict[str, Any]] = []
    children: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for i, case in enumerate(cases):
        case.case_number = f"FLOR-{i:06d}"
        row = mapping.case_row(case, case_figures(case, by_id.get(case.establishment_id or "")))
        row["closed_at"] = None
        case_rows.append(row)
        for table, rows in mapping.child_rows(case).items():
            children[table].extend(rows)
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")

    def plain(v: Any) -> Any:
        return str(v) if not isinstance(v, (int, float, str, type(None))) else v

    t = time.perf_counter()
    for table, rows in [("cases", case_rows), *children.items()]:
        if not rows:
            continue
        cols = list(rows[0])
        sql = f'INSERT INTO "{table}" ({", ".join(cols)}) VALUES ({", ".join("?" * len(cols))})'
        conn.executemany(sql, [[plain(r[c]) for c in cols] for r in rows])
    conn.commit()
    took = time.perf_counter() - t
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # as the store does after a bulk write
    conn.close()
    return took


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    tmp = Path(tempfile.mkdtemp(prefix="bench-storage-"))
    ests, cases = generate_demo(n, seed=3)
    floor_insert = _floor_insert(tmp / "floor.db", ests, generate_demo(n, seed=3)[1])
    import gc

    gc.collect()

    store = open_store(tmp / "cases.db", passphrase="bench passphrase", create=True, auto_backup=False)
    for est in ests:
        store.save_establishment(est)
    t = time.perf_counter()
    store.create_cases(cases)
    insert = time.perf_counter() - t
    print(f"insert {n} cases (encrypted): {insert:.2f} s; floor (plain sqlite3 executemany of the same rows, "
          f"rows prepared outside the timing) {floor_insert:.2f} s; ratio {insert / floor_insert:.1f}x")

    name = cases[n // 2].person.family_name
    # The GUI never holds 100,000 cases in memory; the bench did (to insert them). Drop them, or every query
    # below pays for the garbage collector walking millions of objects.
    del cases
    import gc

    gc.collect()
    floor = sqlite3.connect(tmp / "floor.db")
    page = _median_ms(lambda: store.list_cases(CaseQuery(sort="name", limit=200)))
    page_floor = _median_ms(lambda: floor.execute(
        'SELECT uuid, case_number, kind, status, display_name, site_or_company, amount_owed_cents, '
        'shortfall_cents, claim_deadline, updated_at, deleted_at FROM cases WHERE deleted_at IS NULL '
        'ORDER BY sort_name NULLS LAST, case_number LIMIT 200').fetchall())
    print(f"first page sorted by family name: median {page:.1f} ms; floor {page_floor:.1f} ms; "
          f"ratio {page / page_floor:.1f}x")

    token = mapping.normalize_name(name)
    search = _median_ms(lambda: store.list_cases(CaseQuery(text=name, limit=200)))
    search_floor = _median_ms(lambda: floor.execute(
        'SELECT uuid, case_number, kind, status, display_name, site_or_company, amount_owed_cents, '
        'shortfall_cents, claim_deadline, updated_at, deleted_at FROM cases WHERE deleted_at IS NULL AND '
        "search_text LIKE ? ORDER BY case_number LIMIT 200", (f"%{token}%",)).fetchall())
    verdict = "met" if search <= 50 and search <= 2 * search_floor else "NOT met"
    print(f"name search '{token}' over {n}: median {search:.1f} ms; floor {search_floor:.1f} ms; "
          f"ratio {search / search_floor:.1f}x (target <= 50 ms and <= 2x: {verdict})")

    payload = '{"person": {"given_name": "' + "x" * 2000 + '"}}'
    times = []
    for i in range(200):
        t = time.perf_counter()
        store.save_draft("bench-draft", payload + str(i))
        times.append((time.perf_counter() - t) * 1000)
    times.sort()
    p95 = times[int(len(times) * 0.95) - 1]
    floor_times = []
    for i in range(200):
        t = time.perf_counter()
        floor.execute("INSERT OR REPLACE INTO draft (key, payload, updated_at) VALUES (?, ?, ?)",
                      ("bench-draft", payload + str(i), "2025-01-22 00:00:00"))
        floor.commit()
        floor_times.append((time.perf_counter() - t) * 1000)
    floor_times.sort()
    floor_p95 = floor_times[int(len(floor_times) * 0.95) - 1]
    print(f"autosave (save_draft + commit, encrypted, synchronous=FULL): p95 {p95:.1f} ms, median "
          f"{statistics.median(times):.1f} ms; floor (plain sqlite3, same row) p95 {floor_p95:.1f} ms; "
          f"ratio {p95 / max(floor_p95, 0.001):.1f}x (target p95 <= 20 ms: {'met' if p95 <= 20 else 'NOT met'})")
    store.close()
    floor.close()

    t = time.perf_counter()
    again = open_store(tmp / "cases.db", passphrase="bench passphrase", auto_backup=False)
    opened = time.perf_counter() - t
    again.close()
    t = time.perf_counter()
    conn = sqlite3.connect(tmp / "floor.db")
    conn.execute("SELECT count(*) FROM sqlite_master").fetchall()
    conn.close()
    open_floor = time.perf_counter() - t
    print(f"open the encrypted database ({n} cases; key derivation + quick_check + schema check): "
          f"{opened * 1000:.0f} ms; plain sqlite3 open {open_floor * 1000:.1f} ms")


if __name__ == "__main__":
    main()
