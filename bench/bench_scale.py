"""Benchmark at scale: opening, searching and paging the case list at 10k, 100k and 1M encrypted cases.

Usage (the files are made once and cached by ``bench/dataset.py``)::

    PYTHONPATH=. python bench/bench_scale.py start  10000 100000 1000000   # launch to painted list vs floor
    PYTHONPATH=. python bench/bench_scale.py search 10000 100000 1000000   # one keystroke, by term class
    PYTHONPATH=. python bench/bench_scale.py paging 10000 100000 1000000   # any page, site filter, counts

Every figure is measured on the same encrypted file as its floor, floor and program interleaved (the machine's
2 cores are shared: min and median are both printed).

- ``start``: the whole process, ``clinic-app gui`` with the passphrase in the environment and the startup
  probe (``CLINIC_APP_EXIT_AFTER_PAINT``: quit at the main window's first paint, which is the painted list:
  the list's first page is read before the window is shown, without SQLAlchemy, ``storage/opening.py``; the
  probe's line says how many rows the list holds, and a run whose list is empty is refused) vs a bare
  process that imports PySide6 and the SQLCipher binding, opens the same file with the same key (same key
  derivation), reads the same first page (200 rows by case number) into a lazy ``QAbstractTableModel`` in a
  ``QTableView`` and quits at the first paint. A backup is marked as made today, so none is due (it would run
  after the paint anyway).
- ``search``: each keystroke of a term typed letter by letter, as the list does it (``CaseListModel
  .set_query``: first page + capped count), per term class; floor: the bare FTS5 query for the same term on
  a raw connection (``SELECT rowid FROM case_search WHERE case_search MATCH ? ORDER BY rowid DESC LIMIT 1001``).
- ``paging``: the first, a middle and the last page by name (keyset: the page after a cursor), the last page
  of every other sort key, the old ``OFFSET`` last page for comparison, the site filter (choices and the
  filtered first page), and the capped and the exact count.
"""

from __future__ import annotations

import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(ROOT))

from bench.dataset import PASSPHRASE, path_for  # noqa: E402

BARE = r"""
import sys
from PySide6.QtCore import QAbstractTableModel, QEvent, QModelIndex, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView
import sqlcipher3.dbapi2 as driver

class Model(QAbstractTableModel):
    def __init__(self, rows):
        super().__init__()
        self.rows = rows
    def rowCount(self, parent=QModelIndex()):
        return len(self.rows)
    def columnCount(self, parent=QModelIndex()):
        return 8
    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole:
            value = self.rows[index.row()][index.column()]
            return "" if value is None else str(value)
        return None

class Quit(QObject):
    done = False
    def eventFilter(self, watched, event):
        if not self.done and event.type() == QEvent.Type.Paint and isinstance(watched, QMainWindow):
            self.done = True
            import time
            print(f"painted; process CPU {time.process_time():.3f} s", file=sys.stderr, flush=True)
            QTimer.singleShot(0, app.quit)
        return False

app = QApplication(sys.argv[:1])
conn = driver.connect(sys.argv[1])
conn.execute("PRAGMA key = '" + sys.argv[2].replace("'", "''") + "'")
rows = conn.execute('SELECT case_number, display_name, kind, site_or_company, status, amount_owed_cents, '
                    'shortfall_cents, claim_deadline FROM cases WHERE deleted_at IS NULL '
                    'ORDER BY case_number LIMIT 200').fetchall()
window = QMainWindow()
view = QTableView()
view.setModel(Model(rows))
window.setCentralWidget(view)
app.installEventFilter(Quit(app))
window.resize(1200, 800)
window.show()
app.exec()
"""

SIZES = (10_000, 100_000, 1_000_000)


def _stats(values: list[float]) -> str:
    return f"min {min(values):8.1f}  median {statistics.median(values):8.1f}"


def _ms(fn: Callable[[], Any]) -> float:
    t = time.perf_counter()
    fn()
    return (time.perf_counter() - t) * 1000


