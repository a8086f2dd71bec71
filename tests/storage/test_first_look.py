"""The start-up's first look at the case file (``storage/opening.py``): the list's first page read with the
SQLCipher driver alone must be the store's first page, row for row, and every refusal must be the store's own
(same code, same message), so that a wrong passphrase is never told apart from what ``open_store`` says."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from clinic_app.domain.demo import generate_demo
from clinic_app.storage import CaseQuery, StorageError, first_look, open_store
from clinic_app.storage.filelock import CaseFileLock

PASS = "first look passphrase"


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("look") / "cases.db"
    store = open_store(path, passphrase=PASS, create=True, auto_backup=False)
    ests, cases = generate_demo(260, seed=22)
    for est in ests:
        store.save_establishment(est)
    store.create_cases(cases)
    first = store.list_page(CaseQuery(limit=5)).rows
    store.delete_case(first[2].uuid)  # a deleted case inside the first page: left out by both
    store.close()
    return path


def _alone(path: Path) -> bool:
    """Whether nothing else holds the case file's lock (as a restore needs it)."""
    lock = CaseFileLock(path)
    try:
        with lock.exclusive():
            return True
    except StorageError as exc:
        assert exc.code == "in_use"
        return False
    finally:
        lock.release()


def _store_first_page(path: Path) -> tuple[object, int]:
    from clinic_app.ui.case_list_model import COUNT_CAP, PAGE, SEARCH_CAP

    store = open_store(path, passphrase=PASS, auto_backup=False, check=False)
    try:
        query = dataclasses.replace(CaseQuery(), offset=0, limit=PAGE, after=None, search_cap=SEARCH_CAP)
        return store.list_page(query), store.count_cases(query, cap=COUNT_CAP)
    finally:
        store.close()


def test_first_page_is_the_stores_first_page(db: Path) -> None:
    page, total = _store_first_page(db)
    look = first_look(db, PASS)
    assert look is not None
    try:
        assert look.page.rows == page.rows  # type: ignore[attr-defined]
        assert [type(v) for v in dataclasses.astuple(look.page.rows[0])] == \
            [type(v) for v in dataclasses.astuple(page.rows[0])]  # type: ignore[attr-defined]
        assert look.page.after == page.after and look.page.after is not None  # type: ignore[attr-defined]
        assert look.total == total == 259
        assert any(r.amount_owed is not None for r in look.page.rows)
        assert any(r.deadline is not None for r in look.page.rows)
    finally:
        look.close()


def test_the_store_takes_over_the_connection_and_the_lock(db: Path) -> None:
    look = first_look(db, PASS)
    assert look is not None
    store = open_store(db, passphrase=PASS, auto_backup=False, check=False, first_look=look)
    try:
        nxt = store.list_page(dataclasses.replace(CaseQuery(), after=look.page.after))
        assert nxt.rows and nxt.rows[0].case_number > look.page.rows[-1].case_number
        look.close()  # nothing left to close: the store holds them
        assert not _alone(db)  # the store's shared lock is the one the look took
    finally:
        store.close()
    assert _alone(db)  # all released
    with pytest.raises(RuntimeError):
        look.take()


def _refusal(fn: object) -> StorageError:
    with pytest.raises(StorageError) as caught:
        fn()  # type: ignore[operator]
    return caught.value


def test_refusals_are_the_stores_own(db: Path, tmp_path: Path) -> None:
    cases = {
        "wrong passphrase": (db, "not the passphrase"),
        "missing file": (tmp_path / "absent.db", PASS),
        "not a database (odd size)": (tmp_path / "junk.db", PASS),
        "plain SQLite file": (tmp_path / "plain.db", PASS),
    }
    (tmp_path / "junk.db").write_bytes(b"x" * 1000)
    open_store(tmp_path / "plain.db", encrypted=False, create=True, auto_backup=False).close()
    for what, (path, passphrase) in cases.items():
        mine = _refusal(lambda p=path, k=passphrase: first_look(p, k))
        theirs = _refusal(lambda p=path, k=passphrase: open_store(p, passphrase=k, auto_backup=False, check=False))
        assert (mine.code, mine.message("fr"), mine.message("en")) == \
            (theirs.code, theirs.message("fr"), theirs.message("en")), what
    assert _refusal(lambda: first_look(db, "nope")).code == "wrong_passphrase"
    restore = CaseFileLock(db)
    try:
        with restore.exclusive():  # a restore or a re-key elsewhere: "in use", never a wrong passphrase
            mine = _refusal(lambda: first_look(db, PASS))
            theirs = _refusal(lambda: open_store(db, passphrase=PASS, auto_backup=False, check=False))
    finally:
        restore.release()
    assert mine.code == theirs.code == "in_use" and mine.message("en") == theirs.message("en")
    assert _alone(db)  # nothing is left held after a refusal


def test_an_older_schema_is_left_to_open_store(tmp_path: Path) -> None:
    from clinic_app.storage.connect import raw_connect

    path = tmp_path / "old.db"
    open_store(path, passphrase=PASS, create=True, auto_backup=False).close()
    conn = raw_connect(path, PASS)
    conn.execute("UPDATE alembic_version SET version_num = '0008_search_index'")
    conn.close()
    assert first_look(path, PASS) is None
    assert _alone(path)  # nothing held: the migration that follows needs the file alone
