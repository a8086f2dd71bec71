"""Smaller defects of issue 18, item 9: hints that are not values, a "Not saved" banner that goes once the field
is fixed."""

from __future__ import annotations

import re
from typing import Any

import pytest

from clinic_app.domain.case import Case, CaseKind

from .conftest import field, type_into

pytestmark = pytest.mark.gui


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_hints_are_words_not_values_that_look_typed(open_editor: Any, store: Any, lang: str) -> None:
    editor = open_editor(store, Case.new(CaseKind.WAREHOUSE), lang=lang)
    for path in ("work.weekly_wage", "work.hourly_rate", "person.phone", "person.postal_code", "work.weekly_hours"):
        hint = field(editor, path).placeholderText()
        assert hint and not re.search(r"\d{2}", hint.replace("10 ", "")), (path, hint)  # no amount, number, code
    assert "900" in field(editor, "work.weekly_wage").toolTip()  # the example moved to the tooltip


def test_not_saved_banner_goes_once_the_unreadable_field_is_fixed(qtbot: Any, open_editor: Any, store: Any) -> None:
    editor = open_editor(store, Case.new(CaseKind.WAREHOUSE), lang="en")
    type_into(qtbot, editor, "work.start_date", "31/02/2025")
    assert not editor.save()
    assert editor.banner.isVisible() and "Not saved" in editor.banner_text()
    type_into(qtbot, editor, "work.start_date", "2019-03-04")
    editor.refresh()
    assert not editor.banner.isVisible()
