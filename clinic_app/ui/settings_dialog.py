"""Settings: per-laptop preferences (QSettings) and, when a database is open, the clinic profile and the
retention period (stored in the database so every laptop of the clinic shares them).

A language change applies as soon as the dialog is saved: the main window rebuilds itself in the new language
and keeps what is open and typed (``MainWindow.change_language``); the dialog says so.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from clinic_app.services.purge import MIN_RETENTION_DAYS
from clinic_app.ui.fit import make_scrollable
from clinic_app.ui.mnemonics import unique_in
from clinic_app.ui.settings import AppSettings

if TYPE_CHECKING:
    from clinic_app.storage import CaseStore

RETENTION_KEY = "retention_days"
DEFAULT_RETENTION_DAYS = 3 * 365


def folder_row(edit: QLineEdit, parent: QWidget, caption: str) -> QWidget:
    """A line edit with a "Browse…" button choosing a folder."""
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(edit, 1)
    button = QPushButton(QCoreApplication.translate("SettingsDialog", "Browse…"))

    def choose() -> None:
        folder = QFileDialog.getExistingDirectory(parent, caption, edit.text())
        if folder:
            edit.setText(folder)

    button.clicked.connect(choose)
    layout.addWidget(button)
    return row


class SettingsDialog(QDialog):
    """Edit AppSettings and (with a store) the clinic profile and retention period."""

    def __init__(self, store: CaseStore | None, settings: AppSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.settings = settings
        self.setWindowTitle(self.tr("Settings"))
        layout = QVBoxLayout(self)

        laptop = QGroupBox(self.tr("This laptop"))
        form = QFormLayout(laptop)
        self.lang = QComboBox()
        self.lang.addItem("Français", "fr")
        self.lang.addItem("English", "en")
        self.lang.setCurrentIndex(max(0, self.lang.findData(settings.ui_lang)))
        form.addRow(self.tr("&Language:"), self.lang)
        lang_note = QLabel(self.tr("On Save, every window changes language at once; open cases and what was "
                                   "typed in them stay as they are."))
        lang_note.setWordWrap(True)
        form.addRow("", lang_note)
        self.volunteer = QLineEdit(settings.volunteer_name)
        form.addRow(self.tr("&Volunteer name:"), self.volunteer)
        self.backup = QLineEdit(settings.backup_folder)
        form.addRow(self.tr("&Backup folder:"), folder_row(self.backup, self, self.tr("Backup folder")))
        layout.addWidget(laptop)

        self.clinic_name = QLineEdit()
        self.letterhead = QPlainTextEdit()
        self.letterhead.setTabChangesFocus(True)
        self.letterhead.setFixedHeight(70)
        self.phone = QLineEdit()
        self.email = QLineEdit()
        self.signatory = QLineEdit()
        self.retention = QSpinBox()
        self.retention.setRange(MIN_RETENTION_DAYS, 3650)  # the legal minimum: docs/storage.md
        self.retention.setSuffix(self.tr(" days"))
        if store is not None:
            clinic = QGroupBox(self.tr("Clinic (shared by every laptop)"))
            cform = QFormLayout(clinic)
            profile = store.clinic_profile()
            self._profile = profile
            self.clinic_name.setText(profile.name)
            self.letterhead.setPlainText(profile.address)
            self.phone.setText(profile.phone)
            self.email.setText(profile.email)
            self.signatory.setText(profile.signatory)
            self.retention.setValue(int(store.get_setting(RETENTION_KEY, str(DEFAULT_RETENTION_DAYS))
                                        or DEFAULT_RETENTION_DAYS))
            cform.addRow(self.tr("Clinic &name:"), self.clinic_name)
            cform.addRow(self.tr("&Address (letterhead):"), self.letterhead)
            cform.addRow(self.tr("&Phone:"), self.phone)
            cform.addRow(self.tr("&Email:"), self.email)
            cform.addRow(self.tr("Letters &signed by:"), self.signatory)
            cform.addRow(self.tr("&Retention period:"), self.retention)
            layout.addWidget(clinic)
            layout.addWidget(self._data_box(store))

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        unique_in(self)
        make_scrollable(self, 560)

    def _data_box(self, store: CaseStore) -> QGroupBox:
        """The data itself: encrypted or not, where backups go, back up now, change the passphrase."""
        box = QGroupBox(self.tr("Data"))
        form = QFormLayout(box)
        self.encryption_state = QLabel(self.tr("Encrypted (SQLCipher)") if store.is_encrypted
                                       else self.tr("NOT encrypted"))
        form.addRow(self.tr("Database:"), self.encryption_state)
        row = QWidget()
        buttons = QHBoxLayout(row)
        buttons.setContentsMargins(0, 0, 0, 0)
        self.backup_now_button = QPushButton(self.tr("Back &up now"))
        self.backup_now_button.setEnabled(getattr(store, "backup_dir", None) is not None)
        self.backup_now_button.clicked.connect(self.backup_now)
        self.passphrase_button = QPushButton(self.tr("Change the &passphrase…"))
        self.passphrase_button.setEnabled(bool(store.is_encrypted))
        self.passphrase_button.clicked.connect(self.change_passphrase)
        buttons.addWidget(self.backup_now_button)
        buttons.addWidget(self.passphrase_button)
        buttons.addStretch(1)
        form.addRow("", row)
        self.data_message = QLabel()
        self.data_message.setWordWrap(True)
        form.addRow("", self.data_message)
        failed = getattr(store, "auto_backup_error", None)
        if failed is not None:  # said here too: the status bar is easy to miss
            self.data_message.setText(self.tr("The automatic backup failed: {0}").format(failed.message(self._lang())))
            self.data_message.setStyleSheet("font-weight: bold;")
        return box

    def _lang(self) -> str:
        return "en" if (self.settings.ui_lang or "fr").startswith("en") else "fr"

    def backup_now(self) -> None:
        from clinic_app.services import backups
        from clinic_app.ui.operations import run_operation

        store = self.store
        if store is None:
            return
        outcome = run_operation(self, lambda _progress, _cancel: backups.backup_now(store, "manual"),
                                lang=self._lang(), where=self.data_message, thread=True)
        if outcome.value is None:
            return
        made = outcome.value
        self.data_message.setText(self.tr("Verified backup written: {0}").format(made))
        self.data_message.setStyleSheet("")
        store.auto_backup_error = None

    def change_passphrase(self) -> bool:
        from clinic_app.ui.data_dialogs import ChangePassphraseDialog  # the one dialog, also in the File menu

        if self.store is None:
            return False
        dialog = ChangePassphraseDialog(self.store, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.data_message.setText(self.tr("Passphrase changed. Backups made before keep the old one."))
            return True
        return False

    def accept(self) -> None:
        """Write the preferences (and the clinic settings when a store is open)."""
        self.settings.ui_lang = self.lang.currentData()
        self.settings.volunteer_name = self.volunteer.text()
        self.settings.backup_folder = self.backup.text().strip()
        self.settings.sync()
        if self.store is not None:
            self.store.save_clinic_profile(dataclasses.replace(
                self._profile, name=self.clinic_name.text().strip(),
                address=self.letterhead.toPlainText().strip(), phone=self.phone.text().strip(),
                email=self.email.text().strip(), signatory=self.signatory.text().strip()))
            self.store.set_setting(RETENTION_KEY, str(self.retention.value()))
            self.store.actor = self.settings.volunteer_name
        super().accept()

