"""The status rule (clinic_app.domain.status): the one place that decides the status a case is saved with."""

from __future__ import annotations

import pytest

from clinic_app.domain.case import CaseStatus as S
from clinic_app.domain.status import status_on_save
from clinic_app.domain.validation import CaseIssue

MISSING_WAGE = CaseIssue("work.weekly_wage", "wage", "missing")
NO_CONSENT = CaseIssue("consent", "consent", "missing")


@pytest.mark.parametrize("chosen", list(S))
def test_without_issue_a_draft_moves_on_and_other_choices_are_kept(chosen: S) -> None:
    expected = S.INTAKE_COMPLETE if chosen is S.DRAFT else chosen
    assert status_on_save(chosen, [], stored=S.DRAFT) is expected
    assert status_on_save(chosen, [], stored=S.REVIEWED) is expected


@pytest.mark.parametrize("chosen", list(S))
@pytest.mark.parametrize("stored", list(S))
def test_missing_consent_always_means_draft(chosen: S, stored: S) -> None:
    assert status_on_save(chosen, [MISSING_WAGE, NO_CONSENT], stored=stored) is S.DRAFT


@pytest.mark.parametrize("chosen", [S.DRAFT, S.INTAKE_COMPLETE])
def test_issues_hold_an_early_status_back_to_draft(chosen: S) -> None:
    assert status_on_save(chosen, [MISSING_WAGE], stored=S.REVIEWED) is S.DRAFT


@pytest.mark.parametrize("chosen", [S.REVIEWED, S.LETTER_SENT, S.CLOSED])
def test_issues_never_reopen_a_case_that_was_further_along(chosen: S) -> None:
    assert status_on_save(chosen, [MISSING_WAGE], stored=S.INTAKE_COMPLETE) is chosen


@pytest.mark.parametrize("chosen", [S.REVIEWED, S.LETTER_SENT, S.CLOSED])
def test_a_stored_draft_with_issues_cannot_jump_ahead(chosen: S) -> None:
    assert status_on_save(chosen, [MISSING_WAGE], stored=S.DRAFT) is S.DRAFT
