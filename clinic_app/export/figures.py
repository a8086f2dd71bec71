"""What the law gives for one exported case, through the one domain bridge (``domain.case_figures``).

Why this module is thin: the case list, the entitlement panel, the letters, the exports and the summary
report must all show the same figures, so exports never call the engine themselves. They ask
:func:`~clinic_app.domain.case_figures.case_figures` for owed / paid / shortfall / claim deadline (``None``
figures for a draft whose facts are incomplete: an empty cell, not a failed export) and
:func:`~clinic_app.domain.case_figures.case_entitlements` only when the other deadlines are wanted (the
summary's "deadlines in the next 30 days" and the ``next_deadline`` column).
"""

from __future__ import annotations

from clinic_app.domain.case import Case, Establishment
from clinic_app.domain.case_figures import CaseFigures, case_entitlements, case_figures
from clinic_app.domain.errors import FieldError
from clinic_app.domain.types import Deadline

__all__ = ["CLAIM_MONEY", "CaseFigures", "case_deadlines", "figures_of"]

#: The kind of the claim deadline among the engine's deadlines (``domain.explain.DEADLINE_LABELS`` names it).
CLAIM_MONEY = "claim"


def figures_of(case: Case, establishment: Establishment | None) -> CaseFigures:
    """Owed, paid, shortfall and claim deadline, exactly as the case list shows them."""
    return case_figures(case, establishment)


def case_deadlines(case: Case, establishment: Establishment | None) -> tuple[Deadline, ...]:
    """Every dated deadline of ``case`` (the claim deadline first), or ``()`` when not computable yet."""
    ent = case_entitlements(case, establishment)
    if isinstance(ent, FieldError):
        return ()
    claims = tuple(d for d in ent.deadlines if d.kind == CLAIM_MONEY)
    others = tuple(d for d in ent.deadlines if d.kind != CLAIM_MONEY)
    return (*claims, *others)
