"""The summary of every live case: on screen (the Summary tab) and as a PDF report (``clinic-app report``).

Why one service: the screen and the PDF must never disagree; both are computed here from the same cases.
"""

from __future__ import annotations

import datetime as dt
import os
from typing import TYPE_CHECKING

from clinic_app.services.progress import CancelToken, Progress, no_progress, steps_callback

if TYPE_CHECKING:
    from clinic_app.export.summary import Summary
    from clinic_app.storage import CaseStore


def summary(store: CaseStore, today: dt.date, *, progress: Progress = no_progress,
            cancel: CancelToken | None = None) -> Summary:
    """Add up every live case (``ExportCancelled`` when cancelled)."""
    from clinic_app.export.report import summary_of_store

    return summary_of_store(store, today, progress=steps_callback(progress, cancel))


def write_report(store: CaseStore, path: str | os.PathLike[str], lang: str, *, today: dt.date | None = None,
                 progress: Progress = no_progress, cancel: CancelToken | None = None) -> Summary:
    """Write the summary report PDF atomically (audited); returns the summary it shows."""
    from clinic_app.export.report import render_report

    return render_report(store, path, lang, today=today, progress=steps_callback(progress, cancel))


def save_summary_pdf(summary: Summary, path: str | os.PathLike[str], lang: str) -> None:
    """The summary already on screen as a PDF, written atomically."""
    from clinic_app.export.atomic import write_bytes_atomic
    from clinic_app.export.report import render_summary_pdf

    write_bytes_atomic(path, render_summary_pdf(summary, lang))
