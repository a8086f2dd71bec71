"""Export cases to CSV or XLSX, full or de-identified, with the columns chosen.

Why a request object: the export dialog and ``clinic-app export`` build the same request from different
inputs (widgets, options), and the rules (which columns a profile allows, the format from the file's
extension) are checked here once.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from clinic_app.services.progress import CancelToken, Progress, no_progress, rows_callback

if TYPE_CHECKING:
    from clinic_app.export.deidentify import DeidReport
    from clinic_app.storage import CaseQuery, CaseStore

FORMATS = ("csv", "xlsx")


@dataclass(frozen=True)
class ExportRequest:
    """``fmt`` "csv" or "xlsx"; ``preset`` "excel-fr" or "plain" (CSV only); ``profile`` "full" or
    "deidentified"; ``columns`` None for all the profile allows; ``lang`` the export's language (XLSX sheet
    name, labels of coded values, header labels); ``headers`` "names" (stable) or "labels"."""

    path: Path
    fmt: str
    query: CaseQuery | None = None
    columns: list[str] | None = None
    preset: str = "excel-fr"
    profile: str = "full"
    lang: str = "fr"
    k: int = 5  # de-identified: every combination of quasi-identifiers shared by at least k rows
    headers: str = "names"


def format_from_path(path: Path) -> str | None:
    """"csv" or "xlsx" from the file's extension, else None."""
    suffix = path.suffix.lower().lstrip(".")
    return suffix if suffix in FORMATS else None


def check_columns(profile: str, columns: list[str] | None) -> None:
    """``ColumnError`` for unknown columns or personal ones in a de-identified export (before any work)."""
    from clinic_app.export.columns import columns_for

    columns_for(profile, columns)


def export_cases(store: CaseStore, request: ExportRequest, *, progress: Progress = no_progress,
                 cancel: CancelToken | None = None, deid_report: DeidReport | None = None) -> int:
    """Write the file (atomically; nothing under its name if cancelled or failed); returns the rows written.

    Audited by the export layer (profile, columns, SHA-256; never the file name). ``ExportCancelled`` when
    cancelled, ``ExportError``/``StorageError`` when refused, ``OSError`` when the file cannot be written.
    """
    from clinic_app.export.exports import export_csv, export_xlsx

    if cancel is not None:
        cancel.check()  # cancelled before it started: nothing is read or written
    total = store.count_cases(request.query)
    callback = rows_callback(progress, cancel, total)
    if request.fmt == "csv":
        return export_csv(store, request.path, query=request.query, columns=request.columns, preset=request.preset,
                          profile=request.profile, progress=callback, k=request.k, deid_report=deid_report,
                          language=request.lang, headers=request.headers)
    return export_xlsx(store, request.path, query=request.query, columns=request.columns, profile=request.profile,
                       language=request.lang, progress=callback, k=request.k, deid_report=deid_report,
                       headers=request.headers)
