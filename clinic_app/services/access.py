"""An access request (Quebec Law 25): everything held about the person of one case, as JSON."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

from clinic_app.services.errors import ServiceError

if TYPE_CHECKING:
    from clinic_app.storage import CaseStore


def find_case(store: CaseStore, wanted: str) -> tuple[str, str]:
    """(uuid, case number) of the case named by its UUID or its number (deleted cases too)."""
    from clinic_app.storage import CaseNotFoundError, CaseQuery

    wanted = wanted.strip()
    try:
        return wanted, store.get_case(wanted).case_number
    except CaseNotFoundError:
        pass
    rows = [r for r in store.list_cases(CaseQuery(text=wanted, include_deleted=True, limit=50))
            if r.case_number.casefold() == wanted.casefold()]
    if not rows:
        raise ServiceError("no_such_case", wanted=wanted)
    return rows[0].uuid, rows[0].case_number


def export_person(store: CaseStore, case_uuid: str, path: str | os.PathLike[str]) -> None:
    """Write the person's data to ``path`` atomically (audited by the store). ``OSError`` if it cannot."""
    from clinic_app.export.access import write_person_export

    write_person_export(store, case_uuid, path)
