"""The one rule that decides the status a case is saved with.

Why here and only here: the intake form, the command line and any later import must agree on when a case
may leave the draft state. The volunteer picks a status in the form; this rule may hold it back, never push
it past what was chosen (except the first step, draft -> intake complete, which a complete case takes by
itself).
"""

from __future__ import annotations

from collections.abc import Sequence

from clinic_app.domain.case import CaseStatus
from clinic_app.domain.validation import CaseIssue

#: The statuses a case with open issues may not keep (it goes back to draft).
_HELD_BACK = (CaseStatus.DRAFT, CaseStatus.INTAKE_COMPLETE)


def status_on_save(chosen: CaseStatus, issues: Sequence[CaseIssue], *, stored: CaseStatus) -> CaseStatus:
    """The status to store when a case with ``issues`` is saved.

    ``chosen`` is the status the volunteer picked in the form, ``stored`` the status the case had when it
    was opened (``DRAFT`` for a new case).

    * No issue: a draft becomes *intake complete*; any other choice is kept.
    * Consent missing: always a draft (nothing may be done for a person who has not consented).
    * Other issues: a case that was a draft, or is chosen as draft or intake complete, stays a draft; a case
      already further along (reviewed, letter sent, closed) keeps its status, so correcting a detail of a
      closed case does not reopen it.
    """
    if not issues:
        return CaseStatus.INTAKE_COMPLETE if chosen is CaseStatus.DRAFT else chosen
    no_consent = any(issue.field == "consent" for issue in issues)
    if no_consent or chosen in _HELD_BACK or stored is CaseStatus.DRAFT:
        return CaseStatus.DRAFT
    return chosen
