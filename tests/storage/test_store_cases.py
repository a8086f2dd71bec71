"""The case store's API on SQLite and on a real PostgreSQL server (same tests, both backends)."""

from __future__ import annotations

import copy
import dataclasses
import datetime as dt
from decimal import Decimal
from typing import Any

import pytest

from clinic_app.domain.case import Case, CaseKind, CaseStatus, Note, Payment, PaymentPurpose, WeeklyWage
from clinic_app.domain.case_figures import case_figures
from clinic_app.domain.case_json import case_to_dict
from clinic_app.storage import CaseNotFoundError, CaseQuery, LetterRecord, StaleCaseError
from tests.storage.conftest import demo, filled

BOOKKEEPING = ("case_number", "created_at", "updated_at", "version", "laptop_id")


def _same_facts(a: Case, b: Case) -> None:
    da, db = case_to_dict(a), case_to_dict(b)
    for key in BOOKKEEPING:
        da.pop(key, None)
        db.pop(key, None)
    assert da == db


def test_create_then_get_gives_back_every_fact_exactly(store: Any) -> None:
    ests, cases = demo(40)
    for est in ests:
        store.save_establishment(est)
    for case in cases:
        case.notes.append(Note(text="Parle arabe; préfère l'après-midi", author="Nadia",
                               created_at=dt.datetime(2025, 2, 3, 18, 5, 7, 123456, tzinfo=dt.UTC)))
        stored = store.create_case(case)
        again = store.get_case(case.uuid)
        _same_facts(case, again)
        assert case_to_dict(again) == case_to_dict(stored)
        assert again.version == 1 and again.laptop_id == store.laptop_id
        assert again.case_number.startswith(store.case_prefix + "-")


def test_case_numbers_are_sequential_per_laptop_and_unique(store: Any) -> None:
    stored = filled(store, 12)
    numbers = [c.case_number for c in stored]
    assert len(set(numbers)) == 12
    assert [int(n.split("-")[1]) for n in numbers] == list(range(1, 13))
    bulk = store.create_cases(demo(5, seed=99)[1])
    assert bulk == 5
    rows = store.list_cases(CaseQuery(limit=None))
    assert len({r.case_number for r in rows}) == 17


def test_save_bumps_version_and_audits_field_names_never_values(store: Any) -> None:
    case = filled(store, 3)[0]
    edited = copy.deepcopy(case)
    edited.person.phone = "438-555-0199"
    edited.work.payments.append(Payment(amount=Decimal("1234.56"), purpose=PaymentPurpose.VACATION))
    saved = store.save_case(edited)
    assert saved.version == 2
    assert store.get_case(case.uuid).person.phone == "438-555-0199"
    entry = store.audit_entries(case.uuid)[-1]
    assert entry.action == "update" and entry.actor == "tester"
    assert set(entry.fields) == {"person.phone", "work.payments"}
    everything = " ".join(f"{a.fields} {a.detail}" for a in store.audit_entries())
    assert "438" not in everything and "1234" not in everything and case.person.family_name not in everything


def test_a_stale_save_is_refused_and_the_other_edit_survives(store: Any) -> None:
    case = filled(store, 2)[0]
    first, second = copy.deepcopy(case), copy.deepcopy(case)
    first.person.email = "premier@example.org"
    store.save_case(first)
    second.person.email = "second@example.org"
    with pytest.raises(StaleCaseError) as err:
        store.save_case(second)
    assert case.case_number in err.value.message("fr") and "Rechargez" in err.value.message("fr")
    assert store.get_case(case.uuid).person.email == "premier@example.org"


def test_a_save_that_changes_nothing_keeps_the_version(store: Any) -> None:
    case = filled(store, 1)[0]
    assert store.save_case(copy.deepcopy(case)).version == 1
    assert [a.action for a in store.audit_entries(case.uuid)] == ["create"]


def test_list_figures_follow_the_engine_and_the_establishment(store: Any) -> None:
    stored = filled(store, 30)
    by_uuid = {r.uuid: r for r in store.list_cases(CaseQuery(limit=None))}
    for case in stored:
        expected = case_figures(case, store.establishment_for(case))
        row = by_uuid[case.uuid]
        assert (row.amount_owed, row.shortfall, row.deadline) == (
            expected.amount_owed, expected.shortfall, expected.claim_deadline)
    # the establishment's count decides the collective tier: changing it changes its cases' figures
    case = next(c for c in stored if c.kind is CaseKind.WAREHOUSE and by_uuid[c.uuid].amount_owed is not None)
    est = store.establishment_for(case)
    before = by_uuid[case.uuid].amount_owed
    store.save_establishment(dataclasses.replace(est, establishment_terminations=5))
    # the site's cases are stale (shown as updating) until recomputed, in the background or before a read
    assert not next(r for r in store.list_cases(CaseQuery(limit=None)) if r.uuid == case.uuid).figures_fresh
    store.refresh_stale_figures()
    row = next(r for r in store.list_cases(CaseQuery(limit=None)) if r.uuid == case.uuid)
    assert row.figures_fresh
    after = row.amount_owed
    assert after == case_figures(case, store.establishment_for(case)).amount_owed
    assert after < before  # under 10 terminations: no collective-dismissal indemnity


