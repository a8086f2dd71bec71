"""Search through the trigram index and keyset paging, on SQLite (FTS5) and PostgreSQL (pg_trgm).

What must hold whatever the index: a search finds the same cases as reading every row would (accents, case,
partial names, phone numbers however typed, case numbers), the index follows every write (save, delete,
undelete, import, purge), a migrated database gets its index, and paging walks every case exactly once in
the list's order for every sort key, ties and empty figures included.
"""

from __future__ import annotations

import copy
from typing import Any

import pytest
from sqlalchemy import text

from clinic_app.domain.case import Case, CaseKind, CaseStatus
from clinic_app.domain.duplicates import normalize_name
from clinic_app.storage import CaseQuery, migrate, open_store
from clinic_app.storage.records import SORT_KEYS
from tests.storage.conftest import demo, filled


def _person(store: Any, given: str, family: str, phone: str = "", kind: CaseKind = CaseKind.WAREHOUSE,
            site: str = "YUL2") -> Case:
    case = Case.new(kind)
    case.person.given_name, case.person.family_name, case.person.phone = given, family, phone
    if case.warehouse is not None:
        case.warehouse.site_code = site
    return store.create_case(case)


def _hits(store: Any, query_text: str, **kw: Any) -> set[str]:
    return {r.uuid for r in store.list_cases(CaseQuery(text=query_text, limit=None, **kw))}


def _fts_in_step(store: Any) -> None:
    """SQLite: FTS5's own check of the index against the case table (raises if out of step)."""
    if store.dialect != "sqlite":
        return
    with store._engine.connect() as conn:  # noqa: SLF001
        conn.exec_driver_sql("INSERT INTO case_search(case_search, rank) VALUES ('integrity-check', 1)")
        assert conn.exec_driver_sql("SELECT count(*) FROM case_search").scalar() == \
            conn.exec_driver_sql('SELECT count(*) FROM cases').scalar()


def test_search_accents_case_partial_phone_and_case_number(store: Any) -> None:
    helene = _person(store, "Hélène", "Tremblay-Côté", "(514) 555-0142")
    noel = _person(store, "Noël", "Lévesque", "+1 438 555 0199")
    karim = _person(store, "Karim", "Haddad", "450-555-0101", kind=CaseKind.DRIVER)
    li = _person(store, "Li", "Wu", "819-555-0111")
    cases = {"helene": helene.uuid, "noel": noel.uuid, "karim": karim.uuid, "li": li.uuid}
    expect = {
        "helene": {"helene"}, "HÉLÈNE": {"helene"}, "hél": {"helene"}, "tremb": {"helene"},
        "tremblay cote": {"helene"}, "côté tremblay": {"helene"}, "Tremblay-Côté": {"helene"},
        "remblay": {"helene"},  # inside a name, not only its start
        "levesque": {"noel"}, "noel": {"noel"}, "NOËL LÉV": {"noel"},
        "514-555-0142": {"helene"}, "(514) 555-0142": {"helene"}, "5145550142": {"helene"},
        "555-0142": {"helene"}, "438 555 0199": {"noel"}, "1-438-555-0199": {"noel"},
        "li": set(),  # two letters, shorter than a trigram: set below from a plain scan
        "wu": {"li"}, "haddad": {"karim"}, "yul2": {"helene", "noel", "li"},
        "zzz": set(), "100%_": set(), '"tremblay"': set(), "tremblay OR wu": set(),  # FTS syntax is text
    }
    # "li" also matches whatever else holds "li" (the driver's company, "livraisons"...): compute it from
    # the stored search text rather than guess, so the test checks the index against a plain scan.
    with store._engine.connect() as conn:  # noqa: SLF001
        texts = dict(conn.execute(text('SELECT uuid, search_text FROM cases')).all())
    expect["li"] = {name for name, uuid in cases.items() if "li" in texts[uuid]}
    for query_text, names in expect.items():
        assert _hits(store, query_text) == {cases[n] for n in names}, query_text
    assert _hits(store, helene.case_number) == {helene.uuid}
    assert _hits(store, helene.case_number.lower()) == {helene.uuid}
    assert _hits(store, helene.case_number.split("-")[1]) >= {helene.uuid}
    _fts_in_step(store)


