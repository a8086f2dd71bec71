"""One establishment seen whole: its cases, what they are owed on each count, when it falls due, what is missing.

Why: a mass layoff is fought site by site. The argument at the heart of this project is the second count: with
the delivery drivers deemed its employees, the establishment crosses a higher collective-dismissal tier and
every worker's collective indemnity grows. This module adds up the cases of one establishment both ways, from
the same engine bridge as everything else (:func:`~clinic_app.domain.case_figures.case_entitlements`), so the
difference it shows is exactly the sum of the differences the entitlement panels show. No personal data leaves
it: counts and amounts only.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal

from clinic_app.domain.case import Case, CaseKind, ConsentScope, Establishment
from clinic_app.domain.case_figures import case_entitlements
from clinic_app.domain.types import Entitlements

_ZERO = Decimal(0)
#: consent scopes that allow writing or filing for the person (letters, the CNESST complaint, s. 102)
ACTING_SCOPES = (ConsentScope.INTAKE_AND_LETTERS, ConsentScope.SHARE_WITH_PARTNERS)


@dataclass
class SiteTotals:
    """The establishment's cases added up on ``as_of``; the ``*_drivers`` figures use its second count."""

    establishment: Establishment
    as_of: dt.date
    cases: int = 0
    warehouse: int = 0
    drivers: int = 0
    by_status: Counter[str] = field(default_factory=Counter)
    consents_acting: int = 0  # consent on file that lets the clinic write or file for the person
    computed: int = 0  # cases whose facts are complete enough to compute
    owed: Decimal = _ZERO  # amount owed, the employer's count
    owed_drivers: Decimal | None = None  # the same with the drivers deemed employees (None: no second count)
    claim: Decimal = _ZERO  # total claim (shortfall + vacation), the employer's count
    claim_drivers: Decimal | None = None
    #: first day of the month a head falls due -> (heads, amount), the employer's count
    due_by_month: dict[dt.date, tuple[int, Decimal]] = field(default_factory=dict)
    not_yet_due: int = 0  # cases with money not yet due on ``as_of``
    claim_passed: int = 0  # cases whose one-year claim date has passed on ``as_of``
    #: facts of the establishment that are missing (codes, see MISSING_LABELS): said instead of computing on zeros
    missing: list[str] = field(default_factory=list)
    #: cases whose stored figures are being recomputed (read from storage without refreshing first): while
    #: not 0 the figures above (computed, passed, not yet due, amounts, months) leave those cases out, so a
    #: view shows them as "updating", never as a total; the counts of cases, kinds, statuses and consents are
    #: exact
    updating: int = 0

    @property
    def difference(self) -> Decimal | None:
        """What counting the drivers adds to the amount owed (None without a second count)."""
        return None if self.owed_drivers is None else self.owed_drivers - self.owed


MISSING_LABELS: dict[str, dict[str, str]] = {
    "employer_count": {"fr": "le nombre de fins d'emploi selon l'employeur",
                       "en": "the number of terminations as the employer counted them"},
    "drivers_count": {"fr": "le nombre de fins d'emploi en comptant les livreurs",
                      "en": "the number of terminations counting the drivers"},
    "minister_notice": {"fr": "l'avis donné au ministre (inconnu : calculé comme nul)",
                        "en": "the notice given to the Minister (not known: computed as none)"},
    "closure_date": {"fr": "la date de fermeture", "en": "the closure date"},
}


def missing_facts(est: Establishment) -> list[str]:
    """The codes (:data:`MISSING_LABELS`) of the establishment's facts that are not known."""
    out = []
    if est.establishment_terminations is None:
        out.append("employer_count")
    if est.terminations_with_drivers is None:
        out.append("drivers_count")
    if est.collective_notice_weeks_given is None:
        out.append("minister_notice")
    if est.closure_date is None:
        out.append("closure_date")
    return out


def site_totals(est: Establishment, cases: Iterable[Case], as_of: dt.date) -> SiteTotals:
    """Add up ``cases`` (those linked to ``est``; others are ignored) on ``as_of``, on both counts."""
    out = SiteTotals(establishment=est, as_of=as_of, missing=missing_facts(est))
    second = est.terminations_with_drivers is not None
    if second:
        out.owed_drivers = _ZERO
        out.claim_drivers = _ZERO
    for case in cases:
        if case.establishment_id != est.id:
            continue
        out.cases += 1
        if case.kind is CaseKind.WAREHOUSE:
            out.warehouse += 1
        else:
            out.drivers += 1
        out.by_status[case.status.value] += 1
        if case.consent.given and case.consent.scope in ACTING_SCOPES:
            out.consents_acting += 1
        ent = case_entitlements(case, est, as_of=as_of)
        if not isinstance(ent, Entitlements):
            continue
        out.computed += 1
        out.owed += ent.amount_owed
        out.claim += ent.total_claim
        if ent.claim_deadline_passed:
            out.claim_passed += 1
        if any(h.due_date > as_of for h in ent.heads):
            out.not_yet_due += 1
        for head in ent.heads:
            month = head.due_date.replace(day=1)
            n, amount = out.due_by_month.get(month, (0, _ZERO))
            out.due_by_month[month] = (n + 1, amount + head.amount)
        if second:
            with_drivers = case_entitlements(case, est, count_drivers=True, as_of=as_of)
            if isinstance(with_drivers, Entitlements):
                assert out.owed_drivers is not None and out.claim_drivers is not None
                out.owed_drivers += with_drivers.amount_owed
                out.claim_drivers += with_drivers.total_claim
    out.due_by_month = dict(sorted(out.due_by_month.items()))
    return out
