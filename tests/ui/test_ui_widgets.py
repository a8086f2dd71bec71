"""The parsing line edits: canonical text on focus-out, domain message on bad input (needs domain.parsing)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

pytest.importorskip("clinic_app.domain.parsing")

from clinic_app.ui.widgets import DateEdit, MoneyEdit, PhoneEdit, PostalCodeEdit  # noqa: E402


def test_money_parses_and_formats(qtbot) -> None:
    edit = MoneyEdit("work.recent_weekly_wages", lang="en")
    qtbot.addWidget(edit)
    edit.setText("1 234,56")
    assert edit.value() == Decimal("1234.56")
    assert edit.error_message() is None
    edit.set_value(Decimal("1234.56"))
    assert edit.text() == "$1,234.56"


def test_bad_money_gives_domain_message_and_empty_is_none(qtbot) -> None:
    edit = MoneyEdit("work.recent_weekly_wages", lang="fr")
    qtbot.addWidget(edit)
    assert edit.value() is None
    edit.setText("abc")
    assert edit.error_message()


def test_date_postal_phone(qtbot) -> None:
    d, p, ph = DateEdit("work.start_date"), PostalCodeEdit("person.postal_code"), PhoneEdit("person.phone")
    for w in (d, p, ph):
        qtbot.addWidget(w)
    d.setText("22/01/2025")
    p.setText("h2x1y4")
    ph.setText("(514) 555 0123")
    assert d.value() == date(2025, 1, 22)
    assert p.value() == "H2X 1Y4"
    assert ph.value() == "514-555-0123"
    d.setText("31/02/2025")
    assert d.error_message()
