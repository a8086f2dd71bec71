"""Encrypted case databases of 10k, 100k and 1M cases for the benchmarks, made once and cached outside the repo.

Usage::

    from bench.dataset import PASSPHRASE, path_for
    db = path_for(1_000_000)          # builds ~/.cache/clinic-app-bench/cases-1000000.db if missing

    PYTHONPATH=. python bench/dataset.py 10000 100000 1000000   # build (or just report) from a shell

Why a cache: the 1M-case file takes minutes to make on this machine; every benchmark must run on the same
encrypted file as its floor, so the file is made once, by this script, and reused. The cache folder is
``$CLINIC_BENCH_CACHE`` or ``~/.cache/clinic-app-bench``. The data is the fictional demo data
(:func:`clinic_app.domain.demo.generate_demo`: Quebec French, English, Arabic- and African-origin names with
accents, phones in the 555-01xx range, the demo sites and delivery companies), written through the store's
bulk path (:meth:`CaseStore.create_cases`: Core ``executemany`` in batches, one transaction per chunk), never
one save per case. About 1 case in 200 is soft-deleted, as in a real file.

Files above :data:`BASE` cases (the 1M one) are made from the BASE file in SQL, as a coordinator's merged
database is: each copy of the BASE cases comes from "another laptop" (its own case-number prefix, fresh
UUIDs), children copied with them. Python's writing path ran at ~150 cases/s past 400k cases on this
shared machine (random-UUID primary key, 64 MB page cache); the SQL copy takes minutes.

A file made by an older schema is migrated to this version's schema the first time it is asked for (so a
benchmark always runs on the current schema); the migration's safety backup is removed afterwards.
"""

from __future__ import annotations

import os
import shutil
import sys
import time
from pathlib import Path

#: the bench files' passphrase (fictional data only; never a real database's)
PASSPHRASE = "bench passphrase: fictional data only"
#: cases written per transaction while building (bounded memory at 1M)
CHUNK = 20_000
#: larger files are made of copies of this one (see the module docstring)
BASE = 100_000
#: tables that hang off a case (their own integer ids are renumbered on copy)
_CHILDREN = ("person", "work_facts", "warehouse_employment", "driver_engagement", "weekly_wage",
             "employer_payment", "case_note")


def cache_dir() -> Path:
    folder = Path(os.environ.get("CLINIC_BENCH_CACHE") or Path.home() / ".cache" / "clinic-app-bench")
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    return folder


def _file(count: int) -> Path:
    return cache_dir() / f"cases-{count}.db"


def path_for(count: int) -> Path:
    """The cached encrypted database of ``count`` demo cases, built first if missing, at the current schema."""
    path = _file(count)
    if not path.exists():
        build(count, path)
    else:
        _upgrade(path)
    return path


def _upgrade(path: Path) -> None:
    """Open once with the store: an older schema is migrated (its safety backup then removed)."""
    from clinic_app.storage import open_store

    backups = cache_dir() / "migration-backups"
    store = open_store(path, passphrase=PASSPHRASE, auto_backup=False, backup_dir=backups)
    store.close()
    shutil.rmtree(backups, ignore_errors=True)


def build(count: int, path: Path | None = None) -> Path:
    """Write ``count`` demo cases into a new encrypted file (replacing a half-made one), in chunks."""
    from clinic_app.domain.demo import generate_demo
    from clinic_app.storage import open_store

    path = path or _file(count)
    partial = path.with_name(path.name + ".partial")
    for leftover in (partial, Path(f"{partial}-wal"), Path(f"{partial}-shm")):
        leftover.unlink(missing_ok=True)
    if count > BASE and count % BASE == 0:
        return _replicate(count, path, partial)
    started = time.perf_counter()
    store = open_store(partial, passphrase=PASSPHRASE, create=True, auto_backup=False, actor="bench")
    try:
        ests, _ = generate_demo(0)
        for est in ests:
            store.save_establishment(est)
        done = 0
        seed = 1
        while done < count:
            n = min(CHUNK, count - done)
            _, cases = generate_demo(n, seed=seed)
            store.create_cases(cases)
            done += n
            seed += 1
            print(f"  {path.name}: {done:,}/{count:,} cases, {time.perf_counter() - started:.0f} s",
                  file=sys.stderr, flush=True)
        _soft_delete_some(store, every=200)
    finally:
        store.close()
    for suffix in ("-wal", "-shm"):
        Path(f"{partial}{suffix}").unlink(missing_ok=True)
    partial.replace(path)
    return path


