"""A kill at any moment leaves the database readable and every save that was reported done intact.

A child process saves cases in a loop and prints each case's uuid, version and city once ``save_case`` has
returned (what the UI reports as saved). The test kills it with SIGKILL at a random moment, 50 times in a
row on the same file, plain and encrypted; after each kill the database must open (``open_store`` runs
``PRAGMA quick_check``) and hold every save the child had reported, exactly.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from clinic_app.storage import open_store

pytestmark = pytest.mark.skipif(os.name == "nt", reason="SIGKILL is POSIX")

KILLS = 50
WRITER = r"""
import copy, sys
from clinic_app.storage import open_store
from clinic_app.domain.demo import generate_demo
passphrase = sys.argv[2] or None
store = open_store(sys.argv[1], passphrase=passphrase, encrypted=passphrase is not None, create=True,
                   auto_backup=False)
ests, cases = generate_demo(200, seed=int(sys.argv[3]))
known = {e.id for e in store.list_establishments()}
for est in ests:
    if est.id not in known:
        store.save_establishment(est)
from clinic_app.domain.case_figures import case_figures
case_figures(cases[0])  # warm up: the engine's first import is not what we are testing
print("READY", flush=True)
for i, case in enumerate(cases):
    stored = copy.deepcopy(store.create_case(case))
    stored.person.city = f"Ville {sys.argv[3]}-{i}"
    stored = store.save_case(stored)
    print(stored.uuid, stored.version, stored.person.city, flush=True)
"""


@pytest.mark.parametrize("passphrase", ["", "crash test passphrase"], ids=["plain", "encrypted"])
def test_fifty_kills_during_saves_lose_no_reported_save(tmp_path: Path, passphrase: str) -> None:
    db = tmp_path / "crash.db"
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    rng = random.Random(20250122)
    reported_total = 0
    for round_no in range(KILLS):
        proc = subprocess.Popen([sys.executable, "-c", WRITER, str(db), passphrase, str(round_no + 1)],
                                stdout=subprocess.PIPE, text=True, env=env)
        assert proc.stdout is not None
        assert proc.stdout.readline().strip() == "READY"
        time.sleep(rng.uniform(0.0, 0.4))  # somewhere inside a transaction, a commit, or between saves
        proc.send_signal(signal.SIGKILL)
        out, _ = proc.communicate(timeout=60)
        lines = out.splitlines()
        if lines and not out.endswith("\n"):
            lines.pop()  # killed in the middle of printing: that line was never fully reported
        reported = [line.split(" ", 2) for line in lines if line.strip()]
        reported_total += len(reported)
        store = open_store(db, passphrase=passphrase or None, encrypted=bool(passphrase), auto_backup=False)
        try:
            for uuid, version, city in reported:
                case = store.get_case(uuid)
                assert (case.version, case.person.city) == (int(version), city), f"round {round_no}"
        finally:
            store.close()
    assert reported_total > KILLS, "the kills all came before any save: the test proved nothing"