def test_a_case_number_with_a_prefix_of_digits_is_not_taken_for_a_phone(store: Any) -> None:
    from sqlalchemy import update

    from clinic_app.storage.models import Laptop

    with store._engine.begin() as conn:  # noqa: SLF001 - a laptop whose random prefix came out all digits
        conn.execute(update(Laptop.__table__).values(prefix="2345"))
    store.case_prefix = "2345"
    case = _person(store, "Ana", "Silva")
    assert case.case_number.startswith("2345-")
    for typed in (case.case_number, case.case_number[:7], case.case_number.lower()):
        assert case.uuid in _hits(store, typed), typed
    assert _hits(store, "514-555-0142") == set()


def test_search_matches_a_plain_scan_on_demo_data(store: Any) -> None:
    """The index finds exactly what a LIKE over every row finds, for many terms, long and short."""
    filled(store, 120, seed=11)
    with store._engine.connect() as conn:  # noqa: SLF001
        rows = conn.execute(text('SELECT uuid, search_text, deleted_at FROM cases')).all()
    terms = ["trem", "gagnon", "é", "ro", "ben", "yul", "intelcom", "555", "0142", "dxt4", "ahmed", "nguy", "ng",
             "ou", "lévesque", "x", "qc"]
    for term in terms:
        tokens = normalize_name(term).split()
        expected = {u for u, t, d in rows if d is None and all(tok in t for tok in tokens)}
        assert _hits(store, term) == expected, term


def test_search_cap_lists_the_newest_matches_and_says_there_are_more(store: Any) -> None:
    made = [_person(store, "Marie", f"Roy{i:02d}") for i in range(12)]
    page = store.list_page(CaseQuery(text="marie", search_cap=5, limit=3))
    assert page.more
    newest = {c.uuid for c in made[-5:]}
    listed = [r.uuid for r in page.rows]
    assert set(listed) <= newest and len(listed) == 3
    rest = store.list_page(CaseQuery(text="marie", search_cap=5, limit=3, after=page.after))
    assert {r.uuid for r in rest.rows} | set(listed) == newest and rest.after is None
    assert not store.list_page(CaseQuery(text="marie", search_cap=50)).more
    assert store.count_cases(CaseQuery(text="marie"), cap=5) == 6  # "more than 5"
    assert store.count_cases(CaseQuery(text="marie"), cap=50) == 12
    # the short-term path (no trigram) is capped the same way
    assert store.list_page(CaseQuery(text="ma", search_cap=5)).more
    # the list's filters apply before the cap: the older cases of one kind are not hidden by newer others
    drivers = [_person(store, "Marie", f"Cyr{i}", kind=CaseKind.DRIVER) for i in range(3)]
    _ = [_person(store, "Marie", f"Roy{i:02d}b") for i in range(12)]
    for text_ in ("marie", "ma"):
        page = store.list_page(CaseQuery(text=text_, search_cap=5, kinds=(CaseKind.DRIVER,), limit=None))
        assert {r.uuid for r in page.rows} == {c.uuid for c in drivers} and not page.more, text_


