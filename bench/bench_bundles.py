"""Benchmark: bundle export and import of N cases, wall time and each process's own peak RSS (issue 22, item 5).

    CLINIC_BENCH_CACHE=... PYTHONPATH=. python bench/bench_bundles.py [COUNT ...]

Each step runs in a child process of its own (``wait4`` gives that child's peak resident memory, so the
figures are not the benchmark's): export of every live case of the cached encrypted database of
``bench/dataset.py`` to a bundle (production scrypt cost), then import of that bundle into a new empty
encrypted database. Target: 1M cases under 500 MB RSS for each.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from bench.dataset import PASSPHRASE, path_for  # noqa: E402

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


def measured(code: str, *args: str) -> tuple[float, float, str]:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    started = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-c", code, *args], stdout=subprocess.PIPE, env=env)
    assert proc.stdout is not None
    out = proc.stdout.read().decode()
    _, status, usage = os.wait4(proc.pid, 0)
    assert os.waitstatus_to_exitcode(status) == 0, out
    return time.perf_counter() - started, usage.ru_maxrss / 1024, out.strip()


def main() -> None:
    counts = [int(a) for a in sys.argv[1:]] or [10_000, 100_000]
    for count in counts:
        db = path_for(count)
        with tempfile.TemporaryDirectory() as tmp:
            bundle = Path(tmp) / "cases.clinicbundle"
            out_t, out_rss, sent = measured(EXPORT, str(db), str(bundle), PASSPHRASE)
            size = bundle.stat().st_size / 1e6
            in_t, in_rss, added = measured(IMPORT, str(Path(tmp) / "coordinator.db"), str(bundle), PASSPHRASE)
        print(f"bundle of {int(sent):,} cases ({size:.0f} MB): export {out_t:.1f} s, peak RSS {out_rss:.0f} MB; "
              f"import into an empty database {in_t:.1f} s ({int(added):,} added), peak RSS {in_rss:.0f} MB "
              f"(target < 500 MB at 1M: export {'met' if out_rss < 500 else 'NOT met'} at this size, "
              f"import {'met' if in_rss < 500 else 'NOT met'} at this size)")


if __name__ == "__main__":
    main()
