"""Ask the data passphrase at start; a wrong one shows our own message and asks again.

``opener(passphrase)`` does the real work (``open_store``); it raises WrongPassphraseError on a wrong
passphrase, which we catch by class name so this module does not import storage (SQLAlchemy) before the dialog
is on screen.
"""

from __future__ import annotations

from typing import Any, Callable

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget


def is_wrong_passphrase(exc: BaseException) -> bool:
    """True for storage's WrongPassphraseError (matched by name: see module docstring)."""
    return any(cls.__name__ == "WrongPassphraseError" for cls in type(exc).__mro__)


class PassphraseDialog(QDialog):
    """Modal prompt; ``store`` holds the opened store after ``exec()`` returns Accepted."""

    def __init__(self, opener: Callable[[str], Any], *, db_label: str = "", lang: str = "fr",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._opener = opener
        self._lang = lang
        self.store: Any = None
        self.setWindowTitle(self.tr("Clinic Intake — passphrase"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Type the data passphrase to open the cases."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        if db_label:
            where = QLabel(db_label)
            where.setWordWrap(True)
            where.setStyleSheet("color: palette(mid);")
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
        except Exception as exc:  # noqa: BLE001 - every storage problem becomes a message here
            if is_wrong_passphrase(exc):
                self._show_error(self.tr("This passphrase does not open the data. Check the keyboard language "
                                         "and Caps Lock, then try again."))
                self.edit.selectAll()
                return
            message = getattr(exc, "message", None)
            if callable(message):
                self._show_error(message(self._lang))
                return
            raise
        self.accept()

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
        self.edit.setFocus()
