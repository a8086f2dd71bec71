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

Nothing is ever deleted by an import. Establishments (sites) are added when missing; an existing one is
left alone (a differing one is reported, not overwritten: it is shared by many cases).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from clinic_app.domain.case import Case, Establishment

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
    establishments_to_add: list[Establishment] = field(default_factory=list)
    establishments_differing: list[str] = field(default_factory=list)  # ids kept as they are here

    def of(self, action: Action) -> list[PlannedCase]:
        return [p for p in self.cases if p.action is action]

    @property
    def counts(self) -> dict[str, int]:
        out = {a.value: 0 for a in Action}
        for p in self.cases:
            out[p.action.value] += 1
        return out

    @property
    def writes_anything(self) -> bool:
        return bool(self.establishments_to_add) or any(
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
        return {p.uuid: p.incoming_fingerprint for p in self.cases if p.action is not Action.CONFLICT}


def _newer(a: dt.datetime | None, b: dt.datetime | None) -> int:
    """1 if ``a`` is later than ``b``, -1 if earlier, 0 if the same or either is unknown."""
    if a is None or b is None or a == b:
        return 0
    return 1 if a > b else -1


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
    UUID to the fingerprint agreed at the last merge. ``take_incoming`` and ``keep_local`` hold UUIDs of
    conflicts a person settled: for the bundle's version (an update) or for this laptop's (kept; the
    bundle's version becomes the merge base, so the same bundle does not raise the conflict again).
    """
    plan = MergePlan()
    for est in incoming_establishments:
        here = local_establishment(est.id)
        if here is None:
            plan.establishments_to_add.append(est)
        elif here != est:
            plan.establishments_differing.append(est.id)
    for case, fp in incoming:
        local = local_copy(case.uuid)
        if local is None:
            action = Action.ADD
            local_updated = None
        else:
            local_case, local_fp = local
            local_updated = local_case.updated_at
            base = bases.get(case.uuid)
            if local_fp == fp:
                action = Action.UNCHANGED
            elif base is not None:
                theirs_changed = fp != base
                ours_changed = local_fp != base
                if theirs_changed and ours_changed:
                    action = Action.CONFLICT
                elif theirs_changed:
                    action = Action.UPDATE
                else:
                    action = Action.KEEP_LOCAL
            else:
                order = _newer(case.updated_at, local_updated)
                action = {1: Action.UPDATE, -1: Action.KEEP_LOCAL, 0: Action.CONFLICT}[order]
            if action is Action.CONFLICT and case.uuid in take_incoming:
                action = Action.UPDATE
            elif action is Action.CONFLICT and case.uuid in keep_local:
                action = Action.KEEP_LOCAL
        plan.cases.append(PlannedCase(case.uuid, case.case_number, action, case, fp, local_updated,
                                      case.updated_at))
    return plan
