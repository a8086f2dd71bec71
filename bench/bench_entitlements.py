"""Throughput of the entitlement engine, in-process and through ``clinic-app entitlements``.

    python bench/bench_entitlements.py [--count 100000] [--no-cli]

Every figure is printed with a ratio to a floor measured in the same run on the same machine, so the
numbers mean something on a loaded laptop as on CI:

* in-process floor: the same cases only parsed and serialised with ``json`` (``json.dumps(json.loads(text))``);
* engine: ``parse_facts`` + ``compute`` (all figures with their basis; the explanation is written on first
  read, as in the GUI), then the same plus the explanation in one language, then the whole contract path
  (``json.loads`` with Decimals, ``evaluate``, ``json.dumps`` of the results);
* CLI: ``python -m clinic_app entitlements --input FILE`` against a subprocess that only parses and
  serialises the same file with ``json``, and against one that does so for the CLI's own output (the
  unavoidable cost of the volume of text it prints: each result carries its explanation).

Targets (issue 4): >= 20,000 cases/s in-process; the CLI under 3x the JSON floor. Not collected by pytest.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from decimal import Decimal
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from bench.rss import peak_rss_mb  # noqa: E402
from clinic_app.domain.contract import evaluate  # noqa: E402
from clinic_app.domain.engine import compute  # noqa: E402
from clinic_app.domain.facts import parse_facts  # noqa: E402


def generate(count: int, seed: int = 4) -> list[dict[str, Any]]:
    """Realistic, varied cases: both jurisdictions, every cause, varying wages, notice, collective counts."""
    rng = random.Random(seed)
    cases: list[dict[str, Any]] = []
    for i in range(count):
        jurisdiction = "QC" if rng.random() < 0.8 else "CA-FED"
        termination = dt.date(2020, 1, 1) + dt.timedelta(days=rng.randrange(2200))
        hire = termination - dt.timedelta(days=rng.randrange(1, 9000))
        case: dict[str, Any] = {
            "jurisdiction": jurisdiction,
            "hire_date": hire.isoformat(),
            "termination_date": termination.isoformat(),
            "weekly_regular_wage": round(rng.uniform(450, 1800), 2),
            "establishment_terminations": rng.choice([0, 3, 9, 10, 45, 60, 120, 350]),
            "cause": rng.choices(["closure", "other", "serious_fault", "end_of_fixed_term", "force_majeure",
                                  "unforeseeable_event"], [78, 8, 5, 5, 2, 2])[0],
        }
        if rng.random() < 0.3:
            case["notice_weeks_given"] = rng.choice([1, 2, 0.428571, 4])
        if rng.random() < 0.25:
            case["wage_varies"] = True
            case["recent_weekly_wages"] = [round(rng.uniform(300, 1500), 2) for _ in range(rng.randint(4, 13))]
        if rng.random() < 0.2:
            case["classified_as_contractor"] = True
        if rng.random() < 0.2:
            case["employer_payments"] = round(rng.uniform(0, 5000), 2)
        if rng.random() < 0.1:
            case["layoff"] = True
            case["notice_given_during_layoff"] = rng.random() < 0.5
        if rng.random() < 0.05:
            case["employment_type"] = rng.choice(["fixed_term", "seasonal_fixed_term"])
        # contract v3 facts, in the proportions an intake night gives
        case["as_of"] = "2026-12-01"
        if rng.random() < 0.4:
            case["vacation_wages_current_year"] = round(rng.uniform(2000, 40000), 2)
            if rng.random() < 0.7:
                case["vacation_wages_completed_year"] = round(rng.uniform(10000, 60000), 2)
        if rng.random() < 0.1:
            case["employer_payments"] = [{"amount": round(rng.uniform(0, 3000), 2),
                                          "purpose": rng.choice(["notice", "vacation", "wages"])}
                                         for _ in range(rng.randint(1, 3))]
        if rng.random() < 0.1:
            case["union_member"] = True
            case["recall_rights_months"] = rng.choice([0, 6, 9, 12])
        if rng.random() < 0.05:
            case["cnesst_inquiry_notice_date"] = (termination + dt.timedelta(days=rng.randrange(400))).isoformat()
        if rng.random() < 0.05:
            case["collective_notice_weeks_given"] = None
        if i % 200 == 0:
            case["jurisdiction"] = "ON"  # a few invalid cases, as in real batches
        cases.append(case)
    return cases


def timed(fn: Any) -> tuple[float, Any]:
    start = time.perf_counter()
    value = fn()
    return time.perf_counter() - start, value


def best(fn: Any, repeat: int = 3) -> float:
    return min(timed(fn)[0] for _ in range(repeat))


def in_process(cases: list[dict[str, Any]]) -> None:
    n = len(cases)
    text = json.dumps(cases)
    floor = best(lambda: json.dumps(json.loads(text)))
    data = json.loads(text, parse_float=Decimal, parse_int=Decimal)
    valid = [c for c in data if c["jurisdiction"] != "ON"]

    def figures() -> None:
        for case in valid:
            compute(parse_facts(case))

    def with_text() -> None:
        for case in valid:
            compute(parse_facts(case)).explanation["fr"]  # noqa: B018

    def contract() -> None:
        results = [evaluate(c, "fr") for c in json.loads(text, parse_float=Decimal, parse_int=Decimal)]
        "\n".join(map(json.dumps, results))

    print(f"in-process, {n:,} cases")
    print(f"  floor: json parse + serialise        {n / floor:12,.0f} cases/s")
    for label, fn, count in (("engine: parse + compute (figures)", figures, len(valid)),
                             ("engine + explanation (one language)", with_text, len(valid)),
                             ("contract: json -> evaluate -> json", contract, n)):
        seconds = best(fn, 1)
        rate = count / seconds
        print(f"  {label:37s}{rate:12,.0f} cases/s   {(seconds / count) / (floor / n):6.1f}x the floor"
              f"   {'ok' if rate >= 20_000 else 'below'} vs 20,000/s")


def _run_measured(cmd: list[str], env: dict[str, str], stdout: Any) -> tuple[float, float, int]:
    """Wall seconds, the child's own peak RSS in MB, and exit status of one process."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=stdout, env=env)
    rss = peak_rss_mb(proc)
    return time.perf_counter() - start, rss, proc.wait()


