"""Exports read stored figures through one flat query: the same file as from whole cases and the engine."""

from __future__ import annotations

import copy
import dataclasses
import datetime as dt
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import update

from clinic_app.domain import case_figures as figures_module
from clinic_app.domain.case import Note
from clinic_app.domain.case_figures import case_figures
from clinic_app.export.columns import COLUMNS, Profile, columns_for
from clinic_app.export.exports import export_csv, export_records
from clinic_app.export.tabular import Preset, write_csv
from clinic_app.storage import CaseQuery
from clinic_app.storage.store import CASES


def _old_path_csv(store: Any, path: Path, preset: Preset, query: CaseQuery | None = None) -> bytes:
    """What the export wrote before: whole cases from storage, figures and deadlines from the engine."""
    write_csv(path, export_records(store, query), columns_for(Profile.FULL), preset)
    return path.read_bytes()


@pytest.mark.parametrize("preset", [Preset.PLAIN, Preset.EXCEL_FR])
def test_flat_export_equals_the_whole_case_export_byte_for_byte(demo_store: Any, tmp_path: Path,
                                                                preset: Preset) -> None:
    store = demo_store
    # notes in several positions, a deleted case: what the flat path must get right
    some = store.list_cases(CaseQuery(limit=3))
    case = store.get_case(some[0].uuid)
    case.notes += [Note(text="deux\nlignes", author="a", created_at=dt.datetime(2025, 2, 3, tzinfo=dt.UTC)),
                   Note(text="=SUM(A1)", author="b", created_at=dt.datetime(2025, 2, 4, tzinfo=dt.UTC))]
    store.save_case(case)
    store.delete_case(some[1].uuid)
    old = _old_path_csv(store, tmp_path / "old.csv", preset)
    n = export_csv(store, tmp_path / "new.csv", preset=preset)
    new = (tmp_path / "new.csv").read_bytes()
    assert n == store.count_cases(CaseQuery()) == 119
    assert new == old


def test_flat_export_follows_the_query_filter_and_order(demo_store: Any, tmp_path: Path) -> None:
    site = demo_store.list_cases(CaseQuery(limit=1))[0].site_or_company
    query = CaseQuery(site=site, sort="name")
    old = _old_path_csv(demo_store, tmp_path / "old.csv", Preset.PLAIN, query)
    export_csv(demo_store, tmp_path / "new.csv", preset=Preset.PLAIN, query=query)
    assert (tmp_path / "new.csv").read_bytes() == old


def _stored(store: Any, uuid: str) -> dict[str, Any]:
    with store._engine.connect() as conn:
        row = conn.execute(CASES.select().where(CASES.c.uuid == uuid)).mappings().one()
    return dict(row)


def _engine_columns(store: Any, uuid: str) -> dict[str, Any]:
    from clinic_app.storage.mapping import figure_columns

    case = store.get_case(uuid)
    return figure_columns(case_figures(case, store.establishment_for(case)))


def _assert_stored_equal_engine(store: Any) -> None:
    for row in store.list_cases(CaseQuery(limit=None, include_deleted=True)):
        stored = _stored(store, row.uuid)
        want = _engine_columns(store, row.uuid)
        assert {k: stored[k] for k in want} == want, row.case_number


def test_stored_figures_equal_the_engine_after_save_site_edit_and_version_change(
        demo_store: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    store = demo_store
    _assert_stored_equal_engine(store)  # after the bulk save
    case = store.get_case(store.list_cases(CaseQuery(limit=1))[0].uuid)
    case.work.weekly_wage = (case.work.weekly_wage or Decimal(500)) + Decimal("123.45")
    store.save_case(case)
    _assert_stored_equal_engine(store)  # after one save
    est = copy.copy(store.establishment_for(case))
    assert est is not None
    store.save_establishment(dataclasses.replace(est, establishment_terminations=3))
    assert store.stale_figures() > 0  # a site edit makes its cases' figures stale...
    store.refresh_stale_figures()  # ...recomputed in the background (GUI) or before an export
    _assert_stored_equal_engine(store)  # after a site edit (its cases recomputed)
    # A new engine / law-table version: every row is stale until refreshed, in batches.
    assert store.stale_figures() == 0
    monkeypatch.setattr(figures_module, "FIGURES_VERSION", "engine-test/law-test")
    monkeypatch.setattr("clinic_app.storage.store.FIGURES_VERSION", "engine-test/law-test")
    monkeypatch.setattr("clinic_app.storage.mapping.FIGURES_VERSION", "engine-test/law-test")
    total = store.count_cases(CaseQuery(include_deleted=True))
    assert store.stale_figures() == total
    with store._engine.begin() as conn:  # and the stored figures are wrong, as an older engine's could be
        conn.execute(update(CASES).values(amount_owed_cents=1, next_deadline=None))
    assert store.refresh_stale_figures(batch=7, limit=20) in range(20, 27)
    assert 0 < store.stale_figures() < total
    store.refresh_stale_figures(batch=7)
    assert store.stale_figures() == 0
    _assert_stored_equal_engine(store)
    assert {_stored(store, r.uuid)["figures_version"] for r in store.list_cases(CaseQuery(limit=5))} == {
        "engine-test/law-test"}


def test_every_column_has_a_flat_getter() -> None:
    from clinic_app.export.flat import _getters
    from clinic_app.storage.store import FLAT_FIELDS

    getters = _getters({name: i for i, name in enumerate((*FLAT_FIELDS, "notes"))})
    assert {c.name for c in COLUMNS} <= set(getters)


def test_stale_figures_that_cannot_be_refreshed_are_never_exported(demo_store: Any, tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    """A read-only or locked file with stale rows: the export computes from whole cases instead."""
    from clinic_app.storage import StorageError

    old = _old_path_csv(demo_store, tmp_path / "old.csv", Preset.PLAIN)
    with demo_store._engine.begin() as conn:  # wrong figures, from "another engine version"
        conn.execute(update(CASES).values(amount_owed_cents=1, figures_version="engine-0/old"))

    def refused(**_: Any) -> int:
        raise StorageError("read_only", path="x")

    monkeypatch.setattr(demo_store, "refresh_stale_figures", refused)
    export_csv(demo_store, tmp_path / "new.csv", preset=Preset.PLAIN)
    assert (tmp_path / "new.csv").read_bytes() == old
