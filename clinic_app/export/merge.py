"""Merging a bundle's cases into this laptop's cases, by case UUID: the plan (pure) and its rules.

Why a plan first: the coordinator sees what an import will add, update and leave in conflict before
anything is written (the preview), and the writing step applies exactly that plan in one transaction.

The rules, per incoming case (``fingerprint`` = hash of the case's content, see :func:`fingerprint`):

* not here                                  -> **add** it;
* same content here                         -> **unchanged** (so importing twice changes nothing);
* a *merge base* is known (the case's fingerprint in the last bundle imported from the same laptop,
  recorded by storage as a sync mark for that peer): only the bundle changed it -> **update**; only this
  laptop changed it -> **keep local**; both changed it -> **conflict**, listed for a person to settle,
  and nothing is written for that case;
* no merge base (the first bundle from that laptop, or the case reached both some other way): the newer
  ``updated_at`` wins (**update** or **keep local**); equal timestamps with different content ->
  **conflict**.

Marks are kept per peer and only on import, because a laptop that exports does not know who will import:
recording "what I sent" would wrongly make an older copy from a third laptop look like a fresh edit. So in
the usual hub-and-spoke use (volunteer laptops send to the coordinator's, which sends everything back),
both-sides edits are caught from the second exchange on; the very first one falls back to newer-wins.

Nothing is ever deleted by an import. Establishments (sites) follow the same rules as cases, with their
own fingerprint (without the per-database ``version``) and merge base (recorded under the site's id, which
is a UUID like a case's): a site edited on one laptop only is updated on the other; edited on both since the
last exchange, it is a **conflict** listed with the fields that differ, and neither version is lost until a
person chooses. Without a merge base, the higher version wins (each save counts one more), and equal
versions with different facts are a conflict.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Callable, Collection, Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from clinic_app.domain.case import Case, Establishment
from clinic_app.domain.case_json import establishment_to_dict

#: Fields that describe where a copy lives, not what the case says: left out of the fingerprint. (The
#: version counter is per database: two laptops may count differently for the same content.)
LOCAL_ONLY_FIELDS = ("version",)


class Action(StrEnum):
    ADD = "add"
    UPDATE = "update"
    UNCHANGED = "unchanged"
    KEEP_LOCAL = "keep_local"
    CONFLICT = "conflict"


def canonical_json(data: Any) -> bytes:
    return json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=str).encode()


def fingerprint(case_dict: Mapping[str, Any]) -> str:
    """SHA-256 of a case's serialised content, without local-only fields."""
    content = {k: v for k, v in case_dict.items() if k not in LOCAL_ONLY_FIELDS}
    return hashlib.sha256(canonical_json(content)).hexdigest()


def establishment_fingerprint(est: Establishment) -> str:
    """SHA-256 of a site's facts, without its per-database version."""
    return fingerprint(establishment_to_dict(est))


def differing_fields(here: Establishment, incoming: Establishment) -> list[str]:
    """The names of the facts that differ between two copies of a site (version left out)."""
    a, b = establishment_to_dict(here), establishment_to_dict(incoming)
    return [k for k in a if k not in LOCAL_ONLY_FIELDS and k != "schema_version" and a.get(k) != b.get(k)]


@dataclass(frozen=True, slots=True)
class PlannedSite:
    """What an import does with one site of the bundle; ``local`` is this laptop's copy (None: not here)."""

    id: str
    action: Action
    incoming: Establishment
    incoming_fingerprint: str
    local: Establishment | None

    @property
    def fields(self) -> list[str]:
        return differing_fields(self.local, self.incoming) if self.local is not None else []


@dataclass(frozen=True, slots=True)
class PlannedCase:
    uuid: str
    case_number: str
    action: Action
    incoming: Case
    incoming_fingerprint: str
    local_updated_at: dt.datetime | None
    incoming_updated_at: dt.datetime | None


