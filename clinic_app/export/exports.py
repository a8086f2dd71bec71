"""CSV and XLSX exports from the case store: what the CLI and the export dialog call.

Why here and not in the writers: the writers (:mod:`clinic_app.export.tabular`) know nothing of
databases, so they are tested on plain records; this module picks the cases (a :class:`CaseQuery`, always
*all* matching rows, never one page of the list), pairs each with its establishment, and writes the audit
entry that says who exported what, with which profile.

Where the profile is recorded: an XLSX file carries it in its document properties. A CSV file has no place
for metadata that every reader ignores (a comment line or an extra column breaks Excel's and pandas'
reading of the header), and a sidecar file gets separated from the CSV on the first copy. So for both
formats the audit log holds the profile, preset, row count, the columns written and the SHA-256 of the file
written: given a CSV found on a desk, ``sha256sum`` tells which export (and which profile) it came from.
The audit entry never holds the file's name (a person's name is a likely file name).
"""

from __future__ import annotations

import dataclasses
import hashlib
import logging
import os
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from clinic_app.export.columns import Column, ExportRecord, Profile, columns_for
from clinic_app.export.deidentify import DEFAULT_K, DeidReport, deidentify
from clinic_app.export.tabular import Headers, Preset, ProgressCallback, XlsxStats, write_csv, write_xlsx

if TYPE_CHECKING:
    from clinic_app.storage import CaseQuery, CaseStore

log = logging.getLogger(__name__)

__all__ = ["export_csv", "export_xlsx", "export_records", "file_sha256"]


def _all_matching(query: CaseQuery | None) -> CaseQuery:
    """The query for an export: every matching case (the list's paging does not apply to an export)."""
    from clinic_app.storage import CaseQuery

    if query is None:
        return CaseQuery(limit=None)
    return dataclasses.replace(query, offset=0, limit=None)


def export_records(store: CaseStore, query: CaseQuery | None = None) -> Iterator[ExportRecord]:
    """Every case matching ``query`` with its establishment, streamed (the store reads in batches)."""
    establishments = {est.id: est for est in store.list_establishments()}
    for case in store.iter_cases(_all_matching(query)):
        est = establishments.get(case.establishment_id) if case.establishment_id else None
        yield ExportRecord(case, est)


def file_sha256(path: str | os.PathLike[str]) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _audit(store: CaseStore, fmt: str, profile: Profile, n: int, columns: Sequence[Column], path: Path,
           preset: Preset | None = None, extra: Sequence[str] = ()) -> None:
    parts = [f"export {fmt}", f"profile={profile.value}"]
    if preset is not None:
        parts.append(f"preset={preset.value}")
    parts += [f"n={n}", f"columns={','.join(c.name for c in columns)}", f"sha256={file_sha256(path)}", *extra]
    from clinic_app.storage import StorageError

    try:
        store.record_audit("export", detail=" ".join(parts))
    except StorageError as exc:
        # The file is written and complete: a database that cannot take the audit line (read-only copy,
        # full disk) must not turn a finished export into a reported failure.
        log.warning("export written, audit entry not recorded: %s", exc.code)


def export_csv(store: CaseStore, path: str | os.PathLike[str], *, query: CaseQuery | None = None,
               columns: Sequence[str] | None = None, preset: Preset | str = Preset.EXCEL_FR,
               profile: Profile | str = Profile.FULL, progress: ProgressCallback | None = None,
               k: int = DEFAULT_K, deid_report: DeidReport | None = None, language: str = "fr",
               headers: Headers | str = Headers.NAMES) -> int:
    """Write the cases matching ``query`` to a CSV file; returns the number of rows.

    De-identified (``profile="deidentified"``): generalised and suppressed until every combination of
    quasi-identifiers is shared by at least ``k`` rows; ``deid_report`` receives the k reached.

    Raises :class:`~clinic_app.export.errors.ColumnError` for unknown or (de-identified) personal columns,
    :class:`~clinic_app.export.errors.ExportCancelled` when ``progress`` returns False (no file left).
    """
    profile, preset = Profile(profile), Preset(preset)
    cols, records, extra = _records_for(store, query, profile, columns_for(profile, columns), k, deid_report,
                                        service_years=not columns, dates_as_text=True)
    try:
        n = write_csv(path, records, cols, preset, progress=progress, language=language, headers=headers)
    finally:
        _close(records)  # a cancelled or failed export releases the flat query's connection now
    _audit(store, "csv", profile, n, cols, Path(path), preset, extra=extra)
    return n


def _close(records: Iterable[Any]) -> None:
    close = getattr(records, "close", None)
    if close is not None:
        close()


def _records_for(store: CaseStore, query: CaseQuery | None, profile: Profile, cols: list[Column], k: int,
                 report: DeidReport | None, *, service_years: bool, dates_as_text: bool = False
                 ) -> tuple[list[Column], Iterable[Any], list[str]]:
    """The columns and rows to write: the cases as they are, or generalised to k-anonymity when
    de-identified (:mod:`clinic_app.export.deidentify`)."""
    if profile is not Profile.DEIDENTIFIED:
        from clinic_app.export.flat import flat_columns

        flat = flat_columns(store, query, cols, dates_as_text=dates_as_text)  # stored figures, one joined query
        return (*flat, []) if flat is not None else (cols, export_records(store, query), [])
    report = report if report is not None else DeidReport()
    out_cols, rows = deidentify(export_records(store, query), cols, k=k, report=report,
                                service_years=service_years)
    return out_cols, rows, [f"k={report.k_wanted}", f"k_reached={report.k_reached}",
                            f"left_out={report.rows_left_out}", f"suppressed={report.cells_suppressed}"]


def export_xlsx(store: CaseStore, path: str | os.PathLike[str], *, query: CaseQuery | None = None,
                columns: Sequence[str] | None = None, profile: Profile | str = Profile.FULL,
                language: str = "fr", progress: ProgressCallback | None = None,
                stats: XlsxStats | None = None, k: int = DEFAULT_K, deid_report: DeidReport | None = None,
                headers: Headers | str = Headers.NAMES) -> int:
    """Write the cases matching ``query`` to an XLSX workbook (profile in its properties); returns the rows.

    Text longer than Excel's cell limit is cut with a visible marker; ``stats.cells_cut`` (and the audit
    entry) say how many cells were cut.
    """
    profile = Profile(profile)
    cols, records, extra = _records_for(store, query, profile, columns_for(profile, columns), k, deid_report,
                                        service_years=not columns)
    stats = stats if stats is not None else XlsxStats()
    try:
        n = write_xlsx(path, records, cols, profile=profile, language=language, headers=headers,
                       progress=progress, stats=stats)
    finally:
        _close(records)
    if stats.cells_cut:
        log.warning("xlsx export: %d cell(s) cut at the cell limit", stats.cells_cut)
    _audit(store, "xlsx", profile, n, cols, Path(path), extra=[*extra, f"cells_cut={stats.cells_cut}"])
    return n
