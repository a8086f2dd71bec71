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

    ctx = MigrationContext.configure(conn, opts={"compare_type": True})
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
        with store._engine.begin() as conn:  # noqa: SLF001 - put the file back to schema 0001
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
            closed_at = conn.execute(text('SELECT closed_at FROM "case" WHERE uuid = :u'),
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
