"""First run (no database yet): choose the data passphrase and the basic settings, then create the encrypted DB.

One dialog rather than a multi-page wizard: every field fits on a 1366x768 screen and the volunteer sees at once
what is asked. The passphrase is typed twice, with a strength hint and the warning that a forgotten passphrase
means the data is lost (there is no recovery by design).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from clinic_app.services.purge import MIN_RETENTION_DAYS
from clinic_app.ui.fit import make_scrollable
from clinic_app.ui.mnemonics import unique_in
from clinic_app.ui.settings_dialog import DEFAULT_RETENTION_DAYS, folder_row

MIN_LENGTH = 10


@dataclass
class FirstRunAnswers:
    """What the first-run dialog collected."""

    passphrase: str
    clinic_name: str
    letterhead: str
    volunteer_name: str
    ui_lang: str
    retention_days: int
    backup_folder: str


def strength(passphrase: str) -> int:
    """0 (too short) .. 3 (strong): length first, then variety of character classes."""
    if len(passphrase) < MIN_LENGTH:
        return 0
    classes = sum(any(f(c) for c in passphrase) for f in (str.islower, str.isupper, str.isdigit,
                                                           lambda c: not c.isalnum()))
    words = len(passphrase.split())
    if len(passphrase) >= 20 or words >= 4:
        return 3
    return 2 if classes >= 3 else 1


class FirstRunDialog(QDialog):
    """Collects FirstRunAnswers; ``answers`` is set when accepted."""

    def __init__(self, *, ui_lang: str = "fr", backup_folder: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.answers: FirstRunAnswers | None = None
        self.setWindowTitle(self.tr("Clinic Intake — first start"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Welcome. The cases are kept encrypted on this laptop. Choose the data passphrase "
                               "the volunteers of this clinic will type to open them."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        warning = QLabel(self.tr("<b>Write the passphrase down and keep it safe: if it is forgotten, the data "
                                 "cannot be recovered by anyone.</b>"))
        warning.setWordWrap(True)
        layout.addWidget(warning)

        form = QFormLayout()
        self.pass1 = QLineEdit()
        self.pass1.setEchoMode(QLineEdit.EchoMode.Password)
        self.pass2 = QLineEdit()
        self.pass2.setEchoMode(QLineEdit.EchoMode.Password)
        self.hint = QLabel()
        self.pass1.textChanged.connect(self._update_hint)
        form.addRow(self.tr("&Passphrase:"), self.pass1)
        form.addRow(self.tr("&Again:"), self.pass2)
        form.addRow("", self.hint)
        self.clinic_name = QLineEdit()
        form.addRow(self.tr("Clinic &name:"), self.clinic_name)
        self.letterhead = QPlainTextEdit()
        self.letterhead.setTabChangesFocus(True)
        self.letterhead.setFixedHeight(60)
        form.addRow(self.tr("&Address (letterhead):"), self.letterhead)
        self.volunteer = QLineEdit()
        form.addRow(self.tr("&Your name:"), self.volunteer)
        self.lang = QComboBox()
        self.lang.addItem("Français", "fr")
        self.lang.addItem("English", "en")
        self.lang.setCurrentIndex(max(0, self.lang.findData(ui_lang)))
        form.addRow(self.tr("&Language:"), self.lang)
        self.retention = QSpinBox()
        self.retention.setRange(MIN_RETENTION_DAYS, 3650)  # the legal minimum: docs/storage.md
        self.retention.setValue(DEFAULT_RETENTION_DAYS)
        self.retention.setSuffix(self.tr(" days"))
        form.addRow(self.tr("&Keep closed cases for:"), self.retention)
        self.backup = QLineEdit(backup_folder)
        form.addRow(self.tr("&Backup folder:"), folder_row(self.backup, self, self.tr("Backup folder")))
        layout.addLayout(form)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.error)
        for edit in (self.pass1, self.pass2):  # an error about the passphrase goes once it is being retyped
            edit.textChanged.connect(lambda _t: self.error.hide())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Create"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._update_hint("")
        unique_in(self)
        make_scrollable(self, 520)

    def _update_hint(self, text: str) -> None:
        texts = (self.tr("Too short: at least {0} characters.").format(MIN_LENGTH), self.tr("Weak: add words."),
                 self.tr("Fair."), self.tr("Strong."))
        self.hint.setText(texts[strength(text)])

    def accept(self) -> None:
        """Check the passphrase (length, both entries equal) before closing."""
        p1, p2 = self.pass1.text(), self.pass2.text()
        if len(p1) < MIN_LENGTH:
            self._error(self.tr("Passphrase: at least {0} characters are needed.").format(MIN_LENGTH))
            return
        if p1 != p2:
            self._error(self.tr("Passphrase: the two entries differ. Type the same passphrase twice."))
            return
        self.answers = FirstRunAnswers(
            passphrase=p1, clinic_name=self.clinic_name.text().strip(),
            letterhead=self.letterhead.toPlainText().strip(), volunteer_name=self.volunteer.text().strip(),
            ui_lang=self.lang.currentData(), retention_days=self.retention.value(),
            backup_folder=self.backup.text().strip())
        super().accept()

    def _error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
