"""Erase closed cases older than the retention period (Quebec Law 25): list first, erase on confirmation."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from clinic_app.storage import CaseRow, CaseStore

RETENTION_KEY = "retention_days"
#: The same default as the settings dialog, the first run and ``clinic-app purge`` (checked by a test).
DEFAULT_RETENTION_DAYS = 3 * 365


def retention_days(store: CaseStore) -> int:
    """The database's retention setting, or the default when unset or unreadable."""
    raw = store.get_setting(RETENTION_KEY, str(DEFAULT_RETENTION_DAYS)) or ""
    return int(raw) if raw.isdigit() else DEFAULT_RETENTION_DAYS


def candidates(store: CaseStore, days: int) -> list[CaseRow]:
    """Closed or deleted cases last changed more than ``days`` ago; nothing is erased."""
    return store.purge_candidates(days)


def erase(store: CaseStore, rows: list[CaseRow]) -> int:
    """Erase the cases listed (audited by the store); returns how many were erased."""
    return store.purge([r.uuid for r in rows])
