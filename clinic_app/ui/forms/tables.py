"""Small editable tables: weekly pay when it varies, payments received at the end; the documents checklist.

Why plain text cells parsed on each edit (not delegates with spin boxes): volunteers copy amounts from pay
slips in either format (``1 234,56`` or ``1,234.56``) and dates in either order; the same domain parsers as
the single fields read them, and a cell that does not parse is named by its row in the message and kept as
typed in the draft.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from clinic_app.domain.case import Payment, PaymentPurpose, WeeklyWage
from clinic_app.domain.explain import money
from clinic_app.domain.parsing import ParseError, parse_date, parse_money
from clinic_app.ui.forms.fields import Binding
from clinic_app.ui.i18n import QT_TRANSLATE_NOOP

translate = QCoreApplication.translate


class RowError(ParseError):
    """A cell of a table that does not parse: the domain message, prefixed with its row number."""

    def __init__(self, inner: ParseError, row: int) -> None:
        super().__init__(inner.field, inner.code, inner.detail)
        self.inner = inner
        self.row = row

    def message(self, lang: str) -> str:
        prefix = f"Ligne {self.row}" if lang == "fr" else f"Row {self.row}"
        return f"{prefix} — {self.inner.message(lang)}"


class _TableBinding(Binding):
    """A QTableWidget of text cells with Add/Remove buttons; subclasses say the columns and how to read a row."""

    columns: list[str] = []

    def __init__(self, path: str, lang: str, parent: QWidget | None = None) -> None:
        box = QWidget(parent)
        self.lang = lang
        self.table = QTableWidget(0, len(self.columns), box)
        self.table.setHorizontalHeaderLabels([translate("CaseForms", c) for c in self.columns])
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(header.fontMetrics().horizontalAdvance("0000-00-00") + 16)
        self.table.verticalHeader().setVisible(True)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move between cells
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.table.setMinimumHeight(120)
        self.add_button = QPushButton(translate("CaseForms", "Add a row"), box)
        self.remove_button = QPushButton(translate("CaseForms", "Remove the row"), box)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        super().__init__(path, box, self.table)
        self.table.itemChanged.connect(self._user_edit)
        self.add_button.clicked.connect(self.add_row)
        self.remove_button.clicked.connect(self.remove_row)
        self._value = []

    # rows as text ----------------------------------------------------------------------------------------
    def _cell(self, row: int, col: int) -> str:
        widget = self.table.cellWidget(row, col)
        if isinstance(widget, QComboBox):
            return str(widget.currentData() or "")
        item = self.table.item(row, col)
        return item.text().strip() if item is not None else ""

    def _set_cell(self, row: int, col: int, text: str) -> None:
        widget = self.table.cellWidget(row, col)
        if isinstance(widget, QComboBox):
            index = widget.findData(text)
            widget.setCurrentIndex(max(index, 0))
            return
        self.table.setItem(row, col, QTableWidgetItem(text))

    def rows_text(self) -> list[list[str]]:
        return [[self._cell(r, c) for c in range(self.table.columnCount())] for r in range(self.table.rowCount())]

    def _prepare_row(self, row: int) -> None:
        """Hook for cell widgets (a combo box) in a new row."""

    def _fill(self, rows: list[list[str]]) -> None:
        blocked = self.table.blockSignals(True)
        try:
            self.table.setRowCount(0)
            for texts in rows:
                r = self.table.rowCount()
                self.table.insertRow(r)
                self._prepare_row(r)
                for c, text in enumerate(texts):
                    self._set_cell(r, c, text)
        finally:
            self.table.blockSignals(blocked)

    def add_row(self) -> None:
        r = self.table.rowCount()
        blocked = self.table.blockSignals(True)
        self.table.insertRow(r)
        self._prepare_row(r)
        for c in range(self.table.columnCount()):
            if self.table.cellWidget(r, c) is None:
                self.table.setItem(r, c, QTableWidgetItem(""))
        self.table.blockSignals(blocked)
        self.table.setCurrentCell(r, 0)
        self.table.setFocus()
        first = self.table.item(r, 0)
        if first is not None:
            self.table.editItem(first)

    def remove_row(self) -> None:
        r = self.table.currentRow()
        if r < 0:
            r = self.table.rowCount() - 1
        if r >= 0:
            self.table.removeRow(r)
            self._user_edit()

    # Binding -----------------------------------------------------------------------------------------------
    def _read(self) -> list[Any]:
        out = []
        for i, texts in enumerate(self.rows_text(), start=1):
            if not any(texts):
                continue
            try:
                out.append(self._row_value(texts))
            except ParseError as err:
                raise RowError(err, i) from None
        return out

    def _row_value(self, texts: list[str]) -> Any:  # pragma: no cover - abstract
        raise NotImplementedError

    def _row_texts(self, value: Any) -> list[str]:  # pragma: no cover - abstract
        raise NotImplementedError

    def _show(self, value: Any) -> None:
        self._fill([self._row_texts(v) for v in (value or [])])

    def raw(self) -> Any:
        return self.rows_text() if self._error is not None else None

    def restore_raw(self, raw: object) -> None:
        rows = raw if isinstance(raw, list) else []  # a draft holds the table's text as a list of rows
        self._fill([[str(t) for t in row] for row in rows if isinstance(row, list)])
        self._user_edit()


class WeeklyWagesBinding(_TableBinding):
    """``work.recent_weekly_wages``: regular pay of each complete week before the end, when it varied."""

    columns = [QT_TRANSLATE_NOOP("CaseForms", "Week ending"),  # noqa: RUF012 - translated at runtime
               QT_TRANSLATE_NOOP("CaseForms", "Regular pay")]

    def _row_value(self, texts: list[str]) -> WeeklyWage:
        week, amount = texts
        return WeeklyWage(amount=parse_money(amount, self.lang, field="work.recent_weekly_wages"),
                          week_ending=parse_date(week, field="work.recent_weekly_wages") if week else None)

    def _row_texts(self, value: WeeklyWage) -> list[str]:
        return [value.week_ending.isoformat() if value.week_ending else "", money(value.amount, self.lang)]


PURPOSES: list[tuple[PaymentPurpose, str]] = [
    (PaymentPurpose.IN_LIEU_OF_NOTICE, QT_TRANSLATE_NOOP("CaseForms", "In lieu of notice")),
    (PaymentPurpose.SEVERANCE, QT_TRANSLATE_NOOP("CaseForms", "Severance")),
    (PaymentPurpose.CLOSURE_PACKAGE, QT_TRANSLATE_NOOP("CaseForms", "Closure package")),
    (PaymentPurpose.VACATION, QT_TRANSLATE_NOOP("CaseForms", "Vacation pay")),
    (PaymentPurpose.FINAL_WAGES, QT_TRANSLATE_NOOP("CaseForms", "Final wages")),
    (PaymentPurpose.OTHER, QT_TRANSLATE_NOOP("CaseForms", "Other")),
]


class PaymentsBinding(_TableBinding):
    """``work.payments``: what the employer (or DSP) already paid at the end; subtracted from what is owed."""

    columns = [QT_TRANSLATE_NOOP("CaseForms", "Amount"), QT_TRANSLATE_NOOP("CaseForms", "Purpose"),  # noqa: RUF012
               QT_TRANSLATE_NOOP("CaseForms", "Paid on"), QT_TRANSLATE_NOOP("CaseForms", "Note")]

    def _prepare_row(self, row: int) -> None:
        combo = QComboBox(self.table)
        for value, label in PURPOSES:
            combo.addItem(translate("CaseForms", label), value.value)
        combo.setCurrentIndex(len(PURPOSES) - 1)
        combo.activated.connect(self._user_edit)
        self.table.setCellWidget(row, 1, combo)
        # What a screen reader says on this combo box: on Linux Qt exports its value as its name, so only a label
        # (a QLabel whose buddy it is, beside it) says what it is; the cell has no room for one: kept hidden.
        names = QLabel(translate("CaseForms", "Purpose"), combo.parentWidget())
        names.setBuddy(combo)
        names.hide()
        combo.destroyed.connect(names.deleteLater)
        # A cell widget joins the focus chain at the window's end: Tab from it left the form (skipping Add a row,
        # Remove the row and the buttons below). Chain it after the table (or the row above's) instead.
        above = self.table.cellWidget(row - 1, 1) if row > 0 else None
        QWidget.setTabOrder(above if above is not None else self.table, combo)

    def _row_value(self, texts: list[str]) -> Payment:
        amount, purpose, paid_on, note = texts
        return Payment(amount=parse_money(amount, self.lang, field="money"),
                       purpose=PaymentPurpose(purpose or PaymentPurpose.OTHER.value),
                       paid_on=parse_date(paid_on, field="date") if paid_on else None, note=note)

    def _read(self) -> list[Any]:
        # A row with only the default purpose chosen is empty.
        out = []
        for i, texts in enumerate(self.rows_text(), start=1):
            if not (texts[0] or texts[2] or texts[3]):
                continue
            try:
                out.append(self._row_value(texts))
            except ParseError as err:
                raise RowError(err, i) from None
        return out

    def _row_texts(self, value: Payment) -> list[str]:
        return [money(value.amount, self.lang), value.purpose.value,
                value.paid_on.isoformat() if value.paid_on else "", value.note]


#: Documents a volunteer commonly sees; stored as these stable codes so a letter in either language can name them.
DOCUMENTS: list[tuple[str, str]] = [
    ("pay_slips", QT_TRANSLATE_NOOP("CaseForms", "Pay slips")),
    ("record_of_employment", QT_TRANSLATE_NOOP("CaseForms", "Record of employment (ROE)")),
    ("termination_letter", QT_TRANSLATE_NOOP("CaseForms", "Termination or closure letter")),
    ("contract", QT_TRANSLATE_NOOP("CaseForms", "Employment or service contract")),
    ("release", QT_TRANSLATE_NOOP("CaseForms", "Release or settlement signed")),
    ("schedule", QT_TRANSLATE_NOOP("CaseForms", "Schedules or route screenshots")),
    ("app_screenshots", QT_TRANSLATE_NOOP("CaseForms", "Screenshots of the delivery app")),
    ("invoices", QT_TRANSLATE_NOOP("CaseForms", "Invoices to the delivery company")),
    ("tax_slips", QT_TRANSLATE_NOOP("CaseForms", "Tax slips (T4 / RL-1)")),
    ("badge", QT_TRANSLATE_NOOP("CaseForms", "Badge or uniform")),
]


class DocumentsBinding(Binding):
    """``documents_seen``: a checklist of stable codes plus free text for anything else (comma-separated)."""

    def __init__(self, path: str, parent: QWidget | None = None) -> None:
        box = QWidget(parent)
        grid = QGridLayout(box)
        grid.setContentsMargins(0, 0, 0, 0)
        self.boxes: dict[str, QCheckBox] = {}
        for i, (code, label) in enumerate(DOCUMENTS):
            check = QCheckBox(translate("CaseForms", label), box)
            check.clicked.connect(self._user_edit)
            self.boxes[code] = check
            grid.addWidget(check, i // 2, i % 2)
        self.other = QLineEdit(box)
        self.other.setPlaceholderText(translate("CaseForms", "Other documents, separated by commas"))
        self.other.setAccessibleName(translate("CaseForms", "Other documents"))
        self.other.textEdited.connect(self._user_edit)
        grid.addWidget(self.other, (len(DOCUMENTS) + 1) // 2, 0, 1, 2)
        super().__init__(path, box, next(iter(self.boxes.values())))
        self._value = []

    def _read(self) -> list[str]:
        out = [code for code, check in self.boxes.items() if check.isChecked()]
        out += [t.strip() for t in self.other.text().split(",") if t.strip()]
        return out

    def _show(self, value: Any) -> None:
        values = list(value or [])
        for code, check in self.boxes.items():
            blocked = check.blockSignals(True)
            check.setChecked(code in values)
            check.blockSignals(blocked)
        blocked = self.other.blockSignals(True)
        self.other.setText(", ".join(v for v in values if v not in self.boxes))
        self.other.blockSignals(blocked)


__all__ = ["DOCUMENTS", "PURPOSES", "DocumentsBinding", "PaymentsBinding", "RowError", "WeeklyWagesBinding"]
