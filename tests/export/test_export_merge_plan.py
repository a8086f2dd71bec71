"""The merge rules on plain cases (no database): add, unchanged, update, keep local, conflict, settling."""

from __future__ import annotations

import copy
import datetime as dt

from clinic_app.domain.case import Case, Establishment
from clinic_app.domain.case_json import case_to_dict
from clinic_app.domain.demo import generate_demo
from clinic_app.export.merge import Action, establishment_fingerprint, fingerprint, plan_merge

T0 = dt.datetime(2025, 3, 1, 12, 0, tzinfo=dt.UTC)


def _fp(case: Case) -> str:
    return fingerprint(case_to_dict(case))


def _edited(case: Case, phone: str, minutes: int) -> Case:
    out = copy.deepcopy(case)
    out.person.phone = phone
    out.updated_at = T0 + dt.timedelta(minutes=minutes)
    out.version = case.version + 1
    return out


def _plan(incoming: list[Case], local: list[Case], bases: dict[str, str] | None = None, **kw):
    here = {c.uuid: (c, _fp(c)) for c in local}
    return plan_merge([(c, _fp(c)) for c in incoming], here.get, bases or {}, **kw)


def _base() -> Case:
    _e, cases = generate_demo(3, seed=5)
    case = cases[0]
    case.updated_at = T0
    return case


def test_fingerprint_ignores_the_local_version_counter_only() -> None:
    a = _base()
    b = copy.deepcopy(a)
    b.version += 7
    assert _fp(a) == _fp(b)
    b.person.email = "autre@example.org"
    assert _fp(a) != _fp(b)


def test_add_and_unchanged() -> None:
    a = _base()
    plan = _plan([a], [])
    assert [p.action for p in plan.cases] == [Action.ADD]
    assert plan.cases_to_write() == [a]
    plan = _plan([a], [copy.deepcopy(a)])
    assert [p.action for p in plan.cases] == [Action.UNCHANGED]
    assert not plan.writes_anything
    assert plan.marks_after() == {a.uuid: _fp(a)}


def test_with_a_merge_base() -> None:
    base = _base()
    theirs = _edited(base, "514-555-0101", 5)
    ours = _edited(base, "514-555-0102", 1)
    marks = {base.uuid: _fp(base)}
    assert _plan([theirs], [base], marks).cases[0].action is Action.UPDATE
    assert _plan([base], [ours], marks).cases[0].action is Action.KEEP_LOCAL
    conflict = _plan([theirs], [ours], marks)
    assert conflict.cases[0].action is Action.CONFLICT
    assert conflict.marks_after() == {}  # the conflict keeps its old base: it comes back until settled
    assert conflict.cases_to_write() == []
    # a person settles it either way
    taken = _plan([theirs], [ours], marks, take_incoming=frozenset({base.uuid}))
    assert taken.cases[0].action is Action.UPDATE and taken.cases_to_write() == [theirs]
    kept = _plan([theirs], [ours], marks, keep_local=frozenset({base.uuid}))
    assert kept.cases[0].action is Action.KEEP_LOCAL
    # ... and the same bundle, imported again after keeping ours, raises nothing
    assert _plan([theirs], [ours], kept.marks_after()).cases[0].action is Action.KEEP_LOCAL


def test_without_a_merge_base_the_newer_update_wins() -> None:
    base = _base()
    older, newer = _edited(base, "514-555-0103", 1), _edited(base, "514-555-0104", 9)
    assert _plan([newer], [older]).cases[0].action is Action.UPDATE
    assert _plan([older], [newer]).cases[0].action is Action.KEEP_LOCAL
    same_time = _edited(base, "514-555-0105", 9)
    assert _plan([same_time], [newer]).cases[0].action is Action.CONFLICT


def _site(**facts: object) -> Establishment:
    est = Establishment(code="YUL2", employer_legal_name="Démo", establishment_terminations=300, version=2)
    for name, value in facts.items():
        setattr(est, name, value)
    return est


def _site_plan(incoming: Establishment, local: Establishment | None, bases: dict[str, str] | None = None, **kw):
    return plan_merge([], lambda _u: None, bases or {}, incoming_establishments=[incoming],
                      local_establishment={}.get if local is None else {local.id: local}.get, **kw)


def test_a_missing_site_is_added_and_an_identical_one_is_unchanged() -> None:
    est = _site()
    plan = _site_plan(est, None)
    assert plan.establishments_to_add == [est] and plan.writes_anything
    same = copy.deepcopy(est)
    same.version = 9  # versions count per database: not a difference
    plan = _site_plan(same, est)
    assert [p.action for p in plan.sites] == [Action.UNCHANGED] and not plan.writes_anything
    assert plan.marks_after() == {est.id: establishment_fingerprint(same)}


def test_a_site_edited_on_one_laptop_only_is_updated_or_kept_by_its_merge_base() -> None:
    base = _site()
    theirs = copy.deepcopy(base)
    theirs.terminations_with_drivers, theirs.version = 1800, 3
    bases = {base.id: establishment_fingerprint(base)}
    plan = _site_plan(theirs, base, bases)
    assert [p.action for p in plan.sites] == [Action.UPDATE] and plan.establishments_to_write == [theirs]
    assert plan.sites[0].fields == ["terminations_with_drivers"]
    ours = copy.deepcopy(base)
    ours.address, ours.version = "2000 rue Démo", 5
    plan = _site_plan(base, ours, bases)  # the bundle still holds the agreed version: ours is kept
    assert [p.action for p in plan.sites] == [Action.KEEP_LOCAL] and plan.establishments_to_write == []


def test_a_site_edited_on_both_laptops_is_a_conflict_naming_the_facts_until_settled() -> None:
    base = _site()
    theirs, ours = copy.deepcopy(base), copy.deepcopy(base)
    theirs.terminations_with_drivers, theirs.version = 1800, 3
    ours.closure_date, ours.version = dt.date(2025, 1, 22), 4  # more saves here: still a conflict
    bases = {base.id: establishment_fingerprint(base)}
    plan = _site_plan(theirs, ours, bases)
    assert [p.action for p in plan.sites] == [Action.CONFLICT]
    assert set(plan.sites[0].fields) == {"terminations_with_drivers", "closure_date"}
    assert plan.establishments_to_write == [] and base.id not in plan.marks_after()
    taken = _site_plan(theirs, ours, bases, take_incoming=frozenset({base.id}))
    assert taken.establishments_to_write == [theirs]
    kept = _site_plan(theirs, ours, bases, keep_local=frozenset({base.id}))
    assert kept.establishments_to_write == [] and kept.marks_after()[base.id] == establishment_fingerprint(theirs)


def test_without_a_merge_base_the_higher_site_version_wins_and_a_tie_is_a_conflict() -> None:
    here = _site()
    newer = copy.deepcopy(here)
    newer.address, newer.version = "ailleurs", 3
    assert [p.action for p in _site_plan(newer, here).sites] == [Action.UPDATE]
    older = copy.deepcopy(here)
    older.address, older.version = "ailleurs", 1
    assert [p.action for p in _site_plan(older, here).sites] == [Action.KEEP_LOCAL]
    tie = copy.deepcopy(here)
    tie.address = "ailleurs"
    assert [p.action for p in _site_plan(tie, here).sites] == [Action.CONFLICT]
