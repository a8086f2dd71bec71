"""The law as data: every tier, rate, threshold and period, with its section, source and in-force date.

Why data and not ``if``s: when the law changes, a new :class:`LawTable` is appended here with the date it
took effect; cases terminated before that date keep the table that was in force for them, and the engine
(:mod:`clinic_app.domain.engine`) does not change. The engine picks the table in force on
``termination_date`` (:func:`table_for`); a termination before the earliest table of a jurisdiction is an
error, not a guess.

Sources (reference.md): LNT = Act respecting labour standards, CQLR c N-1.1 (LégisQuébec);
CLC = Canada Labour Code, R.S.C. 1985, c. L-2, Part III (Justice Laws).
"""

from __future__ import annotations

import bisect
import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

from clinic_app.domain.types import Cause, ExcludedReason, Jurisdiction

LNT_URL = "https://www.legisquebec.gouv.qc.ca/fr/document/lc/N-1.1"
CLC_URL = "https://laws-lois.justice.gc.ca/eng/acts/L-2/"


def lnt(section: str) -> str:
    """Source URL of an LNT section on LégisQuébec (anchor ``se:<section>``)."""
    return f"{LNT_URL}#se:{section.replace('.', '_')}"


def clc(section: str) -> str:
    """Source URL of a CLC section page on Justice Laws."""
    return f"{CLC_URL}section-{section}.html"


@dataclass(frozen=True, slots=True)
class Source:
    """Where a rule comes from: the section as cited in figures and letters, and a URL to read it."""

    section: str  # e.g. "LNT s. 82"
    url: str


@dataclass(frozen=True, slots=True)
class Tier:
    """``value`` applies from ``minimum`` (inclusive) up to the next tier's minimum (exclusive)."""

    minimum: int
    value: Decimal


@dataclass(frozen=True, slots=True)
class DeadlineRule:
    """A deadline other than the money claim, shown when it applies (``kind`` is its stable code)."""

    kind: str
    days: int  # calendar days after termination_date
    min_service_months: int
    causes: frozenset[Cause]  # the causes for which the recourse is open
    excludes_layoff: bool
    source: Source
    #: not open to a person covered by a collective agreement (another remedial procedure exists)
    excludes_union: bool = False


@dataclass(frozen=True, slots=True)
class RemedyRule:
    """A remedy whose deadline counts in months from the termination (v3: the civil claim)."""

    kind: str
    months: int
    source: Source


@dataclass(frozen=True, slots=True)
class SeveranceRule:
    """CLC s. 235: the greater of ``days_per_year`` per completed year and ``minimum_days``; a day = W / 5."""

    min_service_months: int
    days_per_year: int
    minimum_days: int
    days_per_week: int
    source: Source


