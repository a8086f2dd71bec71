"""Bundles between laptops: send the cases (encrypted file), receive a bundle (plan shown, then applied).

Why a service: the two dialogs and ``clinic-app bundle`` must choose the cases to send and plan a merge the
same way; the plan is shown before anything is written, conflicts are left for a person.
"""

from __future__ import annotations

import datetime as dt
import os
from typing import TYPE_CHECKING

from clinic_app.services.progress import CancelToken, Progress, no_progress, steps_callback

if TYPE_CHECKING:
    from clinic_app.export.bundle import ImportPreview, PreparedImport
    from clinic_app.storage import CaseStore


def last_sent(store: CaseStore) -> dt.datetime | None:
    """When this laptop last made a bundle (None if never)."""
    from clinic_app.export.bundle import last_export_at

    return last_export_at(store)


def attachments_size(store: CaseStore, *, since: dt.datetime | None = None,
                     changed_since_last: bool = False) -> tuple[int, int]:
    """(files, bytes) the attachments would add to a bundle of the same cases: shown before the choice."""
    from clinic_app.export.bundle import attachments_size as size

    return size(store, last_sent(store) if changed_since_last else since)


def send(store: CaseStore, path: str | os.PathLike[str], passphrase: str, *, since: dt.datetime | None = None,
         changed_since_last: bool = False, progress: Progress = no_progress,
         cancel: CancelToken | None = None, include_attachments: bool = False) -> int:
    """Write every live case (or those changed since ``since``, or since the last bundle) to ``path``; the cases'
    attachments too with ``include_attachments`` (off by default)."""
    from clinic_app.export.bundle import export_bundle

    if cancel is not None:
        cancel.check()
    if changed_since_last:
        since = last_sent(store)
    return export_bundle(store, path, passphrase, since=since, progress=steps_callback(progress, cancel),
                         include_attachments=include_attachments)


def plan_receive(store: CaseStore, path: str | os.PathLike[str], passphrase: str, *,
                 progress: Progress = no_progress, cancel: CancelToken | None = None) -> PreparedImport:
    """Open the bundle and plan its merge; nothing is written. ``BundleError`` for a bad bundle."""
    from clinic_app.export.bundle import prepare_import

    if cancel is not None:
        cancel.check()
    return prepare_import(store, path, passphrase, progress=steps_callback(progress, cancel))


def conflict_ids(text: str, preview: ImportPreview) -> set[str]:
    """UUIDs of the conflicts named in ``text``, comma-separated: case numbers or UUIDs of cases, codes or ids
    of sites (``site:CODE`` also accepted), or 'all' for every one."""
    wanted = {part.strip() for part in text.split(",") if part.strip()}
    everything = "all" in wanted
    folded = {w.removeprefix("site:").casefold() for w in wanted}
    out = {c.uuid for c in preview.conflicts
           if everything or c.uuid in wanted or (c.case_number and c.case_number in wanted)}
    out |= {s.id for s in preview.site_conflicts
            if everything or s.id in wanted or (s.code and s.code.casefold() in folded)}
    return out


def receive(prepared: PreparedImport, *, progress: Progress = no_progress,
            cancel: CancelToken | None = None) -> ImportPreview:
    """Apply the plan that was shown (one transaction; refused if this laptop changed since the preview).

    Cancelling (``cancel``) before the cases are committed rolls the transaction back: nothing is written.
    """
    if cancel is not None:
        cancel.check()
    return prepared.apply(progress=steps_callback(progress, cancel))
