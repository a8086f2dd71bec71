"""The entitlement engine of two checkouts side by side, in CPU time, interleaved: is a change faster?

    python bench/bench_engine_ab.py BASE_DIR [--branch DIR] [--count 10000] [--rounds 6] [--cli]

``BASE_DIR`` is another checkout of the repository (``git worktree add ../base main``, or ``git archive main |
tar -x -C ../base``); ``--branch`` defaults to this one. Each measurement runs in a fresh process with that
checkout first on ``PYTHONPATH`` (the same interpreter for both), the two alternating round by round, so a
machine shared with other work loads both alike. Times are the process's CPU time (``time.process_time``,
and ``wait4``'s user + system time for the CLI), less disturbed by other jobs than wall time; min and
median are printed, with the load average.

In process (the paths of ``bench_entitlements.py``, on its generated cases): the JSON floor
(``json.loads`` + ``json.dumps``), parse + figures, the same with the explanation in one language, and the
contract path (``evaluate`` then ``json.dumps``). With ``--cli``: ``clinic-app entitlements`` on an array and
on JSON Lines, against the parse-and-write floor of ``bench_entitlements.py`` (start-up + parse the input +
write the same output), and a check that both checkouts wrote the same bytes. Not collected by pytest.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from bench.bench_entitlements import FLOOR_CODE, generate  # noqa: E402
from bench.rss import peak_rss_mb  # noqa: E402

#: one in-process measurement, run with the checkout to measure first on sys.path; prints cases/s per path
IN_PROCESS = """
import json, sys, time
from decimal import Decimal
from bench.bench_entitlements import generate
from clinic_app.domain.contract import evaluate
from clinic_app.domain.engine import compute
from clinic_app.domain.facts import parse_facts
n = int(sys.argv[1])
text = json.dumps(generate(n))
data = json.loads(text, parse_float=Decimal, parse_int=Decimal)
valid = [c for c in data if c["jurisdiction"] != "ON"]
def floor():
    json.dumps(json.loads(text))
def figures():
    for case in valid:
        compute(parse_facts(case))
def with_text():
    for case in valid:
        compute(parse_facts(case)).explanation["fr"]
def contract():
    results = [evaluate(c, "fr") for c in json.loads(text, parse_float=Decimal, parse_int=Decimal)]
    "\\n".join(map(json.dumps, results))
out = {}
for name, fn, count in (("floor", floor, n), ("figures", figures, len(valid)), ("text", with_text, len(valid)),
                        ("contract", contract, n)):
    start = time.process_time()
    fn()
    out[name] = count / (time.process_time() - start)
