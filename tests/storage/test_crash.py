"""A kill at any moment leaves the database readable and every save that was reported done intact.

A child process saves cases in a loop and prints each case's uuid and version once ``save_case`` returns
(what the UI would report as saved); the test kills it with SIGKILL at varied moments, then opens the file
and checks integrity and that the last reported save is there, whole.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from clinic_app.storage import open_store

pytestmark = pytest.mark.skipif(os.name == "nt", reason="SIGKILL is POSIX")

WRITER = r"""
import copy, sys
from clinic_app.storage import open_store
from clinic_app.domain.demo import generate_demo
store = open_store(sys.argv[1], passphrase="pw", create=True, auto_backup=False)
ests, cases = generate_demo(400, seed=int(sys.argv[2]))
for est in ests:
    store.save_establishment(est)
for i, case in enumerate(cases):
    stored = store.create_case(case)
    stored = copy.deepcopy(stored)
    stored.person.city = f"Ville {i}"
    stored = store.save_case(stored)
    print(stored.uuid, stored.version, stored.person.city, flush=True)
"""


@pytest.mark.parametrize("delay", [0.4, 0.9, 1.6])
def test_kill_during_saves_keeps_the_last_reported_save(tmp_path: Path, delay: float) -> None:
    db = tmp_path / "crash.db"
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    proc = subprocess.Popen([sys.executable, "-c", WRITER, str(db), str(int(delay * 10))],
                            stdout=subprocess.PIPE, text=True, env=env)
    time.sleep(delay)
    lines: list[str] = []
    deadline = time.monotonic() + 60
    while not lines and time.monotonic() < deadline:  # wait for at least one reported save
        line = proc.stdout.readline()
        if line:
            lines.append(line)
    proc.send_signal(signal.SIGKILL)
    rest, _ = proc.communicate()
    lines += rest.splitlines()
    reported = [line.split(" ", 2) for line in lines if line.strip()]
    assert reported, "the writer reported no save before the kill"
    store = open_store(db, passphrase="pw", auto_backup=False)  # opening runs PRAGMA quick_check
    try:
        for uuid, version, city in reported[-3:]:
            case = store.get_case(uuid)
            assert case.version == int(version) and case.person.city == city.strip()
        assert store.count_cases() >= len(reported)
    finally:
        store.close()
