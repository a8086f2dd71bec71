"""Save a case from the intake form: validation, the status rule, then the store.

Why here: the form decides nothing about statuses; it asks :func:`check_for_save` what the case will be saved
as, and the same answer serves any other front end (the status rule itself is
:func:`clinic_app.domain.status.status_on_save`).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from clinic_app.domain.case import Case, CaseStatus, Establishment
from clinic_app.domain.status import status_on_save
from clinic_app.domain.validation import CaseIssue, validate_case

if TYPE_CHECKING:
    from clinic_app.storage import CaseRow, CaseStore


@dataclass(frozen=True)
class SaveCheck:
    """The status the case will be stored with, and what is still missing or wrong."""

    status: CaseStatus
    issues: list[CaseIssue]

    @property
    def is_draft(self) -> bool:
        return self.status is CaseStatus.DRAFT


def check_for_save(case: Case, establishment: Establishment | None, *, stored_status: CaseStatus,
                   today: dt.date | None = None) -> SaveCheck:
    """Validate ``case`` and decide its status; ``stored_status`` is the status it had when opened.

    ``case.status`` is the status the volunteer chose; the caller stores the case with ``SaveCheck.status``.
    """
    issues = validate_case(case, establishment, today=today)
    return SaveCheck(status_on_save(case.status, issues, stored=stored_status), issues)


def possible_duplicates(store: CaseStore, case: Case) -> list[CaseRow]:
    """Stored cases that may be the same person (asked before a new case is first saved)."""
    return store.find_duplicates(case)


def store_case(store: CaseStore, case: Case, *, new: bool) -> Case:
    """Create or save ``case``; the stored case comes back (number, version). ``StorageError`` when refused."""
    return store.create_case(case) if new else store.save_case(case)


def cases_at_site(store: CaseStore, site: str) -> int:
    """How many live cases are entered for the site or company ``site`` (the site-count soft check)."""
    from clinic_app.storage import CaseQuery

    return store.count_cases(CaseQuery(site=site, limit=None))
