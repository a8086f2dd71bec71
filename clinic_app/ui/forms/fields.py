"""One binding per form field: the widget, the dotted path of the case it edits, and what the user typed.

Why bindings rather than reading every widget on save: the editor must know *which* fields the volunteer
touched (only those are written onto the stored case, so an untouched field never blanks a stored value), what
each one currently parses to (for the live entitlement panel and validation), and the raw text of a field that
does not parse yet (kept in the draft so a half-typed date is never lost). Each binding emits ``edited(path)``
only on a *user* edit (``textEdited``, ``activated``, ``clicked``), never when the editor loads a value.
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal, InvalidOperation
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QCalendarWidget,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QMenu,
    QPushButton,
    QToolButton,
    QWidget,
    QWidgetAction,
)

from clinic_app.domain.parsing import (
    ParseError,
    normalize_phone,
    normalize_postal_code,
    parse_date,
    parse_money,
)
from clinic_app.ui.widgets import DateEdit, MoneyEdit, ParsedLineEdit, PhoneEdit, PostalCodeEdit

translate = QCoreApplication.translate

#: Expected-format texts for the plain numbers this form reads (hours, weeks); the domain has none for them.
_NUMBER_EXPECTED = {
    "fr": "attendu un nombre de 0 à {max} (ex. 37,5)",
    "en": "expected a number from 0 to {max} (e.g. 37.5)",
}


def parse_number(text: str, field: str, maximum: Decimal) -> Decimal:
    """A plain non-negative number typed with a comma or a point (``37,5``, ``37.5``), at most ``maximum``."""
    s = re.sub(r"[\s\u00a0\u202f]", "", text or "").replace(",", ".")
    detail = {lang: t.format(max=maximum) for lang, t in _NUMBER_EXPECTED.items()}
    if not re.fullmatch(r"\d+(\.\d+)?", s):
        raise ParseError(field, "number", detail)
    try:
        value = Decimal(s)
    except InvalidOperation:
        raise ParseError(field, "number", detail) from None
    if value > maximum:
        raise ParseError(field, "number", detail)
    return value


# -- line edits that name their own field in the message ---------------------------------------------------
# The shared widgets call the domain parsers without the field path, so the message would say "Date" or
# "Amount"; the form needs "Start date: expected ...". These subclasses pass the path through.

class FieldMoneyEdit(MoneyEdit):
    def _parse(self, text: str) -> Decimal:
        return parse_money(text, self.lang, field=self.field)


class FieldDateEdit(DateEdit):
    def _parse(self, text: str) -> dt.date:
        return parse_date(text, field=self.field)


class FieldPostalCodeEdit(PostalCodeEdit):
    def _parse(self, text: str) -> str:
        return normalize_postal_code(text, field=self.field)


class FieldPhoneEdit(PhoneEdit):
    def _parse(self, text: str) -> str:
        return normalize_phone(text, field=self.field)


class NumberEdit(ParsedLineEdit):
    """Hours per week or weeks of notice: a plain number, shown with the UI language's decimal mark."""

    def __init__(self, field: str, *, maximum: Decimal, lang: str = "fr", parent: QWidget | None = None) -> None:
        super().__init__(field, lang=lang, parent=parent)
        self.maximum = maximum

    def _parse(self, text: str) -> Decimal:
        return parse_number(text, self.field, self.maximum)

    def _format(self, value: Decimal) -> str:
        text = format(value.normalize(), "f") if value == value.to_integral() else format(value, "f")
        return text.replace(".", ",") if self.lang == "fr" else text


class WholeNumberEdit(NumberEdit):
    """A count of months (recall rights): a whole number, stored as an ``int``."""

    def _parse(self, text: str) -> int:  # type: ignore[override]
        value = super()._parse(text)
        if value != value.to_integral_value():
            raise ParseError(self.field, "whole_number", {"fr": "un nombre entier (ex. 9)",
                                                          "en": "a whole number (e.g. 9)"})
        return int(value)

    def _format(self, value: int) -> str:  # type: ignore[override]
        return str(value)


# -- bindings ----------------------------------------------------------------------------------------------

class Binding(QObject):
    """Base of every field binding: ``path``, the row ``widget``, the ``focus_widget`` a label is buddy of.

    ``current()`` is the value the field stands for now (cached; recomputed on each user edit), ``error()``
    the :class:`ParseError` when the text does not parse. ``load(value)`` shows a case value without
    counting as an edit. ``raw()``/``restore_raw()`` carry unparsed text through a draft.
    """

    edited = Signal(str)

    def __init__(self, path: str, widget: QWidget, focus_widget: QWidget | None = None) -> None:
        super().__init__(widget)
        self.path = path
        self.widget = widget
        self.focus_widget = focus_widget or widget
        #: The site field's "Details…" button (the editor opens the establishment dialog with it).
        self.details_button: QPushButton | None = None
        self._value: Any = None
        self._error: ParseError | None = None

    def current(self) -> Any:
        return self._value

    def error(self) -> ParseError | None:
        return self._error

    def _read(self) -> Any:  # pragma: no cover - abstract
        raise NotImplementedError

    def _show(self, value: Any) -> None:  # pragma: no cover - abstract
        raise NotImplementedError

    def refresh(self) -> None:
        """Re-read the widget into the cached value/error."""
        try:
            self._value, self._error = self._read(), None
        except ParseError as err:
            self._error = err

    def load(self, value: Any) -> None:
        blocked = self.widget.blockSignals(True)
        try:
            self._show(value)
        finally:
            self.widget.blockSignals(blocked)
        self._value, self._error = value, None

    def raw(self) -> Any:
        """What to keep in a draft for a field that does not parse (``None`` when it parses)."""
        return None

    def restore_raw(self, raw: object) -> None:
        """Put back the raw text kept by :meth:`raw` (and count it as an edit)."""

    def _user_edit(self, *_args: Any) -> None:
        self.refresh()
        self.edited.emit(self.path)