def test_search_is_accent_and_case_insensitive_and_covers_number_phone_site(store: Any) -> None:
    case = Case.new(CaseKind.WAREHOUSE)
    case.person.given_name, case.person.family_name = "Hélène", "Tremblay-Côté"
    case.person.phone = "514-555-0142"
    case.warehouse.site_code = "DXT4"
    stored = store.create_case(case)
    other = Case.new(CaseKind.DRIVER)
    other.person.given_name, other.person.family_name = "Karim", "Haddad"
    other.driver.dsp_legal_name = "Intelcom Courrier Canada"
    store.create_case(other)

    def hits(text: str) -> set[str]:
        return {r.uuid for r in store.list_cases(CaseQuery(text=text))}

    for text in ("helene", "TREMBLAY cote", "tremblay-côté", "5145550142", "514-555-0142", "dxt4",
                 stored.case_number.lower()):
        assert hits(text) == {case.uuid}, text
    assert hits("intelcom") == {other.uuid}
    assert hits("100%_") == set()  # LIKE wildcards are matched literally


def test_filters_sorting_and_paging(store: Any) -> None:
    filled(store, 60)
    everything = store.list_cases(CaseQuery(limit=None))
    assert len(everything) == store.count_cases(CaseQuery()) == 60
    drivers = store.list_cases(CaseQuery(kinds=(CaseKind.DRIVER,), limit=None))
    assert drivers and all(r.kind is CaseKind.DRIVER for r in drivers)
    closed = store.list_cases(CaseQuery(statuses=(CaseStatus.CLOSED, CaseStatus.DRAFT), limit=None))
    assert {r.status for r in closed} <= {CaseStatus.CLOSED, CaseStatus.DRAFT}
    site = everything[0].site_or_company
    assert all(r.site_or_company == site for r in store.list_cases(CaseQuery(site=site.lower(), limit=None)))
    for key, attr in (("amount_owed", "amount_owed"), ("shortfall", "shortfall"), ("deadline", "deadline")):
        for descending in (False, True):
            rows = store.list_cases(CaseQuery(sort=key, descending=descending, limit=None))
            values = [getattr(r, attr) for r in rows]
            present = [v for v in values if v is not None]
            assert values[:len(present)] == present, "empty figures sort last"
            assert present == sorted(present, reverse=descending)
    names = [r.case_number for r in store.list_cases(CaseQuery(sort="case_number", limit=None))]
    assert names == sorted(names)
    statuses = [r.status for r in store.list_cases(CaseQuery(sort="status", limit=None))]
    order = list(CaseStatus)
    assert [order.index(s) for s in statuses] == sorted(order.index(s) for s in statuses)
    page1 = store.list_cases(CaseQuery(sort="name", offset=0, limit=25))
    page2 = store.list_cases(CaseQuery(sort="name", offset=25, limit=25))
    whole = store.list_cases(CaseQuery(sort="name", limit=50))
    assert [r.uuid for r in page1 + page2] == [r.uuid for r in whole]


def test_soft_delete_hides_then_undelete_brings_back(store: Any) -> None:
    case = filled(store, 3)[0]
    store.delete_case(case.uuid)
    assert case.uuid not in {r.uuid for r in store.list_cases(CaseQuery())}
    assert case.uuid in {r.uuid for r in store.list_cases(CaseQuery(include_deleted=True)) if r.deleted}
    assert store.get_case(case.uuid).uuid == case.uuid  # still there until purged
    store.undelete_case(case.uuid)
    assert case.uuid in {r.uuid for r in store.list_cases(CaseQuery())}
    with pytest.raises(CaseNotFoundError):
        store.delete_case("no-such-case")


def test_duplicates_same_name_and_phone_or_birth_date(store: Any) -> None:
    first = Case.new(CaseKind.WAREHOUSE)
    first.person.given_name, first.person.family_name, first.person.phone = "Émilie", "Lévesque", "514-555-0101"
    first = store.create_case(first)
    again = Case.new(CaseKind.DRIVER)
    again.person.given_name, again.person.family_name, again.person.phone = "emilie", "LEVESQUE", "(514) 555-0101"
    assert [r.uuid for r in store.find_duplicates(again)] == [first.uuid]
    stranger = Case.new(CaseKind.DRIVER)
    stranger.person.given_name, stranger.person.family_name = "Emilie", "Levesque"
    stranger.person.phone = "438-555-0000"
    assert store.find_duplicates(stranger) == []
    assert store.find_duplicates(first) == []  # never itself


