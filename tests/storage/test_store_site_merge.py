"""Merging a duplicate site on both backends (SQLite and PostgreSQL): cases move, the duplicate goes, the merge
is remembered, the site's new facts (migration 0011) are stored."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from clinic_app.domain.case import Establishment
from clinic_app.domain.demo import generate_demo
from clinic_app.storage import StorageError


def test_merge_moves_cases_and_remembers_the_duplicate(store: Any) -> None:
    ests, cases = generate_demo(24, seed=3)
    for est in ests:
        store.save_establishment(est)
    store.create_cases(cases)
    counts = store.live_cases_by_establishment()
    keep_id, gone_id = sorted(counts, key=lambda k: -counts[k])[:2]
    assert store.merge_establishments(keep_id, gone_id) == counts[gone_id]
    after = store.live_cases_by_establishment()
    assert after[keep_id] == counts[keep_id] + counts[gone_id] and gone_id not in after
    assert store.get_establishment(gone_id) is None and store.merged_sites() == {gone_id: keep_id}
    with pytest.raises(StorageError) as gone:
        store.merge_establishments(keep_id, gone_id)
    assert gone.value.code == "site_not_found"


def test_a_sites_new_facts_are_stored(store: Any) -> None:
    est = store.save_establishment(Establishment(code="DXT4", client_company="Grand Détaillant", union_name="CSN",
                                                 collective_agreement="2024-2027",
                                                 minister_notice_date=dt.date(2025, 1, 22)))
    back = store.get_establishment(est.id)
    assert (back.client_company, back.union_name, back.collective_agreement, back.minister_notice_date) == (
        "Grand Détaillant", "CSN", "2024-2027", dt.date(2025, 1, 22))


def test_a_sites_own_cases_are_read_by_its_id(store: Any) -> None:
    from clinic_app.storage import CaseQuery

    ests, cases = generate_demo(30, seed=4)
    for est in ests:
        store.save_establishment(est)
    store.create_cases(cases)
    site = max(store.live_cases_by_establishment().items(), key=lambda kv: kv[1])[0]
    read = list(store.iter_cases(CaseQuery(limit=None, establishment_id=site)))
    assert read and {c.uuid for c in read} == {c.uuid for c in cases if c.establishment_id == site}
    assert store.count_cases(CaseQuery(limit=None, establishment_id=site)) == len(read)
