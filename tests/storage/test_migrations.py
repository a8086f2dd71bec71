"""Alembic: every migration up and down on SQLite and PostgreSQL; models and migrations agree."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, text

from clinic_app.storage import StorageError, migrate, open_store
from clinic_app.storage.models import Base


def _engine(backend: str, tmp_path: Path, request: pytest.FixtureRequest) -> Any:
    if backend == "postgresql":
        return create_engine(request.getfixturevalue("pg_url"))
    return create_engine(f"sqlite:///{tmp_path / 'm.db'}")


def _diff(conn: Any) -> list[Any]:
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    ctx = MigrationContext.configure(conn, opts={
        "compare_type": True,
        "include_name": lambda name, _type, _parents: migrate.is_modelled(name),
        "include_object": lambda _obj, name, _type, _reflected, _other: migrate.is_modelled(name)})
    return compare_metadata(ctx, Base.metadata)


def test_head_constant_is_alembics_head() -> None:
    assert migrate.script_head() == migrate.HEAD
    assert migrate.KNOWN[-1] == migrate.HEAD


def test_every_migration_up_and_down_and_models_agree(backend: str, tmp_path: Path,
                                                      request: pytest.FixtureRequest) -> None:
    engine = _engine(backend, tmp_path, request)
    try:
        with engine.begin() as conn:
            migrate.upgrade(conn, "head")
        with engine.connect() as conn:
            assert _diff(conn) == []  # autogenerate finds no difference
            assert migrate.current_revision(conn) == migrate.HEAD
        for older in reversed(("base",) + migrate.KNOWN[:-1]):
            with engine.begin() as conn:
                migrate.downgrade(conn, older)
        with engine.connect() as conn:
            assert migrate.current_revision(conn) is None
            assert set(conn.dialect.get_table_names(conn)) <= {"alembic_version"}
        for rev in migrate.KNOWN:
            with engine.begin() as conn:
                migrate.upgrade(conn, rev)
        with engine.connect() as conn:
            assert _diff(conn) == []
    finally:
        engine.dispose()


def test_an_older_database_is_backed_up_then_upgraded(tmp_path: Path) -> None:
    db = tmp_path / "old.db"
    store = open_store(db, passphrase="pw", create=True, auto_backup=False)
    try:
        from tests.storage.conftest import filled

        cases = filled(store, 4)
        import copy

        closed = copy.deepcopy(cases[0])
        from clinic_app.domain.case import CaseStatus

        closed.status = CaseStatus.CLOSED
        store.save_case(closed)
        with store._engine.connect() as conn:  # noqa: SLF001 - put the file back to schema 0001
            migrate.downgrade(conn, "0001")
    finally:
        store.close()
    backups = tmp_path / "old-backups"
    store = open_store(db, passphrase="pw", auto_backup=False)
    try:
        made = [p.name for p in backups.iterdir()]
        assert any(name.endswith("-before-migration.db") for name in made)
        with store._engine.connect() as conn:  # noqa: SLF001
            assert migrate.current_revision(conn) == migrate.HEAD
            closed_at = conn.execute(text("SELECT closed_at FROM cases WHERE uuid = :u"),
                                     {"u": cases[0].uuid}).scalar()
        assert closed_at is not None  # the data migration filled it
        assert store.count_cases() == 4
    finally:
        store.close()
    old = open_store(backups / made[0], passphrase="pw", auto_backup=False, backup_dir=tmp_path / "b2")
    old.close()  # the backup itself opens (and is migrated in place: it was a copy)
    _ = dt


def test_a_database_from_a_newer_version_is_refused(tmp_path: Path) -> None:
    db = tmp_path / "new.db"
    open_store(db, encrypted=False, create=True, auto_backup=False).close()
    engine = create_engine(f"sqlite:///{db}")
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    engine.dispose()
    with pytest.raises(StorageError) as err:
        open_store(db, encrypted=False)
    assert err.value.code == "newer_version" and "9999" in err.value.message("en")


def _row_counts(conn: Any) -> dict[str, int]:
    names = [n for n in conn.dialect.get_table_names(conn) if n != "alembic_version"]
    counts = {n: conn.execute(text(f'SELECT count(*) FROM "{n}"')).scalar_one() for n in sorted(names)}
    conn.rollback()  # end the read: a migration on this connection then runs in its own transaction
    return counts


RENAMED_BY = {"0010_cases_table": {"case": "cases"}}  # revision -> {old table name: new}


def _renamed(counts: dict[str, int], renames: dict[str, str]) -> dict[str, int]:
    return {renames.get(t, t): n for t, n in counts.items()}


def _walk_down_and_up(engine: Any, created_by: dict[str, set[str]]) -> None:
    """Downgrade one revision at a time to 0001, then upgrade one at a time to HEAD, comparing the row
    count of every table at each step (a table the step creates or drops is the only one allowed to change;
    a table the step renames keeps its count under its new name)."""
    for older in reversed(migrate.KNOWN[:-1]):
        undone = migrate.KNOWN[migrate.KNOWN.index(older) + 1]
        back = {new: old for old, new in RENAMED_BY.get(undone, {}).items()}
        with engine.connect() as conn:
            before = _renamed(_row_counts(conn), back)
            migrate.downgrade(conn, older)
        with engine.connect() as conn:
            after = _row_counts(conn)
        dropped = created_by.get(undone, set())
        assert after == {t: n for t, n in before.items() if t not in dropped}, f"downgrade to {older}"
    for rev in migrate.KNOWN[1:]:
        with engine.connect() as conn:
            before = _renamed(_row_counts(conn), RENAMED_BY.get(rev, {}))
            migrate.upgrade(conn, rev)
        with engine.connect() as conn:
            after = _row_counts(conn)
        assert {t: n for t, n in after.items() if t not in created_by.get(rev, set())} == before, f"upgrade to {rev}"


def test_every_upgrade_and_downgrade_keeps_every_row_of_every_table(tmp_path: Path) -> None:
    """On the program's own engine (foreign keys ON, as always): a table rebuilt by a migration must not
    cascade-delete its children. Downgrading 0002 used to delete every person, wage and note."""
    import copy

    from clinic_app.domain.case import CaseStatus
    from clinic_app.storage.records import LetterRecord
    from tests.storage.conftest import filled

    store = open_store(tmp_path / "rows.db", passphrase="pw", create=True, auto_backup=False)
    try:
        cases = filled(store, 25)
        closed = copy.deepcopy(cases[0])
        closed.status = CaseStatus.CLOSED
        store.save_case(closed)
        store.record_letter(cases[1].uuid, LetterRecord(kind="demand", language="fr", recipient="employer",
                                                        created_at=dt.datetime(2026, 1, 5, tzinfo=dt.UTC),
                                                        sha256="0" * 64, figures={}, path=""))
        store.save_draft(f"case:{cases[2].uuid}", "{}")
        store.purge([cases[3].uuid])
        engine = store._engine  # noqa: SLF001
        with engine.connect() as conn:
            start = _row_counts(conn)
        assert all(start[t] > 0 for t in ("cases", "person", "work_facts", "weekly_wage", "case_note", "letter",
                                          "audit_entry", "draft", "establishment", "purge_tombstone")), start
        fts = {t for t in start if t.startswith("case_search")}
        assert fts, "the search index exists"
        _walk_down_and_up(engine, {"0005": {"purge_tombstone"}, "0007_attachments": {"attachment", "attachment_data"},
                                   "0008_search_index": fts,
                                   "0012_site_figures": {"case_deadline", "case_head"}})
        with engine.connect() as conn:
            end = _row_counts(conn)
        derived = {"purge_tombstone", "case_deadline", "case_head"}
        assert {t: n for t, n in end.items() if t not in derived} == \
               {t: n for t, n in start.items() if t not in derived}
        # 0012's tables were dropped and made again empty: every case is stale (recomputed before use)
        assert end["case_deadline"] == 0 and store.stale_figures() == end["cases"]
        store.refresh_stale_figures()
        with engine.connect() as conn:
            assert _row_counts(conn)["case_deadline"] == start["case_deadline"] > 0
        assert end["case_search"] == end["cases"]  # rebuilt in step by 0008's upgrade
        assert end["purge_tombstone"] == 1  # re-seeded from the purge's audit entry by 0005's upgrade
    finally:
        store.close()


def test_0010_renames_case_to_cases_and_every_child_follows(open_test_store: Any) -> None:
    """An existing database with data, at 0006 (table ``"case"``), upgraded: the same rows in ``cases``, the
    children's foreign keys point at ``cases`` (a purge still cascades), the audit trail and letters survive,
    and plain SQL reads the table without quotes (``case`` is a reserved word)."""
    from sqlalchemy import inspect

    from clinic_app.storage.records import LetterRecord
    from tests.storage.conftest import filled

    store = open_test_store()
    cases = filled(store, 12)
    store.record_letter(cases[0].uuid, LetterRecord(kind="demand", language="fr", recipient="employer",
                                                    created_at=dt.datetime(2026, 1, 5, tzinfo=dt.UTC),
                                                    sha256="1" * 64, figures={}, path=""))
    engine = store._engine  # noqa: SLF001
    with engine.connect() as conn:
        at_head = _row_counts(conn)
        migrate.downgrade(conn, "0006")
    with engine.connect() as conn:
        tables = set(inspect(conn).get_table_names())
        assert "case" in tables and "cases" not in tables
        assert {fk["referred_table"] for fk in inspect(conn).get_foreign_keys("person")} == {"case"}
        at_0006 = _row_counts(conn)
        migrate.upgrade(conn, "head")
    # tables made after 0006 (attachments, the search index's, the stored deadlines and heads) are gone at 0006;
    # every other keeps its rows
    assert at_0006 == {("case" if t == "cases" else t): n for t, n in at_head.items()
                       if ("case" if t == "cases" else t) in at_0006}
    assert set(at_head) - {"cases"} - set(at_0006) <= {"attachment", "attachment_data", "case_deadline",
                                                       "case_head"} | {
        t for t in at_head if t.startswith("case_search")}
    with engine.connect() as conn:
        insp = inspect(conn)
        assert "case" not in insp.get_table_names()
        for child in ("person", "work_facts", "warehouse_employment", "driver_engagement", "weekly_wage",
                      "employer_payment", "case_note", "letter", "attachment"):
            assert {fk["referred_table"] for fk in insp.get_foreign_keys(child)} == {"cases"}, child
        assert {ix["name"] for ix in insp.get_indexes("cases")} >= {"ix_cases_search", "ix_cases_list_name",
                                                                    "ix_cases_list_updated"}
        def rows(counts: dict[str, int]) -> dict[str, int]:  # the search index's shadow tables count segments;
            # the stored deadlines and heads come back empty (the cases' figures stale, recomputed before use)
            return {t: n for t, n in counts.items()
                    if not t.startswith("case_search_") and t not in ("case_deadline", "case_head")}
        assert rows(_row_counts(conn)) == rows(at_head)
        assert conn.execute(text("SELECT count(*) FROM cases WHERE deleted_at IS NULL")).scalar_one() == 12
        conn.rollback()
    # the program works on the renamed table: read, audit, letters, and a purge that cascades to the children
    assert store.get_case(cases[3].uuid).person.family_name == cases[3].person.family_name
    assert len(store.audit_entries()) == at_head["audit_entry"]
    assert store.purge([cases[0].uuid]) == 1
    with engine.connect() as conn:
        for child in ("person", "work_facts", "letter", "case_note", "weekly_wage"):
            left = conn.execute(text(f"SELECT count(*) FROM {child} WHERE case_uuid = :u"),
                                {"u": cases[0].uuid}).scalar_one()
            assert left == 0, child
        assert conn.execute(text("SELECT count(*) FROM person")).scalar_one() == 11


def test_0014_fills_each_deadlines_role_and_case_number_as_a_save_writes_them(open_test_store: Any) -> None:
    """The stored deadlines of a demo database, taken down to 0013 and up again: the role and case number the
    migration fills in SQL are those the store writes at save time (``domain.deadlines.row_roles``)."""
    from clinic_app.domain.demo import generate_demo

    store = open_test_store()
    ests, cases = generate_demo(60, seed=3, today=dt.date(2026, 12, 1))
    for est in ests:
        store.save_establishment(est)
    store.create_cases(cases)
    engine = store._engine  # noqa: SLF001
    query = text("SELECT case_uuid, position, row_role, case_number FROM case_deadline "
                 "ORDER BY case_uuid, position")
    with engine.connect() as conn:
        saved = conn.execute(query).all()
    with engine.connect() as conn:
        migrate.downgrade(conn, "0013_summary_index")
    with engine.connect() as conn:
        assert migrate.current_revision(conn) == "0013_summary_index"
        assert conn.execute(text("SELECT count(*) FROM case_deadline")).scalar_one() == len(saved)
        conn.rollback()
    with engine.connect() as conn:
        migrate.upgrade(conn, "head")
    with engine.connect() as conn:
        assert migrate.current_revision(conn) == migrate.HEAD
        assert conn.execute(query).all() == saved
    roles = {r.row_role for r in saved}
    assert roles == {0, 1, 2} and all(r.case_number for r in saved)