def test_children_lists_keep_their_order(store: Any) -> None:
    case = Case.new(CaseKind.WAREHOUSE)
    case.work.wage_varies = True
    case.work.recent_weekly_wages = [WeeklyWage(Decimal(x)) for x in ("800.10", "650", "912.345", "700")]
    case.documents_seen = ["pay slip", "relevé d'emploi", "lettre de fin d'emploi"]
    stored = store.create_case(case)
    back = store.get_case(stored.uuid)
    assert [w.amount for w in back.work.recent_weekly_wages] == [Decimal(x) for x in
                                                                 ("800.10", "650", "912.345", "700")]
    assert back.documents_seen == case.documents_seen


def test_settings_clinic_profile_drafts_and_letters(store: Any) -> None:
    from clinic_app.domain.clinic import ClinicProfile

    store.set_setting("retention_days", "365")
    store.set_setting("retention_days", "730")
    assert store.get_setting("retention_days") == "730" and store.get_setting("nope", "x") == "x"
    profile = ClinicProfile(name="Clinique juridique du Mile-End", address="1 rue A\nMontréal QC",
                            signatory="Me Jeanne Roy")
    store.save_clinic_profile(profile)
    assert store.clinic_profile() == profile
    store.save_draft("new:warehouse:1", '{"person": {"given_name": "Ali"}}')
    store.save_draft("new:warehouse:1", '{"person": {"given_name": "Alia"}}')
    assert store.load_drafts() == {"new:warehouse:1": '{"person": {"given_name": "Alia"}}'}
    store.discard_draft("new:warehouse:1")
    assert store.load_drafts() == {}
    case = filled(store, 1)[0]
    rec = LetterRecord(kind="demand_employer", language="fr", recipient="Amazon.com.dedc ULC",
                       created_at=dt.datetime(2025, 3, 1, 12, tzinfo=dt.UTC), sha256="ab" * 32,
                       figures={"amount_owed": "1234.56"})
    store.record_letter(case.uuid, rec)
    assert store.letters_for_case(case.uuid) == [rec]


def test_write_imported_keeps_identity_and_letters(store: Any, tmp_path: Any) -> None:
    from clinic_app.storage import open_store

    source = open_store(tmp_path / "other-laptop.db", encrypted=False, create=True, auto_backup=False)
    try:
        theirs = filled(source, 5, seed=3)
        ests = source.list_establishments()
    finally:
        source.close()
    store.write_imported(theirs, ests, peer="laptop-B", marks={c.uuid: "h" + c.uuid[:8] for c in theirs})
    for case in theirs:
        assert case_to_dict(store.get_case(case.uuid)) == case_to_dict(case)
    store.record_letter(theirs[0].uuid, LetterRecord("worker_summary", "en", "worker",
                                                     dt.datetime(2025, 3, 1, tzinfo=dt.UTC), "cd" * 32))
    newer = copy.deepcopy(theirs[0])
    newer.person.city = "Laval"
    newer.version += 1
    store.write_imported([newer], [], peer="laptop-B", marks={newer.uuid: "new"})
    assert store.get_case(newer.uuid).person.city == "Laval"
    assert len(store.letters_for_case(newer.uuid)) == 1
    assert store.get_sync_marks("laptop-B")[newer.uuid] == "new"
    assert store.get_sync_marks("laptop-C") == {}


def test_purge_lists_first_then_erases_with_an_audit_entry(store: Any) -> None:
    cases = filled(store, 6)
    old = copy.deepcopy(cases[0])
    old.status = CaseStatus.CLOSED
    store.save_case(old)
    assert store.purge_candidates(30) == []  # closed today: kept
    closed = {c.uuid for c in cases if c.status is CaseStatus.CLOSED} | {old.uuid}
    assert {r.uuid for r in store.purge_candidates(0)} == closed
    store.delete_case(cases[1].uuid)
    rows = store.purge_candidates(-1)
    assert {old.uuid, cases[1].uuid} <= {r.uuid for r in rows}
    assert store.purge([r.uuid for r in rows]) == len(rows)
    with pytest.raises(CaseNotFoundError):
        store.get_case(old.uuid)
    assert "purge" in [a.action for a in store.audit_entries(old.uuid)]
    assert store.count_cases(CaseQuery(include_deleted=True)) == 6 - len(rows)


def test_person_export_holds_everything_about_the_person(store: Any) -> None:
    case = filled(store, 2)[0]
    data = store.person_export(case.uuid)
    assert data["case"]["person"]["family_name"] == case.person.family_name
    assert data["case"]["uuid"] == case.uuid
    assert [a["action"] for a in data["audit"]][0] == "create"
    assert store.audit_entries(case.uuid)[-1].action == "access-export"


