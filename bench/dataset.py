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


def _soft_delete_some(store: object, every: int) -> None:
    """Mark one case in ``every`` deleted (by rowid, in one statement): a real file has deleted cases."""
    from sqlalchemy import text

    engine = store._engine  # type: ignore[attr-defined]  # bench-only shortcut, one UPDATE
    with engine.begin() as conn:
        conn.execute(text('UPDATE "case" SET deleted_at = updated_at WHERE rowid % :every = 0'), {"every": every})


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
