"""Ask the data passphrase at start; a wrong one shows our own message and asks again.

``opener(passphrase)`` does the real work (``open_store``); it raises WrongPassphraseError on a wrong
passphrase, which we recognise by its stable code (``ClinicError.code``) so this module does not import storage
(SQLAlchemy) before the dialog is on screen.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from clinic_app.errors import ClinicError
from clinic_app.ui.contrast import secondary_style

T = TypeVar("T")


def is_wrong_passphrase(exc: BaseException) -> bool:
    """True for storage's WrongPassphraseError (matched by its code: see module docstring)."""
    return isinstance(exc, ClinicError) and exc.code == "wrong_passphrase"


class PassphraseDialog(QDialog, Generic[T]):
    """Modal prompt; ``store`` holds what ``opener`` returned (the opened store, or at start-up the file opened
    with its first page read: ``storage.FirstLook``) after ``exec()`` returns Accepted."""

    def __init__(self, opener: Callable[[str], T], *, db_label: str = "", lang: str = "fr",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._opener = opener
        self._lang = lang
        self.store: T | None = None
        self.setWindowTitle(self.tr("Clinic Intake — passphrase"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Type the data passphrase to open the cases."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        if db_label:
            where = QLabel(db_label)
            where.setWordWrap(True)
            where.setStyleSheet(secondary_style(where))
            layout.addWidget(where)
        self.edit = QLineEdit()
        self.edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.edit.setAccessibleName(self.tr("Passphrase"))
        layout.addWidget(self.edit)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        self.error.hide()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.try_open)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)

    def try_open(self) -> None:
        """Open with the typed passphrase; on a wrong one, say so and keep the dialog open."""
        passphrase = self.edit.text()
        if not passphrase:
            self._show_error(self.tr("Type the passphrase."))
            return
        try:
            self.store = self._opener(passphrase)
        except ClinicError as exc:  # every storage problem becomes a message here
            if is_wrong_passphrase(exc):
                self._show_error(self.tr("This passphrase does not open the data. Check the keyboard language "
                                         "and Caps Lock, then try again."))
                self.edit.selectAll()
                return
            self._show_error(exc.message(self._lang))
            return
        self.accept()

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
        self.edit.setFocus()
        # A wrapped message needs more height than the dialog had: grow it, or the message is cut off.
        layout = self.layout()
        if layout is not None:
            layout.activate()
        wanted = self.heightForWidth(self.width())
        if wanted > self.height():
            self.resize(self.width(), wanted)
