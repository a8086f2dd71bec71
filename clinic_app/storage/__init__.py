"""Storage: SQLAlchemy models, sessions, Alembic migrations, encryption at rest, backups.

This package's names are its API: code outside ``storage/`` imports them from here, never from a submodule
(``tests/test_architecture.py`` checks it), so the storage internals can change without touching the callers.

The names below are imported lazily: ``from clinic_app.storage import CaseQuery`` must not pay for
SQLAlchemy at start-up (the GUI shows its window first, then opens the database).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # the same names, for type checkers (at run time they come from __getattr__ below)
    from clinic_app.storage import attachments as attachments
    from clinic_app.storage.attachments import AttachmentNotFoundError as AttachmentNotFoundError
    from clinic_app.storage.backup import default_backup_dir as default_backup_dir
    from clinic_app.storage.backup import list_backups as list_backups
    from clinic_app.storage.errors import CaseNotFoundError as CaseNotFoundError
    from clinic_app.storage.errors import StaleCaseError as StaleCaseError
    from clinic_app.storage.errors import StorageError as StorageError
    from clinic_app.storage.errors import WrongPassphraseError as WrongPassphraseError
    from clinic_app.storage.opening import FirstLook as FirstLook
    from clinic_app.storage.opening import first_look as first_look
    from clinic_app.storage.records import AuditEntry as AuditEntry
    from clinic_app.storage.records import CasePage as CasePage
    from clinic_app.storage.records import CaseQuery as CaseQuery
    from clinic_app.storage.records import CaseRow as CaseRow
    from clinic_app.storage.records import LetterRecord as LetterRecord
    from clinic_app.storage.records import StoredDeadlines as StoredDeadlines
    from clinic_app.storage.records import StoredSummary as StoredSummary
    from clinic_app.storage.restore import backup_case_count as backup_case_count
    from clinic_app.storage.restore import restore_backup as restore_backup
    from clinic_app.storage.restore import restore_with_store_key as restore_with_store_key
    from clinic_app.storage.store import CaseStore as CaseStore
    from clinic_app.storage.store import open_store as open_store

_WHERE = {
    "open_store": "store", "CaseStore": "store",
    "first_look": "opening", "FirstLook": "opening",
    "CaseQuery": "records", "CasePage": "records", "CaseRow": "records", "LetterRecord": "records",
    "AuditEntry": "records", "StoredSummary": "records", "StoredDeadlines": "records",
    "StorageError": "errors", "StaleCaseError": "errors", "CaseNotFoundError": "errors",
    "WrongPassphraseError": "errors",
    "list_backups": "backup", "default_backup_dir": "backup", "restore_backup": "restore",
    "AttachmentNotFoundError": "attachments",
    "backup_case_count": "restore", "restore_with_store_key": "restore",
}
#: Submodules that are themselves an API (functions on a store): ``from clinic_app.storage import attachments``.
_MODULES = frozenset({"attachments"})
__all__ = sorted({*_WHERE, *_MODULES})


def __getattr__(name: str) -> Any:
    import importlib

    if name in _MODULES:
        return importlib.import_module(f"clinic_app.storage.{name}")
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(name)

    return getattr(importlib.import_module(f"clinic_app.storage.{module}"), name)
