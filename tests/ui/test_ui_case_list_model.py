"""CaseListModel over a real (unencrypted) store: lazy pages, SQL sort, search and filters, soft delete.

Skipped until clinic_app.storage provides open_store (it is written in parallel).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

storage = pytest.importorskip("clinic_app.storage")
if not hasattr(storage, "open_store"):
    pytest.skip("clinic_app.storage.open_store not landed yet", allow_module_level=True)

from clinic_app.domain.case import CaseKind  # noqa: E402
from clinic_app.domain.demo import generate_demo  # noqa: E402
from clinic_app.ui.case_list_model import PAGE, CaseListModel  # noqa: E402


@pytest.fixture
def store(tmp_path: Path):
    st = storage.open_store(tmp_path / "c.db", encrypted=False, create=True)
    ests, cases = generate_demo(450, seed=3)
    for est in ests:
        st.save_establishment(est)
    for case in cases:
        st.create_case(case)
    yield st
    st.close()


def test_lazy_pages(store, qapp) -> None:
    model = CaseListModel(store, storage.CaseQuery())
    assert model.total() == 450
    assert model.rowCount() == PAGE
    assert model.canFetchMore()
    model.fetchMore()
    assert model.rowCount() == 2 * PAGE
    model.fetchMore()
    assert model.rowCount() == 450 and not model.canFetchMore()


def test_sort_descending_by_case_number_and_filter_kind(store, qapp) -> None:
    model = CaseListModel(store, storage.CaseQuery())
    model.sort(0, Qt.SortOrder.DescendingOrder)
    numbers = [model.row_at(i).case_number for i in range(model.rowCount())]
    assert numbers == sorted(numbers, reverse=True)
    model.set_query(kinds=(CaseKind.WAREHOUSE,))
    assert 0 < model.total() < 450
    assert all(str(model.row_at(i).kind) == "warehouse" for i in range(model.rowCount()))


def test_search_and_delete(store, qapp) -> None:
    model = CaseListModel(store, storage.CaseQuery())
    first = model.row_at(0)
    model.set_query(text=first.case_number)
    assert [model.row_at(i).uuid for i in range(model.rowCount())] == [first.uuid]
    store.delete_case(first.uuid)
    model.reload()
    assert model.rowCount() == 0


def test_a_passed_claim_deadline_is_said_in_words_not_as_a_negative_number(tmp_path) -> None:  # type: ignore[no-untyped-def]
    import datetime as dt

    from clinic_app.domain.case import Case, CaseKind
    from clinic_app.storage import CaseQuery, open_store
    from clinic_app.ui.case_list_model import COLUMNS, CaseListModel

    store = open_store(tmp_path / "x.db", encrypted=False, create=True, auto_backup=False, actor="t")
    try:
        case = Case.new(CaseKind.WAREHOUSE)
        case.person.given_name = "Ana"
        case.work.start_date, case.work.termination_date = dt.date(2020, 1, 6), dt.date(2025, 1, 22)
        case.work.weekly_wage = __import__("decimal").Decimal(800)
        store.create_case(case)
        col = [k for k, _l in COLUMNS].index("deadline")
        for today, want in ((dt.date(2026, 12, 1), "313"), (dt.date(2026, 1, 22), None), (dt.date(2026, 1, 12), "10")):
            model = CaseListModel(store, CaseQuery(), lang="en", today=today)
            text = model.data(model.index(0, col))
            if want == "313":
                assert "313" in text and "-" not in text and "passed" in text
            elif want is None:
                assert text == "last day today"
            else:
                assert text == want
    finally:
        store.close()
