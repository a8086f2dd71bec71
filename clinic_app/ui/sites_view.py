"""The Sites tab: every establishment, and the one chosen added up on both counts, with its one-page PDF.

Why it only displays: the list and the totals come from :mod:`clinic_app.services.sites` (the same
``clinic-app sites`` prints), added up from the figures stored with each case. Editing a site opens the
site-details dialog the intake form uses and saves it through the store, which marks its cases' figures stale;
the main window recomputes them in the background (``figuresStale``) and, meanwhile, the site's figures say
"updating" instead of a total that would leave some cases out. Counts and amounts only: no person's name here.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from clinic_app.domain.case import Establishment
from clinic_app.domain.explain import long_date, number
from clinic_app.domain.parsing import format_money
from clinic_app.domain.site_view import MISSING_LABELS, SiteTotals
from clinic_app.services.sites import SiteLine
from clinic_app.storage import CaseStore
from clinic_app.ui.summary_view import BarChart


class SitesView(QWidget):
    """List of establishments on the left; the chosen one's facts, totals and chart on the right.

    ``figuresStale`` is emitted after a site's facts were saved: its cases' figures are to be recomputed."""

    figuresStale = Signal()
    # the keys of :attr:`fields` that show stored figures (said "updating" while some are being recomputed)
    FIGURE_FIELDS = ("computed", "passed", "not_yet_due", "owed", "owed_drivers", "difference", "claim",
                     "claim_drivers")

    def __init__(self, store: CaseStore, ui_lang: str, *, today: dt.date | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.lang = "en" if ui_lang.startswith("en") else "fr"
        self.today = today
        self.establishments: list[Establishment] = []
        self.lines: list[SiteLine] = []
        self.totals: SiteTotals | None = None

        outer = QVBoxLayout(self)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        outer.addWidget(split, 1)

        left = QWidget(split)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        headers = [self.tr("Code"), self.tr("Cases"), self.tr("Employer's count"), self.tr("Drivers counted"),
                   self.tr("Employer")]
        self.table = QTableWidget(0, len(headers), left)
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setAccessibleName(self.tr("Sites and companies"))
        self.table.itemSelectionChanged.connect(self._selected)
        left_layout.addWidget(self.table)
        buttons = QGridLayout()
        self.edit_button = QPushButton(self.tr("&Edit the site…"), left)
        self.edit_button.clicked.connect(self.edit_site)
        self.pdf_button = QPushButton(self.tr("One-page &PDF…"), left)
        self.pdf_button.clicked.connect(self.save_pdf)
        self.package_button = QPushButton(self.tr("CNESST complaint pac&kage…"), left)
        self.package_button.setToolTip(self.tr("The money complaint for the workers of this site whose consent lets "
                                               "the clinic act (LNT s. 102)"))
        self.package_button.clicked.connect(self.save_package)
        self.merge_button = QPushButton(self.tr("Mer&ge into another site…"), left)
        self.merge_button.setToolTip(self.tr("For a site entered twice: its cases move to the site you keep"))
        self.merge_button.clicked.connect(self.merge_site)
        # two rows of two: four buttons in one row made the list's side wider than a 1280x720 screen at 150 %
        # leaves it, and squeezed the site's figures (seen in a real window)
        buttons.addWidget(self.edit_button, 0, 0)
        buttons.addWidget(self.merge_button, 0, 1)
        buttons.addWidget(self.pdf_button, 1, 0)
        buttons.addWidget(self.package_button, 1, 1)
        buttons.setColumnStretch(2, 1)
        left_layout.addLayout(buttons)

        # The site's figures scroll rather than widen the window: at 150 % scaling on a 1280x720 screen the
        # labels and amounts do not fit beside the list (seen in a real window).
        scroll = QScrollArea(split)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        right = QWidget(scroll)
        scroll.setWidget(right)
        form = QFormLayout(right)
        # each value under its label: beside it, at 1280x720 and 150 % (seen in a real window) the labels took
        # the width and the values were squeezed to a letter a line
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.title = QLabel(right)
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        form.addRow(self.title)
        self.fields: dict[str, QLabel] = {}
        for key, label in (("client", self.tr("Client company")),
                           ("notice", self.tr("Notice to the Minister")),
                           ("union", self.tr("Union and agreement")),
                           ("cases", self.tr("Cases")), ("consents", self.tr("Consents allowing the clinic to act")),
                           ("computed", self.tr("Cases with complete figures")),
                           ("passed", self.tr("One-year claim passed")), ("not_yet_due", self.tr("Money not yet due")),
                           ("owed", self.tr("Amount owed, employer's count")),
                           ("owed_drivers", self.tr("Amount owed, drivers counted")),
                           ("difference", self.tr("Difference")),
                           ("claim", self.tr("Total claim, employer's count")),
                           ("claim_drivers", self.tr("Total claim, drivers counted"))):
            value = QLabel(right)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setWordWrap(True)  # a long agreement or company name wraps instead of widening the panel
            form.addRow(label, value)
            self.fields[key] = value
        self.missing = QLabel(right)
        self.missing.setWordWrap(True)
        form.addRow(self.missing)
        self.chart = BarChart(right)
        self.chart.setMinimumHeight(90)
        form.addRow(self.chart)
        self.message = QLabel(right)
        self.message.setWordWrap(True)
        form.addRow(self.message)
        split.addWidget(left)
        split.addWidget(scroll)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 1)
        split.setSizes([560, 440])  # the list needs its numbers, the figures their labels and amounts
        self.refresh()

    def day(self) -> dt.date:
        return self.today or dt.date.today()

    def refresh(self) -> None:
        from clinic_app.services import sites
        from clinic_app.ui.operations import run_operation

        outcome = run_operation(self, lambda _p, _c: sites.list_sites(self.store), lang=self.lang,
                                where=self.message)
        if outcome.value is None:
            return
        lines = outcome.value
        self.lines = lines
        self.establishments = [line.establishment for line in lines]
        self.table.setRowCount(len(lines))
        for i, line in enumerate(lines):
            est = line.establishment
            texts = [est.code, str(line.cases),
                     "?" if est.establishment_terminations is None else str(est.establishment_terminations),
                     "?" if est.terminations_with_drivers is None else str(est.terminations_with_drivers),
                     est.employer_legal_name]
            for col, text in enumerate(texts):
                item = QTableWidgetItem(text)
                if col in (1, 2, 3):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(i, col, item)
        if lines and not self.table.selectedItems():
            self.table.selectRow(0)

    def current(self) -> Establishment | None:
        row = self.table.currentRow()
        return self.establishments[row] if 0 <= row < len(self.establishments) else None

    def _selected(self) -> None:
        est = self.current()
        if est is not None:
            self.show_site(est)

    def show_site(self, est: Establishment) -> None:
        from clinic_app.services import sites
        from clinic_app.ui.operations import run_operation

        # Read from the stored figures: two grouped queries over the site's cases, 0.1 s for a site of 5,000
        # but 2 s for one of 47,000 in a file of 1,000,000. On a worker thread, so the window keeps painting; the
        # "Please wait…" dialog shows only past 300 ms (never for a usual site).
        day = self.day()
        outcome = run_operation(
            self, lambda _p, _c: sites.totals(self.store, est, day, refresh=False), lang=self.lang,
            thread=True, where=self.message)
        if outcome.value is None:
            return
        totals = self.totals = outcome.value
        lang = self.lang

        def money(value: Decimal | None) -> str:
            return "—" if value is None else format_money(value, lang)

        self.title.setText(f"{est.code} — {est.employer_legal_name}")
        if est.collective_notice_weeks_given is None:
            notice = self.tr("not known")
        else:
            notice = self.tr("{0} week(s)").format(number(est.collective_notice_weeks_given, lang))
        if est.minister_notice_date is not None:
            notice = self.tr("{0}, given on {1}").format(notice, long_date(est.minister_notice_date, lang))
        union = " — ".join(x for x in (est.union_name, est.collective_agreement) if x)
        values = {
            "client": est.client_company or "—", "notice": notice, "union": union or self.tr("none entered"),
            "cases": self.tr("{0} ({1} warehouse, {2} drivers)").format(totals.cases, totals.warehouse,
                                                                         totals.drivers),
            "consents": str(totals.consents_acting), "computed": str(totals.computed),
            "passed": str(totals.claim_passed), "not_yet_due": str(totals.not_yet_due),
            "owed": money(totals.owed), "owed_drivers": money(totals.owed_drivers),
            "difference": money(totals.difference), "claim": money(totals.claim),
            "claim_drivers": money(totals.claim_drivers),
        }
        if totals.updating:
            # some cases' figures are being recomputed: a sum without them would be a wrong number
            updating = self.tr("updating… (%n case(s))", "", totals.updating)
            values.update({key: updating for key in self.FIGURE_FIELDS})
        for key, text in values.items():
            self.fields[key].setText(text)
        self.missing.setText(self.tr("Missing facts: {0}").format(
            "; ".join(MISSING_LABELS[m][lang] for m in totals.missing)) if totals.missing else "")
        bars = [(self.tr("Employer's count"), int(totals.owed))]
        if totals.owed_drivers is not None:
            bars.append((self.tr("Drivers counted"), int(totals.owed_drivers)))
        self.chart.set_items([] if totals.updating else bars)

    def figures_updated(self) -> None:
        """Stale figures were recomputed (a batch of the main window's background work): show the site again
        if it was waiting for them."""
        est = self.current()
        if est is not None and self.totals is not None and self.totals.updating:
            self.show_site(est)

    def edit_site(self) -> None:
        import copy

        from clinic_app.ui.forms.establishment import EstablishmentDialog
        from clinic_app.ui.operations import run_operation

        est = self.current()
        if est is None:
            return
        dialog = EstablishmentDialog(copy.deepcopy(est), ui_lang=self.lang, parent=self)
        if not dialog.exec() or dialog.result_establishment is None:
            return
        edited = dialog.result_establishment
        outcome = run_operation(self, lambda _p, _c: self.store.save_establishment(edited), lang=self.lang,
                                where=self.message)
        if outcome.value is not None:
            row = self.table.currentRow()
            self.refresh()
            self.table.selectRow(row)
            self.figuresStale.emit()

    def merge_site(self, *, kept_id: str | None = None) -> None:
        """Merge the chosen site, a duplicate, into another one (asked in a dialog unless ``kept_id``)."""
        from clinic_app.services import sites
        from clinic_app.ui.operations import run_operation, show_message
        from clinic_app.ui.site_merge_dialog import SiteMergeDialog

        row = self.table.currentRow()
        if not 0 <= row < len(self.lines):
            return
        duplicate = self.lines[row]
        others = [line for line in self.lines if line.establishment.id != duplicate.establishment.id]
        if kept_id is None:
            dialog = SiteMergeDialog(duplicate, others, self)
            kept = dialog.kept() if dialog.exec() else None
        else:
            kept = next((line for line in others if line.establishment.id == kept_id), None)
        if kept is None:
            return
        outcome = run_operation(
            self, lambda _p, _c: sites.merge_sites(self.store, duplicate.establishment, kept.establishment),
            lang=self.lang, where=self.message, label=self.tr("Merging the sites…"), title=self.tr("Sites"))
        if outcome.value is None:
            return
        self.refresh()
        for i, est in enumerate(self.establishments):
            if est.id == kept.establishment.id:
                self.table.selectRow(i)
        show_message(self.message, self.tr("{0} merged into {1}: %n case(s) moved.", "", outcome.value).format(
            duplicate.establishment.code, kept.establishment.code))

    def save_pdf(self) -> None:
        from clinic_app.services import sites
        from clinic_app.ui.operations import run_operation, show_message

        est = self.current()
        if est is None:
            return
        path, _ = QFileDialog.getSaveFileName(self, self.tr("One-page PDF of the site"), f"site-{est.code}.pdf",
                                              self.tr("PDF (*.pdf)"))
        if not path:
            return
        outcome = run_operation(self, lambda _p, _c: sites.write_site_pdf(self.store, est, path, self.lang,
                                                                          as_of=self.day()),
                                lang=self.lang, where=self.message)
        if outcome.value is not None:
            show_message(self.message, self.tr("Written to {0}.").format(path))

    def save_package(self, folder: str | None = None) -> None:
        """Write the site's CNESST complaint package into a folder the coordinator chooses."""
        from clinic_app.services import complaint_package
        from clinic_app.ui.operations import run_operation, show_message

        est = self.current()
        if est is None:
            return
        if folder is None:
            folder = QFileDialog.getExistingDirectory(self, self.tr("Folder for the complaint package"))
        if not folder:
            return
        chosen = folder
        outcome = run_operation(
            self, lambda _p, _c: complaint_package.write_package(self.store, est, chosen, self.lang,
                                                                  as_of=self.day()),
            lang=self.lang, where=self.message, label=self.tr("Preparing the package…"), title=self.tr("Sites"))
        if outcome.value is not None:
            package, files = outcome.value
            show_message(self.message, self.tr("{0} worker(s) included, {1} case(s) not included (listed in the "
                                               "internal file); {2} file(s) in {3}.").format(
                len(package.rows), len(package.left_out), len(files), chosen))