@dataclass(frozen=True, slots=True)
class LawTable:
    """Everything the engine needs for one jurisdiction from ``in_force`` until the next table."""

    jurisdiction: Jurisdiction
    in_force: dt.date
    service_source: Source
    #: individual notice: weeks by complete months of service; below the first tier nothing is owed
    notice_tiers: tuple[Tier, ...]
    notice_source: Source
    indemnity_source: Source
    #: exclusions from individual notice, in the order they are checked (reference.md §2)
    exclusions: tuple[ExcludedReason, ...]
    exclusion_sources: dict[ExcludedReason, Source]
    #: a notice handed over during a layoff counts for nothing (except for a seasonal job)
    notice_void_during_layoff: bool
    notice_void_source: Source | None
    #: collective dismissal: weeks by number of employees affected at the establishment
    collective_tiers: tuple[Tier, ...]
    collective_source: Source
    collective_window: dict[str, str]  # how the count is taken, per language, for the explanation
    collective_causes: frozenset[Cause] | None  # None: any cause counts
    collective_indemnity_source: Source | None  # None: the law gives the employee no indemnity
    collective_scope_source: Source  # what a collective dismissal is: threshold, window, reasons
    #: why an excluded employee is not "affected" (per exclusion); missing: the table says nothing
    collective_excluded_sources: dict[ExcludedReason, Source]
    severance: SeveranceRule | None
    #: "max": the indemnities do not add up (LNT s. 84.0.14); "sum": notice pay plus severance (CLC)
    combine: str
    combine_source: Source
    vacation_tiers: tuple[Tier, ...]  # rate by complete months of service
    vacation_source: Source
    claim_months: int  # claim_deadline = termination_date + this many months
    claim_source: Source
    suspension_source: Source | None  # what suspends the claim deadline (LNT s. 116)
    suspension_months: int  # how long a notice of inquiry suspends prescription
    other_deadlines: tuple[DeadlineRule, ...]
    release_source: Source  # the minimums cannot be waived
    status_source: Source  # who is an employee, whatever the contract says
    solidary_source: Source | None  # the client company's liability for subcontracted work

    # Version 3 (reference.md §6): remedies, due dates and prescription, facts alleged or excused.
    #: causes for which the collective notice is still owed to the Minister but its indemnity is excused
    collective_excused_causes: frozenset[Cause]
    collective_excused_source: Source | None
    #: where the law puts the burden of proving the cause that would exclude the person
    allegation_source: Source
    #: after a layoff, the indemnities fall due this many months after its first day (0: at once)
    layoff_due_months: int
    layoff_due_source: Source
    layoff_due_is_reading: bool  # CA-FED: a layoff becomes a termination after 3 months (a reading)
    layoff_delays_vacation: bool
    #: recall rights under a collective agreement longer than ``recall_min_months`` replace the layoff rule
    recall_source: Source | None
    recall_min_months: int
    recall_cap_months: int
    #: a head prescribes this many months after it fell due (LNT s. 115; CLC s. 251.01(2)(a))
    prescription_months: int
    civil_remedy: RemedyRule | None  # the civil claim for reasonable notice (C.c.Q.)
    #: a complaint for the money owed whose deadline runs from each head's due date (CLC)
    money_complaint_kind: str | None
    vacation_amount_sources: tuple[Source, ...]  # the vacation indemnity on termination
    #: True: the completed year's rate is the one for service on the last day of that year (LNT);
    #: False: the rate for service at termination for both parts (CLC, a stated simplification)
    vacation_rate_at_year_end: bool
    vacation_year_end: tuple[int, int]  # (month, day) the reference year ends: 30 April
    grievance_source: Source | None  # union members: the grievance procedure comes first

    #: e.g. "QC-2019-01-01": names the table in results, letters and stored snapshots
    law_version: str = field(init=False, default="")

    def __post_init__(self) -> None:
        object.__setattr__(self, "law_version", f"{self.jurisdiction.value}-{self.in_force.isoformat()}")

    def recall_replaces_layoff_rule(self, recall_rights_months: int) -> bool:
        """Recall rights longer than ``recall_min_months`` replace the layoff's due-date rule (LNT s. 83.1)."""
        return self.recall_source is not None and recall_rights_months > self.recall_min_months


def _tiers(*pairs: tuple[int, str]) -> tuple[Tier, ...]:
    return tuple(Tier(minimum, Decimal(value)) for minimum, value in pairs)


_ALL_BUT_FIXED_TERM = frozenset({Cause.CLOSURE, Cause.SERIOUS_FAULT, Cause.OTHER, Cause.UNFORESEEABLE_EVENT})
#: a dismissal for fault, alleged or not, is not a collective dismissal or a group termination
_ALL_BUT_FAULT = frozenset(c for c in Cause if c is not Cause.SERIOUS_FAULT)

