"""Which intake questions apply to a case, which are required, and what is still missing (guided mode, issue 18).

Why in the domain: the form (free sections or guided steps), the review page and any later report must agree on
what "required" and "does not apply" mean, and the rules are facts about the law and the intake, not about
widgets. The conditions are data (:data:`CONDITIONS`): a question applies only while the answer it depends on
says so (the end of a fixed term only for a fixed-term job, recall rights only for a union member, the control
indicators only for a person classified as a contractor). "Required" is what :func:`validate_case` reports
missing, so a required marker and the "Intake complete" check can never disagree.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from clinic_app.domain.case import Case, CaseKind, Establishment
from clinic_app.domain.types import Cause, EmploymentType
from clinic_app.domain.validation import CaseIssue, validate_case


def value_at(case: Case, path: str) -> Any:
    """The value at dotted ``path`` (``None`` when a part on the way is ``None``)."""
    obj: Any = case
    for part in path.split("."):
        if obj is None:
            return None
        obj = getattr(obj, part)
    return obj


@dataclass(frozen=True)
class Condition:
    """``targets`` (field paths, or ``section:KEY``) apply only while ``test(value at depends_on)`` is true."""

    targets: tuple[str, ...]
    depends_on: str
    test: Callable[[Any], bool]


_FIXED_TERMS = frozenset({EmploymentType.FIXED_TERM, EmploymentType.SEASONAL_FIXED_TERM})

#: The intake's conditional questions. A target not listed always applies.
CONDITIONS: tuple[Condition, ...] = (
    Condition(("work.term_end_date",), "work.employment_type", lambda v: v in _FIXED_TERMS),
    Condition(("warehouse.union_name", "work.recall_rights_months"), "warehouse.union_member", lambda v: v is True),
    Condition(("section:controls",), "driver.classified_as_contractor", lambda v: v is True),
    Condition(("work.serious_fault_established",), "work.cause", lambda v: v is Cause.SERIOUS_FAULT),
    Condition(("work.release_signed_on",), "work.release_signed", lambda v: v is True),
)

#: Every field a case of each kind may be asked for as required (the markers); whether it is required now
#: depends on the case (:func:`required_now`).
REQUIRED_BY_KIND: dict[CaseKind, frozenset[str]] = {
    CaseKind.WAREHOUSE: frozenset({
        "person.given_name", "person.family_name", "consent", "warehouse.employer_legal_name",
        "work.start_date", "work.termination_date", "work.term_end_date", "work.weekly_wage",
        "work.recent_weekly_wages", "work.release_signed_on"}),
    CaseKind.DRIVER: frozenset({
        "person.given_name", "person.family_name", "consent", "driver.dsp_legal_name", "driver.client_name",
        "work.start_date", "work.termination_date", "work.last_day_worked", "work.term_end_date",
        "work.weekly_wage", "work.recent_weekly_wages", "work.release_signed_on"}),
}


def applies(target: str, case: Case) -> bool:
    """Whether the question (or ``section:KEY``) ``target`` applies to ``case`` as it stands."""
    return all(cond.test(value_at(case, cond.depends_on)) for cond in CONDITIONS if target in cond.targets)


def section_applies(key: str, case: Case) -> bool:
    return applies(f"section:{key}", case)


def conditional_targets() -> frozenset[str]:
    """Every field path (not section) that may be hidden: the form re-checks only these after an edit."""
    return frozenset(t for cond in CONDITIONS for t in cond.targets if not t.startswith("section:"))


def missing_facts(case: Case, establishment: Establishment | None = None, *,
                  today: dt.date | None = None) -> list[CaseIssue]:
    """The required facts ``case`` still lacks (the review page's list), in the form's order."""
    return [i for i in validate_case(case, establishment, today=today) if i.severity == "missing"]


def required_now(case: Case, establishment: Establishment | None = None, *,
                 today: dt.date | None = None) -> frozenset[str]:
    """The fields marked required on ``case``'s form: its kind's required fields that apply now (a wage can be
    given as a weekly amount or as rate and hours; the weekly field carries the marker)."""
    wanted = set(REQUIRED_BY_KIND[case.kind])
    w = case.work
    if w.employment_type not in _FIXED_TERMS:
        wanted.discard("work.term_end_date")
    if not w.release_signed:
        wanted.discard("work.release_signed_on")
    if w.wage_varies:
        wanted.discard("work.weekly_wage")
    else:
        wanted.discard("work.recent_weekly_wages")
    return frozenset(p for p in wanted if applies(p, case))
