"""The coordinators' summary screen: the same numbers as the PDF report, on screen, with a bar chart.

Computed by :func:`clinic_app.export.report.summary_of_store` (so screen and PDF never disagree), after the
tab is shown (a short timer) and with a cancellable progress dialog, since it reads every case. "Save as
PDF…" writes the report of what is on screen, without reading the cases again.

The chart is painted with QPainter rather than QtCharts: a dozen bars do not justify shipping another Qt
module in the installer.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QRectF, Qt, QTimer
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from clinic_app.ui.contrast import secondary_style
from clinic_app.ui.fit import make_scrollable

if TYPE_CHECKING:
    from clinic_app.storage import CaseStore

CHART_BARS = 14


class BarChart(QWidget):
    """Horizontal bars with their labels and values; the largest at the top."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.items: list[tuple[str, int]] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumHeight(60)

    def set_items(self, items: list[tuple[str, int]]) -> None:
        self.items = items
        self.setFixedHeight(28 + 22 * max(len(items), 1))
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        font = QFont(self.font())
        painter.setFont(font)
        metrics = painter.fontMetrics()
        label_w = max([metrics.horizontalAdvance(k) for k, _v in self.items] + [40]) + 12
        value_w = metrics.horizontalAdvance("000000") + 8
        top = 10
        biggest = max([v for _k, v in self.items] + [1])
        room = max(self.width() - label_w - value_w - 10, 10)
        bar = QColor("#1f5f99")
        for i, (label, value) in enumerate(self.items):
            y = top + i * 22
            painter.setPen(self.palette().text().color())
            painter.drawText(QRectF(0, y, label_w - 8, 18), Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                             label)
            width = room * value / biggest
            painter.fillRect(QRectF(label_w, y + 2, width, 14), bar)
            painter.drawText(QRectF(label_w + width + 4, y, value_w, 18), Qt.AlignmentFlag.AlignVCenter, str(value))
        painter.end()


def _table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    table.setAlternatingRowColors(True)
    return table


def _fill(table: QTableWidget, rows: list[list[str]], numeric_from: int = 1, *, fit: bool = True) -> None:
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            item = QTableWidgetItem(text)
            if c >= numeric_from:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            table.setItem(r, c, item)
    if fit:  # short tables show every row; long ones (deadlines) scroll
        table.resizeRowsToContents()
        height = table.horizontalHeader().sizeHint().height() + sum(table.rowHeight(r) for r in range(len(rows)))
        table.setFixedHeight(min(max(height + 2 * table.frameWidth(), 60), 260))


