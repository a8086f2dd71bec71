"""Merging duplicate sites: on one laptop (storage, service, command, Sites tab), then carried by bundles.

Real databases throughout: the merge moves cases inside storage and every laptop that receives a bundle must
make the same move, so the copies compare equal and nothing shows up as a conflict.
"""

from __future__ import annotations

import copy
import datetime as dt
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from clinic_app.domain.case import Establishment
from clinic_app.domain.case_json import case_to_dict
from clinic_app.domain.demo import generate_demo
from clinic_app.storage import CaseQuery, StorageError, open_store

TODAY = dt.date(2026, 12, 1)
PASSPHRASE = "correct horse battery staple"


def _open(path: Path) -> Any:
    return open_store(path, encrypted=False, create=True, auto_backup=False, actor="Camille")


def _with_duplicate(store: Any) -> tuple[Establishment, Establishment, list[str]]:
    """Demo cases, then a second record of the busiest site with a third of its cases moved onto it."""
    ests, cases = generate_demo(90, seed=5, today=TODAY)
    for est in ests:
        store.save_establishment(est)
    store.create_cases(cases)
    counts = store.live_cases_by_establishment()
    kept = store.get_establishment(max(counts, key=lambda k: counts[k]))
    duplicate = store.save_establishment(Establishment(code=kept.code.lower() + " ", employer_legal_name=
                                                       kept.employer_legal_name, establishment_terminations=12))
    moved = []
    for case in list(store.iter_cases(CaseQuery(limit=None))):
        if case.establishment_id == kept.id and len(moved) < counts[kept.id] // 3:
            case.establishment_id = duplicate.id
            store.save_case(case)
            moved.append(case.uuid)
    return kept, duplicate, moved


@pytest.fixture
def store(tmp_path: Path) -> Any:
    s = _open(tmp_path / "coordinator.db")
    yield s
    s.close()


def test_merging_moves_every_case_recomputes_its_figures_and_removes_the_duplicate(store: Any) -> None:
    kept, duplicate, moved = _with_duplicate(store)
    before = store.live_cases_by_establishment()
    assert store.merge_establishments(kept.id, duplicate.id) == len(moved) > 0
    after = store.live_cases_by_establishment()
    assert after[kept.id] == before[kept.id] + before[duplicate.id] and duplicate.id not in after
    assert store.get_establishment(duplicate.id) is None
    assert store.get_establishment(kept.id) == kept  # the kept site's facts are not touched
    for uuid in moved:
        case = store.get_case(uuid)
        assert case.establishment_id == kept.id
        assert (case.warehouse.site_code if case.warehouse else case.driver.station_code) == kept.code
    rows = {r.uuid: r for r in store.list_cases(CaseQuery(limit=None))}
    fresh = _open(Path(store.path)).list_cases(CaseQuery(limit=None))  # what a new read computes the same
    assert all(rows[r.uuid] == r for r in fresh)
    assert store.merged_sites() == {duplicate.id: kept.id}
    actions = [a.action for a in store.audit_entries(limit=100000)]
    assert actions.count("site-merge") == len(moved)


def test_a_merge_of_a_site_with_itself_or_a_missing_one_is_refused_and_changes_nothing(store: Any) -> None:
    kept, duplicate, _moved = _with_duplicate(store)
    before = store.live_cases_by_establishment()
    for keep, absorbed, code in ((kept.id, kept.id, "same_site"), (kept.id, "no-such-site", "site_not_found")):
        with pytest.raises(StorageError) as refused:
            store.merge_establishments(keep, absorbed)
        assert refused.value.code == code and refused.value.message("fr") != refused.value.message("en")
    assert store.live_cases_by_establishment() == before and store.merged_sites() == {}


