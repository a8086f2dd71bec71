"""Fixtures of the export tests that need a real case database (SQLite files in ``tmp_path``).

Why real stores: exports, bundles and the summary read through ``CaseStore``; a test that fed them
hand-made lists would not notice a mismatch with what storage really hands out (figures, timestamps,
establishments).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from clinic_app.domain.demo import generate_demo

DEMO_COUNT = 120
DEMO_SEED = 5
#: Bundle passphrase and a cheap scrypt cost for tests (files carry their cost; production uses 2**17).
PASSPHRASE = "correct horse battery staple"
TEST_SCRYPT_N = 2**10


def open_plain_store(path: Path) -> Any:
    from clinic_app.storage import open_store

    return open_store(path, encrypted=False, create=True, auto_backup=False, actor="tester")


def fill_with_demo(store: Any, count: int = DEMO_COUNT, seed: int = DEMO_SEED) -> None:
    ests, cases = generate_demo(count, seed=seed)
    for est in ests:
        store.save_establishment(est)
    store.create_cases(cases)


@pytest.fixture
def make_store(tmp_path: Path) -> Iterator[Callable[[str], Any]]:
    """``make_store("name")``: a new, empty, unencrypted database file in ``tmp_path`` (closed afterwards)."""
    opened: list[Any] = []

    def make(name: str) -> Any:
        store = open_plain_store(tmp_path / f"{name}.db")
        opened.append(store)
        return store

    yield make
    for store in opened:
        store.close()


@pytest.fixture
def demo_store(make_store: Callable[[str], Any]) -> Any:
    """A database holding :data:`DEMO_COUNT` demo cases of both kinds and the demo establishments."""
    store = make_store("demo")
    fill_with_demo(store)
    return store


def database_rows(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every table's rows (and the schema) of the unencrypted database file ``path``: any row written and not
    rolled back shows. Read through the store's own SQLite library (sqlcipher3): a second copy of SQLite (the
    standard ``sqlite3``) on a file open in the same process breaks the file's locks and can corrupt it."""
    from contextlib import closing

    import sqlcipher3

    with closing(sqlcipher3.connect(str(path))) as con:
        schema = con.execute("SELECT type, name, sql FROM sqlite_master ORDER BY type, name").fetchall()
        out: dict[str, list[tuple[Any, ...]]] = {"": [tuple(row) for row in schema]}
        for (name,) in con.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"):
            out[name] = sorted((tuple(r) for r in con.execute(f'SELECT * FROM "{name}"')), key=repr)
    return out


@pytest.fixture
def second_bundle(make_store: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Any, Any, Path]:
    """A coordinator that imported a volunteer's 40 cases, then a second bundle (frames of 10 cases) in which
    every other case was edited: 20 updates, spread over every frame."""
    from clinic_app.export import bundle as bundle_module
    from clinic_app.export.bundle import export_bundle, import_bundle
    from clinic_app.storage import CaseQuery

    monkeypatch.setattr(bundle_module, "FRAME_CASES", 10)
    volunteer, coordinator = make_store("volunteer"), make_store("coordinator")
    fill_with_demo(volunteer, count=40)
    first, second = tmp_path / "1.clinicbundle", tmp_path / "2.clinicbundle"
    export_bundle(volunteer, first, PASSPHRASE, scrypt_n=TEST_SCRYPT_N)
    import_bundle(coordinator, first, PASSPHRASE)
    for uuid in sorted(c.uuid for c in volunteer.iter_cases(CaseQuery(limit=None)))[::2]:  # in every frame
        case = volunteer.get_case(uuid)
        case.person.city = "Trois-Rivières (2e paquet)"
        volunteer.save_case(case)
    export_bundle(volunteer, second, PASSPHRASE, scrypt_n=TEST_SCRYPT_N)
    return volunteer, coordinator, second