def test_the_index_follows_save_delete_undelete_import_and_purge(store: Any, tmp_path: Any) -> None:
    case = _person(store, "Émilie", "Bouchard")
    assert _hits(store, "bouchard") == {case.uuid}
    renamed = copy.deepcopy(store.get_case(case.uuid))
    renamed.person.family_name = "Pelletier"
    store.save_case(renamed)
    assert _hits(store, "bouchard") == set() and _hits(store, "pelletier") == {case.uuid}
    _fts_in_step(store)
    store.delete_case(case.uuid)
    assert _hits(store, "pelletier") == set()
    assert _hits(store, "pelletier", include_deleted=True) == {case.uuid}
    store.undelete_case(case.uuid)
    assert _hits(store, "pelletier") == {case.uuid}
    # import: a new case and a changed name arrive from another laptop
    theirs = copy.deepcopy(store.get_case(case.uuid))
    theirs.person.family_name = "Ouellet"
    theirs.version += 1
    source = open_store(tmp_path / "other.db", encrypted=False, create=True, auto_backup=False)
    try:
        other = filled(source, 3, seed=5)
        ests = source.list_establishments()
    finally:
        source.close()
    store.write_imported([theirs, *other], ests, peer="B", marks={})
    assert _hits(store, "pelletier") == set() and _hits(store, "ouellet") == {case.uuid}
    for c in other:
        assert c.uuid in _hits(store, c.person.family_name)
    _fts_in_step(store)
    store.purge([case.uuid])
    assert _hits(store, "ouellet", include_deleted=True) == set()
    _fts_in_step(store)


def test_a_migrated_database_gets_its_search_index(tmp_path: Any) -> None:
    db = tmp_path / "old.db"
    store = open_store(db, passphrase="pw", create=True, auto_backup=False)
    try:
        cases = filled(store, 20)
        with store._engine.connect() as conn:  # noqa: SLF001
            migrate.downgrade(conn, "0006")
        with store._engine.connect() as conn:  # noqa: SLF001
            assert not conn.exec_driver_sql(
                "SELECT 1 FROM sqlite_master WHERE name = 'case_search'").first()
    finally:
        store.close()
    store = open_store(db, passphrase="pw", auto_backup=False)
    try:
        _fts_in_step(store)
        target = cases[3]
        assert target.uuid in _hits(store, target.person.family_name)
        with store._engine.connect() as conn:  # noqa: SLF001
            plan = " ".join(str(r) for r in conn.exec_driver_sql(
                "EXPLAIN QUERY PLAN SELECT rowid FROM case_search WHERE case_search MATCH '\"abc\"'"))
        assert "VIRTUAL TABLE" in plan
    finally:
        store.close()


def test_check_database_rebuilds_a_search_index_out_of_step(tmp_path: Any) -> None:
    store = open_store(tmp_path / "c.db", passphrase="pw", create=True, auto_backup=False)
    try:
        case = filled(store, 5)[0]
        assert store.check_database() is False
        with store._engine.begin() as conn:  # noqa: SLF001 - what an outside tool could do
            conn.exec_driver_sql("INSERT INTO case_search(case_search, rowid, search_text) "
                                 "SELECT 'delete', rowid, search_text FROM cases")
        assert case.uuid not in _hits(store, case.person.family_name)
        assert store.check_database() is True
        assert case.uuid in _hits(store, case.person.family_name)
        assert store.check_database() is False
    finally:
        store.close()


def _sort_value(row: Any, key: str) -> Any:
    order = list(CaseStatus)
    return {"case_number": row.case_number, "kind": row.kind.value, "site": row.site_or_company,
            "status": order.index(row.status), "amount_owed": row.amount_owed, "shortfall": row.shortfall,
            "deadline": row.deadline, "updated_at": row.updated_at, "name": None}[key]


