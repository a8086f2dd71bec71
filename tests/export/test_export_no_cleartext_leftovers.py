"""A killed export leaves no clear-text personal data on disk once the program has started again.

Before: a killed XLSX export left every exported row in the system temporary folder (openpyxl's sheet
buffer), and a killed CSV export left a hidden ``.part`` file beside the destination, both for good.
Now the buffer and the ``.part`` file live beside the destination, 0600, listed in the data folder, and the
next start (:func:`clinic_app.startup.prepare_process`) removes them.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from clinic_app.domain.demo import generate_demo

REPO = Path(__file__).resolve().parents[2]
COUNT, SEED = 3000, 12

EXPORT = """
import os, sys, time
from clinic_app.storage import open_store
from clinic_app.export.exports import export_csv, export_xlsx
store = open_store(sys.argv[1], encrypted=False, auto_backup=False)
def progress(done):
    if done >= 1000:
        print("writing", flush=True)
        time.sleep(60)   # killed here, half-way through
export = export_xlsx if sys.argv[3] == "xlsx" else export_csv
export(store, sys.argv[2], progress=progress)
print("finished", flush=True)
"""

START = "from clinic_app.startup import prepare_process; prepare_process()"


def _names() -> set[bytes]:
    _, cases = generate_demo(COUNT, seed=SEED)
    return {c.person.family_name.encode("utf-8") for c in cases if len(c.person.family_name) >= 5}


def _files_holding(folder: Path, names: set[bytes]) -> list[str]:
    hits = []
    for path in folder.rglob("*"):
        if path.is_file() and path.suffix != ".db" and not path.name.endswith(("-wal", "-shm")):
            data = path.read_bytes()
            if any(n in data for n in names):
                hits.append(str(path.relative_to(folder)))
    return hits


@pytest.mark.skipif(os.name == "nt", reason="SIGKILL")
@pytest.mark.parametrize("fmt", ["xlsx", "csv"])
def test_a_killed_export_leaves_no_personal_data_after_the_next_start(tmp_path: Path, fmt: str) -> None:
    from clinic_app.storage import open_store

    db = tmp_path / "data" / "cases.db"
    db.parent.mkdir()
    store = open_store(db, encrypted=False, create=True, auto_backup=False)
    ests, cases = generate_demo(COUNT, seed=SEED)
    for est in ests:
        store.save_establishment(est)
    store.create_cases(cases)
    store.close()
    dest = tmp_path / "usb"
    dest.mkdir()
    temp = tmp_path / "systemp"
    temp.mkdir()
    home = tmp_path / "home"
    env = {**os.environ, "PYTHONPATH": str(REPO), "TMPDIR": str(temp), "CLINIC_APP_HOME": str(home)}
    child = subprocess.Popen([sys.executable, "-c", EXPORT, str(db), str(dest / f"cases.{fmt}"), fmt],
                             stdout=subprocess.PIPE, text=True, env=env)
    assert child.stdout is not None and child.stdout.readline().strip() == "writing"
    child.send_signal(signal.SIGKILL)
    child.wait(timeout=30)
    names = _names()
    assert _files_holding(temp, names) == []  # nothing in the system temporary folder, ever
    assert not (dest / f"cases.{fmt}").exists()
    # the next start of the program removes what the killed export left beside the destination
    done = subprocess.run([sys.executable, "-c", START], env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    for folder in (dest, temp, home):
        assert _files_holding(folder, names) == [], folder
    assert list(dest.iterdir()) == []
