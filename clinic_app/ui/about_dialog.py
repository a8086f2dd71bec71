"""The About dialog: the program's version and the licences of the third-party parts it bundles.

Why it reads files instead of hard-coding a list: ``resources/licenses/components.json`` (written by
``packaging/collect_licenses.py``) is the one list of bundled parts, also concatenated into
``THIRD-PARTY-NOTICES.txt`` in every installer. The versions come from ``versions.json``, which the
PyInstaller build writes with the versions it actually bundled; run from sources, they come from the
installed distributions. The LGPL asks that users can see these licences from the program itself.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFontDatabase, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from clinic_app._version import __version__
from clinic_app.components import PROGRAM_LICENSE, Component, third_party_components  # noqa: F401 - re-exported
from clinic_app.resources import resource_path
from clinic_app.ui.fit import fit_to_screen


class AboutDialog(QDialog):
    """Version, licence and third-party licences; pick a part in the table to read its licence text below."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("AboutDialog")
        self.setWindowTitle(self.tr("About Clinic Intake"))
        fit_to_screen(self, 780, 640)

        icon = QLabel()
        pixmap = QPixmap(str(resource_path("icons", "clinic-app-64.png")))
        if not pixmap.isNull():
            icon.setPixmap(pixmap)
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)

        title = QLabel("<h2>Clinic Intake</h2>")
        self.version_label = QLabel(self.tr("Version %1").replace("%1", __version__))
        self.version_label.setObjectName("versionLabel")
        self.version_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        blurb = QLabel(self.tr(
            "Intake forms, entitlement calculation and claim letters for workers laid off in Quebec. "
            "Works offline; case data stays encrypted on this computer."))
        blurb.setWordWrap(True)
        licence = QLabel(self.tr(
            "Free software under the GNU General Public License, version 3 or later (%1). "
            "It comes with no warranty.").replace("%1", PROGRAM_LICENSE))
        licence.setWordWrap(True)

        head_text = QVBoxLayout()
        for widget in (title, self.version_label, blurb, licence):
            head_text.addWidget(widget)
        head = QHBoxLayout()
        head.addWidget(icon)
        head.addLayout(head_text, 1)

        self.components = third_party_components()
        parts_title = QLabel(self.tr("This program includes the following third-party parts:"))
        self.component_list = QTreeWidget()
        self.component_list.setObjectName("componentList")
        self.component_list.setRootIsDecorated(False)
        self.component_list.setHeaderLabels([self.tr("Part"), self.tr("Version"), self.tr("Licence")])
        for component in self.components:
            item = QTreeWidgetItem([component.name, component.version, component.license])
            item.setToolTip(0, component.url)
            item.setToolTip(2, component.license)
            self.component_list.addTopLevelItem(item)
        header = self.component_list.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.licence_text = QPlainTextEdit()
        self.licence_text.setObjectName("licenceText")
        self.licence_text.setReadOnly(True)
        self.licence_text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.licence_text.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.component_list)
        splitter.addWidget(self.licence_text)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        self.component_list.currentItemChanged.connect(
            lambda current, _previous: self._show_licence(self.component_list.indexOfTopLevelItem(current)))

        notices = QLabel(self.tr("All the texts are also in the file %1 installed with the program.")
                         .replace("%1", "resources/licenses/THIRD-PARTY-NOTICES.txt"))
        notices.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)

        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(parts_title)
        layout.addWidget(splitter, 1)
        layout.addWidget(notices)
        layout.addWidget(buttons)
        if self.components:
            first = self.component_list.topLevelItem(0)
            if first is not None:
                self.component_list.setCurrentItem(first)
        else:
            self.licence_text.setPlainText(self.tr("The list of third-party parts is missing from this "
                                                   "installation."))

    def _show_licence(self, row: int) -> None:
        if not 0 <= row < len(self.components):
            return
        component = self.components[row]
        try:
            text = component.text_path.read_text(encoding="utf-8", errors="replace")
        except OSError:
            text = QCoreApplication.translate("AboutDialog", "The licence text of %1 is missing from this "
                                              "installation.").replace("%1", component.name)
        self.licence_text.setPlainText(text)
        self.licence_text.moveCursor(self.licence_text.textCursor().MoveOperation.Start)
