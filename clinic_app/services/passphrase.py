"""Change the passphrase of the encrypted database (re-key); a verified backup with the old one comes first."""

from __future__ import annotations

from typing import TYPE_CHECKING

from clinic_app.services.errors import ServiceError

if TYPE_CHECKING:
    from clinic_app.storage import CaseStore

MIN_LENGTH = 8


def check_new(new: str, again: str | None = None) -> str:
    """The new passphrase if acceptable (8+ characters, typed the same twice when ``again`` is given)."""
    if again is not None and new != again:
        raise ServiceError("passphrases_differ")
    if len(new) < MIN_LENGTH:
        raise ServiceError("passphrase_too_short", minimum=MIN_LENGTH)
    return new


def change(store: CaseStore, new: str) -> None:
    """Re-key ``store`` (checked again here: no front end can skip the rule)."""
    if not store.is_encrypted:
        raise ServiceError("not_encrypted")
    store.change_passphrase(check_new(new))
