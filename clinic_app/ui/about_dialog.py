"""The About dialog: the program's version and the licences of the third-party parts it bundles.

Why it reads files instead of hard-coding a list: ``resources/licenses/components.json`` (written by
``packaging/collect_licenses.py``) is the one list of bundled parts, also concatenated into
``THIRD-PARTY-NOTICES.txt`` in every installer. The versions come from ``versions.json``, which the
PyInstaller build writes with the versions it actually bundled; run from sources, they come from the
installed distributions. The LGPL asks that users can see these licences from the program itself.
"""

from __future__ import annotations

import importlib.metadata as md
import json
import platform
from dataclasses import dataclass
from pathlib import Path

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
from clinic_app.resources import resource_path

# SPDX identifier of the program's own licence (pyproject.toml).
PROGRAM_LICENSE = "GPL-3.0-or-later"
_FONT_LICENCE_MARKERS = ("licen", "ofl", "copying")


@dataclass(frozen=True)
class Component:
    """One bundled third-party part: what it is, its licence, its version if known, its licence text file."""

    name: str
    license: str
    version: str
    text_path: Path
    url: str = ""


def _versions(folder: Path) -> dict[str, str]:
    """Versions recorded by the build, else those of the installed distributions (running from sources)."""
    recorded = folder / "versions.json"
    if recorded.is_file():
        try:
            return {str(k): str(v) for k, v in json.loads(recorded.read_text(encoding="utf-8")).items()}
        except (OSError, ValueError):
            return {}
    return {}


def _installed_version(distribution: str | None) -> str:
    if not distribution:
        return ""
    try:
        return md.version(distribution)
    except md.PackageNotFoundError:
        return ""


def third_party_components() -> list[Component]:
    """The bundled parts with their licences, from resources/licenses and the fonts' own licence files.

    A missing or damaged manifest gives an empty list (the dialog then says where the notices file is)
    rather than an error: an About box must always open.
    """
    folder = resource_path("licenses")
    try:
        manifest = json.loads((folder / "components.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        manifest = []
    versions = _versions(folder)
    found: list[Component] = []
    for entry in manifest:
        dist = entry.get("distribution")
        if entry.get("key") == "python":
            version = versions.get("Python", "") or platform.python_version()
        else:
            version = versions.get(dist or "", "") or _installed_version(dist)
        found.append(Component(name=str(entry.get("name", "?")), license=str(entry.get("license", "?")),
                               version=version, text_path=folder / str(entry.get("file", "")),
                               url=str(entry.get("url", ""))))
    fonts = resource_path("fonts")
    if fonts.is_dir():
        for text in sorted(fonts.rglob("*")):
            if text.is_file() and any(m in text.name.lower() for m in _FONT_LICENCE_MARKERS):
                licence = "OFL-1.1" if "ofl" in text.name.lower() else text.stem
                found.append(Component(name=f"Font: {text.parent.name if text.parent != fonts else text.stem}",
                                       license=licence, version="", text_path=text))
    return found


class AboutDialog(QDialog):
    """Version, licence and third-party licences; pick a part in the table to read its licence text below."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("AboutDialog")
        self.setWindowTitle(self.tr("About Clinic Intake"))
        self.resize(780, 640)

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
