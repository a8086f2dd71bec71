"""The CNESST complaint package of a site: built, written into a folder, and recorded like letters.

Why a service: ``clinic-app complaint-package`` (and a later window) must include the same workers for the same
reasons; every file is written atomically, readable by its owner only, and each included worker gets a letter
record (kind ``cnesst_complaint``, the SHA-256 of the workers' sheets, the amounts claimed), so the clinic can
show later exactly what was filed.
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path
from typing import TYPE_CHECKING

from clinic_app.domain.case import Establishment
from clinic_app.domain.complaint_package import Package, build_package

if TYPE_CHECKING:
    from clinic_app.storage import CaseStore

KIND = "cnesst_complaint"


def package_of(store: CaseStore, est: Establishment, as_of: dt.date) -> Package:
    from clinic_app.storage import CaseQuery

    return build_package(est, store.iter_cases(CaseQuery(limit=None)), as_of)


def write_package(store: CaseStore, est: Establishment, folder: str | os.PathLike[str], lang: str, *,
                  as_of: dt.date, consent_in_own_language: bool = False,
                  now: dt.datetime | None = None) -> tuple[Package, list[Path]]:
    """Build the package, write its files into ``folder`` (created 0700 if missing), record it per worker."""
    from clinic_app.export.atomic import write_bytes_atomic
    from clinic_app.export.complaint_rows import package_csv
    from clinic_app.letters.complaint_package import render_package
    from clinic_app.storage import LetterRecord

    package = package_of(store, est, as_of)
    files = render_package(package, store.clinic_profile(), lang, consent_in_own_language=consent_in_own_language)
    out = Path(folder)
    out.mkdir(mode=0o700, parents=True, exist_ok=True)
    written = []
    for name, data in {**files.files, "3-rows.csv": package_csv(package)}.items():
        path = out / name
        write_bytes_atomic(path, data)
        written.append(path)
    stamp = now or dt.datetime.now(dt.UTC)
    sheets = "1-workers.pdf"
    if sheets in files.files:
        digest = files.sha256(sheets)
        for row in package.rows:
            store.record_letter(row.case_uuid, LetterRecord(
                kind=KIND, language=lang, recipient="CNESST", created_at=stamp, sha256=digest,
                figures={h.head.value: str(h.amount) for h in row.heads}, path=str(out / sheets)))
    store.record_audit(KIND, None, ("package",), detail=f"site={est.code} included={len(package.rows)} "
                                                       f"left_out={len(package.left_out)}")
    return package, written
