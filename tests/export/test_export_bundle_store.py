"""Encrypted bundles between real databases: exact round trip, idempotent re-import, newer wins, conflicts,
and bundles refused (tampered, truncated, wrong passphrase, newer version) with nothing written.

Two or three database files stand for laptops: ``volunteer`` takes cases, ``coordinator`` merges them.
Cases are compared with ``domain.case_json.case_to_dict`` (the domain's own exact serialisation).
"""

from __future__ import annotations

import copy
import dataclasses
import struct
from pathlib import Path
from typing import Any

import pytest

from clinic_app.domain.case_json import SCHEMA_VERSION, case_to_dict, establishment_to_dict
from clinic_app.export.bundle import (
    PAYLOAD_FORMAT,
    export_bundle,
    import_bundle,
    last_export_at,
    prepare_import,
    preview_import,
)
from clinic_app.export.bundle_format import MAGIC, seal
from clinic_app.export.errors import BundleError, ExportCancelled, ExportError
from clinic_app.storage import CaseQuery

from .conftest import PASSPHRASE, TEST_SCRYPT_N, fill_with_demo


def _cases(store: Any) -> dict[str, dict[str, Any]]:
    return {c.uuid: case_to_dict(c) for c in store.iter_cases(CaseQuery(limit=None, include_deleted=True))}


def _snapshot(store: Any) -> tuple[Any, ...]:
    """Everything an import could change: cases, establishments, merge marks, audit length."""
    marks = {peer: store.get_sync_marks(peer) for peer in ("volunteer",)}
    return (_cases(store), [establishment_to_dict(e) for e in store.list_establishments()], marks,
            len(store.audit_entries(limit=100000)))


def _send(src: Any, path: Path, **kw: Any) -> int:
    return export_bundle(src, path, PASSPHRASE, scrypt_n=TEST_SCRYPT_N, **kw)


def _edit(store: Any, uuid: str, **person: str) -> Any:
    case = store.get_case(uuid)
    for name, value in person.items():
        setattr(case.person, name, value)
    return store.save_case(case)


@pytest.fixture
def laptops(make_store: Any) -> tuple[Any, Any]:
    volunteer = make_store("volunteer")
    fill_with_demo(volunteer, count=60)
    return volunteer, make_store("coordinator")


def test_export_then_import_into_an_empty_database_reproduces_every_case(laptops: Any, tmp_path: Path) -> None:
    volunteer, coordinator = laptops
    bundle = tmp_path / "v.clinicbundle"
    assert _send(volunteer, bundle) == 60
    assert PASSPHRASE.encode() not in bundle.read_bytes()
    assert b"case_number" not in bundle.read_bytes()  # encrypted (and compressed): no clear JSON
    preview = preview_import(coordinator, bundle, PASSPHRASE)
    assert preview.counts()["added"] == 60 and not preview.written
    assert coordinator.count_cases(CaseQuery()) == 0  # a preview writes nothing
    result = import_bundle(coordinator, bundle, PASSPHRASE)
    assert result.written and result.counts() == {"added": 60, "updated": 0, "conflicts": 0, "unchanged": 0,
                                                  "kept_local": 0}
    assert _cases(coordinator) == _cases(volunteer)
    assert [establishment_to_dict(e) for e in coordinator.list_establishments()] == \
        [establishment_to_dict(e) for e in volunteer.list_establishments()]
    # the list figures are recomputed by the receiving store and agree
    assert coordinator.list_cases(CaseQuery(limit=None)) == volunteer.list_cases(CaseQuery(limit=None))
    actions = [a.action for a in coordinator.audit_entries()]
    assert actions.count("import-add") == 60 and actions[-1] == "bundle_import"
    assert "added=60" in coordinator.audit_entries()[-1].detail
    assert volunteer.audit_entries()[-1].action == "bundle_export"


def test_importing_twice_changes_nothing(laptops: Any, tmp_path: Path) -> None:
    volunteer, coordinator = laptops
    bundle = tmp_path / "v.clinicbundle"
    _send(volunteer, bundle)
    import_bundle(coordinator, bundle, PASSPHRASE)
    cases_before = _cases(coordinator)
    again = import_bundle(coordinator, bundle, PASSPHRASE)
    assert again.counts() == {"added": 0, "updated": 0, "conflicts": 0, "unchanged": 60, "kept_local": 0}
    assert _cases(coordinator) == cases_before
    actions = [a.action for a in coordinator.audit_entries()]
    assert actions.count("import-add") == 60 and "import-update" not in actions


