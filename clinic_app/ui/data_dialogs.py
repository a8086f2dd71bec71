"""Data-safety dialogs: change the passphrase, back up now, list and restore backups, erase old closed cases.

Why a dialog and not only the CLI: the people who most need these (a coordinator closing the evening) never open a
terminal. The dialogs hold no rule of their own; they call the store and show its StorageError messages.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from clinic_app.services import backups, purge
from clinic_app.services import passphrase as passphrases
from clinic_app.ui.export_dialogs import ui_lang_of
from clinic_app.ui.fit import fit_to_screen
from clinic_app.ui.operations import run_operation, show_message

if TYPE_CHECKING:
    from clinic_app.storage import CaseRow, CaseStore

MIN_PASSPHRASE = passphrases.MIN_LENGTH


class ChangePassphraseDialog(QDialog):
    """Re-key the open encrypted database; the new passphrase is typed twice."""

    def __init__(self, store: CaseStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.lang = ui_lang_of(parent)
        self.setWindowTitle(self.tr("Change the data passphrase"))
        layout = QVBoxLayout(self)
        warn = QLabel(self.tr(
            "A forgotten passphrase cannot be recovered: without it, the cases cannot be read by anyone. "
            "Backups made before this change keep the old passphrase."))
        warn.setWordWrap(True)
        layout.addWidget(warn)
        form = QFormLayout()
        self.new1 = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.new2 = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        form.addRow(self.tr("&New passphrase:"), self.new1)
        form.addRow(self.tr("&Repeat it:"), self.new2)
        layout.addLayout(form)
        self.result_label = QLabel()
        self.result_label.setWordWrap(True)
        layout.addWidget(self.result_label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.apply)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def apply(self) -> bool:
        """Check both entries, re-key; on any problem say so here and keep the dialog open."""
        a, b = self.new1.text(), self.new2.text()
        if len(a) < MIN_PASSPHRASE:
            show_message(self.result_label, self.tr("The new passphrase needs at least 8 characters."), error=True)
            return False
        if a != b:
            show_message(self.result_label, self.tr("The two passphrases differ; type the same one twice."),
                         error=True)
            return False
        outcome = run_operation(self, lambda _progress, _cancel: passphrases.change(self.store, a), lang=self.lang,
                                where=self.result_label)
        if not outcome.ok:
            return False
        self.accept()
        return True


class BackupDialog(QDialog):
    """The backups of this database (newest first) and 'Back up now'."""

    def __init__(self, store: CaseStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.lang = ui_lang_of(parent)
        self.setWindowTitle(self.tr("Backups"))
        fit_to_screen(self, 620, 360)
        layout = QVBoxLayout(self)
        self.table = QTreeWidget()
        self.table.setRootIsDecorated(False)
        self.table.setHeaderLabels([self.tr("Date"), self.tr("Reason"), self.tr("Size")])
        layout.addWidget(self.table)
        self.result_label = QLabel()
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.result_label)
        row = QHBoxLayout()
        self.now_button = QPushButton(self.tr("&Back up now"))
        self.now_button.clicked.connect(self.backup_now)
        self.folder_button = QPushButton(self.tr("&Open folder"))
        self.folder_button.clicked.connect(self.open_folder)
        self.restore_button = QPushButton(self.tr("&Restore…"))
        self.restore_button.setToolTip(self.tr("Replace the cases by the chosen backup (the current database is "
                                               "backed up first)"))
        self.restore_button.clicked.connect(self.restore_selected)
        self.restore_button.setEnabled(False)
        self.table.currentItemChanged.connect(lambda item, _old: self.restore_button.setEnabled(
            item is not None and backups.has_backups(self.store)))
        self.table.itemActivated.connect(lambda _item, _col: self.restore_selected())
        self.restored: backups.Restored | None = None
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)
        row.addWidget(self.now_button)
        row.addWidget(self.restore_button)
        row.addWidget(self.folder_button)
        row.addStretch(1)
        row.addWidget(close)
        layout.addLayout(row)
        if not backups.has_backups(store):
            self.now_button.setEnabled(False)
            self.folder_button.setEnabled(False)
            from clinic_app.storage import StorageError

            show_message(self.result_label, StorageError("no_backup_for_server").message(self.lang))
        self.refresh()

    def refresh(self) -> None:
        """Re-read the backup folder."""
        self.table.clear()
        for backup in backups.list_backups(self.store):
            size = f"{backup.path.stat().st_size / 1024:,.0f} KB" if backup.path.exists() else ""
            QTreeWidgetItem(self.table, [backup.when, backup.reason, size]).setData(
                0, Qt.ItemDataRole.UserRole, str(backup.path))
        for col in range(3):
            self.table.resizeColumnToContents(col)

    def backup_now(self) -> None:
        outcome = run_operation(self, lambda _progress, _cancel: backups.backup_now(self.store, "manual"),
                                lang=self.lang, label=self.tr("Backing up…"), thread=True, where=self.result_label)
        if outcome.value is None:
            return
        path = outcome.value
        show_message(self.result_label, self.tr("Backup written and verified: %1").replace("%1", str(path)))
        self.refresh()

    def open_folder(self) -> None:
        if self.store.backup_dir is None:
            return
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.store.backup_dir))):
            # no file manager on this laptop (or none that answers): say where the folder is instead
            show_message(self.result_label, self.tr("No file manager could open the folder. The backups are in: "
                                                    "%1").replace("%1", str(self.store.backup_dir)), error=True)

    # -- restore ----------------------------------------------------------------------------------------
    def restore_selected(self) -> bool:
        """Restore the chosen backup: its date and case count shown, confirmed, the current file kept first."""
        from PySide6.QtWidgets import QInputDialog, QMessageBox

        from clinic_app.errors import ClinicError
        from clinic_app.storage import CaseQuery

        item = self.table.currentItem()
        if item is None or not backups.has_backups(self.store):
            return False
        from pathlib import Path

        source = Path(str(item.data(0, Qt.ItemDataRole.UserRole)))
        when = item.text(0)
        backup_key: str | None = None
        while True:
            try:
                count = backups.backup_case_count(self.store, source, backup_key)
                break
            except ClinicError as exc:
                if exc.code != "backup_passphrase":
                    show_message(self.result_label, exc.message(self.lang), error=True)
                    return False
                text, ok = QInputDialog.getText(
                    self, self.tr("Passphrase of the backup"),
                    self.tr("This backup was made with an earlier passphrase. Type that passphrase:"),
                    QLineEdit.EchoMode.Password)
                if not ok or not text:
                    return False
                backup_key = text
        now = self.store.count_cases(CaseQuery(limit=None))
        question = self.tr("Restore the backup of %1 (UTC)?").replace("%1", when) + "\n\n" + \
            self.tr("It holds %n case(s).", "", count) + " " + \
            self.tr("The database holds %n case(s) now.", "", now) + "\n\n" + \
            self.tr("What was entered since that backup is replaced by it. The current database is backed up "
                    "first, so this can be undone by restoring that copy.")
        answer = QMessageBox.question(self, self.tr("Restore a backup"), question,
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                      QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return False
        outcome = run_operation(self, lambda _p, _c: backups.restore_open(self.store, source, backup_key),
                                lang=self.lang, label=self.tr("Restoring…"), where=self.result_label)
        if outcome.value is None:
            return False
        self.restored = outcome.value
        show_message(self.result_label, self.tr("Restored: %n case(s). The previous database was kept as %1.", "",
                                                outcome.value.cases).replace("%1", str(outcome.value.previous_copy)))
        self.refresh()
        return True


DEFAULT_RETENTION_DAYS = 3 * 365  # == services.purge.DEFAULT_RETENTION_DAYS (a test checks the places agree)


class PurgeDialog(QDialog):
    """Closed cases older than the retention period: listed first, erased only after an explicit confirmation."""

    def __init__(self, store: CaseStore, parent: QWidget | None = None) -> None:
        from PySide6.QtWidgets import QCheckBox, QSpinBox

        super().__init__(parent)
        self.store = store
        self.lang = ui_lang_of(parent)
        self.erased: int | None = None
        self.setWindowTitle(self.tr("Erase old closed cases"))
        fit_to_screen(self, 620, 420)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.days = QSpinBox()
        self.days.setRange(purge.MIN_RETENTION_DAYS, 36500)  # never below the legal minimum (docs/storage.md)
        self.days.setValue(purge.retention_days(store))
        self.days.valueChanged.connect(self.refresh)
        form.addRow(self.tr("Closed more than (&days):"), self.days)
        layout.addLayout(form)
        self.table = QTreeWidget()
        self.table.setRootIsDecorated(False)
        self.table.setHeaderLabels([self.tr("Case"), self.tr("Name"), self.tr("Status"), self.tr("Last change")])
        layout.addWidget(self.table)
        self.confirm = QCheckBox()
        self.confirm.toggled.connect(self._update_button)
        layout.addWidget(self.confirm)
        self.result_label = QLabel()
        self.result_label.setWordWrap(True)
        layout.addWidget(self.result_label)
        row = QHBoxLayout()
        self.erase_button = QPushButton()
        self.erase_button.clicked.connect(self.erase)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)
        row.addStretch(1)
        row.addWidget(self.erase_button)
        row.addWidget(close)
        layout.addLayout(row)
        self.candidates: list[CaseRow] = []
        self.refresh()

    def refresh(self) -> None:
        from clinic_app.ui.duplicates_dialog import status_label

        self.candidates = purge.candidates(self.store, self.days.value())
        self.table.clear()
        for c in self.candidates:
            QTreeWidgetItem(self.table, [c.case_number, c.display_name,
                                         status_label(getattr(c.status, "value", c.status)),
                                         c.updated_at.strftime("%Y-%m-%d")])
        for col in range(4):
            self.table.resizeColumnToContents(col)
        n = len(self.candidates)
        self.confirm.setChecked(False)
        self.confirm.setText(self.tr("I understand these %n case(s) will be erased for good.", "", n))
        self.erase_button.setText(self.tr("Erase %n case(s)", "", n))
        self._update_button()

    def _update_button(self) -> None:
        self.erase_button.setEnabled(bool(self.candidates) and self.confirm.isChecked())

    def erase(self) -> None:
        if not (self.candidates and self.confirm.isChecked()):
            return
        rows = self.candidates
        outcome = run_operation(self, lambda _progress, _cancel: purge.erase(self.store, rows), lang=self.lang,
                                where=self.result_label)
        if outcome.value is None:
            return
        self.erased = outcome.value
        self.refresh()
        show_message(self.result_label, self.tr("%n case(s) erased.", "", self.erased))


def export_person_data(parent: QWidget | None, store: CaseStore, case_uuid: str) -> str | None:
    """Save everything held about a case's person as UTF-8 JSON (access request); atomic write. Returns the path."""
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    title = QCoreApplication.translate("QDialog", "Export everything about this person")
    path, _ = QFileDialog.getSaveFileName(parent, title,
                                          "access-request.json", "JSON (*.json)")
    if not path:
        return None
    from clinic_app.services import access

    try:
        access.export_person(store, case_uuid, path)
    except OSError as err:
        QMessageBox.warning(parent, QCoreApplication.translate("QDialog", "Export"), str(err.strerror or err))
        return None
    return path
