"""Benchmark: two programs writing one encrypted case file; a restore tried while the other one writes.

Usage: ``PYTHONPATH=. python bench/bench_concurrency.py [seconds]`` (default 60).

What is measured (issue 20), figures printed as one table:
- a GUI-like writer (this process: read a case, change it, save it, again and again) and a CLI-like writer
  (another process: new cases one by one, a 200-case bulk write every tenth time, each new case then
  saved again) for ``seconds``: saves refused (target 0) and confirmed saves missing afterwards (target 0);
- the same other writer while this process tries ``restore`` every 100 ms: restores refused, and confirmed
  saves missing afterwards (target 0).
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from clinic_app.domain.demo import generate_demo
from clinic_app.storage import StorageError, open_store
from clinic_app.storage.restore import restore_backup

REPO = Path(__file__).resolve().parents[1]
PASS = "bench passphrase"

OTHER = """
import copy, sys, time
from clinic_app.storage import open_store
from clinic_app.domain.case import new_uuid
from clinic_app.domain.demo import generate_demo
store = open_store(sys.argv[1], passphrase=sys.argv[3], auto_backup=False, actor="cli")
_, cases = generate_demo(2000, seed=11)
def fresh(c):
    c = copy.deepcopy(c); c.uuid = new_uuid(); return c
print("ready", flush=True)
deadline = time.monotonic() + float(sys.argv[2])
confirmed, refused, i = [], 0, 0
while time.monotonic() < deadline:
    try:
        if i % 10 == 9:
            batch = [fresh(c) for c in cases[i % 1500: i % 1500 + 200]]
            store.create_cases(batch)
            confirmed.extend(c.uuid for c in batch)
        else:
            stored = store.create_case(fresh(cases[i % 2000]))
            confirmed.append(stored.uuid)
            stored.person.city = "Laval"
            store.save_case(stored)
    except Exception as exc:
        refused += 1
    i += 1
print(refused, flush=True)
print(" ".join(confirmed), flush=True)
sys.stdin.read()
store.close()
"""


def _other(db: Path, seconds: float) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    proc = subprocess.Popen([sys.executable, "-c", OTHER, str(db), str(seconds), PASS], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, text=True, env=env)
    assert proc.stdout is not None and proc.stdout.readline().strip() == "ready"
    return proc


def _finish(proc: subprocess.Popen[str]) -> tuple[int, list[str]]:
    assert proc.stdout is not None
    refused = int(proc.stdout.readline())
    confirmed = proc.stdout.readline().split()
    proc.communicate("", timeout=120)
    return refused, confirmed


def two_writers(folder: Path, seconds: float) -> dict[str, object]:
    db = folder / "shared.db"
    store = open_store(db, passphrase=PASS, create=True, auto_backup=False, actor="gui")
    ests, cases = generate_demo(50, seed=7)
    for est in ests:
        store.save_establishment(est)
    mine = [store.create_case(c) for c in cases]
    base = store.count_cases()
    other = _other(db, seconds)
    refused: list[str] = []
    confirmed: dict[str, str] = {}
    saves = 0
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        case = mine[saves % len(mine)]
        case.person.phone = f"514-555-{saves % 10000:04d}"
        try:
            mine[saves % len(mine)] = store.save_case(case)
            confirmed[case.uuid] = case.person.phone
        except StorageError as exc:
            refused.append(exc.code)
            mine[saves % len(mine)] = store.get_case(case.uuid)
        saves += 1
    other_refused, other_confirmed = _finish(other)
    lost = sum(1 for u, phone in confirmed.items() if store.get_case(u).person.phone != phone)
    missing = base + len(other_confirmed) - store.count_cases()
    store.close()
    return {"saves here": saves, "refused here": len(refused), "writes elsewhere": len(other_confirmed),
            "refused elsewhere": other_refused, "lost": lost + max(missing, 0)}


def restore_during_writes(folder: Path, seconds: float) -> dict[str, object]:
    db = folder / "restore.db"
    store = open_store(db, passphrase=PASS, create=True, auto_backup=False)
    ests, cases = generate_demo(20, seed=5)
    for est in ests:
        store.save_establishment(est)
    store.create_cases(cases)
    made = store.backup_now()
    other = _other(db, seconds)
    tries, messages = 0, set()
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        tries += 1
        try:
            restore_backup(store, made, PASS)
            messages.add("restored")
        except StorageError as exc:
            messages.add(exc.code)
        time.sleep(0.1)
    _refused, confirmed = _finish(other)
    lost = 0
    for uuid in confirmed:
        try:
            store.get_case(uuid)
        except StorageError:
            lost += 1
    store.close()
    return {"restores tried": tries, "messages": ",".join(sorted(messages)), "writes elsewhere": len(confirmed),
            "lost": lost}


def main() -> None:
    seconds = float(sys.argv[1]) if len(sys.argv) > 1 else 60.0
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for name, run in (("two writers", two_writers), ("restore during writes", restore_during_writes)):
            started = time.monotonic()
            figures = run(folder, seconds)
            print(f"{name} ({time.monotonic() - started:.0f} s): "
                  + ", ".join(f"{k} = {v}" for k, v in figures.items()))


if __name__ == "__main__":
    main()