def test_newer_update_wins_and_a_local_only_edit_is_kept(laptops: Any, tmp_path: Path) -> None:
    volunteer, coordinator = laptops
    first = tmp_path / "1.clinicbundle"
    _send(volunteer, first)
    import_bundle(coordinator, first, PASSPHRASE)
    uuids = sorted(_cases(volunteer))
    changed_there = _edit(volunteer, uuids[0], phone="514-555-0199")
    changed_here = _edit(coordinator, uuids[1], city="Sherbrooke")
    second = tmp_path / "2.clinicbundle"
    _send(volunteer, second)
    result = import_bundle(coordinator, second, PASSPHRASE)
    assert [i.uuid for i in result.updated] == [uuids[0]]
    assert [i.uuid for i in result.kept_local] == [uuids[1]]
    assert result.counts()["unchanged"] == 58 and not result.conflicts
    assert case_to_dict(coordinator.get_case(uuids[0])) == case_to_dict(changed_there)
    assert case_to_dict(coordinator.get_case(uuids[1])) == case_to_dict(changed_here)


def test_first_contact_falls_back_to_newer_updated_at(laptops: Any, tmp_path: Path) -> None:
    """Without a merge base (never merged with that laptop), the copy updated last wins."""
    volunteer, coordinator = laptops
    uuid = sorted(_cases(volunteer))[0]
    old = volunteer.get_case(uuid)
    coordinator.write_imported([old], volunteer.list_establishments(), peer="someone-else", marks={})
    newer = _edit(volunteer, uuid, given_name="Renée")
    bundle = tmp_path / "v.clinicbundle"
    _send(volunteer, bundle)
    result = import_bundle(coordinator, bundle, PASSPHRASE)
    assert [i.uuid for i in result.updated] == [uuid]
    assert case_to_dict(coordinator.get_case(uuid)) == case_to_dict(newer)


def test_edits_on_both_sides_since_the_last_merge_are_conflicts(laptops: Any, tmp_path: Path) -> None:
    volunteer, coordinator = laptops
    first = tmp_path / "1.clinicbundle"
    _send(volunteer, first)
    import_bundle(coordinator, first, PASSPHRASE)
    uuid = sorted(_cases(volunteer))[2]
    theirs = _edit(volunteer, uuid, phone="438-555-0111")
    mine = _edit(coordinator, uuid, phone="450-555-0122")
    second = tmp_path / "2.clinicbundle"
    _send(volunteer, second)
    before = _snapshot(coordinator)
    prepared = prepare_import(coordinator, second, PASSPHRASE)
    assert [c.uuid for c in prepared.preview.conflicts] == [uuid]
    assert _snapshot(coordinator) == before  # previewing wrote nothing
    result = prepared.apply()
    assert [c.uuid for c in result.conflicts] == [uuid] and result.counts()["unchanged"] == 59
    assert case_to_dict(coordinator.get_case(uuid)) == case_to_dict(mine)  # nothing written for it
    assert not [a for a in coordinator.audit_entries(uuid) if a.action.startswith("import-")][1:]
    # still a conflict next time, until a person settles it
    assert [c.uuid for c in preview_import(coordinator, second, PASSPHRASE).conflicts] == [uuid]
    settled = import_bundle(coordinator, second, PASSPHRASE, take_incoming={uuid})
    assert [i.uuid for i in settled.updated] == [uuid] and not settled.conflicts
    assert case_to_dict(coordinator.get_case(uuid)) == case_to_dict(theirs)
    assert preview_import(coordinator, second, PASSPHRASE).counts()["unchanged"] == 60


def test_keeping_mine_settles_a_conflict_without_writing_the_bundles_version(laptops: Any, tmp_path: Path) -> None:
    volunteer, coordinator = laptops
    first = tmp_path / "1.clinicbundle"
    _send(volunteer, first)
    import_bundle(coordinator, first, PASSPHRASE)
    uuid = sorted(_cases(volunteer))[3]
    _edit(volunteer, uuid, email="a@example.org")
    mine = _edit(coordinator, uuid, email="b@example.org")
    second = tmp_path / "2.clinicbundle"
    _send(volunteer, second)
    result = import_bundle(coordinator, second, PASSPHRASE, keep_local={uuid})
    assert [i.uuid for i in result.kept_local] == [uuid] and not result.conflicts
    assert case_to_dict(coordinator.get_case(uuid)) == case_to_dict(mine)
    assert not preview_import(coordinator, second, PASSPHRASE).conflicts


