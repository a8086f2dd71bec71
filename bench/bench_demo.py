"""Benchmark: demo generation, validation and JSON round trip, as ratios to a floor measured in the same run.

Floor: building ``Case()`` with default nested dataclasses, the least any per-case work can cost.
Usage: ``PYTHONPATH=. python bench/bench_demo.py [count]`` (default 100000; use 10000 for a quick run).
"""

from __future__ import annotations

import sys
import time

from clinic_app.domain.case import Case
from clinic_app.domain.case_json import case_from_dict, case_to_dict
from clinic_app.domain.demo import generate_demo
from clinic_app.domain.validation import validate_case


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    t = time.perf_counter()
    for _ in range(n):
        Case()
    floor = time.perf_counter() - t
    t = time.perf_counter()
    _, cases = generate_demo(n)
    gen = time.perf_counter() - t
    t = time.perf_counter()
    for c in cases:
        validate_case(c)
    val = time.perf_counter() - t
    sample = cases[: min(n, 10_000)]
    t = time.perf_counter()
    for c in sample:
        case_from_dict(case_to_dict(c))
    rt = (time.perf_counter() - t) * n / len(sample)
    print(f"{n} cases; floor Case(): {floor:.2f} s")
    print(f"generate_demo: {gen:.2f} s ({gen / floor:.1f}x floor)")
    print(f"validate_case: {val:.2f} s, {val / n * 1e6:.1f} us/case ({val / floor:.1f}x floor)")
    print(f"JSON round trip (extrapolated): {rt:.2f} s ({rt / floor:.1f}x floor)")


if __name__ == "__main__":
    main()
