"""Purged cases stay purged: tombstones (UUID + date) honoured by every import, carried by bundles, kept
across a restore of an older backup.

Before tombstones, re-importing an older bundle brought 47 erased cases back.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import inspect

from clinic_app.export.bundle import export_bundle, import_bundle, preview_import
from clinic_app.storage import CaseNotFoundError, CaseQuery, open_store
from clinic_app.storage.restore import restore_backup

from .conftest import PASSPHRASE, TEST_SCRYPT_N, fill_with_demo


def _send(src: Any, path: Path) -> int:
    return export_bundle(src, path, PASSPHRASE, scrypt_n=TEST_SCRYPT_N)


def _uuids(store: Any) -> set[str]:
    return {c.uuid for c in store.list_cases(CaseQuery(limit=None, include_deleted=True))}


def test_an_older_bundle_never_brings_a_purged_case_back(make_store: Any, tmp_path: Path) -> None:
    volunteer, coordinator = make_store("volunteer"), make_store("coordinator")
    fill_with_demo(volunteer, count=60)
    old_bundle = tmp_path / "old.clinicbundle"
    _send(volunteer, old_bundle)
    import_bundle(coordinator, old_bundle, PASSPHRASE)
    erased = sorted(_uuids(coordinator))[:47]
    assert coordinator.purge(erased) == 47
    preview = preview_import(coordinator, old_bundle, PASSPHRASE)
    assert preview.erased == erased and not preview.added  # shown as left out, not as new
    import_bundle(coordinator, old_bundle, PASSPHRASE)
    assert _uuids(coordinator).isdisjoint(erased)
    assert coordinator.count_cases(CaseQuery(include_deleted=True)) == 13
    # even a direct storage write refuses to resurrect them
    case = volunteer.get_case(erased[0])
    coordinator.write_imported([case], [], peer="x", marks={case.uuid: "h"})
    try:
        coordinator.get_case(erased[0])
        raise AssertionError("purged case written back")
    except CaseNotFoundError:
        pass


def test_bundles_carry_tombstones_to_the_other_laptops(make_store: Any, tmp_path: Path) -> None:
    volunteer, coordinator, other = make_store("volunteer"), make_store("coordinator"), make_store("other")
    fill_with_demo(volunteer, count=20)
    first = tmp_path / "v1.clinicbundle"
    _send(volunteer, first)
    import_bundle(coordinator, first, PASSPHRASE)
    gone = sorted(_uuids(coordinator))[:5]
    coordinator.purge(gone)
    from_coordinator = tmp_path / "c.clinicbundle"
    _send(coordinator, from_coordinator)
    import_bundle(other, from_coordinator, PASSPHRASE)  # `other` never held them; it learns the tombstones
    assert set(other.tombstones()) == set(gone)
    import_bundle(other, first, PASSPHRASE)  # the volunteer's old bundle still holds them
    assert _uuids(other).isdisjoint(gone) and len(_uuids(other)) == 15


def test_a_restore_of_an_older_backup_keeps_purged_cases_purged(tmp_path: Path) -> None:
    db = tmp_path / "c.db"
    store = open_store(db, encrypted=False, create=True, auto_backup=False)
    try:
        fill_with_demo(store, count=10)
        made = store.backup_now()
        gone = sorted(_uuids(store))[:3]
        store.purge(gone)
        _saved, n = restore_backup(store, made, None)
        assert n == 7
        assert _uuids(store).isdisjoint(gone) and len(_uuids(store)) == 7
        assert set(store.tombstones()) == set(gone)
    finally:
        store.close()


def test_a_tombstone_holds_no_personal_data(tmp_path: Path) -> None:
    store = open_store(tmp_path / "c.db", encrypted=False, create=True, auto_backup=False)
    try:
        with store._engine.connect() as conn:  # noqa: SLF001
            columns = {c["name"] for c in inspect(conn).get_columns("purge_tombstone")}
    finally:
        store.close()
    assert columns == {"case_uuid", "purged_at"}


def test_the_command_line_preview_says_how_many_erased_cases_stay_out(make_store: Any, tmp_path: Path,
                                                                       cli: Any) -> None:
    volunteer, coordinator = make_store("volunteer"), make_store("coordinator")
    fill_with_demo(volunteer, count=10)
    bundle = tmp_path / "v.clinicbundle"
    _send(volunteer, bundle)
    import_bundle(coordinator, bundle, PASSPHRASE)
    coordinator.purge(sorted(_uuids(coordinator))[:3])
    coordinator.close()
    secret = tmp_path / "bundle.txt"
    secret.write_text(PASSPHRASE + "\n", encoding="utf-8")
    done = cli("bundle", "import", "--in", str(bundle), "--db", str(tmp_path / "coordinator.db"), "--no-encryption",
               "--bundle-passphrase-file", str(secret), "--lang", "en")
    assert done.returncode == 0, done.stderr
    assert "3  erased here (purged): never brought back" in done.stdout