def test_the_merge_travels_by_bundle_and_no_case_becomes_a_conflict(tmp_path: Path) -> None:
    from clinic_app.export.bundle import export_bundle, import_bundle

    coordinator, volunteer = _open(tmp_path / "c.db"), _open(tmp_path / "v.db")
    try:
        kept, duplicate, moved = _with_duplicate(volunteer)
        export_bundle(volunteer, tmp_path / "1.clinicbundle", PASSPHRASE, scrypt_n=2**10)
        import_bundle(coordinator, tmp_path / "1.clinicbundle", PASSPHRASE)
        export_bundle(coordinator, tmp_path / "back.clinicbundle", PASSPHRASE, scrypt_n=2**10)
        import_bundle(volunteer, tmp_path / "back.clinicbundle", PASSPHRASE)  # both laptops share a history
        coordinator.merge_establishments(kept.id, duplicate.id)
        # meanwhile the volunteer, who has not heard of the merge, adds a case at the duplicate site
        new = copy.deepcopy(volunteer.get_case(moved[0]))
        new.uuid, new.case_number, new.version = "00000000-0000-4000-8000-000000000001", "", 0
        new.person.given_name = "Nouvelle"
        new = volunteer.create_case(new)
        assert new.establishment_id == duplicate.id
        export_bundle(volunteer, tmp_path / "2.clinicbundle", PASSPHRASE, scrypt_n=2**10)
        result = import_bundle(coordinator, tmp_path / "2.clinicbundle", PASSPHRASE)
        assert not result.conflicts and not result.site_conflicts and not result.sites_added
        assert [i.uuid for i in result.added] == [new.uuid]
        assert coordinator.get_establishment(duplicate.id) is None  # not brought back
        assert coordinator.get_case(new.uuid).establishment_id == kept.id  # redirected
        # the coordinator's bundle makes the same merge on the volunteer's laptop
        export_bundle(coordinator, tmp_path / "3.clinicbundle", PASSPHRASE, scrypt_n=2**10)
        back = import_bundle(volunteer, tmp_path / "3.clinicbundle", PASSPHRASE)
        assert not back.conflicts and not back.site_conflicts
        assert volunteer.get_establishment(duplicate.id) is None
        assert volunteer.merged_sites() == {duplicate.id: kept.id}
        everything = CaseQuery(limit=None, include_deleted=True)
        def content(store: Any) -> dict[str, dict[str, Any]]:  # the version counter is per database
            return {c.uuid: {k: v for k, v in case_to_dict(c).items() if k != "version"}
                    for c in store.iter_cases(everything)}
        assert content(volunteer) == content(coordinator)
        # and from now on the two laptops find nothing to merge
        export_bundle(volunteer, tmp_path / "4.clinicbundle", PASSPHRASE, scrypt_n=2**10)
        again = import_bundle(coordinator, tmp_path / "4.clinicbundle", PASSPHRASE)
        assert again.counts()["added"] == again.counts()["updated"] == again.counts()["conflicts"] == 0
    finally:
        coordinator.close()
        volunteer.close()


def test_the_command_merges_by_code_or_identifier(tmp_path: Path) -> None:
    db = tmp_path / "c.db"
    store = _open(db)
    kept, duplicate, moved = _with_duplicate(store)
    store.close()
    base = [sys.executable, "-m", "clinic_app", "sites"]
    ambiguous = subprocess.run([*base, "merge", kept.code, "--into", kept.code.lower(), "--db", str(db),
                                "--no-encryption", "--lang", "en"], capture_output=True, text=True, timeout=300)
    assert ambiguous.returncode == 1 and "several sites" in ambiguous.stderr and duplicate.id in ambiguous.stderr
    no_target = subprocess.run([*base, "merge", duplicate.id, "--db", str(db), "--no-encryption"],
                               capture_output=True, text=True, timeout=300)
    assert no_target.returncode == 2 and "--into" in no_target.stderr
    done = subprocess.run([*base, "merge", duplicate.id, "--into", kept.id, "--db", str(db), "--no-encryption",
                           "--lang", "en"], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert f"merged into {kept.code}: {len(moved)} case(s) moved" in done.stdout
    store = _open(db)
    try:
        assert store.get_establishment(duplicate.id) is None
    finally:
        store.close()


@pytest.mark.gui
def test_the_sites_tab_merges_a_duplicate_after_saying_what_will_happen(qtbot: Any, store: Any,
                                                                         tmp_path: Path) -> None:
    from PySide6.QtWidgets import QLabel

    from clinic_app.ui.site_merge_dialog import SiteMergeDialog
    from clinic_app.ui.sites_view import SitesView

    kept, duplicate, moved = _with_duplicate(store)
    view = SitesView(store, "en", today=TODAY)
    qtbot.addWidget(view)
    ids = [e.id for e in view.establishments]
    view.table.selectRow(ids.index(duplicate.id))
    line = view.lines[ids.index(duplicate.id)]
    dialog = SiteMergeDialog(line, [x for x in view.lines if x is not line], view)
    qtbot.addWidget(dialog)
    dialog.show()
    texts = " ".join(w.text() for w in dialog.findChildren(QLabel))
    assert f"The {len(moved)} case" in texts and f"of {duplicate.code}" in texts and "not changed" in texts
    assert dialog.kept() is not None and dialog.kept().establishment.id == kept.id  # the same code comes first
    dialog.grab().save(str(tmp_path / "merge-dialog.png"))
    view.merge_site(kept_id=kept.id)
    assert duplicate.id not in [e.id for e in view.establishments]
    assert view.current() is not None and view.current().id == kept.id
    assert f"merged into {kept.code}: {len(moved)} case" in view.message.text()
