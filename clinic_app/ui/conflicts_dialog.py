"""The conflict-of-interest dialog shown before a new case is first saved, when the check finds something.

Why before the save: a clinic may not take a case against a party it acts for, nor both sides of one dispute; the
volunteer sees what matched and why (from :func:`clinic_app.services.conflicts.check_case`), and decides:
cleared (the case is saved) or refer out (the case is not saved; the decision is recorded either way, audited).
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QListWidget, QPushButton, QVBoxLayout, QWidget

from clinic_app.domain.conflicts import ConflictHit, Decision
from clinic_app.ui.fit import fit_to_screen


class ConflictsDialog(QDialog):
    """``decision`` is set when the volunteer chose; None when the dialog was cancelled."""

    def __init__(self, hits: list[ConflictHit], *, ui_lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = "en" if ui_lang.startswith("en") else "fr"
        self.decision: Decision | None = None
        self.setWindowTitle(self.tr("Possible conflict of interest"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("The check found what follows. A clinic may not act against a party it acts for, "
                               "nor take both sides of one dispute. Decide before this case is saved; the decision "
                               "is recorded with your name."), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.hits = QListWidget(self)
        self.hits.setWordWrap(True)
        self.hits.setAccessibleName(self.tr("Matches found"))
        for hit in hits:
            self.hits.addItem("⚠ " + hit.message(self.lang))
        layout.addWidget(self.hits, 1)
        buttons = QDialogButtonBox(self)
        self.cleared = QPushButton(self.tr("&Cleared: no real conflict, save the case"), self)
        self.refer = QPushButton(self.tr("&Refer out: do not save this case"), self)
        buttons.addButton(self.cleared, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.refer, QDialogButtonBox.ButtonRole.DestructiveRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cleared.clicked.connect(lambda: self._choose(Decision.CLEARED))
        self.refer.clicked.connect(lambda: self._choose(Decision.REFER_OUT))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        fit_to_screen(self, 640, 360)

    def _choose(self, decision: Decision) -> None:
        self.decision = decision
        self.accept()
