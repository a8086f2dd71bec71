"""The engine's result for one stored case: the single bridge from the case model to the engine.

Why one function: the entitlement panel, the case list's sortable figures (kept by storage on every save),
the letters, the exports and the summary report all show what the law gives for a case. They must all
compute it the same way, from :func:`~clinic_app.domain.case.to_contract_input` through the same
:func:`~clinic_app.domain.facts.parse_facts` and :func:`~clinic_app.domain.engine.compute` the
``entitlements`` command uses. A draft whose facts are not complete yet is normal: it gives the
:class:`~clinic_app.domain.errors.FieldError` naming the first missing or wrong fact, never an exception
the caller has to guess.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

from clinic_app.domain.case import CONTRACT_PURPOSE, Case, Establishment, to_contract_input
from clinic_app.domain.engine import compute
from clinic_app.domain.errors import FieldError
from clinic_app.domain.facts import parse_facts
from clinic_app.domain.figures_version import FIGURES_VERSION as FIGURES_VERSION  # re-exported
from clinic_app.domain.types import Deadline, Entitlements, Head


def case_entitlements(
    case: Case,
    establishment: Establishment | None = None,
    *,
    count_drivers: bool = False,
    langs: Iterable[str] = (),
    as_of: dt.date | None = None,
) -> Entitlements | FieldError:
    """The entitlements of ``case``, or the :class:`FieldError` that says which fact is missing or wrong.

    ``count_drivers`` uses the establishment's second count (drivers deemed its employees) for the
    collective dismissal. ``langs`` asks for the explanation in those languages up front. ``as_of`` is the
    day the case is looked at (which deadlines have passed, what is not yet due); without it nothing is
    marked passed, and no figure depends on it.
    """
    try:
        return compute(parse_facts(to_contract_input(case, establishment, count_drivers=count_drivers),
                                   today=as_of), langs=langs)
    except FieldError as err:
        return err




@dataclass(frozen=True, slots=True)
class CaseFigures:
    """What the list sorts on, the site view adds up and the deadline dashboard reads; ``None`` when not
    computable yet.

    Why so much: the site view and the dashboard of a site of 5,000 cases must open in 200 ms, which leaves no
    time to run the engine (twice: both counts) on every case. Everything they show that does not depend on
    the day they are looked at is kept here at save time; what does (which deadline is passed, what is not yet
    due) is decided from the stored dates by the same rules (:mod:`clinic_app.domain.deadlines`).
    """

    amount_owed: Decimal | None
    paid: Decimal
    shortfall: Decimal | None
    claim_deadline: dt.date | None
    #: the earliest deadline of any kind (past ones included), as the exports' ``next_deadline`` column
    next_deadline: dt.date | None = None
    #: shortfall + vacation shortfall, the employer's count
    total_claim: Decimal | None = None
    #: amount owed and total claim with the drivers deemed employees (the establishment's second count); None
    #: without a second count or when that computation fails
    owed_drivers: Decimal | None = None
    claim_drivers: Decimal | None = None
    #: each head of claim's (due date, amount), the engine's order
    head_dues: tuple[tuple[dt.date, Decimal], ...] = ()
    #: the latest prescription date of a head other than the vacation indemnity (what may keep a claim alive)
    later_due_until: dt.date | None = None
    #: a Quebec case with no CNESST notice of inquiry yet (one may still suspend prescription)
    inquiry_may_save: bool = False
    #: every deadline (kind, date, section), the engine's order
    deadlines: tuple[Deadline, ...] = ()

    @property
    def last_due(self) -> dt.date | None:
        """The latest day a head falls due (money "not yet due" until then)."""
        return max((d for d, _a in self.head_dues), default=None)


def stored_figures(ent: Entitlements, paid: Decimal, with_drivers: Entitlements | FieldError | None = None
                   ) -> CaseFigures:
    """The figures kept for a case whose entitlements are ``ent`` (``with_drivers``: on the second count)."""
    second = with_drivers if isinstance(with_drivers, Entitlements) else None
    return CaseFigures(
        amount_owed=ent.amount_owed, paid=paid, shortfall=ent.shortfall, claim_deadline=ent.claim_deadline,
        next_deadline=min((d.date for d in ent.deadlines), default=None), total_claim=ent.total_claim,
        owed_drivers=None if second is None else second.amount_owed,
        claim_drivers=None if second is None else second.total_claim,
        head_dues=tuple((h.due_date, h.amount) for h in ent.heads),
        later_due_until=max((h.prescription_date for h in ent.heads if h.head is not Head.VACATION_INDEMNITY),
                            default=None),
        inquiry_may_save=ent.facts.jurisdiction.value == "QC" and ent.facts.cnesst_inquiry_notice_date is None,
        deadlines=tuple(Deadline(kind=d.kind, date=d.date, basis=d.basis) for d in ent.deadlines))


def case_figures(case: Case, establishment: Establishment | None = None) -> CaseFigures:
    """The stored figures of ``case`` (left ``None`` for an incomplete draft); the drivers' count is computed
    only when the establishment has one."""
    paid = sum((p.amount for p in case.work.payments
                if CONTRACT_PURPOSE[p.purpose] == "notice"), Decimal(0))
    ent = case_entitlements(case, establishment)
    if isinstance(ent, FieldError):
        return CaseFigures(amount_owed=None, paid=paid, shortfall=None, claim_deadline=None)
    second = None
    if establishment is not None and establishment.terminations_with_drivers is not None:
        second = case_entitlements(case, establishment, count_drivers=True)
    return stored_figures(ent, paid, second)
