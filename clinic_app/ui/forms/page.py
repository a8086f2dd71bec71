"""A page of the intake form: labelled rows, each with its binding and a message line under it.

Why a message *line* under each field rather than only a tooltip or a red border: a volunteer reading the form
with the worker must see what is wrong without hovering, and a screen reader must hear it; the message is the
domain's sentence (naming the field and what is expected) in the UI language, prefixed with a sign so it does
not rely on colour, and copied into the field's accessible description.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QLabel,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from clinic_app.domain.parsing import format_money
from clinic_app.ui.contrast import secondary_style
from clinic_app.ui.forms.fields import (
    Binding,
    CheckBinding,
    ComboBinding,
    DateBinding,
    FieldMoneyEdit,
    FieldPhoneEdit,
    FieldPostalCodeEdit,
    NumberEdit,
    ParsedBinding,
    TextBinding,
    WholeNumberEdit,
)

translate = QCoreApplication.translate

MESSAGE_STYLE = "color: #b00020;"
MISSING_STYLE = "color: #6b4e00;"


class FieldRow:
    """A binding with its visible label and the message line under it."""

    def __init__(self, binding: Binding, label: QLabel | None, message: QLabel, section: str) -> None:
        self.binding = binding
        self.label = label
        self.message = message
        self.section = section
        self.text = ""

    def show_message(self, text: str, *, missing: bool = False) -> None:
        """Show ``text`` under the field (empty hides it) and announce it through the accessible description."""
        if text == self.text:
            return
        self.text = text
        if text:
            sign = "•" if missing else "⚠"
            self.message.setText(f"{sign} {text}")
            self.message.setStyleSheet(MISSING_STYLE if missing else MESSAGE_STYLE)
        self.message.setVisible(bool(text))
        self.binding.focus_widget.setAccessibleDescription(text)


class FormPage(QScrollArea):
    """One section: a scrollable column of group boxes holding form rows."""

    def __init__(self, key: str, title: str, *, lang: str, register: Callable[[FieldRow], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Not a Tab stop: it showed no focus frame and had no name (an "invisible" stop between two fields);
        # it still scrolls to whichever field takes the focus, however the focus came (QScrollArea does it only
        # for Tab between its own fields: Tab from Save back into the form left the first field out of sight).
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._follow_focus)
        self.key = key
        self.title = title
        self.lang = lang
        self._register = register
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget(self)
        self.setWidget(body)
        self.column = QVBoxLayout(body)
        self.column.setContentsMargins(8, 8, 8, 8)
        self.column.setSpacing(10)
        heading = QLabel(title, body)
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        heading.setFont(font)
        self.column.addWidget(heading)
        self.rows: list[FieldRow] = []
        self._form: QFormLayout | None = None
        self.first_focus: QWidget | None = None
        self._extra_labels: list[QLabel] = []

    def _follow_focus(self, _old: QWidget | None, new: QWidget | None) -> None:
        body = self.widget()
        if new is not None and body is not None and self.isVisible() and body.isAncestorOf(new):
            self.ensureWidgetVisible(new)

    # -- structure ---------------------------------------------------------------------------------------
    def group(self, title: str) -> QFormLayout:
        box = QGroupBox(title, self.widget())
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.column.addWidget(box)
        self._form = form
        return form

    def note(self, text: str) -> QLabel:
        label = QLabel(text, self.widget())
        label.setWordWrap(True)
        label.setStyleSheet(secondary_style(label))
        self._current_form().addRow(label)
        return label

    def widget_row(self, label: str, widget: QWidget) -> None:
        """A row that is not a case field (a summary, earlier notes); no label -> the full width."""
        if not label:
            self._current_form().addRow(widget)
            return
        label_widget = QLabel(label, self.widget())
        self._extra_labels.append(label_widget)
        self._current_form().addRow(label_widget, widget)

    def finish(self) -> None:
        """Close the page: align the label column of every group box, then push the boxes to the top."""
        labels = [r.label for r in self.rows if r.label is not None] + self._extra_labels
        width = max((lbl.sizeHint().width() for lbl in labels), default=0)
        for lbl in labels:
            lbl.setMinimumWidth(width)
            lbl.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.column.addStretch(1)

    def _current_form(self) -> QFormLayout:
        if self._form is None:
            self.group("")
        assert self._form is not None
        return self._form

    def add(self, binding: Binding, label: str | None, *, full_width: bool = False) -> FieldRow:
        """Add ``binding`` with ``label`` (``&`` marks the mnemonic) and its message line."""
        form = self._current_form()
        holder = QWidget(self.widget())
        box = QVBoxLayout(holder)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(1)
        box.addWidget(binding.widget)
        message = QLabel(holder)
        message.setWordWrap(True)
        message.setTextFormat(Qt.TextFormat.PlainText)
        message.hide()
        box.addWidget(message)
        label_widget: QLabel | None = None
        if label is not None and not full_width:
            label_widget = QLabel(label, self.widget())
            label_widget.setBuddy(binding.focus_widget)
            form.addRow(label_widget, holder)
            binding.focus_widget.setAccessibleName(label.replace("&", ""))
        else:
            form.addRow(holder)
            focus = binding.focus_widget
            # A check box is named by its own text: the row's label on the first box of a checklist made a screen
            # reader say "Documents seen" for "Pay slips".
            if label and not (isinstance(focus, QAbstractButton) and focus.text()):
                focus.setAccessibleName(label.replace("&", ""))
        row = FieldRow(binding, label_widget, message, self.key)
        self.rows.append(row)
        if self.first_focus is None:
            self.first_focus = binding.focus_widget
        self._register(row)
        return row

    # -- field helpers -----------------------------------------------------------------------------------
    def text(self, path: str, label: str, *, placeholder: str = "") -> FieldRow:
        edit = QLineEdit(self.widget())
        edit.setPlaceholderText(placeholder)
        return self.add(TextBinding(path, edit), label)

    def date(self, path: str, label: str) -> FieldRow:
        return self.add(DateBinding(path, self.lang, self.widget()), label)

    def money(self, path: str, label: str, *, example: str = "1234.56") -> FieldRow:
        """A money field. Its greyed hint is words ("in dollars"), never an amount that looks typed ("$900.00"
        read as a value); ``example``, in the UI language's format, is in its tooltip."""
        edit = FieldMoneyEdit(path, lang=self.lang, parent=self.widget())
        edit.setPlaceholderText(translate("CaseForms", "in dollars"))
        edit.setToolTip(translate("CaseForms", "For example: {0}").format(format_money(Decimal(example), self.lang)))
        return self.add(ParsedBinding(path, edit), label)

    def number(self, path: str, label: str, maximum: Decimal, placeholder: str = "") -> FieldRow:
        edit = NumberEdit(path, maximum=maximum, lang=self.lang, parent=self.widget())
        edit.setPlaceholderText(placeholder)
        return self.add(ParsedBinding(path, edit), label)

    def whole_number(self, path: str, label: str, maximum: int, placeholder: str = "") -> FieldRow:
        edit = WholeNumberEdit(path, maximum=Decimal(maximum), lang=self.lang, parent=self.widget())
        edit.setPlaceholderText(placeholder)
        return self.add(ParsedBinding(path, edit), label)

    def postal(self, path: str, label: str) -> FieldRow:
        edit = FieldPostalCodeEdit(path, lang=self.lang, parent=self.widget())
        edit.setPlaceholderText(translate("CaseForms", "letter digit letter digit letter digit"))
        edit.setToolTip(translate("CaseForms", "For example: {0}").format("H2X 1Y4"))
        return self.add(ParsedBinding(path, edit), label)

    def phone(self, path: str, label: str) -> FieldRow:
        edit = FieldPhoneEdit(path, lang=self.lang, parent=self.widget())
        edit.setPlaceholderText(translate("CaseForms", "10 digits, extension allowed"))
        edit.setToolTip(translate("CaseForms", "For example: {0}").format("514-555-0123"))
        return self.add(ParsedBinding(path, edit), label)

    def combo(self, path: str, label: str, items: list[tuple[Any, str]], *,
              none_label: str | None = None) -> FieldRow:
        combo = QComboBox(self.widget())
        return self.add(ComboBinding(path, combo, items, none_label), label)

    def yes_no(self, path: str, label: str) -> FieldRow:
        """A ``bool | None`` fact: not asked / yes / no."""
        return self.combo(path, label, [(True, translate("CaseForms", "Yes")), (False, translate("CaseForms", "No"))],
                          none_label=translate("CaseForms", "Not asked"))

    def check(self, path: str, text: str) -> FieldRow:
        box = QCheckBox(text, self.widget())
        return self.add(CheckBinding(path, box), text, full_width=True)