# The floor: parse the input (json with Decimals, as the CLI does) and write the very output the CLI wrote,
# serialised from objects (loaded before the clock starts); process start-up included, as for the CLI.
FLOOR_CODE = """
import json, sys, time
from decimal import Decimal
results = [json.loads(line.rstrip(',\\n')) for line in open(sys.argv[2], encoding='utf-8')
           if line.startswith('{')]
t = time.perf_counter()
data = json.load(open(sys.argv[1], encoding='utf-8'), parse_float=Decimal, parse_int=Decimal)
sys.stdout.write('[\\n' + ',\\n'.join(map(json.dumps, results)) + '\\n]\\n')
sys.stdout.flush()
sys.stderr.write(repr(time.perf_counter() - t))
"""


def cli(cases: list[dict[str, Any]], rounds: int) -> None:
    """The CLI on an array and on JSON Lines against the parse-and-write floor, interleaved ``rounds`` times."""
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "cases.json"
        lines = Path(tmp) / "cases.jsonl"
        out = Path(tmp) / "out.json"
        src.write_text(json.dumps(cases), encoding="utf-8")
        lines.write_text("".join(json.dumps(c) + "\n" for c in cases), encoding="utf-8")
        base = [sys.executable, "-m", "clinic_app", "entitlements", "--input"]
        startup = min(_run_measured([sys.executable, "-c", "pass"], env, subprocess.DEVNULL)[0] for _ in range(3))
        runs: dict[str, list[tuple[float, float]]] = {"array": [], "jsonl": [], "floor": []}
        for _ in range(rounds):
            with open(out, "wb") as fh:
                wall, rss, status = _run_measured([*base, str(src)], env, fh)
            assert status in (0, 1), status
            runs["array"].append((wall, rss))
            wall, rss, status = _run_measured([*base, str(lines), "--jsonl"], env, subprocess.DEVNULL)
            assert status in (0, 1), status
            runs["jsonl"].append((wall, rss))
            floor = subprocess.run([sys.executable, "-c", FLOOR_CODE, str(src), str(out)], env=env,
                                   stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, check=True)
            runs["floor"].append((startup + float(floor.stderr), 0.0))
        n = len(cases)
        fmin = min(w for w, _ in runs["floor"])
        fmed = statistics.median(w for w, _ in runs["floor"])
        print(f"CLI, {n:,} cases ({src.stat().st_size / 1e6:.1f} MB in, {out.stat().st_size / 1e6:.1f} MB out), "
              f"{rounds} interleaved rounds")
        print(f"  floor: start + parse input + write the same output  min {fmin:6.2f} s  median {fmed:6.2f} s")
        for label in ("array", "jsonl"):
            walls = [w for w, _ in runs[label]]
            rss = max(r for _, r in runs[label])
            wmin, wmed = min(walls), statistics.median(walls)
            print(f"  clinic-app entitlements ({label:5s})  min {wmin:6.2f} s  median {wmed:6.2f} s  "
                  f"{n / wmin:8,.0f} cases/s  ratio {wmin / fmin:4.2f}x / {wmed / fmed:4.2f}x  "
                  f"peak RSS {rss:6.1f} MB  ({'ok' if wmin <= 3 * fmin else 'above'} vs 3x)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=100_000, help="number of generated cases (default 100000)")
    parser.add_argument("--no-cli", action="store_true", help="skip the subprocess measurement")
    parser.add_argument("--no-engine", action="store_true", help="skip the in-process measurement")
    parser.add_argument("--rounds", type=int, default=3, help="interleaved CLI rounds (default 3)")
    args = parser.parse_args()
    cases = generate(args.count)
    if not args.no_engine:
        in_process(cases)
    if not args.no_cli:
        cli(cases, args.rounds)


if __name__ == "__main__":
    main()