# -- start -----------------------------------------------------------------------------------------------
def bench_start(n: int, runs: int = 5) -> None:
    db = path_for(n)
    with tempfile.TemporaryDirectory() as tmp:
        backups = Path(tmp) / "backups"
        backups.mkdir()
        stamp = time.strftime("%Y%m%d-%H%M%S", time.gmtime())
        (backups / f"{db.stem}-{stamp}-000000-daily.db").write_bytes(b"")  # one made today: none due
        settings = Path(tmp) / "s.ini"
        settings.write_text(f"[storage]\nbackup_folder={backups}\n[ui]\nlang=fr\n")
        env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen",
               "CLINIC_APP_HOME": tmp, "CLINIC_APP_SETTINGS_FILE": str(settings),
               "CLINIC_APP_PASSPHRASE": PASSPHRASE, "CLINIC_APP_EXIT_AFTER_PAINT": "1"}
        app_cmd = [sys.executable, "-m", "clinic_app", "gui", "--db", str(db)]
        bare_cmd = [sys.executable, "-c", BARE, str(db), PASSPHRASE]

        def run(cmd: list[str]) -> tuple[float, float]:
            """(ms from launch to the first paint of the main window, the process's CPU ms at that paint)."""
            t = time.perf_counter()
            proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                                    cwd=ROOT)
            assert proc.stderr is not None
            wall, cpu = None, None
            lines = []
            for line in proc.stderr:
                lines.append(line)
                found = re.search(r"painted.*process CPU ([0-9.]+) s", line)
                if found and "list rows 0;" in line:
                    raise SystemExit(f"the program painted an empty list: {line}")
                if found and wall is None:
                    wall = (time.perf_counter() - t) * 1000
                    cpu = float(found.group(1)) * 1000
            proc.wait(600)
            if wall is None or cpu is None:
                raise SystemExit(f"{cmd[:4]} did not paint: {''.join(lines)[-2000:]}")
            return wall, cpu

        run(bare_cmd)
        run(app_cmd)  # warm the page cache of the OS for both
        app_t: list[tuple[float, float]] = []
        bare_t: list[tuple[float, float]] = []
        for _ in range(runs):
            bare_t.append(run(bare_cmd))
            app_t.append(run(app_cmd))
    for i, what in ((0, "wall"), (1, "CPU ")):
        a, b = [x[i] for x in app_t], [x[i] for x in bare_t]
        print(f"start n={n:>9,} {what}: app {_stats(a)} ms | bare window + lazy table {_stats(b)} ms | "
              f"ratio {min(a) / min(b):.2f} (min) / {statistics.median(a) / statistics.median(b):.2f} (median)",
              flush=True)


# -- search ----------------------------------------------------------------------------------------------
def _terms(store: Any) -> dict[str, str]:
    """One term per class, taken from the file itself (so that each exists at every size)."""
    from clinic_app.storage import CaseQuery

    some = store.list_cases(CaseQuery(sort="case_number", descending=True, limit=1))[0]
    return {
        "common (family name)": "tremblay",
        "rare (given + family)": "tremblay-c helene",  # the rarer piece narrows a common one
        "accent": "lévesque",
        "phone": "514-555-0142",
        "case number": some.case_number,
    }


