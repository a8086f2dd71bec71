"""Import after its preview: cancellable with nothing written, one key derivation kept instead of the
passphrase, and one rule for the conflicts a person settled."""

from __future__ import annotations

import gc
import hashlib
import types
from pathlib import Path
from typing import Any

import pytest

from clinic_app.domain.case_json import case_to_dict
from clinic_app.export import bundle_format as bf
from clinic_app.export.bundle import export_bundle, import_bundle, prepare_import
from clinic_app.export.errors import ExportCancelled
from clinic_app.export.merge import Action, settled
from clinic_app.storage import CaseQuery

from .conftest import PASSPHRASE, TEST_SCRYPT_N, database_rows, fill_with_demo


def dump(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    return database_rows(path)



@pytest.mark.parametrize("planned_again", [False, True])
def test_a_cancelled_import_leaves_the_database_exactly_as_before(second_bundle: tuple[Any, Any, Path],
                                                                  tmp_path: Path, planned_again: bool) -> None:
    """Cancelled after two frames were written inside the transaction: rolled back, byte for byte the same
    rows. ``planned_again``: the database was written since the preview, so the cases are planned again first
    (a reading that writes nothing) and the progress counts both readings."""
    _volunteer, coordinator, second = second_bundle
    prepared = prepare_import(coordinator, second, PASSPHRASE)
    assert prepared.preview.counts()["updated"] == 20
    if planned_again:
        coordinator.record_audit("bundle_export", detail="an unrelated write after the preview")
    before = dump(tmp_path / "coordinator.db")
    reports: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> bool:
        reports.append((done, total))
        return done < total // 2 + 20  # cancel once two frames of the writing reading are written

    with pytest.raises(ExportCancelled):
        prepared.apply(progress=progress)
    assert dump(tmp_path / "coordinator.db") == before
    total = 80 if planned_again else 40
    assert {t for _d, t in reports} == {total} and reports[-1][0] == total // 2 + 20
    result = prepared.apply()  # the preview still holds: nothing was written
    assert result.counts()["updated"] == 20
    assert sum(c.person.city == "Trois-Rivières (2e paquet)"
               for c in coordinator.iter_cases(CaseQuery(limit=None))) == 20


def test_the_key_is_derived_once_and_the_passphrase_is_not_kept(second_bundle: tuple[Any, Any, Path],
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    """scrypt runs once for a preview and its import (it ran at each reading); what is kept between the two
    is the derived key, never the passphrase."""
    _volunteer, coordinator, second = second_bundle
    derivations: list[int] = []
    real = hashlib.scrypt

    def counted(*args: Any, **kw: Any) -> bytes:
        derivations.append(kw["n"])
        return real(*args, **kw)

    monkeypatch.setattr(hashlib, "scrypt", counted)
    passphrase = "".join(reversed(PASSPHRASE[::-1]))  # a string of its own, found only where it is kept
    prepared = prepare_import(coordinator, second, passphrase)
    seen, todo, found = {id(coordinator)}, [prepared], []
    while todo:
        obj = todo.pop()
        if id(obj) in seen or isinstance(obj, type | types.ModuleType | types.FunctionType):
            continue
        seen.add(id(obj))
        if isinstance(obj, str) and passphrase in obj:
            found.append(obj)
        todo.extend(gc.get_referents(obj))
    assert found == [] and len(seen) > 50
    assert "enc_key" not in repr(prepared._scan.key)
    prepared.apply()
    assert derivations == [TEST_SCRYPT_N]


def test_a_file_sealed_again_is_refused_by_the_kept_key(second_bundle: tuple[Any, Any, Path], tmp_path: Path) -> None:
    """The same cases sealed again under the same passphrase (a new salt): the kept key does not fit its
    header, and the import says the file changed, writing nothing."""
    volunteer, coordinator, second = second_bundle
    prepared = prepare_import(coordinator, second, PASSPHRASE)
    export_bundle(volunteer, second, PASSPHRASE, scrypt_n=TEST_SCRYPT_N)
    before = dump(tmp_path / "coordinator.db")
    with pytest.raises(bf.BundleError) as err:
        prepared.apply()
    assert err.value.code == "changed" and dump(tmp_path / "coordinator.db") == before


def test_one_rule_for_a_conflict_settled_both_ways(make_store: Any, tmp_path: Path) -> None:
    """A conflict named in both sets takes the bundle's version, in the preview and in what is written."""
    volunteer, coordinator = make_store("volunteer"), make_store("coordinator")
    fill_with_demo(volunteer, count=5)
    first, second = tmp_path / "1.clinicbundle", tmp_path / "2.clinicbundle"
    export_bundle(volunteer, first, PASSPHRASE, scrypt_n=TEST_SCRYPT_N)
    import_bundle(coordinator, first, PASSPHRASE)
    uuid = sorted(c.uuid for c in volunteer.iter_cases(CaseQuery(limit=None)))[0]
    for store, phone in ((volunteer, "514-555-0110"), (coordinator, "514-555-0220")):
        case = store.get_case(uuid)
        case.person.phone = phone
        store.save_case(case)
    export_bundle(volunteer, second, PASSPHRASE, scrypt_n=TEST_SCRYPT_N)
    assert prepare_import(coordinator, second, PASSPHRASE).preview.counts()["conflicts"] == 1
    both = prepare_import(coordinator, second, PASSPHRASE, take_incoming={uuid}, keep_local={uuid})
    assert both.preview.counts()["updated"] == 1 and both.preview.counts()["kept_local"] == 0
    both.apply()
    assert case_to_dict(coordinator.get_case(uuid)) == case_to_dict(volunteer.get_case(uuid))
    assert settled(Action.CONFLICT, uuid, {uuid}, {uuid}) is Action.UPDATE
    assert settled(Action.UNCHANGED, uuid, {uuid}, ()) is Action.UNCHANGED
