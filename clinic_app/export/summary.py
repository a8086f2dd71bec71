"""The coordinators' summary: counts by site, kind, status and badge; money totals; deadlines soon.

Pure computation over :class:`~clinic_app.export.columns.ExportRecord` values, shared by the PDF report
and the Qt summary screen, so both always show the same numbers. Deadlines list case numbers, never names:
the report is printed and left on desks. Money totals are over the cases whose facts are complete enough
to compute (``with_figures``); drafts are counted but add no money, so owed - paid = shortfall holds for
what is shown (up to cases where more was paid than owed, whose shortfall is 0).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from clinic_app.domain.case import CaseStatus
from clinic_app.export.columns import ExportRecord

if TYPE_CHECKING:
    from clinic_app.storage import StoredSummary

DEADLINE_WINDOW_DAYS = 30
#: the deadline kind of the claim to the employer (the one listed as passed, with money still to claim)
CLAIM = "claim"
#: passed claim deadlines kept in a summary, the most recent first (``passed_total`` counts them all): at a
#: closure a year old nearly every open case is one, and the deadline dashboard lists and filters them all
MAX_PASSED_LISTED = 1000
NOT_SET = "-"  # a site or badge not entered yet


@dataclass(frozen=True, slots=True)
class UpcomingDeadline:
    date: dt.date
    kind: str  # e.g. claim, reprisal_complaint_45d, civil_reasonable_notice (labels in domain.explain.DEADLINE_LABELS)
    basis: str
    case_uuid: str
    case_number: str
    site: str


@dataclass(slots=True)
class Summary:
    today: dt.date
    total_cases: int = 0
    by_site: Counter[str] = field(default_factory=Counter)
    by_kind: Counter[str] = field(default_factory=Counter)
    by_status: Counter[str] = field(default_factory=Counter)
    by_badge: Counter[str] = field(default_factory=Counter)  # warehouse cases only
    with_figures: int = 0  # cases whose facts are complete enough to compute; the money totals are theirs
    owed: Decimal = Decimal(0)
    paid: Decimal = Decimal(0)
    shortfall: Decimal = Decimal(0)
    owed_by_site: dict[str, Decimal] = field(default_factory=dict)
    shortfall_by_site: dict[str, Decimal] = field(default_factory=dict)
    deadlines: list[UpcomingDeadline] = field(default_factory=list)
    #: open cases with money still to claim whose claim deadline has passed (most recently passed first): what
    #: a coordinator must look at before the rest (a complaint filed in time, an inquiry, the civil claim)
    passed: list[UpcomingDeadline] = field(default_factory=list)
    #: how many passed claim deadlines there are (``passed`` keeps the MAX_PASSED_LISTED most recent)
    passed_total: int = 0


def summarise(records: Iterable[ExportRecord], today: dt.date,
              window_days: int = DEADLINE_WINDOW_DAYS) -> Summary:
    """Totals over ``records``; deadlines from ``today`` to ``today + window_days`` inclusive."""
    out = Summary(today=today)
    end = today + dt.timedelta(days=window_days)
    for r in records:
        case = r.case
        site = case.site_or_company or NOT_SET
        out.total_cases += 1
        out.by_site[site] += 1
        out.by_kind[str(case.kind)] += 1
        out.by_status[str(case.status)] += 1
        if case.warehouse is not None:  # badges are a warehouse matter; drivers have none
            badge = case.warehouse.badge
            out.by_badge[str(badge) if badge is not None else NOT_SET] += 1
        fig = r.figures
        if fig.amount_owed is None or fig.shortfall is None:
            continue  # a draft whose facts are incomplete: counted above, no money figures yet
        out.with_figures += 1
        out.owed += fig.amount_owed
        out.paid += fig.paid
        out.shortfall += fig.shortfall
        out.owed_by_site[site] = out.owed_by_site.get(site, Decimal(0)) + fig.amount_owed
        out.shortfall_by_site[site] = out.shortfall_by_site.get(site, Decimal(0)) + fig.shortfall
        if case.status is CaseStatus.CLOSED:
            continue
        for d in r.deadlines:
            if today <= d.date <= end:
                out.deadlines.append(UpcomingDeadline(d.date, d.kind, d.basis, case.uuid, case.case_number, site))
            elif d.kind == CLAIM and d.date < today and fig.shortfall > 0:
                out.passed.append(UpcomingDeadline(d.date, d.kind, d.basis, case.uuid, case.case_number, site))
    out.deadlines.sort(key=lambda d: (d.date, d.case_number, d.kind))
    out.passed.sort(key=lambda d: (-d.date.toordinal(), d.case_number))
    out.passed_total = len(out.passed)
    del out.passed[MAX_PASSED_LISTED:]
    return out


def _cents(value: int) -> Decimal:
    return (Decimal(value) / 100).quantize(Decimal("0.01"))


def summarise_stored(stored: StoredSummary, today: dt.date, window_days: int = DEADLINE_WINDOW_DAYS) -> Summary:
    """The same :class:`Summary` as :func:`summarise`, from what storage added up in SQL
    (:meth:`~clinic_app.storage.store.CaseStore.summary_rows`, asked for ``today`` to ``today + window_days``).

    Why a second way: adding up 100,000 whole cases took 34.5 s; the stored figures and deadlines are the
    engine's own (kept at every save), so the totals are the same (``tests/storage/test_summary_stored.py``
    compares both ways on demo data).
    """
    out = Summary(today=today)
    end = today + dt.timedelta(days=window_days)
    owed = paid = shortfall = 0
    owed_by_site: dict[str, int] = {}
    shortfall_by_site: dict[str, int] = {}
    for g in stored.groups:
        site = g.site or NOT_SET
        out.total_cases += g.cases
        out.by_site[site] += g.cases
        out.by_kind[g.kind] += g.cases
        out.by_status[g.status] += g.cases
        if not g.computed:
            continue
        out.with_figures += g.computed
        owed += g.owed_cents
        paid += g.paid_cents
        shortfall += g.shortfall_cents
        owed_by_site[site] = owed_by_site.get(site, 0) + g.owed_cents
        shortfall_by_site[site] = shortfall_by_site.get(site, 0) + g.shortfall_cents
    for badge, n in stored.badges.items():
        out.by_badge[badge if badge is not None else NOT_SET] += n
    if out.with_figures:
        out.owed, out.paid, out.shortfall = _cents(owed), _cents(paid), _cents(shortfall)
    out.owed_by_site = {site: _cents(v) for site, v in owed_by_site.items()}
    out.shortfall_by_site = {site: _cents(v) for site, v in shortfall_by_site.items()}
    out.deadlines = [_upcoming(d) for d in stored.upcoming if today <= d.date <= end]
    out.passed = [_upcoming(d) for d in stored.passed]
    out.deadlines.sort(key=lambda d: (d.date, d.case_number, d.kind))
    out.passed.sort(key=lambda d: (-d.date.toordinal(), d.case_number))
    out.passed_total = stored.passed_total
    return out


def _upcoming(d: Any) -> UpcomingDeadline:
    return UpcomingDeadline(d.date, d.kind, d.basis, d.case_uuid, d.case_number, d.site or NOT_SET)
