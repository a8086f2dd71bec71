"""Everywhere a case goes: access export, bundles (opt-in), never de-identified exports, purge, backups,
and the encryption at rest (no clear copy of a file's bytes in the SQLCipher database file)."""

from __future__ import annotations

import base64
import csv
import json
from pathlib import Path
from typing import Any

import pytest

from clinic_app.domain.attachments import AttachmentKind
from clinic_app.domain.conflicts import PartyRole
from clinic_app.export.bundle import PARTIES_SETTING, export_bundle, import_bundle
from clinic_app.services import access, conflicts, exports, purge
from clinic_app.services import attachments as svc
from clinic_app.storage import open_store

from .conftest import new_case

PASS = "correct horse battery staple"
N = 2**10


def _open(path: Path) -> Any:
    return open_store(path, encrypted=False, create=True, auto_backup=False, actor="tester")


def test_access_export_carries_the_files(store: Any, files: dict[str, Path], tmp_path: Path) -> None:
    case = new_case(store)
    svc.attach_file(store, case.uuid, files["contract"], AttachmentKind.DRIVER_CONTRACT)
    svc.attach_file(store, case.uuid, files["photo"], AttachmentKind.PAY_STATEMENTS)
    out = tmp_path / "acces.json"
    access.export_person(store, case.uuid, out)
    data = json.loads(out.read_text(encoding="utf-8"))
    got = {a["filename"]: base64.b64decode(a["content_base64"]) for a in data["attachments"]}
    assert got == {"contrat.pdf": files["contract"].read_bytes(), "contrat-photo.jpg": files["photo"].read_bytes()}
    assert {a["kind"] for a in data["attachments"]} == {"driver_contract", "pay_statements"}


def test_bundle_round_trip_only_when_asked(tmp_path: Path, files: dict[str, Path]) -> None:
    volunteer, coordinator = _open(tmp_path / "v.db"), _open(tmp_path / "c.db")
    try:
        case = new_case(volunteer)
        a = svc.attach_file(volunteer, case.uuid, files["photo"], AttachmentKind.DRIVER_CONTRACT)
        svc.rotate(volunteer, a.id)
        svc.attach_file(volunteer, case.uuid, files["contract"], AttachmentKind.DRIVER_CONTRACT)
        conflicts.add_party(volunteer, "Livraisons Rapides inc.", PartyRole.ADVERSE)
        from clinic_app.services import bundles

        assert bundles.attachments_size(volunteer) == (2, files["photo"].stat().st_size
                                                       + files["contract"].stat().st_size)
        plain, full = tmp_path / "plain.bundle", tmp_path / "full.bundle"
        export_bundle(volunteer, plain, PASS, scrypt_n=N)
        export_bundle(volunteer, full, PASS, scrypt_n=N, include_attachments=True)
        assert full.stat().st_size > plain.stat().st_size + files["photo"].stat().st_size // 2
        import_bundle(coordinator, plain, PASS)
        assert svc.list_for(coordinator, case.uuid) == []  # off by default
        assert [p.name for p in conflicts.listed_parties(coordinator)] == ["Livraisons Rapides inc."]
        import_bundle(coordinator, full, PASS)
        import_bundle(coordinator, full, PASS)  # again: nothing doubled
        there = svc.list_for(coordinator, case.uuid)
        assert sorted(x.filename for x in there) == ["contrat-photo.jpg", "contrat.pdf"]
        assert {x.id: x.rotation for x in there}[a.id] == 90
        assert svc.data_of(coordinator, a.id) == files["photo"].read_bytes()
        assert len(conflicts.listed_parties(coordinator)) == 1
        assert PARTIES_SETTING == conflicts.LIST_KEY
    finally:
        volunteer.close()
        coordinator.close()


def test_a_bundle_with_a_disguised_file_is_refused_whole(tmp_path: Path, files: dict[str, Path]) -> None:
    from clinic_app.export.bundle_format import open_sealed, seal
    from clinic_app.export.errors import BundleError

    volunteer, coordinator = _open(tmp_path / "v.db"), _open(tmp_path / "c.db")
    try:
        case = new_case(volunteer)
        svc.attach_file(volunteer, case.uuid, files["contract"], AttachmentKind.DRIVER_CONTRACT)
        path = tmp_path / "b.bundle"
        export_bundle(volunteer, path, PASS, scrypt_n=N, include_attachments=True)
        payload = open_sealed(path.read_bytes(), PASS)
        evil = b"MZ\x90\x00 not a pdf"
        payload["attachments"][0]["data"] = base64.b64encode(evil).decode()
        path.write_bytes(seal(payload, PASS, scrypt_n=N))
        with pytest.raises(BundleError) as caught:
            import_bundle(coordinator, path, PASS)
        assert caught.value.code == "unreadable"
        assert coordinator.count_cases() == 0
    finally:
        volunteer.close()
        coordinator.close()


