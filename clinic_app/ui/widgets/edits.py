"""QLineEdit subclasses that parse and normalise through ``clinic_app.domain.parsing``.

Why not QValidator: a validator blocks typing mid-way (``1 23`` on the way to ``1 234,56``); volunteers type
freely and we report the problem once, naming the field, when the form validates. On focus-out a valid entry is
rewritten in its canonical form (money formatted for the UI language, ``h2x1y4`` -> ``H2X 1Y4``) and an invalid one
is marked with the ``invalid`` dynamic property (styled red) and a tooltip carrying the domain message.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QLineEdit, QWidget

from clinic_app.errors import ClinicError


class ParsedLineEdit(QLineEdit):
    """A line edit whose text is parsed by a domain function; subclasses set ``_parse`` and ``_format``."""

    def __init__(self, field: str, *, lang: str = "fr", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = field
        self.lang = lang
        self.setProperty("invalid", False)

    # Subclasses override these two.
    def _parse(self, text: str) -> Any:  # pragma: no cover - abstract
        raise NotImplementedError

    def _format(self, value: Any) -> str:
        return str(value)

    def value(self) -> Any:
        """Parsed value, or None when empty; raises the domain ParseError on bad input."""
        text = self.text().strip()
        if not text:
            return None
        return self._parse(text)

    def set_value(self, value: Any) -> None:
        """Show ``value`` in canonical form (empty for None)."""
        self.setText("" if value is None else self._format(value))
        self._mark(None)

    def error_message(self) -> str | None:
        """The domain message for the current text in the UI language, or None when it parses."""
        try:
            self.value()
        except ClinicError as exc:  # ParseError from the domain layer
            return exc.message(self.lang)
        return None

    def _mark(self, error: str | None) -> None:
        self.setProperty("invalid", error is not None)
        self.setToolTip(error or "")
        self.style().unpolish(self)
        self.style().polish(self)

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt name
        error = self.error_message()
        if error is None:
            parsed = self.value()
            if parsed is not None:
                self.setText(self._format(parsed))
        self._mark(error)
        super().focusOutEvent(event)


class MoneyEdit(ParsedLineEdit):
    """Amount of money: accepts ``1 234,56``, ``1234.56``, ``$1,234.56``; shows it formatted for the language."""

    def _parse(self, text: str) -> Decimal:
        from clinic_app.domain.parsing import parse_money

        return parse_money(text, self.lang)

    def _format(self, value: Decimal) -> str:
        from clinic_app.domain.parsing import format_money

        return format_money(value, self.lang)


class DateEdit(ParsedLineEdit):
    """Date typed as ``2025-01-22`` or ``22/01/2025``; shown in ISO form (unambiguous in both languages)."""

    def __init__(self, field: str, *, lang: str = "fr", parent: QWidget | None = None) -> None:
        super().__init__(field, lang=lang, parent=parent)
        self.setPlaceholderText("AAAA-MM-JJ" if lang == "fr" else "YYYY-MM-DD")

    def _parse(self, text: str) -> date:
        from clinic_app.domain.parsing import parse_date

        return parse_date(text)

    def _format(self, value: date) -> str:
        return value.isoformat()


class PostalCodeEdit(ParsedLineEdit):
    """Quebec postal code, normalised to ``H2X 1Y4``."""

    def _parse(self, text: str) -> str:
        from clinic_app.domain.parsing import normalize_postal_code

        return normalize_postal_code(text)


class PhoneEdit(ParsedLineEdit):
    """North American phone number, normalised to ``514-555-0123`` (extension kept)."""

    def _parse(self, text: str) -> str:
        from clinic_app.domain.parsing import normalize_phone

        return normalize_phone(text)
