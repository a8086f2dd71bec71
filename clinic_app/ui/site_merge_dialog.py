"""The dialog that merges a duplicate site into another: which site is kept, and what will happen.

Why a confirmation with the numbers: a merge moves every case of the duplicate and removes it, on this laptop
and, through the next bundles, on the others; the coordinator sees how many cases move and that the kept
site's facts are not changed before anything is written. The merge itself is
:func:`clinic_app.services.sites.merge_sites`.
"""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from clinic_app.services.sites import SiteLine


class SiteMergeDialog(QDialog):
    """Choose the site that a duplicate is merged into; ``kept()`` is the choice once accepted."""

    def __init__(self, duplicate: SiteLine, others: list[SiteLine], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Merge a duplicate site"))
        self.others = others
        layout = QVBoxLayout(self)
        est = duplicate.establishment
        intro = QLabel(self.tr("The %n case(s) of {0} ({1}) will move to the site you choose, and {0} will be "
                               "removed from the list of sites.", "", duplicate.cases).format(
            est.code, est.employer_legal_name or "—"))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.target = QComboBox(self)
        for line in others:
            other = line.establishment
            self.target.addItem(self.tr("{0} — {1} (%n case(s))", "", line.cases).format(
                other.code, other.employer_legal_name or "—"), other.id)
        same = [i for i, line in enumerate(others)
                if line.establishment.code.strip().casefold() == est.code.strip().casefold()]
        if same:  # the likely twin first: same code typed another way
            self.target.setCurrentIndex(same[0])
        self.target.setAccessibleName(self.tr("Site kept"))
        label = QLabel(self.tr("Site &kept:"), self)
        label.setBuddy(self.target)
        form.addRow(label, self.target)
        layout.addLayout(form)
        note = QLabel(self.tr("The facts of the site kept (counts, notice to the Minister, dates) are not changed: "
                              "check them after the merge. The other laptops make the same merge when they "
                              "receive your next bundle."))
        note.setWordWrap(True)
        layout.addWidget(note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Merge"))
        ok.setEnabled(bool(others))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def kept(self) -> SiteLine | None:
        index = self.target.currentIndex()
        return self.others[index] if 0 <= index < len(self.others) else None
