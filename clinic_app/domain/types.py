"""The engine's input and output types: the shapes of ``law/contract.md`` as typed, immutable values.

Why separate from the engine: the GUI, the letters, the exports and the storage layer all pass these
around; keeping them in a module with no logic lets each of them import the shapes without the rules.

Money and weeks are :class:`decimal.Decimal` everywhere. Money is rounded to the cent, half up, once, at
the end of each figure (never the weekly wage first): see ``law/contract.md``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum


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


class ExcludedReason(StrEnum):
    UNDER_3_MONTHS = "under_3_months"
    FIXED_TERM_EXPIRED = "fixed_term_expired"
    SERIOUS_FAULT = "serious_fault"
    FORCE_MAJEURE = "force_majeure"


class Flag(StrEnum):
    """Flags of the contract (the first two are required by it) and the ones this program adds."""

    CLASSIFIED_AS_CONTRACTOR = "classified_as_contractor"
    NOTICE_VOID_DURING_LAYOFF = "notice_void_during_layoff"


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
    employer_payments: Decimal = Decimal(0)


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
    kind: str  # e.g. "claim_money", "complaint_dismissal_45d", "reprisal_45d"
    date: dt.date
    basis: str  # e.g. "LNT s. 115"


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
    figures: dict[str, Figure] = field(default_factory=dict)
    explanation: dict[str, str] = field(default_factory=dict)