QC_2019 = LawTable(
    jurisdiction=Jurisdiction.QC,
    in_force=dt.date(2019, 1, 1),
    service_source=Source("LNT s. 1(12)", lnt("1")),
    notice_tiers=_tiers((3, "1"), (12, "2"), (60, "4"), (120, "8")),
    notice_source=Source("LNT s. 82", lnt("82")),
    indemnity_source=Source("LNT s. 83", lnt("83")),
    exclusions=(ExcludedReason.UNDER_3_MONTHS, ExcludedReason.FIXED_TERM_EXPIRED,
                ExcludedReason.SERIOUS_FAULT, ExcludedReason.FORCE_MAJEURE),
    exclusion_sources={
        ExcludedReason.UNDER_3_MONTHS: Source("LNT s. 82.1(1)", lnt("82.1")),
        ExcludedReason.FIXED_TERM_EXPIRED: Source("LNT s. 82.1(2)", lnt("82.1")),
        ExcludedReason.SERIOUS_FAULT: Source("LNT s. 82.1(3)", lnt("82.1")),
        ExcludedReason.FORCE_MAJEURE: Source("LNT s. 82.1(4)", lnt("82.1")),
    },
    notice_void_during_layoff=True,
    notice_void_source=Source("LNT s. 82 para 3", lnt("82")),
    collective_tiers=_tiers((10, "8"), (100, "12"), (300, "16")),
    collective_excused_causes=frozenset({Cause.UNFORESEEABLE_EVENT}),
    collective_excused_source=Source("LNT s. 84.0.13 para 3", lnt("84.0.13")),
    allegation_source=Source("LNT s. 82.1(3)", lnt("82.1")),
    layoff_due_months=6,
    layoff_due_source=Source("LNT s. 83 para 2", lnt("83")),
    layoff_due_is_reading=False,
    layoff_delays_vacation=False,
    recall_source=Source("LNT s. 83.1", lnt("83.1")),
    recall_min_months=6,
    recall_cap_months=12,
    prescription_months=12,
    civil_remedy=RemedyRule("civil_reasonable_notice", 36,
                            Source("C.c.Q. art. 2091, 2092, 2925; LNT s. 82 para 4", lnt("82"))),
    money_complaint_kind=None,
    vacation_amount_sources=(Source("LNT s. 74", lnt("74")), Source("LNT s. 76", lnt("76"))),
    vacation_rate_at_year_end=True,
    vacation_year_end=(4, 30),
    grievance_source=Source("LNT s. 102", lnt("102")),
    collective_source=Source("LNT s. 84.0.4", lnt("84.0.4")),
    collective_window={"fr": "deux mois consécutifs", "en": "two consecutive months"},
    collective_causes=frozenset({Cause.CLOSURE}),
    collective_indemnity_source=Source("LNT s. 84.0.13", lnt("84.0.13")),
    collective_scope_source=Source("LNT s. 84.0.1", lnt("84.0.1")),
    collective_excluded_sources={
        ExcludedReason.UNDER_3_MONTHS: Source("LNT s. 84.0.2", lnt("84.0.2")),
        ExcludedReason.FIXED_TERM_EXPIRED: Source("LNT s. 84.0.2", lnt("84.0.2")),
        ExcludedReason.SERIOUS_FAULT: Source("LNT s. 84.0.2", lnt("84.0.2")),
        ExcludedReason.FORCE_MAJEURE: Source("LNT s. 84.0.13 para 3", lnt("84.0.13")),
    },
    severance=None,
    combine="max",
    combine_source=Source("LNT s. 84.0.14", lnt("84.0.14")),
    vacation_tiers=_tiers((0, "0.04"), (36, "0.06")),
    vacation_source=Source("LNT s. 74", lnt("74")),  # 4 %, or 6 % with the 3 weeks of leave of s. 69
    claim_months=12,
    claim_source=Source("LNT s. 115", lnt("115")),
    suspension_source=Source("LNT s. 116", lnt("116")),
    suspension_months=6,
    other_deadlines=(
        DeadlineRule("dismissal_complaint_45d", 45, 24, frozenset({Cause.SERIOUS_FAULT, Cause.OTHER}),
                     True, Source("LNT s. 124", lnt("124")), excludes_union=True),
        DeadlineRule("reprisal_complaint_45d", 45, 0, _ALL_BUT_FIXED_TERM, False,
                     Source("LNT s. 123", lnt("123"))),
    ),
    release_source=Source("LNT s. 93", lnt("93")),
    status_source=Source("LNT s. 1(10)", lnt("1")),
    solidary_source=Source("LNT s. 95", lnt("95")),
)

