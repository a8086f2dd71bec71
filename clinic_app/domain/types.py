"""The engine's input and output types: the shapes of ``law/contract.md`` as typed, immutable values.

Why separate from the engine: the GUI, the letters, the exports and the storage layer all pass these
around; keeping them in a module with no logic lets each of them import the shapes without the rules.

Money and weeks are :class:`decimal.Decimal` everywhere. Money is rounded to the cent, half up, once, at
the end of each figure (never the weekly wage first): see ``law/contract.md``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import MISSING, dataclass, field, fields
from decimal import Decimal
from enum import StrEnum
from typing import Any, TypeVar

_T = TypeVar("_T")


class Jurisdiction(StrEnum):
    QC = "QC"
    CA_FED = "CA-FED"


class EmploymentType(StrEnum):
    PERMANENT = "permanent"
    FIXED_TERM = "fixed_term"
    SEASONAL_FIXED_TERM = "seasonal_fixed_term"


class Cause(StrEnum):
    CLOSURE = "closure"
    SERIOUS_FAULT = "serious_fault"
    FORCE_MAJEURE = "force_majeure"
    END_OF_FIXED_TERM = "end_of_fixed_term"
    OTHER = "other"
    #: LNT s. 84.0.5: an event the employer could not foresee; excuses only the collective indemnity
    UNFORESEEABLE_EVENT = "unforeseeable_event"


class PaymentPurpose(StrEnum):
    """What a payment by the employer was for (contract v3): it reduces only the head it pays."""

    NOTICE = "notice"  # pay in lieu of notice, severance or a closure package
    VACATION = "vacation"
    WAGES = "wages"  # ordinary final pay: deducted from nothing computed here


class ExcludedReason(StrEnum):
    UNDER_3_MONTHS = "under_3_months"
    FIXED_TERM_EXPIRED = "fixed_term_expired"
    SERIOUS_FAULT = "serious_fault"
    FORCE_MAJEURE = "force_majeure"


class Flag(StrEnum):
    """Flags of the contract (the first two are required by it) and the ones this program adds."""

    CLASSIFIED_AS_CONTRACTOR = "classified_as_contractor"
    NOTICE_VOID_DURING_LAYOFF = "notice_void_during_layoff"
    SERIOUS_FAULT_ALLEGED = "serious_fault_alleged"
    COLLECTIVE_INDEMNITY_EXCUSED = "collective_indemnity_excused"
    NOTICE_GIVEN_UNKNOWN = "notice_given_unknown"
    COLLECTIVE_NOTICE_GIVEN_UNKNOWN = "collective_notice_given_unknown"
    GRIEVANCE_FIRST = "grievance_first"
    VACATION_WAGES_PARTIAL = "vacation_wages_partial"
    NOT_YET_DUE = "not_yet_due"


class Head(StrEnum):
    """A head of claim: one amount that falls due and prescribes on its own dates."""

    INDIVIDUAL_INDEMNITY = "individual_indemnity"
    COLLECTIVE_INDEMNITY = "collective_indemnity"
    SEVERANCE_PAY = "severance_pay"
    VACATION_INDEMNITY = "vacation_indemnity"


@dataclass(frozen=True, slots=True)
class Payment:
    """An amount the employer already paid, and what for."""

    amount: Decimal
    purpose: PaymentPurpose = PaymentPurpose.NOTICE


@dataclass(frozen=True, slots=True)
class CaseFacts:
    """One case's facts, exactly the input fields of ``law/contract.md``, parsed and validated."""

    jurisdiction: Jurisdiction
    hire_date: dt.date
    termination_date: dt.date
    weekly_regular_wage: Decimal
    wage_varies: bool = False
    recent_weekly_wages: tuple[Decimal, ...] = ()
    notice_weeks_given: Decimal = Decimal(0)
    notice_given_during_layoff: bool = False
    employment_type: EmploymentType = EmploymentType.PERMANENT
    layoff: bool = False
    cause: Cause = Cause.CLOSURE
    establishment_terminations: int = 0
    collective_notice_weeks_given: Decimal = Decimal(0)
    classified_as_contractor: bool = False
    #: the payments whose purpose is ``notice`` (v2's single number): they reduce ``shortfall``
    employer_payments: Decimal = Decimal(0)
    # Version 3 (contract.md "Version 3"; reference.md §6).
    #: the day the case is assessed; only ``passed`` and ``not_yet_due`` depend on it (None: not assessed)
    as_of: dt.date | None = None
    serious_fault_established: bool = False
    #: ``null`` in the input: not known, computed as if none was given, and flagged
    notice_given_unknown: bool = False
    collective_notice_given_unknown: bool = False
    vacation_wages_completed_year: Decimal | None = None
    vacation_wages_current_year: Decimal | None = None
    #: every payment with its purpose, in input order (a plain number is one ``notice`` payment)
    payments: tuple[Payment, ...] = ()
    union_member: bool = False
    recall_rights_months: int = 0
    cnesst_inquiry_notice_date: dt.date | None = None

    @property
    def vacation_payments(self) -> Decimal:
        """What was paid as vacation: it reduces only the vacation head."""
        return sum((p.amount for p in self.payments if p.purpose is PaymentPurpose.VACATION), Decimal(0))


