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
from clinic_app.domain.types import Entitlements


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


#: Which engine and law tables computed a stored figure. Storage keeps it beside the figures of every case and
#: recomputes the cases whose stored version differs, so bump it with ANY change to the engine, the law tables
#: or :func:`case_figures` that can change a figure (``tests/domain/test_figures_version.py`` pins a digest of
#: the law tables to remind you).
FIGURES_VERSION = "engine-3.1/law-2026-12-02"


@dataclass(frozen=True, slots=True)
class CaseFigures:
    """The few figures the case list sorts on and coordinators total; ``None`` when not computable yet."""

    amount_owed: Decimal | None
    paid: Decimal
    shortfall: Decimal | None
    claim_deadline: dt.date | None
    #: the earliest deadline of any kind (past ones included), as the exports' ``next_deadline`` column
    next_deadline: dt.date | None = None


def case_figures(case: Case, establishment: Establishment | None = None) -> CaseFigures:
    """Owed, paid, shortfall and claim deadline of ``case`` (figures left ``None`` for an incomplete draft)."""
    paid = sum((p.amount for p in case.work.payments
                if CONTRACT_PURPOSE[p.purpose] == "notice"), Decimal(0))
    ent = case_entitlements(case, establishment)
    if isinstance(ent, FieldError):
        return CaseFigures(amount_owed=None, paid=paid, shortfall=None, claim_deadline=None)
    return CaseFigures(amount_owed=ent.amount_owed, paid=paid, shortfall=ent.shortfall,
                       claim_deadline=ent.claim_deadline,
                       next_deadline=min((d.date for d in ent.deadlines), default=None))
