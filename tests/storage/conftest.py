"""Storage fixtures: a real SQLite file, a real SQLCipher file, and a real PostgreSQL database.

PostgreSQL: ``scripts/test.sh`` (run by ``.ci/run``) starts a throwaway server and exports
``CLINIC_TEST_PG_URL``; each test gets a fresh database on it. Without the variable the PostgreSQL tests
skip on a developer's machine, but FAIL when ``CI=true``: CI must never pass by skipping them.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from clinic_app.domain.case import Case
from clinic_app.domain.demo import generate_demo

PG_ENV = "CLINIC_TEST_PG_URL"


def pg_admin_url() -> str:
    url = os.environ.get(PG_ENV, "")
    if not url:
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(f"{PG_ENV} is not set: CI must run the PostgreSQL storage tests (scripts/test.sh starts "
                        "a server)")
        pytest.skip(f"{PG_ENV} not set: no PostgreSQL server for this run")
    return url


@pytest.fixture
def pg_url() -> Iterator[str]:
    """A fresh, empty PostgreSQL database on the test server; dropped afterwards."""
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    admin = make_url(pg_admin_url())
    name = f"clinic_test_{uuid.uuid4().hex[:12]}"
    engine = create_engine(admin, isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield admin.set(database=name).render_as_string(hide_password=False)
    finally:
        with engine.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        engine.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def backend(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def open_test_store(backend: str, tmp_path: Path, request: pytest.FixtureRequest) -> Callable[..., Any]:
    """A function opening the same test database again and again (SQLite file or PostgreSQL database)."""
    from clinic_app.storage import open_store

    url = request.getfixturevalue("pg_url") if backend == "postgresql" else None
    opened: list[Any] = []

    def opener(actor: str = "tester") -> Any:
        if url is not None:
            store = open_store(url=url, actor=actor)
        else:
            store = open_store(tmp_path / "cases.db", encrypted=False, create=True, actor=actor,
                               auto_backup=False)
        opened.append(store)
        return store

    yield opener
    for store in opened:
        store.close()


@pytest.fixture
def store(open_test_store: Callable[..., Any]) -> Any:
    return open_test_store()


@pytest.fixture
def sqlite_store(tmp_path: Path) -> Iterator[Any]:
    from clinic_app.storage import open_store

    store = open_store(tmp_path / "plain.db", encrypted=False, create=True, actor="tester", auto_backup=False)
    yield store
    store.close()


def demo(count: int = 30, seed: int = 7) -> tuple[list[Any], list[Case]]:
    return generate_demo(count, seed)


def filled(store: Any, count: int = 30, seed: int = 7) -> list[Case]:
    """Put demo establishments and cases in ``store``; returns the stored cases."""
    ests, cases = demo(count, seed)
    for est in ests:
        if store.get_establishment(est.id) is None:  # a site already stored is versioned: not re-saved blindly
            store.save_establishment(est)
    return [store.create_case(c) for c in cases]