_CLC_COMMON = dict(
    jurisdiction=Jurisdiction.CA_FED,
    service_source=Source("CLC s. 230", clc("230")),
    notice_source=Source("CLC s. 230", clc("230")),
    indemnity_source=Source("CLC s. 230", clc("230")),
    exclusions=(ExcludedReason.UNDER_3_MONTHS, ExcludedReason.SERIOUS_FAULT),
    exclusion_sources={
        ExcludedReason.UNDER_3_MONTHS: Source("CLC s. 230(1)", clc("230")),
        ExcludedReason.SERIOUS_FAULT: Source("CLC s. 230(1), s. 235(1)", clc("230")),
    },
    notice_void_during_layoff=False,
    notice_void_source=None,
    collective_tiers=_tiers((50, "16")),
    collective_source=Source("CLC s. 212", clc("212")),
    collective_window={"fr": "toute période de quatre semaines", "en": "any period of four weeks"},
    collective_causes=_ALL_BUT_FAULT,
    collective_indemnity_source=None,
    collective_excused_causes=frozenset(),
    collective_excused_source=None,
    allegation_source=Source("CLC s. 230(1), s. 235(1)", clc("230")),
    layoff_due_months=3,
    layoff_due_source=Source("CLSR s. 30", "https://laws-lois.justice.gc.ca/eng/regulations/C.R.C.,_c._986/"),
    layoff_due_is_reading=True,
    layoff_delays_vacation=True,
    recall_source=None,
    recall_min_months=0,
    recall_cap_months=0,
    prescription_months=6,
    civil_remedy=None,
    money_complaint_kind="money_complaint_6m",
    vacation_amount_sources=(Source("CLC s. 184.01", clc("184.01")), Source("CLC s. 189", clc("189"))),
    vacation_rate_at_year_end=False,
    vacation_year_end=(4, 30),
    grievance_source=None,
    collective_scope_source=Source("CLC s. 212", clc("212")),
    collective_excluded_sources={},
    severance=SeveranceRule(12, 2, 5, 5, Source("CLC s. 235", clc("235"))),
    combine="sum",
    combine_source=Source("CLC s. 235", clc("235")),
    vacation_tiers=_tiers((0, "0.04"), (60, "0.06"), (120, "0.08")),
    vacation_source=Source("CLC s. 184.01", clc("184.01")),
    claim_months=6,
    claim_source=Source("CLC s. 251.01(2)(a)", clc("251.01")),
    suspension_source=None,
    suspension_months=0,
    other_deadlines=(
        DeadlineRule("unjust_dismissal_90d", 90, 12, frozenset({Cause.SERIOUS_FAULT, Cause.OTHER}),
                     True, Source("CLC s. 240", clc("240")), excludes_union=True),
    ),
    release_source=Source("CLC s. 168(1)", clc("168")),
    status_source=Source("CLC s. 166", clc("166")),
    solidary_source=None,
)

CA_FED_2019 = LawTable(
    in_force=dt.date(2019, 9, 1),
    notice_tiers=_tiers((3, "2")),
    **_CLC_COMMON,  # type: ignore[arg-type]
)

#: s. 230(1.1), in force 1 February 2024: 2 weeks after 3 months, then one more per year from 3 to 8 years.
CA_FED_2024 = LawTable(
    in_force=dt.date(2024, 2, 1),
    notice_tiers=_tiers((3, "2"), (36, "3"), (48, "4"), (60, "5"), (72, "6"), (84, "7"), (96, "8")),
    **_CLC_COMMON,  # type: ignore[arg-type]
)

#: Every table, per jurisdiction, oldest first. Append a new table when the law changes.
TABLES: dict[Jurisdiction, tuple[LawTable, ...]] = {
    Jurisdiction.QC: (QC_2019,),
    Jurisdiction.CA_FED: (CA_FED_2019, CA_FED_2024),
}

_STARTS: dict[Jurisdiction, list[dt.date]] = {j: [t.in_force for t in ts] for j, ts in TABLES.items()}


def earliest(jurisdiction: Jurisdiction) -> dt.date:
    """The first day for which a table of ``jurisdiction`` is known."""
    return _STARTS[jurisdiction][0]


def table_for(jurisdiction: Jurisdiction, termination_date: dt.date) -> LawTable | None:
    """The table in force on ``termination_date``, or ``None`` before the earliest one."""
    index = bisect.bisect_right(_STARTS[jurisdiction], termination_date) - 1
    if index < 0:
        return None
    return TABLES[jurisdiction][index]


def tier_value(tiers: tuple[Tier, ...], amount: int) -> Decimal | None:
    """The value of the highest tier whose minimum ``amount`` reaches, or ``None`` below the first."""
    found: Decimal | None = None
    for tier in tiers:
        if amount >= tier.minimum:
            found = tier.value
        else:
            break
    return found