def test_an_import_deletes_nothing(laptops: Any, tmp_path: Path) -> None:
    volunteer, coordinator = laptops
    first = tmp_path / "1.clinicbundle"
    _send(volunteer, first)
    import_bundle(coordinator, first, PASSPHRASE)
    gone = sorted(_cases(volunteer))[0]
    volunteer.delete_case(gone)
    second = tmp_path / "2.clinicbundle"
    assert _send(volunteer, second) == 59  # deleted cases do not travel
    import_bundle(coordinator, second, PASSPHRASE)
    assert coordinator.count_cases(CaseQuery()) == 60 and not coordinator.is_deleted(gone)


def test_changed_since_the_last_bundle(laptops: Any, tmp_path: Path) -> None:
    volunteer, coordinator = laptops
    assert last_export_at(volunteer) is None
    _send(volunteer, tmp_path / "all.clinicbundle")
    since = last_export_at(volunteer)
    assert since is not None
    uuid = sorted(_cases(volunteer))[5]
    edited = _edit(volunteer, uuid, given_name="Noémie")
    delta = tmp_path / "delta.clinicbundle"
    assert _send(volunteer, delta, since=since) == 1
    result = import_bundle(coordinator, delta, PASSPHRASE)
    assert [i.uuid for i in result.added] == [uuid]
    assert _cases(coordinator) == {uuid: case_to_dict(edited)}


def test_preview_made_stale_by_a_local_save_is_refused(laptops: Any, tmp_path: Path) -> None:
    volunteer, coordinator = laptops
    first = tmp_path / "1.clinicbundle"
    _send(volunteer, first)
    import_bundle(coordinator, first, PASSPHRASE)
    uuid = sorted(_cases(volunteer))[1]
    _edit(volunteer, uuid, city="Rouyn-Noranda (test)")
    second = tmp_path / "2.clinicbundle"
    _send(volunteer, second)
    prepared = prepare_import(coordinator, second, PASSPHRASE)
    assert [i.uuid for i in prepared.preview.updated] == [uuid]
    _edit(coordinator, uuid, city="Lévis")  # saved in another tab after the preview was shown
    before = _snapshot(coordinator)
    with pytest.raises(ExportError) as err:
        prepared.apply()
    assert err.value.code == "stale_preview"
    assert _snapshot(coordinator) == before


def test_cancelled_preview_writes_nothing(make_store: Any, tmp_path: Path) -> None:
    volunteer, coordinator = make_store("v"), make_store("c")
    fill_with_demo(volunteer, count=600)
    bundle = tmp_path / "v.clinicbundle"
    _send(volunteer, bundle)
    with pytest.raises(ExportCancelled):
        prepare_import(coordinator, bundle, PASSPHRASE, progress=lambda done, total: False)
    assert coordinator.count_cases(CaseQuery()) == 0 and coordinator.audit_entries() == []
    with pytest.raises(ExportCancelled):
        _send(volunteer, tmp_path / "cancelled.clinicbundle", progress=lambda done, total: False)
    assert not (tmp_path / "cancelled.clinicbundle").exists() and last_export_at(volunteer) is not None


# -- bundles that must be refused, with nothing written ------------------------------------------------------

def _refused(coordinator: Any, path: Path, passphrase: str = PASSPHRASE) -> BundleError:
    before = _snapshot(coordinator)
    with pytest.raises(BundleError) as err:
        import_bundle(coordinator, path, passphrase)
    assert _snapshot(coordinator) == before
    for lang in ("fr", "en"):
        message = err.value.message(lang)
        assert message and "\n" not in message and "Traceback" not in message
    return err.value


@pytest.fixture
def sent(laptops: Any, tmp_path: Path) -> tuple[Any, bytes]:
    volunteer, coordinator = laptops
    bundle = tmp_path / "v.clinicbundle"
    _send(volunteer, bundle)
    fill_with_demo(coordinator, count=5, seed=9)  # the coordinator already holds cases: none may change
    return coordinator, bundle.read_bytes()


