"""Data-safety dialogs: change the passphrase, back up now and list backups.

Why a dialog and not only the CLI: the people who most need these (a coordinator closing the evening) never open a
terminal. The dialogs hold no rule of their own; they call the store and show its StorageError messages.
"""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton,
                               QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget)

from clinic_app.ui.export_dialogs import show_message, ui_lang_of

MIN_PASSPHRASE = 8


class ChangePassphraseDialog(QDialog):
    """Re-key the open encrypted database; the new passphrase is typed twice."""

    def __init__(self, store: Any, parent: QWidget | None = None) -> None:
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
        from clinic_app.storage.errors import StorageError

        a, b = self.new1.text(), self.new2.text()
        if len(a) < MIN_PASSPHRASE:
            show_message(self.result_label, self.tr("The new passphrase needs at least 8 characters."), error=True)
            return False
        if a != b:
            show_message(self.result_label, self.tr("The two passphrases differ; type the same one twice."),
                         error=True)
            return False
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.store.change_passphrase(a)
        except StorageError as err:
            show_message(self.result_label, err.message(self.lang), error=True)
            return False
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.accept()
        return True


class BackupDialog(QDialog):
    """The backups of this database (newest first) and 'Back up now'."""

    def __init__(self, store: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.lang = ui_lang_of(parent)
        self.setWindowTitle(self.tr("Backups"))
        self.resize(620, 360)
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
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)
        row.addWidget(self.now_button)
        row.addWidget(self.folder_button)
        row.addStretch(1)
        row.addWidget(close)
        layout.addLayout(row)
        if store.path is None or store.backup_dir is None:
            self.now_button.setEnabled(False)
            self.folder_button.setEnabled(False)
            from clinic_app.storage.errors import StorageError
            show_message(self.result_label, StorageError("no_backup_for_server").message(self.lang))
        self.refresh()

    def refresh(self) -> None:
        """Re-read the backup folder."""
        from clinic_app.storage.backup import list_backups

        self.table.clear()
        if self.store.backup_dir is None or self.store.path is None:
            return
        for path, stamp, reason in list_backups(self.store.backup_dir, self.store.path.stem):
            when = f"{stamp[0:4]}-{stamp[4:6]}-{stamp[6:8]} {stamp[9:11]}:{stamp[11:13]}"
            size = f"{path.stat().st_size / 1024:,.0f} KB" if path.exists() else ""
            QTreeWidgetItem(self.table, [when, reason, size]).setData(0, Qt.ItemDataRole.UserRole, str(path))
        for col in range(3):
            self.table.resizeColumnToContents(col)

    def backup_now(self) -> None:
        from clinic_app.storage.errors import StorageError

        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            path = self.store.backup_now("manual")
        except StorageError as err:
            show_message(self.result_label, err.message(self.lang), error=True)
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        show_message(self.result_label, self.tr("Backup written and verified: %1").replace("%1", str(path)))
        self.refresh()

    def open_folder(self) -> None:
        if self.store.backup_dir is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.store.backup_dir)))


DEFAULT_RETENTION_DAYS = 3 * 365  # the same default as the settings dialog, first run and `purge`


class PurgeDialog(QDialog):
    """Closed cases older than the retention period: listed first, erased only after an explicit confirmation."""

    def __init__(self, store: Any, parent: QWidget | None = None) -> None:
        from PySide6.QtWidgets import QCheckBox, QSpinBox

        super().__init__(parent)
        self.store = store
        self.lang = ui_lang_of(parent)
        self.erased: int | None = None
        self.setWindowTitle(self.tr("Erase old closed cases"))
        self.resize(620, 420)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.days = QSpinBox()
        self.days.setRange(1, 36500)
        try:
            days = int(store.get_setting("retention_days", str(DEFAULT_RETENTION_DAYS)) or DEFAULT_RETENTION_DAYS)
        except ValueError:
            days = DEFAULT_RETENTION_DAYS
        self.days.setValue(days)
        self.days.valueChanged.connect(self.refresh)
        form.addRow(self.tr("Closed more than (&days):"), self.days)
        layout.addLayout(form)
        self.table = QTreeWidget()
        self.table.setRootIsDecorated(False)
        self.table.setHeaderLabels([self.tr("Case"), self.tr("Status"), self.tr("Last change")])
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
        self.candidates: list[Any] = []
        self.refresh()

    def refresh(self) -> None:
        from clinic_app.ui.duplicates_dialog import status_label

        self.candidates = self.store.purge_candidates(self.days.value())
        self.table.clear()
        for c in self.candidates:
            QTreeWidgetItem(self.table, [c.case_number, status_label(getattr(c.status, "value", c.status)),
                                         c.updated_at.strftime("%Y-%m-%d")])
        for col in range(3):
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
        self.erased = self.store.purge([c.uuid for c in self.candidates])
        self.refresh()
        show_message(self.result_label, self.tr("%n case(s) erased.", "", self.erased))


def export_person_data(parent: QWidget | None, store: Any, case_uuid: str) -> str | None:
    """Save everything held about a case's person as UTF-8 JSON (access request); atomic write. Returns the path."""
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    path, _ = QFileDialog.getSaveFileName(parent, QDialog.tr("Export everything about this person"),
                                          "access-request.json", "JSON (*.json)")
    if not path:
        return None
    from clinic_app.export.access import write_person_export

    try:
        write_person_export(store, case_uuid, path)
    except OSError as err:
        QMessageBox.warning(parent, QDialog.tr("Export"), str(err.strerror or err))
        return None
    return path
