"""Benchmark of the frozen program: start-up to a painted main window and size, against a bare PySide6 window.

Both programs are frozen in this run the same way (one folder, PyInstaller, the exclusions and pruning of
packaging/pyi_common.py), so the ratios compare our program with the least any PySide6 program costs.
Targets (issue 9): start <= 1.5x, size <= 1.5x. Absolute figures are printed too.

    python bench/bench_frozen.py                 # builds both (a few minutes on 2 cores), 5 starts each
    python bench/bench_frozen.py --runs 3 --app-dir build/packaging/pyinstaller/clinic-app   # reuse a build

Start-up is the wall time of the whole process with ``CLINIC_APP_EXIT_AFTER_PAINT=1`` (see
clinic_app/ui/startup_probe.py): the program quits right after its main window's first paint, offscreen.
The first start after the build is reported apart ("first"); the ratio uses the median of the following
starts (page cache warm: dropping the machine's caches would disturb everything else running on it).
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
TARGET = 1.5

BARE_APP = '''
"""A bare PySide6 window: the floor any PySide6 program pays to start and to ship."""
import sys

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow


class ExitAfterPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and isinstance(watched, QMainWindow):
            QTimer.singleShot(0, QApplication.instance().quit)
        return False


app = QApplication(sys.argv)
app.installEventFilter(ExitAfterPaint(app))
window = QMainWindow()
window.setCentralWidget(QLabel("Hello"))
window.resize(1000, 700)
window.show()
sys.exit(app.exec())
'''

BARE_SPEC = '''
import sys
sys.path.insert(0, {packaging!r})
import pyi_common

used = {{"QtCore", "QtGui", "QtWidgets"}}
a = Analysis([{script!r}], excludes=pyi_common.qt_excludes(keep=used) + list(pyi_common.UNUSED_PYTHON_MODULES))
a.binaries, a.datas = pyi_common.prune(a.binaries, a.datas, lambda d: pyi_common.keep_binary(d, used),
                                       pyi_common.keep_data_file)
pyz = PYZ(a.pure)
exe = EXE(pyz, a.scripts, [], exclude_binaries=True, name="bare", strip=pyi_common.use_strip(),
          upx=pyi_common.use_upx(), console=True)
COLLECT(exe, a.binaries, a.datas, strip=pyi_common.use_strip(), upx=pyi_common.use_upx(), name="bare")
'''


def folder_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def pyinstaller(spec: Path, work: Path, env: dict[str, str] | None = None) -> None:
    subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
                    "--distpath", str(work / "dist"), "--workpath", str(work / "build"), str(spec)],
                   check=True, cwd=REPO, env={**os.environ, **(env or {})})


def build_bare(work: Path) -> Path:
    work.mkdir(parents=True, exist_ok=True)
    script = work / "bare_window.py"
    script.write_text(BARE_APP, encoding="utf-8")
    spec = work / "bare.spec"
    spec.write_text(textwrap.dedent(BARE_SPEC.format(packaging=str(REPO / "packaging"), script=str(script))),
                    encoding="utf-8")
    pyinstaller(spec, work)
    return work / "dist" / "bare"


def build_app(work: Path) -> Path:
    if (REPO / "clinic_app" / "ui" / "i18n_build.py").exists():
        subprocess.run([sys.executable, "-m", "clinic_app.ui.i18n_build"], check=True, cwd=REPO,
                       env={**os.environ, "PYTHONPATH": str(REPO)})
    pyinstaller(REPO / "packaging" / "clinic-app.spec", work, {"PYTHONPATH": str(REPO)})
    return work / "dist" / "clinic-app"


def time_start(cmd: list[str], env: dict[str, str], timeout: float) -> float | None:
    """Seconds from launch to exit, or None if it did not exit by itself (probe not wired, error)."""
    start = time.perf_counter()
    try:
        done = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return None
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        print(f"  {Path(cmd[0]).name} exited {done.returncode}: {done.stderr.strip()[-300:]}", file=sys.stderr)
        return None
    return elapsed


def measure(cmd: list[str], env: dict[str, str], runs: int, timeout: float) -> tuple[float | None, float | None]:
    first = time_start(cmd, env, timeout)
    if first is None:
        return None, None
    rest = [t for t in (time_start(cmd, env, timeout) for _ in range(runs)) if t is not None]
    return first, (statistics.median(rest) if rest else None)


def app_command(app_dir: Path, home: Path, env: dict[str, str]) -> list[str]:
    """Start the GUI on a small unencrypted demo database when the commands for that exist."""
    exe = str(app_dir / "clinic-app")
    db = home / "bench.db"
    made = subprocess.run([exe, "demo-data", "--db", str(db), "--count", "200", "--no-encryption"],
                          env=env, capture_output=True, text=True, timeout=300)
    gui_help = subprocess.run([exe, "gui", "--help"], env=env, capture_output=True, text=True, timeout=60).stdout
    if made.returncode == 0 and "--db" in gui_help:
        extra = ["--no-encryption"] if "--no-encryption" in gui_help else []
        return [exe, "gui", "--db", str(db), *extra]
    return [exe]


def ratio_line(name: str, ours: float | None, floor: float | None, unit: str, fmt: str) -> str:
    if ours is None or floor is None:
        return f"{name}: ours {'n/a' if ours is None else format(ours, fmt)} {unit}, bare " \
               f"{'n/a' if floor is None else format(floor, fmt)} {unit}: ratio not measurable"
    ratio = ours / floor
    verdict = "OK" if ratio <= TARGET else "OVER TARGET"
    return f"{name}: ours {ours:{fmt}} {unit}, bare {floor:{fmt}} {unit}, ratio {ratio:.2f}x " \
           f"(target <= {TARGET}x) {verdict}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="timed starts after the first one (default 5)")
    parser.add_argument("--app-dir", type=Path, help="an existing one-folder build of clinic-app to measure")
    parser.add_argument("--work", type=Path, help="build folder (default: a temporary folder)")
    parser.add_argument("--timeout", type=float, default=60.0, help="seconds before a start counts as failed")
    args = parser.parse_args(argv)

    work = args.work or Path(tempfile.mkdtemp(prefix="bench-frozen-"))
    t0 = time.perf_counter()
    bare_dir = build_bare(work / "bare")
    app_dir = args.app_dir or build_app(work / "app")
    print(f"built in {time.perf_counter() - t0:.0f} s (bare: {bare_dir}, ours: {app_dir})")

    home = work / "home"
    home.mkdir(parents=True, exist_ok=True)
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME")}
    env.update({"QT_QPA_PLATFORM": "offscreen", "CLINIC_APP_EXIT_AFTER_PAINT": "1", "CLINIC_APP_HOME": str(home)})

    bare_first, bare_start = measure([str(bare_dir / "bare")], env, args.runs, args.timeout)
    our_first, our_start = measure(app_command(app_dir, home, env), env, args.runs, args.timeout)
    bare_size, our_size = folder_size(bare_dir), folder_size(app_dir)
    # Not a ratio (no bare equivalent): how long the frozen command line takes to answer at all.
    _, cli_start = measure([str(app_dir / "clinic-app"), "--version"], env, args.runs, args.timeout)

    print(f"first start (cold-ish, right after the build): ours "
          f"{'n/a' if our_first is None else f'{our_first:.3f}'} s, bare "
          f"{'n/a' if bare_first is None else f'{bare_first:.3f}'} s")
    print(ratio_line(f"start to painted main window (median of {args.runs})", our_start, bare_start, "s", ".3f"))
    print(ratio_line("one-folder size", our_size / 1e6, bare_size / 1e6, "MB", ".1f"))
    print(f"frozen command line (clinic-app --version, median of {args.runs}): "
          f"{'n/a' if cli_start is None else f'{cli_start:.3f}'} s")
    if our_start is None:
        print("note: the program did not quit after painting its main window: is "
              "clinic_app.ui.startup_probe.install(app) called by the GUI start-up code?")
    if not args.work:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