class TextBinding(Binding):
    """Free text (names, addresses, company names): the text as typed, surrounding spaces removed."""

    def __init__(self, path: str, edit: QLineEdit) -> None:
        super().__init__(path, edit)
        self.edit = edit
        edit.textEdited.connect(self._user_edit)

    def _read(self) -> str:
        return self.edit.text().strip()

    def _show(self, value: Any) -> None:
        self.edit.setText(value or "")


class ParsedBinding(Binding):
    """A :class:`ParsedLineEdit` (money, date, postal code, phone, number): parsed value or ParseError."""

    def __init__(self, path: str, edit: ParsedLineEdit, container: QWidget | None = None) -> None:
        super().__init__(path, container or edit, edit)
        self.edit = edit
        edit.textEdited.connect(self._user_edit)
        # Focus-out rewrites valid text in canonical form (H2X 1Y4); the value is the same, no edit emitted.

    def _read(self) -> Any:
        return self.edit.value()

    def _show(self, value: Any) -> None:
        self.edit.setText("" if value is None else self.edit._format(value))

    def raw(self) -> Any:
        return self.edit.text() if self._error is not None else None

    def restore_raw(self, raw: object) -> None:
        self.edit.setText(str(raw))
        self._user_edit()


class DateBinding(ParsedBinding):
    """A date typed (``2025-01-22`` or ``22/01/2025``) or picked from a calendar (the button beside it)."""

    def __init__(self, path: str, lang: str, parent: QWidget | None = None) -> None:
        box = QWidget(parent)
        edit = FieldDateEdit(path, lang=lang, parent=box)
        button = QToolButton(box)
        button.setText("…")
        button.setToolTip(translate("CaseForms", "Pick the date from a calendar"))
        button.setAccessibleName(translate("CaseForms", "Pick the date from a calendar"))
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # typing is the keyboard path; the picker is for the mouse
        menu = QMenu(button)
        self.calendar = QCalendarWidget(menu)
        self.calendar.setGridVisible(True)
        action = QWidgetAction(menu)
        action.setDefaultWidget(self.calendar)
        menu.addAction(action)
        menu.aboutToShow.connect(self._sync_calendar)
        self.calendar.clicked.connect(lambda d, m=menu: self._picked_from(d, m))
        self.calendar.activated.connect(lambda d, m=menu: self._picked_from(d, m))
        button.setMenu(menu)
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(2)
        row.addWidget(edit, 1)
        row.addWidget(button)
        box.setFocusProxy(edit)
        super().__init__(path, edit, box)
        self.button = button

    def _sync_calendar(self) -> None:
        value = self._value if self._error is None else None
        if isinstance(value, dt.date):
            self.calendar.setSelectedDate(QDate(value.year, value.month, value.day))

    def _picked_from(self, day: Any, menu: QMenu) -> None:
        """A day chosen in the calendar menu: take it and close the menu."""
        self._picked(day)
        menu.close()

    def _picked(self, qdate: QDate) -> None:
        self.edit.setText(dt.date(qdate.year(), qdate.month(), qdate.day()).isoformat())
        self._user_edit()


class ComboBinding(Binding):
    """A choice among enum values (or yes/no/not asked); ``None`` is a choice when ``none_label`` is given."""

    def __init__(self, path: str, combo: QComboBox, items: list[tuple[Any, str]],
                 none_label: str | None = None) -> None:
        super().__init__(path, combo)
        self.combo = combo
        if none_label is not None:
            combo.addItem(none_label, None)
        for value, label in items:
            combo.addItem(label, value)
        combo.activated.connect(self._user_edit)
        self._values = ([None] if none_label is not None else []) + [v for v, _ in items]

    def _read(self) -> Any:
        index = self.combo.currentIndex()
        return self._values[index] if 0 <= index < len(self._values) else None

    def _show(self, value: Any) -> None:
        for i, v in enumerate(self._values):
            if v == value:
                self.combo.setCurrentIndex(i)
                return
        self.combo.setCurrentIndex(0)


class CheckBinding(Binding):
    """A yes/no fact (layoff, release signed, interpreter needed)."""

    def __init__(self, path: str, box: QCheckBox) -> None:
        super().__init__(path, box)
        self.box = box
        box.clicked.connect(self._user_edit)

    def _read(self) -> bool:
        return self.box.isChecked()

    def _show(self, value: Any) -> None:
        self.box.setChecked(bool(value))