def test_wrong_passphrase_is_refused(sent: Any, tmp_path: Path) -> None:
    coordinator, data = sent
    path = tmp_path / "b.clinicbundle"
    path.write_bytes(data)
    err = _refused(coordinator, path, "not the passphrase")
    assert err.code == "passphrase" and "incorrect" in err.message("fr") and "wrong" in err.message("en")


@pytest.mark.parametrize("where", ["header", "body", "tag"])
def test_tampered_bundle_is_refused(sent: Any, tmp_path: Path, where: str) -> None:
    coordinator, data = sent
    header_end = len(MAGIC) + 4 + struct.unpack(">I", data[len(MAGIC):len(MAGIC) + 4])[0]
    at = {"header": header_end - 3, "body": (header_end + len(data)) // 2, "tag": len(data) - 1}[where]
    damaged = bytearray(data)
    damaged[at] ^= 0x01
    path = tmp_path / "b.clinicbundle"
    path.write_bytes(bytes(damaged))
    err = _refused(coordinator, path)
    assert err.code in ("damaged", "passphrase") if where == "header" else err.code == "damaged"
    assert "endommagé" in err.message("fr") or err.code == "passphrase"


@pytest.mark.parametrize("keep", [5, 40, 0.5, -1])
def test_truncated_bundle_is_refused(sent: Any, tmp_path: Path, keep: float) -> None:
    coordinator, data = sent
    size = int(len(data) * keep) if isinstance(keep, float) else (len(data) + keep if keep < 0 else keep)
    path = tmp_path / "b.clinicbundle"
    path.write_bytes(data[:size])
    err = _refused(coordinator, path)
    assert err.code == "damaged" and "tronqué" in err.message("fr") and "truncated" in err.message("en")


def test_not_a_bundle_and_missing_file_are_refused(sent: Any, tmp_path: Path) -> None:
    coordinator, _data = sent
    path = tmp_path / "cases.csv"
    path.write_text("case_uuid;case_number\n", encoding="utf-8")
    assert _refused(coordinator, path).code == "not_bundle"
    assert _refused(coordinator, tmp_path / "absent.clinicbundle").code == "missing"


def test_bundle_from_a_newer_format_is_refused_before_any_passphrase_work(sent: Any, tmp_path: Path) -> None:
    coordinator, data = sent
    length = struct.unpack(">I", data[len(MAGIC):len(MAGIC) + 4])[0]
    header = data[len(MAGIC) + 4:len(MAGIC) + 4 + length].replace(b'"format_version": 2', b'"format_version": 3')
    assert len(header) == length
    path = tmp_path / "b.clinicbundle"
    path.write_bytes(data[:len(MAGIC) + 4] + header + data[len(MAGIC) + 4 + length:])
    err = _refused(coordinator, path, "any passphrase at all")
    assert err.code == "newer_version" and "mettez le programme à jour" in err.message("fr")


def test_bundle_with_newer_case_schema_is_refused(sent: Any, tmp_path: Path, laptops: Any) -> None:
    coordinator, _data = sent
    volunteer, _ = laptops
    case = next(volunteer.iter_cases(CaseQuery(limit=1)))
    payload = {"format": PAYLOAD_FORMAT, "schema_version": SCHEMA_VERSION + 1, "source_laptop": "x",
               "created_at": None, "since": None, "establishments": [], "cases": [case_to_dict(case)]}
    path = tmp_path / "b.clinicbundle"
    path.write_bytes(seal(payload, PASSPHRASE, scrypt_n=TEST_SCRYPT_N))
    err = _refused(coordinator, path)
    assert err.code == "newer_version" and "update the program" in err.message("en")


def test_bundle_with_a_bad_case_names_the_field_and_writes_nothing(sent: Any, tmp_path: Path,
                                                                   laptops: Any) -> None:
    coordinator, _data = sent
    volunteer, _ = laptops
    good = [case_to_dict(c) for c in volunteer.iter_cases(CaseQuery(limit=3))]
    bad = copy.deepcopy(good[1])
    bad["work"]["start_date"] = "2025-02-30"
    payload = {"format": PAYLOAD_FORMAT, "schema_version": SCHEMA_VERSION, "source_laptop": "x",
               "created_at": None, "since": None, "establishments": [], "cases": [good[0], bad, good[2]]}
    path = tmp_path / "b.clinicbundle"
    path.write_bytes(seal(payload, PASSPHRASE, scrypt_n=TEST_SCRYPT_N))
    err = _refused(coordinator, path)
    assert err.code == "unreadable" and "start_date" in err.message("en")


def test_a_case_number_taken_by_another_case_refuses_the_whole_import(laptops: Any, tmp_path: Path) -> None:
    """Storage refuses the clash; the import is one transaction, so the other cases are not written either."""
    from clinic_app.storage import StorageError

    volunteer, coordinator = laptops
    first = next(volunteer.iter_cases(CaseQuery(limit=1)))
    impostor = dataclasses.replace(copy.deepcopy(first), uuid="11111111-2222-4333-8444-555555555555")
    coordinator.write_imported([impostor], volunteer.list_establishments(), peer="elsewhere", marks={})
    bundle = tmp_path / "v.clinicbundle"
    _send(volunteer, bundle)
    before = _snapshot(coordinator)
    with pytest.raises(StorageError) as err:
        import_bundle(coordinator, bundle, PASSPHRASE)
    assert err.value.code == "case_number_taken"
    assert _snapshot(coordinator)[:3] == before[:3]


def test_an_unrelated_write_after_the_preview_does_not_block_the_import(laptops: Any, tmp_path: Path) -> None:
    volunteer, coordinator = laptops
    bundle = tmp_path / "v.clinicbundle"
    _send(volunteer, bundle)
    prepared = prepare_import(coordinator, bundle, PASSPHRASE)
    coordinator.record_audit("export", detail="export csv profile=full n=0")  # e.g. an export in between
    assert prepared.apply().counts()["added"] == 60
    assert _cases(coordinator) == _cases(volunteer)


def test_settling_after_a_local_change_is_refused(laptops: Any, tmp_path: Path) -> None:
    """Conflicts settled on a preview that no longer matches this laptop: refused, not written blind."""
    volunteer, coordinator = laptops
    first = tmp_path / "1.clinicbundle"
    _send(volunteer, first)
    import_bundle(coordinator, first, PASSPHRASE)
    a, b = sorted(_cases(volunteer))[:2]
    _edit(volunteer, a, phone="514-555-0301")
    _edit(coordinator, a, phone="514-555-0302")
    _edit(volunteer, b, phone="514-555-0303")
    second = tmp_path / "2.clinicbundle"
    _send(volunteer, second)
    prepared = prepare_import(coordinator, second, PASSPHRASE)
    assert [c.uuid for c in prepared.preview.conflicts] == [a] and [i.uuid for i in prepared.preview.updated] == [b]
    _edit(coordinator, b, phone="514-555-0304")  # b now changed on both sides too
    settled = prepared.settle(take_incoming={a})
    before = _snapshot(coordinator)
    with pytest.raises(ExportError) as err:
        settled.apply()
    assert err.value.code == "stale_preview" and _snapshot(coordinator) == before


def test_a_coordinator_merges_two_laptops_and_sends_everything_back(make_store: Any, tmp_path: Path) -> None:
    """The hub-and-spoke use: two volunteer laptops into the coordinator's, then the union back to one."""
    first, second, hub = make_store("first"), make_store("second"), make_store("hub")
    fill_with_demo(first, count=30, seed=21)
    fill_with_demo(second, count=20, seed=22)
    assert first.case_prefix != second.case_prefix
    for n, laptop in enumerate((first, second)):
        bundle = tmp_path / f"{n}.clinicbundle"
        _send(laptop, bundle)
        assert import_bundle(hub, bundle, PASSPHRASE).counts()["added"] == laptop.count_cases(CaseQuery())
    assert _cases(hub) == {**_cases(first), **_cases(second)}
    back = tmp_path / "hub.clinicbundle"
    _send(hub, back)
    result = import_bundle(first, back, PASSPHRASE)
    assert result.counts() == {"added": 20, "updated": 0, "conflicts": 0, "unchanged": 30, "kept_local": 0}
    assert _cases(first) == _cases(hub)


def test_changed_since_the_last_bundle_includes_cases_imported_since(make_store: Any, tmp_path: Path) -> None:
    """The hub passes on what it received after its last bundle, though those cases were edited earlier."""
    volunteer, hub, other = make_store("volunteer"), make_store("hub"), make_store("other")
    fill_with_demo(hub, count=10, seed=31)
    _send(hub, tmp_path / "hub-all.clinicbundle")  # the hub's last bundle: before the volunteer's cases came
    fill_with_demo(volunteer, count=15, seed=32)
    first = tmp_path / "v.clinicbundle"
    _send(volunteer, first)
    import_bundle(hub, first, PASSPHRASE)
    assert all(c.updated_at < last_export_at(hub) for c in volunteer.iter_cases(CaseQuery(limit=None)))
    delta = tmp_path / "hub-delta.clinicbundle"
    assert _send(hub, delta, since=last_export_at(hub)) == 15
    import_bundle(other, delta, PASSPHRASE)
    assert _cases(other) == _cases(volunteer)
    assert _send(hub, tmp_path / "nothing-new.clinicbundle", since=last_export_at(hub)) == 0


def _edit_site(store: Any, est_id: str, **facts: Any) -> Any:
    est = store.get_establishment(est_id)
    for name, value in facts.items():
        setattr(est, name, value)
    return store.save_establishment(est)


def _busiest_site(store: Any) -> str:
    counts: dict[str, int] = {}
    for case in store.iter_cases(CaseQuery(limit=None)):
        if case.establishment_id:
            counts[case.establishment_id] = counts.get(case.establishment_id, 0) + 1
    return max(counts, key=lambda k: counts[k])


def test_a_site_edited_on_one_laptop_reaches_the_other_with_its_cases_figures(laptops: Any, tmp_path: Path) -> None:
    volunteer, coordinator = laptops
    first, second = tmp_path / "1.clinicbundle", tmp_path / "2.clinicbundle"
    _send(volunteer, first)
    import_bundle(coordinator, first, PASSPHRASE)
    site = _busiest_site(volunteer)
    stored_before = coordinator.get_establishment(site)
    _edit_site(volunteer, site, establishment_terminations=9, terminations_with_drivers=9,
               collective_notice_weeks_given=None)
    _send(volunteer, second)
    preview = preview_import(coordinator, second, PASSPHRASE)
    assert [s.id for s in preview.sites_updated] == [site] and not preview.site_conflicts
    assert "establishment_terminations" in preview.sites_updated[0].fields and preview.writes_anything
    import_bundle(coordinator, second, PASSPHRASE)
    here = coordinator.get_establishment(site)
    assert (here.establishment_terminations, here.terminations_with_drivers) == (9, 9)
    assert here.version > stored_before.version  # a form still holding the old version is refused as stale
    # the other cases of the site are stale here (shown as updating), then recomputed with the new facts (in the
    # background by the GUI): both laptops list the same figures
    assert coordinator.has_stale_figures()
    coordinator.refresh_stale_figures()
    volunteer.refresh_stale_figures()
    assert coordinator.list_cases(CaseQuery(limit=None)) == volunteer.list_cases(CaseQuery(limit=None))
    assert preview_import(coordinator, second, PASSPHRASE).sites_updated == []  # settled: importing again is a no-op


def test_a_site_edited_on_both_laptops_is_a_conflict_and_nothing_is_lost(laptops: Any, tmp_path: Path) -> None:
    volunteer, coordinator = laptops
    first, second = tmp_path / "1.clinicbundle", tmp_path / "2.clinicbundle"
    _send(volunteer, first)
    import_bundle(coordinator, first, PASSPHRASE)
    site = _busiest_site(volunteer)
    _edit_site(volunteer, site, terminations_with_drivers=1900)
    mine = _edit_site(coordinator, site, address="2000 rue de la Démo")
    _send(volunteer, second)
    result = import_bundle(coordinator, second, PASSPHRASE)
    assert [s.id for s in result.site_conflicts] == [site]
    assert set(result.site_conflicts[0].fields) == {"terminations_with_drivers", "address"}
    assert establishment_to_dict(coordinator.get_establishment(site)) == establishment_to_dict(mine)
    assert [s.id for s in preview_import(coordinator, second, PASSPHRASE).site_conflicts] == [site]  # until settled
    settled = import_bundle(coordinator, second, PASSPHRASE, take_incoming={site})
    assert [s.id for s in settled.sites_updated] == [site] and not settled.site_conflicts
    assert coordinator.get_establishment(site).terminations_with_drivers == 1900
    assert not preview_import(coordinator, second, PASSPHRASE).site_conflicts