def test_keyset_paging_returns_every_row_once_in_order_for_every_sort_key(store: Any) -> None:
    ests, cases = demo(70, seed=4)
    for est in ests:
        store.save_establishment(est)
    store.create_cases(cases)  # one stamp for all: updated_at ties everywhere
    store.create_case(Case.new(CaseKind.DRIVER))  # an empty case: empty name, no figures
    store.delete_case(store.list_cases(CaseQuery(limit=1))[0].uuid)
    full_count = store.count_cases()
    for key in SORT_KEYS:
        for descending in (False, True):
            whole = store.list_cases(CaseQuery(sort=key, descending=descending, limit=None))
            assert len(whole) == full_count
            seen: list[Any] = []
            after = None
            pages = 0
            while True:
                page = store.list_page(CaseQuery(sort=key, descending=descending, limit=7, after=after))
                seen += page.rows
                pages += 1
                after = page.after
                if after is None:
                    break
                assert pages < 100
            assert [r.uuid for r in seen] == [r.uuid for r in whole], (key, descending)
            if key == "name":
                continue
            values = [_sort_value(r, key) for r in seen]
            present = [(v, r.case_number) for v, r in zip(values, seen, strict=True) if v is not None]
            assert values[:len(present)] == [v for v, _ in present], f"{key}: empty values last"
            assert present == sorted(present, reverse=descending), (key, descending)
    # ties and empty figures were really there
    owed = [r.amount_owed for r in store.list_cases(CaseQuery(limit=None))]
    assert None in owed and len(set(owed)) < len(owed)
    # filters combine with the cursor
    drivers = store.list_cases(CaseQuery(kinds=(CaseKind.DRIVER,), sort="shortfall", limit=None))
    seen = []
    after = None
    while True:
        page = store.list_page(CaseQuery(kinds=(CaseKind.DRIVER,), sort="shortfall", limit=5, after=after))
        seen += page.rows
        if page.after is None:
            break
        after = page.after
    assert [r.uuid for r in seen] == [r.uuid for r in drivers]


def test_status_sort_text_matches_the_workflow_order() -> None:
    from clinic_app.storage.models import STATUS_RANK_SQL

    expected = "CASE status " + " ".join(f"WHEN '{s.value}' THEN {i}" for i, s in enumerate(CaseStatus)) + \
        " ELSE 99 END"
    assert STATUS_RANK_SQL == expected


def test_site_choices_come_from_establishments_and_typed_sites(store: Any) -> None:
    filled(store, 10)
    typed = _person(store, "Ana", "Silva", site="ZZZ9")
    choices = store.site_choices()
    codes = {e.code for e in store.list_establishments()}
    assert codes <= set(choices) and "ZZZ9" in choices
    assert choices == sorted(choices, key=str.casefold) and "" not in choices
    for sort in ("case_number", "site", "name"):
        listed = store.list_cases(CaseQuery(site="zzz9", sort=sort, limit=None))
        assert [r.uuid for r in listed] == [typed.uuid], sort
    yul2 = {r.uuid for r in store.list_cases(CaseQuery(limit=None)) if r.site_or_company == "YUL2"}
    for sort in ("site", "name", "status"):
        assert {r.uuid for r in store.list_cases(CaseQuery(site="yul2", sort=sort, limit=None))} == yul2, sort


@pytest.mark.parametrize("key", ["name", "deadline", "status"])
def test_keyset_uses_an_index_seek_on_sqlite(sqlite_store: Any, key: str) -> None:
    """The page after a cursor is a range seek on the list index, not a scan from the start."""
    filled(sqlite_store, 30)
    first = sqlite_store.list_page(CaseQuery(sort=key, limit=5))
    statements: list[tuple[str, Any]] = []
    from sqlalchemy import event

    engine = sqlite_store._engine  # noqa: SLF001

    def grab(_conn: Any, _cursor: Any, statement: str, params: Any, _context: Any, _many: bool) -> None:
        if statement.lstrip().upper().startswith("SELECT"):
            statements.append((statement, params))

    event.listen(engine, "before_cursor_execute", grab)
    try:
        sqlite_store.list_page(CaseQuery(sort=key, limit=5, after=first.after))
    finally:
        event.remove(engine, "before_cursor_execute", grab)
    assert statements
    raw = engine.raw_connection()
    try:
        stmt, params = statements[0]
        plan = " ".join(str(r[3]) for r in raw.driver_connection.execute("EXPLAIN QUERY PLAN " + stmt, params))
    finally:
        raw.close()
    assert "SEARCH" in plan and "ix_cases_list" in plan, plan
