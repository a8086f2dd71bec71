"""Storage: SQLAlchemy models, sessions, Alembic migrations, encryption at rest, backups.

The names below are imported lazily: ``from clinic_app.storage import CaseQuery`` must not pay for
SQLAlchemy at start-up (the GUI shows its window first, then opens the database).
"""

from __future__ import annotations

from typing import Any

_WHERE = {
    "open_store": "store", "CaseStore": "store",
    "CaseQuery": "records", "CaseRow": "records", "LetterRecord": "records", "AuditEntry": "records",
    "StorageError": "errors", "StaleCaseError": "errors", "CaseNotFoundError": "errors",
    "WrongPassphraseError": "errors",
}
__all__ = sorted(_WHERE)


def __getattr__(name: str) -> Any:
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(name)
    import importlib

    return getattr(importlib.import_module(f"clinic_app.storage.{module}"), name)