def bench_search(n: int, repeat: int = 3) -> None:
    from PySide6.QtWidgets import QApplication

    from clinic_app.storage import CaseQuery, open_store
    from clinic_app.storage.store import _fts_match, search_tokens
    from clinic_app.ui.case_list_model import CaseListModel

    QApplication.instance() or QApplication([])
    db = path_for(n)
    store = open_store(db, passphrase=PASSPHRASE, auto_backup=False, check=False)
    model = CaseListModel(store, CaseQuery())
    raw = store._engine.raw_connection()  # noqa: SLF001 - the floor: the same file, the bare index query
    try:
        for cls, term in _terms(store).items():
            app_t: list[float] = []
            floor_t: list[float] = []
            slowest = ("", 0.0)
            for _ in range(repeat):
                for k in range(1, len(term) + 1):
                    typed = term[:k]
                    tokens = [t for t in search_tokens(typed) if len(t) >= 3]
                    if tokens:
                        floor_t.append(_ms(lambda tokens=tokens: raw.driver_connection.execute(
                            "SELECT rowid FROM case_search WHERE case_search MATCH ? ORDER BY rowid DESC "
                            "LIMIT 1001", (_fts_match(tokens),)).fetchall()))
                    took = _ms(lambda typed=typed: model.set_query(text=typed))
                    app_t.append(took)
                    if took > slowest[1]:
                        slowest = (typed, took)
            hits = f"{model.rowCount()}{'+' if model.more_matches() else ''}"
            floor = f"floor {_stats(floor_t)} ms" if floor_t else "floor -"
            print(f"search n={n:>9,} {cls:<22} {term!r:<22} per keystroke {_stats(app_t)} ms "
                  f"(slowest {slowest[1]:.1f} ms at {slowest[0]!r}) | {floor} | listed {hits}", flush=True)
        model.set_query(text="")
    finally:
        raw.close()
        store.close()


# -- paging ----------------------------------------------------------------------------------------------
def bench_paging(n: int, repeat: int = 7) -> None:
    from clinic_app.storage import CaseQuery, open_store
    from clinic_app.storage.records import SORT_KEYS

    db = path_for(n)
    store = open_store(db, passphrase=PASSPHRASE, auto_backup=False, check=False)

    def med(fn: Callable[[], Any]) -> list[float]:
        return [_ms(fn) for _ in range(repeat)]

    try:
        def last_cursor(sort: str) -> Any:
            return store.list_page(CaseQuery(sort=sort, descending=True, limit=201)).after

        out: list[tuple[str, list[float]]] = []
        out.append(("first page by name", med(lambda: store.list_page(CaseQuery(sort="name")))))
        middle = store.list_page(CaseQuery(sort="name", limit=1, after=None))
        half = store.list_page(CaseQuery(sort="name", descending=True, limit=n // 2)).after if n <= 100_000 \
            else None
        if half is not None:
            out.append(("middle page by name", med(lambda: store.list_page(CaseQuery(sort="name", after=half)))))
        _ = middle
        for sort in SORT_KEYS:
            cursor = last_cursor(sort)
            out.append((f"last page by {sort}", med(lambda s=sort, c=cursor: store.list_page(
                CaseQuery(sort=s, after=c)))))
        live = store.count_cases(cap=None) if n <= 100_000 else None
        if live is not None:
            out.append(("last page by name, OFFSET (before)", [_ms(lambda: store.list_cases(
                CaseQuery(sort="name", offset=max(live - 200, 0)))) for _ in range(2)]))
        out.append(("site choices (filter list)", med(store.site_choices)))
        out.append(("site filter YUL2, first page by name", med(lambda: store.list_page(
            CaseQuery(sort="name", site="YUL2")))))
        out.append(("site filter YUL2, first page by site", med(lambda: store.list_page(
            CaseQuery(sort="site", site="YUL2")))))
        out.append(("count, capped at 10,000", med(lambda: store.count_cases(cap=10_000))))
        out.append(("count, exact (not used by the list)", [_ms(store.count_cases) for _ in range(2)]))
        for label, values in out:
            print(f"paging n={n:>9,} {label:<38} {_stats(values)} ms", flush=True)
    finally:
        store.close()


def main(argv: list[str]) -> None:
    what = argv[0] if argv else "paging"
    sizes = [int(a) for a in argv[1:]] or list(SIZES)
    bench = {"start": bench_start, "search": bench_search, "paging": bench_paging}[what]
    for n in sizes:
        bench(n)


if __name__ == "__main__":
    main(sys.argv[1:])