print(json.dumps(out))
"""

LABELS = {"floor": "JSON floor (loads + dumps)", "figures": "parse + figures",
          "text": "+ explanation (one language)", "contract": "contract: json -> evaluate -> json"}


def _env(tree: Path) -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(tree)}


def in_process(trees: dict[str, Path], count: int, rounds: int) -> None:
    runs: dict[str, list[dict[str, float]]] = {name: [] for name in trees}
    loads = [os.getloadavg()[0]]
    for r in range(rounds):
        for name, tree in (list(trees.items())[::1 if r % 2 == 0 else -1]):
            out = subprocess.run([sys.executable, "-c", IN_PROCESS, str(count)], cwd=tree, env=_env(tree),
                                 capture_output=True, text=True, check=True).stdout
            runs[name].append(json.loads(out))
        loads.append(os.getloadavg()[0])
    print(f"in process, {count:,} cases, {rounds} interleaved rounds, cases/s of CPU time (best / median)")
    for path, label in LABELS.items():
        cells = []
        for name in trees:
            rates = [run[path] for run in runs[name]]
            cells.append(f"{name} {max(rates):9,.0f} / {statistics.median(rates):9,.0f}")
        print(f"  {label:37s}" + "   ".join(cells))
    print("  load average (1 min) between rounds:", " ".join(f"{load:.1f}" for load in loads))


def _cpu(cmd: list[str], env: dict[str, str], stdout: object) -> tuple[float, float, int]:
    """CPU seconds (user + system) of one child, its own peak RSS in MB, and its exit status.

    The CPU time is the growth of this process's reaped-children totals (``peak_rss_mb`` reaps the child).
    """
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    proc = subprocess.Popen(cmd, stdout=stdout, env=env)  # type: ignore[call-overload]
    rss = peak_rss_mb(proc)
    status = proc.wait()
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return cpu, rss, status


def cli(trees: dict[str, Path], count: int, rounds: int) -> None:
    cases = generate(count)
    floor_code = FLOOR_CODE.replace("time.perf_counter()", "time.process_time()")
    with tempfile.TemporaryDirectory() as tmp:
        src, lines = Path(tmp) / "cases.json", Path(tmp) / "cases.jsonl"
        src.write_text(json.dumps(cases), encoding="utf-8")
        lines.write_text("".join(json.dumps(c) + "\n" for c in cases), encoding="utf-8")
        runs: dict[tuple[str, str], list[tuple[float, float]]] = {}
        floors: list[float] = []
        loads = [os.getloadavg()[0]]
        startup = min(_cpu([sys.executable, "-c", "pass"], dict(os.environ), subprocess.DEVNULL)[0] for _ in range(3))
        for r in range(rounds):
            for name, tree in (list(trees.items())[::1 if r % 2 == 0 else -1]):
                base = [sys.executable, "-m", "clinic_app", "entitlements", "--input"]
                with open(Path(tmp) / f"out.{name}.json", "wb") as fh:
                    cpu, rss, status = _cpu([*base, str(src)], _env(tree), fh)
                assert status in (0, 1), status
                runs.setdefault((name, "array"), []).append((cpu, rss))
                cpu, rss, status = _cpu([*base, str(lines), "--jsonl"], _env(tree), subprocess.DEVNULL)
                assert status in (0, 1), status
                runs.setdefault((name, "jsonl"), []).append((cpu, rss))
            floor = subprocess.run([sys.executable, "-c", floor_code, str(src), str(Path(tmp) / f"out.{name}.json")],
                                   env=_env(REPO), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, check=True)
            floors.append(startup + float(floor.stderr))
            loads.append(os.getloadavg()[0])
        outputs = {(Path(tmp) / f"out.{name}.json").read_bytes() for name in trees}
        fmin, fmed = min(floors), statistics.median(floors)
        print(f"CLI, {count:,} cases, {rounds} interleaved rounds, CPU seconds of the child; "
              f"the same output from both: {len(outputs) == 1}")
        print(f"  floor: start + parse input + write the same output   min {fmin:6.2f} s  median {fmed:6.2f} s")
        for kind in ("array", "jsonl"):
            for name in trees:
                cpus = [c for c, _ in runs[(name, kind)]]
                rss = max(m for _, m in runs[(name, kind)])
                cmin, cmed = min(cpus), statistics.median(cpus)
                print(f"  {name:8s} {kind:5s}  min {cmin:6.2f} s  median {cmed:6.2f} s  {count / cmin:7,.0f} cases/s  "
                      f"ratio {cmin / fmin:5.2f}x / {cmed / fmed:5.2f}x  peak RSS {rss:5.1f} MB")
        print("  load average (1 min) between rounds:", " ".join(f"{load:.1f}" for load in loads))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("base", type=Path, help="the other checkout (e.g. main)")
    parser.add_argument("--branch", type=Path, default=REPO, help="the checkout to compare (default: this one)")
    parser.add_argument("--count", type=int, default=10_000, help="generated cases (default 10000)")
    parser.add_argument("--rounds", type=int, default=6, help="interleaved rounds (default 6)")
    parser.add_argument("--cli", action="store_true", help="measure clinic-app entitlements instead")
    args = parser.parse_args()
    trees = {"base": args.base.resolve(), "branch": args.branch.resolve()}
    if args.cli:
        cli(trees, args.count, args.rounds)
    else:
        in_process(trees, args.count, args.rounds)


if __name__ == "__main__":
    main()
