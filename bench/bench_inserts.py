"""Benchmark: ``CaseStore.create_cases`` against a bare ``executemany`` floor on the same kind of encrypted file.

    PYTHONPATH=. python bench/bench_inserts.py [--count 20000] [--rounds 3]

The floor: a second encrypted file made by ``open_store`` (same schema, same SQLCipher key derivation, same
pragmas: WAL, synchronous=FULL), into which the very same rows, prepared beforehand as plain tuples outside
the timing, are written with the driver's own ``executemany`` in one transaction. The store's figure includes
everything it does: copying the cases, the engine's figures for the list columns, mapping seven tables.
Store and floor alternate ``--rounds`` times (the machine is shared); min and median are printed for both.
Target (issue 22, item 7): store <= 3x the floor. Not collected by pytest.
"""

from __future__ import annotations

import argparse
import gc
import shutil
import statistics
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from clinic_app.domain.case_figures import case_figures  # noqa: E402
from clinic_app.domain.demo import generate_demo  # noqa: E402
from clinic_app.storage import mapping, open_store  # noqa: E402
from clinic_app.storage.connect import raw_connect  # noqa: E402
from clinic_app.storage.models import Base  # noqa: E402
from clinic_app.storage.store import CaseStore  # noqa: E402

PASSPHRASE = "bench passphrase"


def _new_store(path: Path, ests: list[Any]) -> CaseStore:
    store = open_store(path, passphrase=PASSPHRASE, create=True, auto_backup=False)
    for est in ests:
        store.save_establishment(est)
    return store


def _floor_rows(ests: list[Any], cases: list[Any]) -> list[tuple[str, list[tuple[Any, ...]]]]:
    """The rows the store writes, as driver-ready tuples (SQLAlchemy's own bind processing applied here)."""
    from sqlalchemy.dialects import sqlite

    dialect = sqlite.dialect()
    by_id = {e.id: e for e in ests}
    per_table: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for i, case in enumerate(cases):
        case.case_number = f"FLOR-{i:06d}"
        row = mapping.case_row(case, case_figures(case, by_id.get(case.establishment_id or "")))
        row["closed_at"] = None
        per_table["cases"].append(row)
        for table, rows in mapping.child_rows(case).items():
            per_table[table].extend(rows)
    out: list[tuple[str, list[tuple[Any, ...]]]] = []
    for table, rows in per_table.items():
        if not rows:
            continue
        cols = list(rows[0])
        procs = [Base.metadata.tables[table].c[c].type._cached_bind_processor(dialect) for c in cols]
        sql = f'INSERT INTO "{table}" ({", ".join(cols)}) VALUES ({", ".join("?" * len(cols))})'
        out.append((sql, [tuple(p(r[c]) if p else r[c] for p, c in zip(procs, cols, strict=True))
                          for r in rows]))
    return out


def _time_floor(path: Path, ests: list[Any], prepared: list[tuple[str, list[tuple[Any, ...]]]]) -> float:
    _new_store(path, ests).close()
    conn = raw_connect(path, PASSPHRASE)
    gc.collect()
    t = time.perf_counter()
    conn.execute("BEGIN IMMEDIATE")
    for sql, rows in prepared:
        conn.executemany(sql, rows)
    conn.execute("COMMIT")
    took = time.perf_counter() - t
    conn.close()
    return took


def _time_store(path: Path, ests: list[Any], cases: list[Any]) -> float:
    store = _new_store(path, ests)
    gc.collect()
    t = time.perf_counter()
    store.create_cases(cases)
    took = time.perf_counter() - t
    store.close()
    return took


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=20_000)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    ests, cases = generate_demo(args.count, seed=3)
    prepared = _floor_rows(ests, generate_demo(args.count, seed=3)[1])
    tmp = Path(tempfile.mkdtemp(prefix="bench-inserts-"))
    store_t: list[float] = []
    floor_t: list[float] = []
    try:
        for r in range(args.rounds):
            floor_t.append(_time_floor(tmp / f"floor{r}.db", ests, prepared))
            store_t.append(_time_store(tmp / f"store{r}.db", ests, cases))
            for p in tmp.iterdir():
                p.unlink()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    # Where the store's time goes (same process, after the rounds): the engine's list figures, then the
    # mapping to seven tables' rows; what remains is SQLCipher, bind processing and the transaction.
    by_id = {e.id: e for e in ests}
    t = time.perf_counter()
    figures = [case_figures(c, by_id.get(c.establishment_id or "")) for c in cases]
    engine_t = time.perf_counter() - t
    t = time.perf_counter()
    for c, f in zip(cases, figures, strict=True):
        mapping.case_row(c, f)
        mapping.child_rows(c)
    mapping_t = time.perf_counter() - t
    smin, smed = min(store_t), statistics.median(store_t)
    fmin, fmed = min(floor_t), statistics.median(floor_t)
    print(f"insert {args.count} cases, encrypted, {args.rounds} interleaved rounds")
    print(f"  store create_cases: min {smin:.2f} s, median {smed:.2f} s ({args.count / smin:,.0f} cases/s)")
    print(f"  floor executemany : min {fmin:.2f} s, median {fmed:.2f} s")
    verdict = "met" if smin / fmin <= 3 else "NOT met"
    print(f"  ratio min/min {smin / fmin:.2f}x, median/median {smed / fmed:.2f}x (target <= 3x: {verdict})")
    print(f"  of the store's time: engine figures {engine_t:.2f} s ({engine_t / smin:.0%} of the min), mapping to "
          f"rows {mapping_t:.2f} s ({mapping_t / smin:.0%}); without the engine the ratio would be "
          f"{(smin - engine_t) / fmin:.2f}x")


if __name__ == "__main__":
    main()
