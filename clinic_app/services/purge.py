"""Erase closed cases older than the retention period (Quebec Law 25): list first, erase on confirmation."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from clinic_app.storage import CaseRow, CaseStore

RETENTION_KEY = "retention_days"
#: The same default as the settings dialog, the first run and ``clinic-app purge`` (checked by a test).
DEFAULT_RETENTION_DAYS = 3 * 365
#: The shortest retention the program lets anyone choose (docs/storage.md, "Privacy"): a claim under the Act
#: respecting labour standards is prescribed one year after the sum was due (LNT s. 115), so a case closed less
#: than a year ago may still be needed for a claim, a complaint or a question about what the clinic did.
MIN_RETENTION_DAYS = 365


def retention_days(store: CaseStore) -> int:
    """The database's retention setting, or the default when unset or unreadable; never below the minimum (a
    database set up before the minimum existed may hold 30 days)."""
    raw = store.get_setting(RETENTION_KEY, str(DEFAULT_RETENTION_DAYS)) or ""
    return max(int(raw), MIN_RETENTION_DAYS) if raw.isdigit() else DEFAULT_RETENTION_DAYS


def candidates(store: CaseStore, days: int) -> list[CaseRow]:
    """Closed or deleted cases last changed more than ``days`` ago; nothing is erased."""
    return store.purge_candidates(days)


def erase(store: CaseStore, rows: list[CaseRow]) -> int:
    """Erase the cases listed (audited by the store); returns how many were erased."""
    return store.purge([r.uuid for r in rows])
