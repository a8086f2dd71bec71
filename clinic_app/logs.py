"""Logging without personal data.

Log lines name operations, case UUIDs and field *names*, never field values: case data (names, wages,
immigration status) must not end up in a log file that is copied around with a bug report.
Tracebacks are written without local variables for the same reason.
"""

from __future__ import annotations

import datetime as _dt
import logging
import traceback
from pathlib import Path

from clinic_app import paths

log = logging.getLogger("clinic_app")


def log_exception(exc: BaseException) -> Path:
    """Write ``exc``'s traceback (frames and line numbers only, no locals) to a crash log; return its path."""
    stamp = _dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    try:
        folder = paths.log_dir()
    except OSError:
        import tempfile

        folder = Path(tempfile.gettempdir())
    target = folder / f"crash-{stamp}.log"
    # format_exception never includes locals; the exception message itself may quote user input, so only
    # its type is kept.
    frames = traceback.extract_tb(exc.__traceback__)
    lines = [f"{type(exc).__module__}.{type(exc).__qualname__}\n", *traceback.format_list(frames)]
    try:
        with open(target, "a", encoding="utf-8") as fh:
            fh.writelines(lines)
    except OSError:
        pass
    return target