@dataclass(slots=True)
class MergePlan:
    cases: list[PlannedCase] = field(default_factory=list)
    sites: list[PlannedSite] = field(default_factory=list)

    def of(self, action: Action) -> list[PlannedCase]:
        return [p for p in self.cases if p.action is action]

    def sites_of(self, action: Action) -> list[PlannedSite]:
        return [p for p in self.sites if p.action is action]

    @property
    def establishments_to_add(self) -> list[Establishment]:
        return [p.incoming for p in self.sites_of(Action.ADD)]

    @property
    def establishments_to_write(self) -> list[Establishment]:
        """Sites the import writes: new ones, and those whose bundle version replaces this laptop's."""
        return [p.incoming for p in self.sites if p.action in (Action.ADD, Action.UPDATE)]

    @property
    def counts(self) -> dict[str, int]:
        out = {a.value: 0 for a in Action}
        for p in self.cases:
            out[p.action.value] += 1
        return out

    @property
    def writes_anything(self) -> bool:
        return bool(self.establishments_to_write) or any(
            p.action in (Action.ADD, Action.UPDATE) for p in self.cases)

    def cases_to_write(self) -> list[Case]:
        return [p.incoming for p in self.cases if p.action in (Action.ADD, Action.UPDATE)]

    def marks_after(self) -> dict[str, str]:
        """The merge bases to record with the peer once the plan is written.

        Every case settled by this import (added, updated, unchanged, or kept here while the bundle still
        holds the version both sides last agreed on) gets the bundle's fingerprint: that is the version the
        other laptop has. A conflict keeps its old base, so the next import raises it again until a person
        settles it.
        """
        marks = {p.uuid: p.incoming_fingerprint for p in self.cases if p.action is not Action.CONFLICT}
        marks.update({p.id: p.incoming_fingerprint for p in self.sites if p.action is not Action.CONFLICT})
        return marks


def _newer(a: dt.datetime | None, b: dt.datetime | None) -> int:
    """1 if ``a`` is later than ``b``, -1 if earlier, 0 if the same or either is unknown."""
    if a is None or b is None or a == b:
        return 0
    return 1 if a > b else -1


def _decide(incoming_fp: str, local_fp: str, base: str | None, incoming_newer: int, key: str,
            take_incoming: frozenset[str], keep_local: frozenset[str]) -> Action:
    """The rules of the module docstring for one record held on both sides (a case or a site)."""
    if local_fp == incoming_fp:
        return Action.UNCHANGED
    if base is not None:
        theirs_changed, ours_changed = incoming_fp != base, local_fp != base
        if theirs_changed and ours_changed:
            action = Action.CONFLICT
        elif theirs_changed:
            action = Action.UPDATE
        else:
            action = Action.KEEP_LOCAL
    else:
        action = {1: Action.UPDATE, -1: Action.KEEP_LOCAL, 0: Action.CONFLICT}[incoming_newer]
    return settled(action, key, take_incoming, keep_local)


def settled(action: Action, key: str, take_incoming: Collection[str], keep_local: Collection[str]) -> Action:
    """A conflict as a person settled it: the bundle's version (an update) when ``key`` is in ``take_incoming``,
    else this laptop's (kept) when in ``keep_local``; any other decision as it is.

    The one place of this rule: the plan, the preview of a settled plan and the import that writes it must
    agree (a key in both sets takes the bundle's version everywhere).
    """
    if action is Action.CONFLICT and key in take_incoming:
        return Action.UPDATE
    if action is Action.CONFLICT and key in keep_local:
        return Action.KEEP_LOCAL
    return action


def _order(a: int, b: int) -> int:
    return (a > b) - (a < b)


def plan_merge(
    incoming: Iterable[tuple[Case, str]],
    local_copy: Callable[[str], tuple[Case, str] | None],
    bases: Mapping[str, str],
    *,
    incoming_establishments: Iterable[Establishment] = (),
    local_establishment: Callable[[str], Establishment | None] = lambda _id: None,
    take_incoming: frozenset[str] = frozenset(),
    keep_local: frozenset[str] = frozenset(),
) -> MergePlan:
    """Decide what to do with each incoming ``(case, fingerprint)``.

    ``local_copy(uuid)`` gives this laptop's copy and its fingerprint (or None); ``bases`` maps a
    UUID (a case's or a site's) to the fingerprint agreed at the last merge. ``take_incoming`` and
    ``keep_local`` hold UUIDs (of cases or sites) of conflicts a person settled: for the bundle's version
    (an update) or for this laptop's (kept; the bundle's version becomes the merge base, so the same bundle
    does not raise the conflict again). Incoming sites are planned by the same rules (:func:`_decide`).
    """
    plan = MergePlan()
    for est in incoming_establishments:
        here = local_establishment(est.id)
        fp = establishment_fingerprint(est)
        if here is None:
            site_action = Action.ADD
        else:
            site_action = _decide(fp, establishment_fingerprint(here), bases.get(est.id),
                                  _order(est.version, here.version), est.id, take_incoming, keep_local)
        plan.sites.append(PlannedSite(est.id, site_action, est, fp, here))
    for case, fp in incoming:
        local = local_copy(case.uuid)
        if local is None:
            action = Action.ADD
            local_updated = None
        else:
            local_case, local_fp = local
            local_updated = local_case.updated_at
            action = _decide(fp, local_fp, bases.get(case.uuid), _newer(case.updated_at, local_updated), case.uuid,
                             take_incoming, keep_local)
        plan.cases.append(PlannedCase(case.uuid, case.case_number, action, case, fp, local_updated,
                                      case.updated_at))
    return plan