def test_purge_erases_the_files(store: Any, files: dict[str, Path]) -> None:
    case = new_case(store)
    svc.attach_file(store, case.uuid, files["photo"], AttachmentKind.DRIVER_CONTRACT)
    store.delete_case(case.uuid)
    assert purge.erase(store, [r for r in store.purge_candidates(-1) if r.uuid == case.uuid]) == 1
    with store._engine.connect() as conn:  # noqa: SLF001 - no row of either table is left
        assert conn.exec_driver_sql("SELECT count(*) FROM attachment").scalar_one() == 0
        assert conn.exec_driver_sql("SELECT count(*) FROM attachment_data").scalar_one() == 0
    assert svc.list_for(store, case.uuid) == []


def test_deidentified_export_never_holds_a_file(store: Any, files: dict[str, Path], tmp_path: Path) -> None:
    from clinic_app.domain.demo import generate_demo

    ests, demo = generate_demo(30, seed=2)
    for est in ests:
        store.save_establishment(est)
    stored = [store.create_case(c) for c in demo]
    for c in stored[:5]:
        svc.attach_file(store, c.uuid, files["note"], AttachmentKind.DEACTIVATION_MESSAGE)
    out = tmp_path / "deid.csv"
    exports.export_cases(store, exports.ExportRequest(out, "csv", profile="deidentified", k=2))
    text = out.read_text(encoding="utf-8-sig")
    assert "note.txt" not in text and "désactivé" not in text and "attach" not in text.lower()
    assert len(list(csv.reader(text.splitlines()))) > 1


def test_backup_carries_the_files_encrypted(tmp_path: Path, files: dict[str, Path]) -> None:
    db = tmp_path / "enc.db"
    backups = tmp_path / "backups"
    store = open_store(db, passphrase="pw", create=True, auto_backup=False, backup_dir=backups)
    try:
        case = new_case(store)
        svc.attach_file(store, case.uuid, files["note"], AttachmentKind.DEACTIVATION_MESSAGE)
        svc.attach_file(store, case.uuid, files["screenshot"], AttachmentKind.ROUTE_APP_SCREENSHOTS)
        saved = store.backup_now()
    finally:
        store.close()
    secret = "votre compte est désactivé".encode()
    for path in (db, saved):
        assert secret not in path.read_bytes() and b"IEND" not in path.read_bytes()  # encrypted at rest
    copy = open_store(saved, passphrase="pw", auto_backup=False)
    try:
        got = {a.filename: svc.data_of(copy, a.id) for a in svc.list_for(copy, case.uuid)}
        assert got == {"note.txt": files["note"].read_bytes(), "route.png": files["screenshot"].read_bytes()}
    finally:
        copy.close()


def test_a_previewed_bundle_holds_no_files_until_import(tmp_path: Path, files: dict[str, Path]) -> None:
    """The preview keeps the attachments' count, not their bytes (a person may look at it for long); Import
    reads them again from the frame the preview checked, and writes them."""
    import gc
    import types

    from clinic_app.export.bundle import prepare_import

    volunteer, coordinator = _open(tmp_path / "v.db"), _open(tmp_path / "c.db")
    try:
        case = new_case(volunteer)
        photo = svc.attach_file(volunteer, case.uuid, files["photo"], AttachmentKind.DRIVER_CONTRACT)
        path = tmp_path / "full.bundle"
        export_bundle(volunteer, path, PASS, scrypt_n=N, include_attachments=True)
        prepared = prepare_import(coordinator, path, PASS)
        data = files["photo"].read_bytes()
        seen, todo, found = {id(coordinator)}, [prepared], []
        while todo:  # everything the prepared import holds, but the store and code
            obj = todo.pop()
            if id(obj) in seen or isinstance(obj, type | types.ModuleType | types.FunctionType):
                continue
            seen.add(id(obj))
            if isinstance(obj, bytes | str) and len(obj) >= len(data) // 2:
                found.append(type(obj).__name__)
            todo.extend(gc.get_referents(obj))
        assert found == [] and len(seen) > 50
        prepared.apply()
        assert svc.data_of(coordinator, photo.id) == data
    finally:
        volunteer.close()
        coordinator.close()