def test_no_social_insurance_number_anywhere_in_the_schema() -> None:
    from clinic_app.storage.models import Base

    names = [f"{t.name}.{c.name}" for t in Base.metadata.tables.values() for c in t.columns]
    suspicious = [n for n in names if any(w in n.split(".")[1] for w in ("sin", "nas", "social", "insurance"))]
    assert suspicious == [], suspicious


def test_a_stale_site_save_is_refused_and_an_older_import_does_not_overwrite(tmp_path) -> None:  # type: ignore[no-untyped-def]
    import copy

    from clinic_app.domain.case import Establishment
    from clinic_app.errors import ClinicError
    from clinic_app.storage import open_store

    store = open_store(tmp_path / "s.db", encrypted=False, create=True, auto_backup=False, actor="t")
    try:
        est = store.save_establishment(Establishment(code="YUL2", establishment_terminations=300))
        assert est.version == 1
        laptop_a, laptop_b = copy.deepcopy(est), copy.deepcopy(est)
        laptop_a.terminations_with_drivers = 520
        store.save_establishment(laptop_a)
        laptop_b.establishment_terminations = 290
        with pytest.raises(ClinicError) as refused:
            store.save_establishment(laptop_b)
        assert refused.value.code == "stale_establishment" and "YUL2" in refused.value.message("en")
        stored = store.get_establishment(est.id)
        assert stored is not None and stored.version == 2
        assert (stored.establishment_terminations, stored.terminations_with_drivers) == (300, 520)  # nothing lost
        older = copy.deepcopy(est)  # version 1, from a bundle made before laptop A's edit
        older.establishment_terminations = 111
        store.write_imported([], [older], peer="other", marks={})
        assert store.get_establishment(est.id).establishment_terminations == 300  # type: ignore[union-attr]
        newer = copy.deepcopy(stored)
        newer.version, newer.closure_date = 5, __import__("datetime").date(2025, 1, 22)
        store.write_imported([], [newer], peer="other", marks={})
        again = store.get_establishment(est.id)
        assert again is not None and again.version == 5 and again.closure_date is not None
        audit = [e.action for e in store.audit_entries()]
        assert audit.count("establishment") >= 2
    finally:
        store.close()


def _raw_rows(store: Any, table: str) -> list[tuple[Any, ...]]:
    """Every row of ``table`` as the database holds it, bookkeeping columns left out, in a stable order."""
    from sqlalchemy import select

    from clinic_app.storage.store import TABLES

    t = TABLES[table]
    skip = {"case_number", "created_at", "updated_at", "search_text", "closed_at", "laptop_id"}
    cols = [c for c in t.c if c.name not in skip]
    with store._engine.connect() as conn:
        return sorted((tuple(map(repr, r)) for r in conn.execute(select(*cols))), key=repr)


def test_bulk_write_stores_exactly_what_one_by_one_saves_store(tmp_path: Any) -> None:
    """``create_cases`` (SQLite: the driver's executemany, no deepcopy) writes what ``create_case`` writes."""
    from clinic_app.storage import open_store

    ests, cases = demo(30, seed=5)
    before = [case_to_dict(c) for c in cases]
    one, bulk = (open_store(tmp_path / f"{name}.db", passphrase="pw", create=True, auto_backup=False)
                 for name in ("one", "bulk"))
    for s in (one, bulk):
        for est in ests:
            s.save_establishment(est)
    for case in cases:
        one.create_case(dataclasses.replace(case, created_at=None, updated_at=None))
    bulk.create_cases([dataclasses.replace(case, created_at=None, updated_at=None) for case in cases])
    assert [case_to_dict(c) for c in cases] == before  # the caller's cases are untouched
    from clinic_app.storage.mapping import CHILD_TABLES

    for table in ("cases", *CHILD_TABLES):
        assert _raw_rows(one, table) == _raw_rows(bulk, table), table
    for case in cases:
        _same_facts(one.get_case(case.uuid), bulk.get_case(case.uuid))
    one.close()
    bulk.close()


def test_iter_cases_in_keyset_batches_gives_every_case_once_in_order(store: Any,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    from clinic_app.storage import store as store_module

    monkeypatch.setattr(store_module, "BATCH", 7)
    filled(store, 30)
    store.delete_case(store.list_cases(CaseQuery(limit=1))[0].uuid)
    for query in (CaseQuery(limit=None), CaseQuery(limit=None, include_deleted=True),
                  CaseQuery(limit=None, sort="name")):
        want = [r.uuid for r in store.list_cases(dataclasses.replace(query, limit=None))]
        assert [c.uuid for c in store.iter_cases(query)] == want