@dataclass(frozen=True, slots=True)
class Service:
    """Uninterrupted service, counted inclusively from hire to termination (reference.md §1)."""

    years: int
    months: int
    days: int

    @property
    def total_months(self) -> int:
        return self.years * 12 + self.months


@dataclass(frozen=True, slots=True)
class Deadline:
    """A remedy's last day. ``passed`` is relative to the facts' ``as_of`` (False when not assessed)."""

    kind: str  # e.g. "claim", "dismissal_complaint_45d", "civil_reasonable_notice"
    date: dt.date
    basis: str  # e.g. "LNT s. 115"
    passed: bool = False


@dataclass(frozen=True, slots=True)
class HeadOfClaim:
    """One amount of ``total_claim``: how much (before payments), when it falls due and when it prescribes."""

    head: Head
    amount: Decimal
    due_date: dt.date
    prescription_date: dt.date
    basis: tuple[str, ...]
    #: the CNESST's notice of inquiry moved ``prescription_date`` (LNT s. 116)
    suspended: bool = False


@dataclass(frozen=True, slots=True)
class Figure:
    """A computed amount or count with the section(s) of the law it rests on."""

    value: Decimal
    basis: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Entitlements:
    """Every output field of the contract, plus the legal basis of each figure.

    ``figures`` maps each contract output name that is a number (``individual_indemnity``,
    ``collective_indemnity``, ``notice_weeks_required``...) to its :class:`Figure`, so a letter or the
    GUI can print "LNT s. 83" beside the amount. ``explanation`` holds the plain-language working per
    language code (``"fr"``, ``"en"``).
    """

    facts: CaseFacts
    service: Service
    excluded_reason: ExcludedReason | None
    weekly_wage_used: Decimal
    notice_weeks_required: Decimal
    notice_weeks_missing: Decimal
    individual_indemnity: Decimal
    collective_notice_weeks: Decimal
    collective_indemnity: Decimal
    severance_pay: Decimal
    amount_owed: Decimal
    shortfall: Decimal
    vacation_rate: Decimal
    claim_deadline: dt.date
    deadlines: tuple[Deadline, ...]
    law_version: str
    basis: tuple[str, ...]
    flags: tuple[str, ...]
    # Version 3.
    vacation_indemnity: Decimal | None = None
    vacation_paid: Decimal = Decimal(0)
    vacation_shortfall: Decimal | None = None
    total_claim: Decimal = Decimal(0)
    heads: tuple[HeadOfClaim, ...] = ()
    claim_deadline_passed: bool = False
    figures: dict[str, Figure] = field(default_factory=dict)
    explanation: dict[str, str] = field(default_factory=dict)


def fast_constructor(cls: type[_T]) -> Callable[..., _T]:
    """A constructor of the frozen, slotted dataclass ``cls`` that sets each field through its slot.

    Why: a frozen dataclass's ``__init__`` sets every field with ``object.__setattr__`` (to get past its own
    ``__setattr__``), which costs about twice as much as the slot's own setter. The engine builds about
    twenty such values per case (the facts, a dozen figures, the heads, the deadlines, the result), so the
    batch and the keystroke both pay for it. The object made is the same: same class, same fields, still
    frozen for everyone who holds it. The constructor takes the same arguments as ``cls`` (defaults
    included); callers alias it to ``cls`` when type
    checking, so mypy checks their arguments against the dataclass itself.
    """
    scope: dict[str, Any] = {"_new": object.__new__, "_cls": cls, "_MISSING": MISSING}
    params = []
    body = ""
    for f in fields(cls):  # type: ignore[arg-type]
        scope[f"_set_{f.name}"] = cls.__dict__[f.name].__set__
        if f.default is not MISSING:
            scope[f"_default_{f.name}"] = f.default
            params.append(f"{f.name}=_default_{f.name}")
        elif f.default_factory is not MISSING:
            scope[f"_factory_{f.name}"] = f.default_factory
            params.append(f"{f.name}=_MISSING")
            body += f"    if {f.name} is _MISSING:\n        {f.name} = _factory_{f.name}()\n"
        else:
            params.append(f.name)
        body += f"    _set_{f.name}(obj, {f.name})\n"
    exec(f"def make({', '.join(params)}):\n    obj = _new(_cls)\n{body}    return obj\n", scope)  # noqa: S102
    make: Callable[..., _T] = scope["make"]
    make.__doc__ = f"A {cls.__name__}, as {cls.__name__}(...) makes it (see fast_constructor)."
    return make