class SummaryView(QWidget):
    """Cases by site, kind, status and badge; totals owed, paid and shortfall; deadlines in 30 days."""

    def __init__(self, store: CaseStore, lang: str, parent: QWidget | None = None, *, today: dt.date | None = None,
                 auto_refresh: bool = True) -> None:
        super().__init__(parent)
        self.store = store
        self.lang = "en" if lang == "en" else "fr"
        self.today = today
        self.summary: Any = None
        outer = QVBoxLayout(self)
        top = QHBoxLayout()
        self.title = QLabel(self.tr("Summary of the cases"))
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.title.setFont(font)
        top.addWidget(self.title)
        top.addStretch(1)
        self.refresh_button = QPushButton(self.tr("&Refresh"))
        self.refresh_button.clicked.connect(self.refresh)
        self.pdf_button = QPushButton(self.tr("Save as &PDF…"))
        self.pdf_button.clicked.connect(self.save_pdf)
        self.pdf_button.setEnabled(False)
        top.addWidget(self.refresh_button)
        top.addWidget(self.pdf_button)
        outer.addLayout(top)

        totals = QGroupBox(self.tr("Totals"))
        grid = QGridLayout(totals)
        self.total_labels: dict[str, QLabel] = {}
        for i, (key, text) in enumerate((("cases", self.tr("Cases")),
                                         ("with_figures", self.tr("Cases with complete facts")),
                                         ("owed", self.tr("Amount owed")), ("paid", self.tr("Already paid")),
                                         ("shortfall", self.tr("Shortfall")))):
            grid.addWidget(QLabel(text), i // 3, (i % 3) * 2)
            value = QLabel("…")
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            bold = value.font()
            bold.setBold(True)
            value.setFont(bold)
            grid.addWidget(value, i // 3, (i % 3) * 2 + 1)
            self.total_labels[key] = value
        note = QLabel(self.tr("Amounts cover the cases with complete facts only."))
        note.setStyleSheet(secondary_style(note))
        grid.addWidget(note, 2, 0, 1, 6)
        outer.addWidget(totals)

        self.chart = BarChart()
        self.sites = _table([self.tr("Site or company"), self.tr("Cases"), self.tr("Amount owed"),
                             self.tr("Shortfall")])
        self.kinds = _table([self.tr("Kind"), self.tr("Cases")])
        self.statuses = _table([self.tr("Status"), self.tr("Cases")])
        self.badges = _table([self.tr("Badge (warehouse)"), self.tr("Cases")])
        middle = QHBoxLayout()
        middle.addWidget(self._boxed(self.tr("Cases by site or company"), self.chart), 1, Qt.AlignmentFlag.AlignTop)
        middle.addWidget(self._boxed(self.tr("By site or company"), self.sites), 1, Qt.AlignmentFlag.AlignTop)
        outer.addLayout(middle)
        counts = QHBoxLayout()
        for title, table in ((self.tr("By kind"), self.kinds), (self.tr("By status"), self.statuses),
                             (self.tr("By badge"), self.badges)):
            counts.addWidget(self._boxed(title, table), 1, Qt.AlignmentFlag.AlignTop)
        outer.addLayout(counts)
        self.deadlines_box = QGroupBox(self.tr("Deadlines in the next 30 days"))
        dl = QVBoxLayout(self.deadlines_box)
        self.deadlines = _table([self.tr("Date"), self.tr("Case"), self.tr("Site or company"), self.tr("Deadline")])
        self.deadlines.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 6)
        dl.addWidget(self.deadlines)
        outer.addWidget(self.deadlines_box, 1)
        self.passed_box = QGroupBox(self.tr("Claim deadlines passed (open cases with money to claim)"))
        pl = QVBoxLayout(self.passed_box)
        self.passed = _table([self.tr("Date"), self.tr("Case"), self.tr("Site or company"), self.tr("Passed")])
        self.passed.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 6)
        pl.addWidget(self.passed)
        outer.addWidget(self.passed_box, 1)
        make_scrollable(self, resize=False)  # a small screen scrolls the summary instead of growing the window
        if auto_refresh:
            QTimer.singleShot(0, self.refresh)

    @staticmethod
    def _boxed(title: str, widget: QWidget) -> QGroupBox:
        box = QGroupBox(title)
        box.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)  # as tall as its content
        layout = QVBoxLayout(box)
        layout.addWidget(widget)
        return box

    def _value(self, value: str) -> str:
        labels = {"warehouse": self.tr("Warehouse"), "driver": self.tr("Driver"), "draft": self.tr("Draft"),
                  "intake_complete": self.tr("Intake complete"), "reviewed": self.tr("Reviewed"),
                  "letter_sent": self.tr("Letter sent"), "closed": self.tr("Closed"),
                  "blue": self.tr("Blue (permanent)"), "white": self.tr("White (seasonal)"),
                  "-": self.tr("Not entered")}
        return labels.get(value, value)

    def refresh(self) -> bool:
        """Read every case (cancellable) and show the summary; False when cancelled."""
        from clinic_app.services import reports
        from clinic_app.ui.operations import run_operation

        today = self.today or dt.date.today()
        outcome = run_operation(
            self, lambda progress, cancel: reports.summary(self.store, today, progress=progress, cancel=cancel),
            lang=self.lang, label=self.tr("Adding up the cases…"), title=self.tr("Summary"), thread=True)
        if outcome.value is None:
            return False
        summary = outcome.value
        self.show_summary(summary)
        return True

    def show_summary(self, summary: Any) -> None:
        from clinic_app.domain.parsing import format_money
        from clinic_app.export.labels import STATUS_ORDER, deadline_label

        self.summary = summary
        lang = self.lang

        def money(value: Decimal) -> str:
            return format_money(value, lang)

        self.total_labels["cases"].setText(str(summary.total_cases))
        self.total_labels["with_figures"].setText(str(summary.with_figures))
        self.total_labels["owed"].setText(money(summary.owed))
        self.total_labels["paid"].setText(money(summary.paid))
        self.total_labels["shortfall"].setText(money(summary.shortfall))
        ranked = sorted(summary.by_site.items(), key=lambda kv: (-kv[1], kv[0]))
        items = ranked[:CHART_BARS]
        rest = sum(v for _k, v in ranked[CHART_BARS:])
        if rest:
            items.append((self.tr("Others"), rest))
        self.chart.set_items(items)
        _fill(self.sites, [[site, str(n), money(summary.owed_by_site.get(site, Decimal(0))),
                            money(summary.shortfall_by_site.get(site, Decimal(0)))] for site, n in ranked])

        def counted(counter: Counter[str], order: tuple[str, ...]) -> list[list[str]]:
            keys = [k for k in order if k in counter] + sorted(k for k in counter if k not in order)
            return [[self._value(k), str(counter[k])] for k in keys]

        _fill(self.kinds, counted(summary.by_kind, ("warehouse", "driver")))
        _fill(self.statuses, counted(summary.by_status, STATUS_ORDER))
        _fill(self.badges, counted(summary.by_badge, ("blue", "white", "-")))
        _fill(self.deadlines, [[d.date.isoformat(), d.case_number, d.site, deadline_label(d.kind, self.lang)]
                               for d in summary.deadlines], numeric_from=99, fit=False)
        self.deadlines_box.setTitle(self.tr("Deadlines in the next 30 days: %n", "", len(summary.deadlines)))
        today = summary.today
        _fill(self.passed, [[d.date.isoformat(), d.case_number, d.site,
                             self.tr("passed %n day(s) ago", "", (today - d.date).days)]
                            for d in summary.passed], numeric_from=99, fit=False)
        title = self.tr("Claim deadlines passed (open cases with money to claim): %n", "", summary.passed_total)
        if summary.passed_total > len(summary.passed):  # the most recent listed; View > Deadlines has them all
            title += " " + self.tr("(the %n most recent listed: View > Deadlines lists them all)", "",
                                   len(summary.passed))
        self.passed_box.setTitle(title)
        self.pdf_button.setEnabled(True)

    def save_pdf(self) -> None:
        if self.summary is None:
            return
        suggested = str(Path.home() / f"summary-{self.summary.today.isoformat()}.pdf")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the summary as PDF"), suggested,
                                              self.tr("PDF files (*.pdf)"))
        if not path:
            return
        self.write_pdf(path)

    def write_pdf(self, path: str) -> None:
        from clinic_app.services import reports

        try:
            reports.save_summary_pdf(self.summary, path, self.lang)
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Summary"),
                                self.tr("Cannot write {0}: {1}").format(path, exc.strerror or exc))
            return
        self.store.record_audit("report", detail=f"summary report n={self.summary.total_cases} lang={self.lang}")
