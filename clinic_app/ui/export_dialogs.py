"""Export, bundle-export and bundle-import dialogs for coordinators.

The long work (export, bundle writing, bundle preview and import) runs on a worker thread through
:func:`~clinic_app.ui.operations.run_operation`, with a progress dialog whose Cancel answers: the window keeps
painting (an import of 100,000 cases takes minutes). A cancelled export leaves no file; a cancelled preview
writes nothing; a cancelled import rolls its one transaction back, so the database is as before it.

The dialogs hold no rules: columns, profiles, formats, merge planning and the messages of errors come from
:mod:`clinic_app.export`; this module only gathers choices and shows results (strings through ``tr()``).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from clinic_app.services.errors import write_failed
from clinic_app.services.progress import CancelToken, Progress
from clinic_app.ui.fit import fit_to_screen, make_scrollable
from clinic_app.ui.mnemonics import unique_in
from clinic_app.ui.operations import run_operation, show_message

if TYPE_CHECKING:
    from clinic_app.storage import CaseStore

__all__ = ["BundleExportDialog", "BundleImportDialog", "ExportDialog", "show_message", "ui_lang_of"]

MIN_BUNDLE_PASSPHRASE = 10


def ui_lang_of(widget: QWidget | None) -> str:
    """The interface language: the main window's ``ui_lang`` when a parent has one, else the locale's."""
    w = widget
    while w is not None:
        lang = getattr(w, "ui_lang", None)
        if lang in ("fr", "en"):
            return str(lang)
        w = w.parentWidget()
    # No main window: follow the translation actually installed, so that the export layer's messages and
    # column labels come in the same language as this dialog's own strings.
    probe = "Export cases"
    if QCoreApplication.translate("ExportDialog", probe) != probe:
        return "fr"
    return "en" if QLocale().language() in (QLocale.Language.English, QLocale.Language.C) else "fr"


def _file_row(edit: QLineEdit, button: QPushButton) -> QWidget:
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(edit, 1)
    layout.addWidget(button)
    return row


class ExportDialog(QDialog):
    """Export the cases (all, or filtered) to CSV or XLSX, full or de-identified, with chosen columns."""

    def __init__(self, store: CaseStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from clinic_app.export.columns import COLUMNS

        self.store = store
        self.lang = ui_lang_of(parent)
        self.last_count: int | None = None
        self.setWindowTitle(self.tr("Export cases"))
        layout = QVBoxLayout(self)

        what = QGroupBox(self.tr("File"))
        form = QFormLayout(what)
        self.format = QComboBox()
        self.format.addItem(self.tr("CSV for French Excel (semicolons, decimal comma)"), "excel-fr")
        self.format.addItem(self.tr("CSV for other tools (commas, decimal point)"), "plain")
        self.format.addItem(self.tr("Excel workbook (XLSX)"), "xlsx")
        form.addRow(self.tr("&Format:"), self.format)
        self.headers = QComboBox()
        self.headers.addItem(self.tr("Column names (stable, for scripts)"), "names")
        self.headers.addItem(self.tr("Column labels (in the program's language, for people)"), "labels")
        form.addRow(self.tr("Column &headers:"), self.headers)
        self.full = QRadioButton(self.tr("&Full: for the clinic's lawyers"))
        self.deid = QRadioButton(self.tr("&De-identified: no names, contacts, addresses, immigration status or "
                                         "notes (campaigns, statistics)"))
        self.full.setChecked(True)
        self.profile_group = QButtonGroup(self)
        self.profile_group.addButton(self.full)
        self.profile_group.addButton(self.deid)
        box = QVBoxLayout()
        for radio in (self.full, self.deid):
            radio.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
            box.addWidget(radio)
        profile = QWidget()
        profile.setLayout(box)
        form.addRow(self.tr("Profile:"), profile)
        # A full export leaves the encrypted database: said before it is written, in words (not colour alone).
        self.unencrypted_warning = QLabel("⚠ " + self.tr(
            "The file will NOT be encrypted and holds the persons' names, contacts and facts. Save it only on the "
            "clinic's encrypted drive, never on a USB key or in an email, and delete it when done."))
        self.unencrypted_warning.setWordWrap(True)
        self.unencrypted_warning.setStyleSheet("font-weight: bold;")
        form.addRow("", self.unencrypted_warning)
        self.full.toggled.connect(self.unencrypted_warning.setVisible)
        self.path = QLineEdit()
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self.choose_file)
        form.addRow(self.tr("&Save as:"), _file_row(self.path, browse))
        layout.addWidget(what)

        which = QGroupBox(self.tr("Cases"))
        filters = QFormLayout(which)
        self.kind = QComboBox()
        self.kind.addItem(self.tr("All kinds"), "")
        self.kind.addItem(self.tr("Warehouse"), "warehouse")
        self.kind.addItem(self.tr("Driver"), "driver")
        filters.addRow(self.tr("&Kind:"), self.kind)
        self.status = QComboBox()
        self.status.addItem(self.tr("All statuses"), "")
        for value, text in (("draft", self.tr("Draft")), ("intake_complete", self.tr("Intake complete")),
                            ("reviewed", self.tr("Reviewed")), ("letter_sent", self.tr("Letter sent")),
                            ("closed", self.tr("Closed"))):
            self.status.addItem(text, value)
        filters.addRow(self.tr("S&tatus:"), self.status)
        self.site = QComboBox()
        self.site.addItem(self.tr("All sites and companies"), "")
        for code in sorted({e.code for e in store.list_establishments() if e.code}):
            self.site.addItem(code, code)
        filters.addRow(self.tr("S&ite:"), self.site)
        self.matching = QLabel()
        filters.addRow("", self.matching)
        for combo in (self.kind, self.status, self.site):
            combo.currentIndexChanged.connect(self._count_matching)
        layout.addWidget(which)

        cols = QGroupBox(self.tr("Columns"))
        cols_layout = QVBoxLayout(cols)
        self.columns = QListWidget()
        self.columns.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        for col in COLUMNS:
            item = QListWidgetItem(col.label(self.lang) + (self.tr(" (personal)") if col.personal else ""))
            item.setData(Qt.ItemDataRole.UserRole, col.name)
            item.setData(Qt.ItemDataRole.UserRole + 1, col.personal)
            item.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
            item.setCheckState(Qt.CheckState.Checked)
            self.columns.addItem(item)
        cols_layout.addWidget(self.columns)
        buttons_row = QHBoxLayout()
        all_button = QPushButton(self.tr("Select &all"))
        none_button = QPushButton(self.tr("Select &none"))
        all_button.clicked.connect(lambda: self._check_all(True))
        none_button.clicked.connect(lambda: self._check_all(False))
        buttons_row.addWidget(all_button)
        buttons_row.addWidget(none_button)
        buttons_row.addStretch(1)
        cols_layout.addLayout(buttons_row)
        layout.addWidget(cols, 1)

        self.result_label = QLabel()
        self.result_label.setWordWrap(True)
        layout.addWidget(self.result_label)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.export_button = self.buttons.addButton(self.tr("&Export"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.export_button.clicked.connect(self.run_export)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.deid.toggled.connect(self._profile_changed)
        self.format.currentIndexChanged.connect(self._format_changed)
        self._count_matching()
        unique_in(self)
        make_scrollable(self, 620, 720)

    # -- choices -----------------------------------------------------------------------------------------
    def _check_all(self, checked: bool) -> None:
        for i in range(self.columns.count()):
            item = self.columns.item(i)
            if item.flags() & Qt.ItemFlag.ItemIsEnabled:
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def _profile_changed(self, deidentified: bool) -> None:
        """De-identified: personal columns are unchecked and cannot be checked (the export would refuse)."""
        for i in range(self.columns.count()):
            item = self.columns.item(i)
            if item.data(Qt.ItemDataRole.UserRole + 1):
                flags = Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled
                item.setFlags(Qt.ItemFlag.NoItemFlags if deidentified else flags)
                item.setCheckState(Qt.CheckState.Unchecked if deidentified else Qt.CheckState.Checked)

    def _count_matching(self) -> None:
        """Say how many cases the filters select, before anything is written (a count in SQL: cheap)."""
        n = self.store.count_cases(self.query())
        self.matching.setText(self.tr("%n case(s) match.", "", n))

    def _format_changed(self) -> None:
        fmt = self.file_format()
        text = self.path.text().strip()
        if text:
            self.path.setText(str(Path(text).with_suffix(f".{fmt}")))

    def choose_file(self) -> None:
        fmt = self.file_format()
        profile = "deidentified" if self.deid.isChecked() else "full"
        suggested = self.path.text() or str(Path.home() / f"cases-{profile}-{dt.date.today().isoformat()}.{fmt}")
        flt = self.tr("CSV files (*.csv)") if fmt == "csv" else self.tr("Excel workbooks (*.xlsx)")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export cases"), suggested, flt)
        if path:
            self.path.setText(path)

    def file_format(self) -> str:
        """``csv`` or ``xlsx``: the format combo holds the CSV preset names and ``xlsx``."""
        return "xlsx" if self.format.currentData() == "xlsx" else "csv"

    def chosen_columns(self) -> list[str]:
        return [self.columns.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.columns.count())
                if self.columns.item(i).checkState() == Qt.CheckState.Checked]

    def query(self) -> Any:
        from clinic_app.domain.case import CaseKind, CaseStatus
        from clinic_app.storage import CaseQuery

        kind, status, site = self.kind.currentData(), self.status.currentData(), self.site.currentData()
        return CaseQuery(kinds=(CaseKind(kind),) if kind else (), statuses=(CaseStatus(status),) if status else (),
                         site=site or "", limit=None)

    # -- work ----------------------------------------------------------------------------------------------
    def run_export(self) -> None:
        """Export with a cancellable progress dialog; the result (or the error) is shown in the dialog."""
        from clinic_app.services import exports

        path = self.path.text().strip()
        if not path:
            self.choose_file()
            path = self.path.text().strip()
            if not path:
                return
        columns = self.chosen_columns()
        if not columns:
            show_message(self.result_label, self.tr("Choose at least one column."), error=True)
            return
        profile = "deidentified" if self.deid.isChecked() else "full"
        request = exports.ExportRequest(Path(path), self.file_format(), query=self.query(), columns=columns,
                                        preset=self.format.currentData(), profile=profile, lang=self.lang,
                                        headers=self.headers.currentData())

        def work(progress: Progress, cancel: CancelToken) -> int:
            try:
                return exports.export_cases(self.store, request, progress=progress, cancel=cancel)
            except OSError as exc:
                raise write_failed(path, exc) from None

        outcome = run_operation(self, work, lang=self.lang, label=self.tr("Exporting cases…"), thread=True,
                                where=self.result_label)
        if outcome.cancelled:
            show_message(self.result_label, self.tr("Export cancelled: no file was written."))
        elif outcome.value is not None:
            self.last_count = outcome.value
            text = self.tr("%n case(s) written to {0}.", "", outcome.value).format(path)
            if profile == "full":
                text += " " + self.tr("This file is not encrypted: it holds personal data.")
            show_message(self.result_label, text)


class BundleExportDialog(QDialog):
    """Write this laptop's cases (all, or changed since the last bundle) to an encrypted bundle."""

    def __init__(self, store: CaseStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from clinic_app.services.bundles import last_sent

        self.store = store
        self.lang = ui_lang_of(parent)
        self.last_count: int | None = None
        self.setWindowTitle(self.tr("Send cases to another laptop"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("The cases are written to one file, encrypted with a passphrase. Give the "
                               "passphrase to the coordinator by another way than the file (in person, by phone)."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.since_last = last_sent(store)
        self.all_cases = QRadioButton(self.tr("&All cases"))
        self.changed = QRadioButton(self.tr("Only cases &changed since the last bundle"))
        if self.since_last is None:
            self.changed.setEnabled(False)
            self.changed.setText(self.tr("Only cases changed since the last bundle (no bundle made yet)"))
        else:
            local = self.since_last.astimezone().strftime("%Y-%m-%d %H:%M")
            self.changed.setText(self.tr("Only cases &changed since the last bundle ({0})").format(local))
        self.all_cases.setChecked(True)
        scope_box = QGroupBox(self.tr("Cases"))  # its own box: long choices widen the dialog, never clipped
        scope = QVBoxLayout(scope_box)
        for radio in (self.all_cases, self.changed):
            # A radio button may shrink below its text by default; these must show it whole.
            radio.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
            scope.addWidget(radio)
        layout.addWidget(scope_box)
        self.with_files = QCheckBox()  # off by default: attachments can make a bundle very large
        self.with_files.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
        layout.addWidget(self.with_files)
        self.changed.toggled.connect(self._show_files_size)
        self._show_files_size()
        self.pass1 = QLineEdit()
        self.pass1.setEchoMode(QLineEdit.EchoMode.Password)
        self.pass2 = QLineEdit()
        self.pass2.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("&Passphrase:"), self.pass1)
        form.addRow(self.tr("&Again:"), self.pass2)
        self.path = QLineEdit()
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self.choose_file)
        form.addRow(self.tr("&Save as:"), _file_row(self.path, browse))
        layout.addLayout(form)
        self.result_label = QLabel()
        self.result_label.setWordWrap(True)
        layout.addWidget(self.result_label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.export_button = buttons.addButton(self.tr("&Write bundle"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.export_button.clicked.connect(self.run_export)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        unique_in(self)

    def _show_files_size(self) -> None:
        """The attachments' size for the chosen cases, shown before the choice to include them."""
        from clinic_app.services.bundles import attachments_size

        files, size = attachments_size(self.store, changed_since_last=self.changed.isChecked())
        self.with_files.setText(self.tr("Include the attachments (%n file(s), {0} MB)", "", files)
                                .format(f"{size / 1_048_576:.1f}"))

    def choose_file(self) -> None:
        suggested = self.path.text() or str(
            Path.home() / f"cases-{self.store.laptop_id}-{dt.date.today().isoformat()}.clinicbundle")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Write bundle"), suggested,
                                              self.tr("Case bundles (*.clinicbundle)"))
        if path:
            self.path.setText(path)

    def run_export(self) -> None:
        from clinic_app.services import bundles

        p1, p2 = self.pass1.text(), self.pass2.text()
        if len(p1) < MIN_BUNDLE_PASSPHRASE:
            show_message(self.result_label, self.tr("The passphrase must have at least {0} characters.").format(
                MIN_BUNDLE_PASSPHRASE), error=True)
            return
        if p1 != p2:
            show_message(self.result_label, self.tr("The two passphrases differ."), error=True)
            return
        path = self.path.text().strip()
        if not path:
            self.choose_file()
            path = self.path.text().strip()
            if not path:
                return
        since = self.since_last if self.changed.isChecked() else None
        with_files = self.with_files.isChecked()

        def work(progress: Progress, cancel: CancelToken) -> int:
            try:
                return bundles.send(self.store, path, p1, since=since, progress=progress, cancel=cancel,
                                    include_attachments=with_files)
            except OSError as exc:
                raise write_failed(path, exc) from None

        outcome = run_operation(self, work, lang=self.lang, label=self.tr("Writing the bundle…"), thread=True,
                                where=self.result_label)
        if outcome.cancelled:
            show_message(self.result_label, self.tr("Cancelled: no bundle was written."))
        elif outcome.value is not None:
            self.last_count = outcome.value
            show_message(self.result_label, self.tr("%n case(s) written to the bundle {0}.", "", outcome.value)
                         .format(path))


class BundleImportDialog(QDialog):
    """Open a bundle, preview the merge (added, updated, conflicts, unchanged), settle conflicts, import."""

    def __init__(self, store: CaseStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.lang = ui_lang_of(parent)
        self.prepared: Any = None
        self.result_preview: Any = None
        self.setWindowTitle(self.tr("Receive cases from another laptop"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.path = QLineEdit()
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self.choose_file)
        form.addRow(self.tr("&Bundle:"), _file_row(self.path, browse))
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("&Passphrase:"), self.passphrase)
        layout.addLayout(form)
        self.path.textChanged.connect(self._forget_preview)
        self.passphrase.textChanged.connect(self._forget_preview)
        self.preview_button = QPushButton(self.tr("&Preview"))
        self.preview_button.clicked.connect(self.run_preview)
        row = QHBoxLayout()
        row.addWidget(self.preview_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.summary = QLabel(self.tr("Nothing is written before you press Import."))
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.table = QTableWidget(0, 6)
        self.table.setHorizontalHeaderLabels([self.tr("What"), self.tr("Case"), self.tr("Name"), self.tr("Site"),
                                              self.tr("Changed here"), self.tr("Changed in bundle")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 6)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.table, 1)
        self.conflict_box = QGroupBox(self.tr("Conflicts: changed on both laptops since the last bundle"))
        conflict_layout = QVBoxLayout(self.conflict_box)
        self.conflicts = QTableWidget(0, 4)
        self.conflicts.setHorizontalHeaderLabels([self.tr("Case"), self.tr("Name"), self.tr("Changed here / in bundle"),
                                                  self.tr("Decision")])
        self.conflicts.verticalHeader().setVisible(False)
        self.conflicts.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.conflicts.horizontalHeader().setStretchLastSection(True)
        conflict_layout.addWidget(self.conflicts)
        self.conflict_box.hide()
        layout.addWidget(self.conflict_box, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.import_button = buttons.addButton(self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self.run_import)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        unique_in(self)
        fit_to_screen(self, 760, 620)

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open bundle"), self.path.text() or str(Path.home()),
                                              self.tr("Case bundles (*.clinicbundle);;All files (*)"))
        if path:
            self.path.setText(path)

    def _forget_preview(self) -> None:
        """Another file or passphrase: the preview shown no longer describes what Import would write."""
        if self.prepared is not None:
            self.prepared = None
            self.import_button.setEnabled(False)
            show_message(self.summary, self.tr("Press Preview again: the bundle or the passphrase changed."))

    def _stamp(self, value: dt.datetime | None) -> str:
        return value.astimezone().strftime("%Y-%m-%d %H:%M") if value is not None else ""

    def run_preview(self) -> None:
        """Decrypt and plan (cancellable); show the plan; nothing is written."""
        from clinic_app.services import bundles

        path, passphrase = self.path.text().strip(), self.passphrase.text()
        if not path or not passphrase:
            show_message(self.summary, self.tr("Choose the bundle file and type its passphrase."), error=True)
            return
        self.prepared = None
        self.import_button.setEnabled(False)
        outcome = run_operation(
            self, lambda progress, cancel: bundles.plan_receive(self.store, path, passphrase, progress=progress,
                                                                cancel=cancel),
            lang=self.lang, label=self.tr("Reading the bundle…"), thread=True, where=self.summary)
        if outcome.cancelled:
            show_message(self.summary, self.tr("Preview cancelled: nothing was written."))
        elif outcome.value is not None:
            self.prepared = outcome.value
            self.show_preview(self.prepared.preview)

    def show_preview(self, preview: Any) -> None:
        c = preview.counts()
        show_message(self.summary, self.tr(
            "Bundle from laptop {0}: {1} to add, {2} to update, {3} in conflict, {4} unchanged, "
            "{5} newer here (kept). Nothing is written before you press Import.").format(
            preview.source_name, c["added"], c["updated"], c["conflicts"], c["unchanged"], c["kept_local"]))
        rows = [(self.tr("Add"), i) for i in preview.added] + [(self.tr("Update"), i) for i in preview.updated] + \
            [(self.tr("Kept here (newer)"), i) for i in preview.kept_local]
        self.table.setRowCount(len(rows))
        for r, (what, item) in enumerate(rows):
            for col, text in enumerate((what, item.case_number, item.display_name, item.site,
                                        self._stamp(item.local_updated_at), self._stamp(item.incoming_updated_at))):
                self.table.setItem(r, col, QTableWidgetItem(text))
        sites = [(self.tr("Add site"), s) for s in preview.sites_added] + \
            [(self.tr("Update site"), s) for s in preview.sites_updated]
        if sites:
            summary = self.summary.text()
            show_message(self.summary, summary + " " + self.tr(
                "Sites: {0} to add, {1} to update, {2} in conflict.").format(
                len(preview.sites_added), len(preview.sites_updated), len(preview.site_conflicts)))
        if preview.listed_in_part:  # a large bundle: every case counted, the first of each kind listed
            show_message(self.summary, self.summary.text() + " " + self.tr(
                "The table lists the first {0} cases of each kind, by case number.").format(
                max(len(preview.added), len(preview.updated), len(preview.kept_local))))
        self.table.setRowCount(len(rows) + len(sites))
        for r, (what, site) in enumerate(sites, start=len(rows)):
            for col, text in enumerate((what, "", site.employer_legal_name, site.code, "",
                                        ", ".join(self._site_field(f) for f in site.fields))):
                self.table.setItem(r, col, QTableWidgetItem(text))
        conflict_rows = [(item.uuid, item.case_number, item.display_name,
                          f"{self._stamp(item.local_updated_at)} / {self._stamp(item.incoming_updated_at)}")
                         for item in preview.conflicts]
        conflict_rows += [(site.id, self.tr("Site {0}").format(site.code), site.employer_legal_name,
                           self.tr("Different facts: {0}").format(", ".join(self._site_field(f) for f in site.fields)))
                          for site in preview.site_conflicts]
        self.conflicts.setRowCount(len(conflict_rows))
        for r, (uuid, number, name, when) in enumerate(conflict_rows):
            self.conflicts.setItem(r, 0, QTableWidgetItem(number))
            self.conflicts.setItem(r, 1, QTableWidgetItem(name))
            self.conflicts.setItem(r, 2, QTableWidgetItem(when))
            choice = QComboBox()
            choice.addItem(self.tr("Decide later (leave in conflict)"), "")
            choice.addItem(self.tr("Keep this laptop's version"), "mine")
            choice.addItem(self.tr("Take the bundle's version"), "theirs")
            choice.setProperty("case_uuid", uuid)
            self.conflicts.setCellWidget(r, 3, choice)
        self.conflict_box.setVisible(bool(conflict_rows))
        self.import_button.setEnabled(preview.writes_anything or bool(conflict_rows))

    def _site_field(self, name: str) -> str:
        """A site's fact named for a person (the merge reports field names)."""
        labels = {
            "code": self.tr("code"), "employer_legal_name": self.tr("employer"), "address": self.tr("address"),
            "jurisdiction": self.tr("jurisdiction"), "closure_date": self.tr("closure date"),
            "establishment_terminations": self.tr("employer's count"),
            "terminations_with_drivers": self.tr("count with drivers"),
            "collective_notice_weeks_given": self.tr("notice to the Minister"),
            "cnesst_inquiry_notice_date": self.tr("CNESST notice of inquiry"),
            "client_company": self.tr("client company"),
            "minister_notice_date": self.tr("date of the notice to the Minister"),
            "union_name": self.tr("union"), "collective_agreement": self.tr("collective agreement"),
        }
        return labels.get(name, name)

    def decisions(self) -> tuple[set[str], set[str]]:
        """UUIDs settled with the bundle's version, and with this laptop's, from the conflict table."""
        take: set[str] = set()
        keep: set[str] = set()
        for r in range(self.conflicts.rowCount()):
            choice = self.conflicts.cellWidget(r, 3)
            if not isinstance(choice, QComboBox):
                continue
            uuid = str(choice.property("case_uuid"))
            if choice.currentData() == "theirs":
                take.add(uuid)
            elif choice.currentData() == "mine":
                keep.add(uuid)
        return take, keep

    def run_import(self) -> None:
        """Write the previewed plan (with the conflicts settled as chosen) in one transaction."""
        from clinic_app.services import bundles

        if self.prepared is None:
            return
        take, keep = self.decisions()
        prepared = self.prepared.settle(take_incoming=take, keep_local=keep) if take or keep else self.prepared
        outcome = run_operation(
            self, lambda progress, cancel: bundles.receive(prepared, progress=progress, cancel=cancel),
            lang=self.lang, label=self.tr("Importing the cases…"), thread=True, where=self.summary)
        if outcome.value is None:  # a Cancel pressed once the cases were committed comes with the result
            if outcome.cancelled:
                show_message(self.summary, self.tr("Import cancelled: nothing was written. The preview still "
                                                   "holds: press Import to import it."))
            return
        result = outcome.value
        self.result_preview = result
        self.prepared = None
        self.import_button.setEnabled(False)
        c = result.counts()
        show_message(self.summary, self.tr(
            "Imported: {0} added, {1} updated; {2} conflict(s) left to settle.").format(
            c["added"], c["updated"], c["conflicts"]))
