"""Soft checks in the form (issue 18): they warn in the panel and never block a save."""

from __future__ import annotations

from typing import Any

import pytest

from clinic_app.domain.case import Case, CaseKind, Establishment

from .conftest import type_into

pytestmark = pytest.mark.gui


def test_site_count_lower_than_its_cases_and_a_hire_before_14_warn_without_blocking(
        qtbot: Any, open_editor: Any, store: Any) -> None:
    est = store.save_establishment(Establishment(code="YUL2", employer_legal_name="Entrepôts Démo",
                                                 establishment_terminations=1))
    first = Case.new(CaseKind.WAREHOUSE)
    assert first.warehouse is not None
    first.warehouse.site_code = "YUL2"
    first.establishment_id = est.id
    store.create_case(first)
    case = Case.new(CaseKind.WAREHOUSE)
    assert case.warehouse is not None
    case.warehouse.site_code = "YUL2"
    case.establishment_id = est.id
    editor = open_editor(store, case, lang="en")
    texts = editor.panel.warning_texts()
    assert any("counts 1 termination" in t and "2 cases" in t for t in texts), texts
    type_into(qtbot, editor, "person.date_of_birth", "2010-05-01")
    type_into(qtbot, editor, "work.start_date", "2023-06-01")
    editor.refresh()
    assert any("before the person turned 14" in t for t in editor.panel.warning_texts())
    type_into(qtbot, editor, "person.given_name", "Marie")
    type_into(qtbot, editor, "person.family_name", "Roy")
    assert editor.save()  # a soft check never blocks