def _replicate(count: int, path: Path, partial: Path) -> Path:
    """``count // BASE`` copies of the BASE file's cases, each under another laptop's prefix, in SQL."""
    from clinic_app.storage.connect import raw_connect

    base = path_for(BASE)
    started = time.perf_counter()
    shutil.copyfile(base, partial)
    os.chmod(partial, 0o600)
    conn = raw_connect(partial, PASSPHRASE)
    try:
        conn.execute("PRAGMA cache_size = -1000000")  # 1 GB while building: the UUID index is random
        conn.execute("PRAGMA synchronous = OFF")
        quoted = PASSPHRASE.replace("'", "''")
        conn.execute(f"ATTACH DATABASE ? AS base KEY '{quoted}'", (str(base),))
        columns = {t: [r[1] for r in conn.execute(f'PRAGMA table_info("{t}")')] for t in ("cases", *_CHILDREN)}
        for copy_no in range(1, count // BASE):
            prefix = f"K{copy_no:02d}Z"
            conn.execute("BEGIN")
            conn.execute("DROP TABLE IF EXISTS temp.remap")
            conn.execute(
                "CREATE TEMP TABLE remap AS SELECT uuid AS old, lower(substr(h, 1, 8) || '-' || substr(h, 9, 4) "
                "|| '-4' || substr(h, 14, 3) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || "
                "substr(h, 18, 3) || '-' || substr(h, 21, 12)) AS new, case_number AS old_number, "
                f"'{prefix}' || substr(case_number, instr(case_number, '-')) AS new_number "
                'FROM (SELECT uuid, case_number, hex(randomblob(16)) AS h FROM base.cases)')
            conn.execute("CREATE UNIQUE INDEX temp.remap_old ON remap(old)")
            cols = columns["cases"]
            chosen = {"uuid": "m.new", "case_number": "m.new_number",
                      "search_text": "replace(c.search_text, lower(m.old_number), lower(m.new_number))"}
            select = ", ".join(chosen.get(c, f"c.{c}") for c in cols)
            conn.execute(f'INSERT INTO main.cases ({", ".join(cols)}) SELECT {select} '
                         'FROM base.cases AS c JOIN remap AS m ON m.old = c.uuid')
            for table in _CHILDREN:
                cols = [c for c in columns[table] if c != "id"]
                select = ", ".join("m.new" if c == "case_uuid" else f"t.{c}" for c in cols)
                conn.execute(f'INSERT INTO main."{table}" ({", ".join(cols)}) SELECT {select} '
                             f'FROM base."{table}" AS t JOIN remap AS m ON m.old = t.case_uuid')
            conn.execute("COMMIT")
            print(f"  {path.name}: {(copy_no + 1) * BASE:,}/{count:,} cases, {time.perf_counter() - started:.0f} s",
                  file=sys.stderr, flush=True)
        conn.execute("DETACH DATABASE base")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()
    for suffix in ("-wal", "-shm"):
        Path(f"{partial}{suffix}").unlink(missing_ok=True)
    partial.replace(path)
    _upgrade(path)
    return path


def _soft_delete_some(store: object, every: int) -> None:
    """Mark one case in ``every`` deleted (by rowid, in one statement): a real file has deleted cases."""
    from sqlalchemy import text

    engine = store._engine  # type: ignore[attr-defined]  # bench-only shortcut, one UPDATE
    with engine.begin() as conn:
        conn.execute(text('UPDATE cases SET deleted_at = updated_at WHERE rowid % :every = 0'), {"every": every})


def main(argv: list[str]) -> None:
    for arg in argv or ["10000"]:
        count = int(arg)
        existed = _file(count).exists()
        t = time.perf_counter()
        path = path_for(count)
        verb = "ready" if existed else "built"
        print(f"{verb}: {path} ({path.stat().st_size / 1e6:.0f} MB) in {time.perf_counter() - t:.1f} s")


if __name__ == "__main__":
    main(sys.argv[1:])
