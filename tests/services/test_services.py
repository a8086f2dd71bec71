"""The use cases (clinic_app.services) on a real database: what the GUI and the commands both call."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from clinic_app.domain.case import Case, CaseKind, CaseStatus
from clinic_app.domain.demo import generate_demo
from clinic_app.errors import ClinicError
from clinic_app.services import access, backups, cases, exports, letters, passphrase, purge
from clinic_app.services.errors import ServiceError
from clinic_app.services.progress import CancelToken
from clinic_app.storage import CaseQuery, StorageError, open_store

TODAY = dt.date(2025, 3, 3)


@pytest.fixture
def store(tmp_path: Path) -> Any:
    store = open_store(tmp_path / "s.db", encrypted=False, create=True, auto_backup=False)
    ests, demo = generate_demo(30, seed=4)
    for est in ests:
        store.save_establishment(est)
    store.create_cases(demo)
    yield store
    store.close()


def test_save_check_applies_the_domain_status_rule(store: Any) -> None:
    empty = Case.new(CaseKind.WAREHOUSE)
    check = cases.check_for_save(empty, None, stored_status=CaseStatus.DRAFT, today=TODAY)
    assert check.is_draft and check.issues and empty.status is CaseStatus.DRAFT  # the input is not changed
    stored = cases.store_case(store, empty, new=True)
    version = stored.version
    stored.person.given_name = "Nadia"
    assert stored.case_number and cases.store_case(store, stored, new=False).version == version + 1


def test_backup_list_and_restore(tmp_path: Path) -> None:
    db = tmp_path / "b.db"
    store = open_store(db, encrypted=False, create=True, auto_backup=False)
    try:
        ests, demo = generate_demo(5, seed=1)
        for est in ests:
            store.save_establishment(est)
        store.create_cases(demo)
        made = backups.backup_now(store)
        listed = backups.list_backups(store)
        assert [b.path for b in listed] == [made] and listed[0].reason == "manual" and len(listed[0].when) == 16
        store.create_cases([Case.new(CaseKind.DRIVER) for _ in range(3)])
        assert store.count_cases(CaseQuery(limit=None)) == 8
        restored = backups.restore(store, made, None)
        assert restored.cases == 5 and restored.previous_copy.exists()
        assert store.count_cases(CaseQuery(limit=None)) == 5
    finally:
        store.close()


def test_purge_uses_the_retention_setting(store: Any) -> None:
    assert purge.retention_days(store) == purge.DEFAULT_RETENTION_DAYS
    store.set_setting(purge.RETENTION_KEY, "not a number")
    assert purge.retention_days(store) == purge.DEFAULT_RETENTION_DAYS
    store.set_setting(purge.RETENTION_KEY, "30")  # set before the legal minimum existed
    assert purge.retention_days(store) == purge.MIN_RETENTION_DAYS
    store.set_setting(purge.RETENTION_KEY, "730")
    assert purge.retention_days(store) == 730
    rows = purge.candidates(store, -1)  # everything closed or deleted
    assert purge.erase(store, rows) == len(rows)
    assert purge.candidates(store, -1) == []


def test_access_finds_a_case_by_number_or_uuid_and_writes_json(store: Any, tmp_path: Path) -> None:
    row = store.list_cases(CaseQuery(limit=1))[0]
    assert access.find_case(store, row.uuid) == (row.uuid, row.case_number)
    assert access.find_case(store, f"  {row.case_number.lower()} ") == (row.uuid, row.case_number)
    with pytest.raises(ServiceError) as caught:
        access.find_case(store, "NOPE-000999")
    assert caught.value.message("fr") == "aucun dossier NOPE-000999" and caught.value.exit_status == 1
    out = tmp_path / "person.json"
    access.export_person(store, row.uuid, out)
    assert row.case_number in out.read_text(encoding="utf-8")


def test_passphrase_rules_are_checked_by_the_service(store: Any) -> None:
    with pytest.raises(ServiceError, match="at least 8"):
        passphrase.check_new("short")
    with pytest.raises(ServiceError, match="differ"):
        passphrase.check_new("long enough 1", "long enough 2")
    assert passphrase.check_new("long enough", "long enough") == "long enough"
    with pytest.raises(ServiceError) as caught:
        passphrase.change(store, "long enough")  # this test database is not encrypted
    assert caught.value.code == "not_encrypted"


def test_export_reports_progress_and_a_cancel_leaves_no_file(store: Any, tmp_path: Path) -> None:
    seen: list[tuple[int, int]] = []
    out = tmp_path / "all.csv"
    n = exports.export_cases(store, exports.ExportRequest(out, "csv"), progress=lambda d, t: seen.append((d, t)))
    assert n == 30 and out.exists() and seen and seen[-1][1] == 30
    token = CancelToken()
    token.cancel()
    gone = tmp_path / "gone.csv"
    with pytest.raises(ClinicError) as caught:
        exports.export_cases(store, exports.ExportRequest(gone, "csv"), cancel=token)
    assert caught.value.code == "cancelled" and not gone.exists()
    assert exports.format_from_path(Path("x.XLSX")) == "xlsx" and exports.format_from_path(Path("x.txt")) is None


def test_letters_batch_records_each_letter_and_stops_when_cancelled(store: Any, tmp_path: Path) -> None:
    uuids = [r.uuid for r in store.list_cases(CaseQuery(limit=None))][:4]
    token = CancelToken()
    steps: list[int] = []

    def progress(done: int, total: int) -> None:
        steps.append(done)
        if done == 2:
            token.cancel()

    result = letters.batch(store, uuids, tmp_path, lang="en", today=TODAY, progress=progress, cancel=token)
    assert result.cancelled and steps[-1] == 2
    with_letters = [u for u in uuids if store.letters_for_case(u)]
    assert len(with_letters) + len(result.failed) == 2  # the first two cases only
    recorded = sum(len(store.letters_for_case(u)) for u in uuids)
    assert recorded == len(result.written)
    assert store.audit_entries()[-1].action == "letters-batch"


def test_backup_of_a_server_database_is_refused_in_words() -> None:
    class ServerStore:  # a store whose database is on a server has no file and no backup folder
        path = None
        backup_dir = None

    assert not backups.has_backups(ServerStore())  # type: ignore[arg-type]
    assert backups.list_backups(ServerStore()) == []  # type: ignore[arg-type]
    with pytest.raises(StorageError) as caught:
        backups.backup_now(ServerStore())  # type: ignore[arg-type]
    assert "pg_dump" in caught.value.message("en")
