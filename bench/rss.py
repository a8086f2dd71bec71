"""A child process's own peak memory, for the benchmarks that report one (entitlements CLI, bundles)."""

from __future__ import annotations

import subprocess
import time


def peak_rss_mb(proc: subprocess.Popen) -> float:  # type: ignore[type-arg]
    """The child's own peak RSS (VmHWM of its own address space, polled until it exits).

    Not ``wait4``'s ``ru_maxrss``: Linux carries the parent's peak over into a child at exec, so a benchmark
    holding 100,000 generated cases would be reported as the child's peak.
    """
    peak = 0
    status = f"/proc/{proc.pid}/status"
    while proc.poll() is None:
        try:
            with open(status, encoding="ascii") as fh:
                for line in fh:
                    if line.startswith("VmHWM:"):
                        peak = max(peak, int(line.split()[1]))
                        break
        except (OSError, ValueError):
            pass
        time.sleep(0.02)
    return peak / 1024
