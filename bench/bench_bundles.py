"""Benchmark: bundle export and import of N cases, wall time and each process's own peak RSS (issue 22, item 5).

    CLINIC_BENCH_CACHE=... PYTHONPATH=. python bench/bench_bundles.py [COUNT ...] [--export-only]
        [--bundles DIR] [--floor]

Each step runs in a child process of its own (its own peak resident memory, VmHWM, so the figures are not
the benchmark's): export of every live case of the cached encrypted database of
``bench/dataset.py`` to a bundle (production scrypt cost), then import of that bundle into a new empty
encrypted database (preview, then import, as ``clinic-app bundle import --yes`` does). Target: 1M cases
under 500 MB RSS for each. The export runs on a copy of the cached file (an export records its time and an
audit entry in the database; the cache is shared and stays as built). With ``--bundles DIR`` the bundles are
kept in DIR and an existing one is imported again without exporting. ``--floor`` measures instead what
either step holds whatever the number of cases (:func:`floor`), on the same cached file (read only).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from bench.dataset import PASSPHRASE, path_for  # noqa: E402
from bench.rss import peak_rss_mb  # noqa: E402

EXPORT = """
import sys
from clinic_app.export.bundle import export_bundle
from clinic_app.storage import open_store
store = open_store(sys.argv[1], passphrase=sys.argv[3], auto_backup=False, actor="bench")
print(export_bundle(store, sys.argv[2], "bundle passphrase"))
store.close()
"""
IMPORT = """
import sys
from clinic_app.export.bundle import import_bundle
from clinic_app.storage import open_store
store = open_store(sys.argv[1], passphrase=sys.argv[3], create=True, auto_backup=False, actor="bench")
print(import_bundle(store, sys.argv[2], "bundle passphrase").counts()["added"])
store.close()
"""


FLOOR = """
import sys, time
from sqlalchemy import text
from clinic_app.export import bundle
from clinic_app.export.bundle_format import DEFAULT_SCRYPT_N, SCRYPT_P, SCRYPT_R, _derive
from clinic_app.storage import open_store
started = time.perf_counter()
store = open_store(sys.argv[1], passphrase=sys.argv[3], auto_backup=False, actor="bench")
_derive("bundle passphrase", b"0123456789abcdef", DEFAULT_SCRYPT_N, SCRYPT_R, SCRYPT_P)
derived = time.perf_counter()
rows = 0
with store._engine.connect() as conn:
    for _row in conn.execution_options(stream_results=True).execute(text("SELECT * FROM cases")):
        rows += 1
print(f"{rows} {derived - started:.1f} {time.perf_counter() - derived:.1f}")
store.close()
"""


def floor(count: int) -> None:
    """What a bundle step holds whatever the number of cases: the program's modules, the store open (its
    SQLCipher page cache filled by reading every case row), one production scrypt derivation."""
    db = path_for(count)
    total, rss, out = measured(FLOOR, str(db), "-", PASSPHRASE)
    rows, derive, scan = out.split()
    print(f"floor at {count:,} cases: open + one scrypt {derive} s, every case row read {scan} s ({int(rows):,} "
          f"rows), {total:.1f} s in all; peak RSS {rss:.0f} MB")


def measured(code: str, *args: str) -> tuple[float, float, str]:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    started = time.perf_counter()
    with tempfile.TemporaryFile() as out:
        proc = subprocess.Popen([sys.executable, "-c", code, *args], stdout=out, env=env)
        rss = peak_rss_mb(proc)
        assert proc.wait() == 0
        out.seek(0)
        text = out.read().decode()
    return time.perf_counter() - started, rss, text.strip()


def main() -> None:
    args = sys.argv[1:]
    export_only = "--export-only" in args
    keep = Path(args[args.index("--bundles") + 1]) if "--bundles" in args else None
    counts = [int(a) for a in args if a.isdigit()] or [10_000, 100_000]
    if "--floor" in args:
        for count in counts:
            floor(count)
        return
    for count in counts:
        db = path_for(count)
        with tempfile.TemporaryDirectory() as tmp:
            bundle = (keep or Path(tmp)) / f"cases-{count}.clinicbundle"
            if keep is not None and bundle.exists():
                out_t, out_rss, sent = float("nan"), float("nan"), "0"
            else:
                source = Path(tmp) / "source.db"
                shutil.copyfile(db, source)
                out_t, out_rss, sent = measured(EXPORT, str(source), str(bundle), PASSPHRASE)
                source.unlink()
            size = bundle.stat().st_size / 1e6
            if export_only:
                print(f"bundle of {int(sent):,} cases ({size:.0f} MB): export {out_t:.1f} s, peak RSS {out_rss:.0f} MB")
                continue
            in_t, in_rss, added = measured(IMPORT, str(Path(tmp) / "coordinator.db"), str(bundle), PASSPHRASE)
            sent = sent if sent != "0" else added
        exported = ("export not run (bundle kept from an earlier run)" if out_t != out_t else
                    f"export {out_t:.1f} s, peak RSS {out_rss:.0f} MB ({'met' if out_rss < 500 else 'NOT met'})")
        print(f"bundle of {int(sent):,} cases ({size:.0f} MB): {exported}; "
              f"import into an empty database {in_t:.1f} s ({int(added):,} added), peak RSS {in_rss:.0f} MB "
              f"({'met' if in_rss < 500 else 'NOT met'}; target < 500 MB at 1M)")


if __name__ == "__main__":
    main()
