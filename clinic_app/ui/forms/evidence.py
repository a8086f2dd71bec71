"""The Evidence section of the case editor: the checklist, add (button or drag and drop), thumbnails, viewer,
rotate, reduce, remove.

Why it holds no rule: which files are accepted, what the checklist is and what is missing all come from
:mod:`clinic_app.services.attachments` (the same answers ``clinic-app attach`` gives). The files go from disk to the
encrypted database and come back into memory only: thumbnails and the viewer decode bytes held in memory (QImage
from bytes, QtPdf from a QBuffer); no copy is ever written to disk.

Opening a case reads only the list (kinds, names, sizes); thumbnails are made when the section is first shown,
one per turn of the event loop, so a case with many photos opens as fast as one without.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QIcon, QImage, QPainter, QPixmap, QShowEvent, QTransform
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from clinic_app.domain.attachments import AttachmentInfo, AttachmentKind, FileType, kind_label, kinds_for
from clinic_app.errors import ClinicError
from clinic_app.services import attachments as svc

if TYPE_CHECKING:
    from clinic_app.domain.case import Case
    from clinic_app.storage import CaseStore

translate = QCoreApplication.translate
THUMB = QSize(120, 120)
_ID_ROLE = Qt.ItemDataRole.UserRole


def pdf_first_page(data: bytes, size: QSize = THUMB) -> QImage | None:
    """The first page of a PDF held in memory, drawn at ``size``; None for a PDF QtPdf cannot read."""
    from PySide6.QtPdf import QPdfDocument

    doc = QPdfDocument()
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    doc.load(buffer)
    try:
        if doc.status() != QPdfDocument.Status.Ready or doc.pageCount() < 1:
            return None
        page = doc.pagePointSize(0)
        if page.width() <= 0 or page.height() <= 0:
            return None
        scale = min(size.width() / page.width(), size.height() / page.height())
        image = doc.render(0, QSize(max(1, int(page.width() * scale)), max(1, int(page.height() * scale))))
        if image.isNull():
            return None
        sheet = QImage(image.size(), QImage.Format.Format_RGB32)  # a PDF page is transparent: put it on paper
        sheet.fill(Qt.GlobalColor.white)
        painter = QPainter(sheet)
        painter.drawImage(0, 0, image)
        painter.setPen(Qt.GlobalColor.gray)  # the sheet's edge: a white page on a white list
        painter.drawRect(0, 0, sheet.width() - 1, sheet.height() - 1)
        painter.end()
        return sheet
    finally:
        doc.close()
        buffer.close()


def thumbnail(info: AttachmentInfo, data: bytes) -> QImage | None:
    """A thumbnail of any attachment type, from memory; None when the file cannot be drawn (never raises)."""
    if info.mime in (FileType.JPEG, FileType.PNG):
        png = svc.thumbnail_png(data, info.mime, info.rotation, THUMB.width())
        if png is None:
            return None
        image = QImage.fromData(png)
        return None if image.isNull() else image
    if info.mime is FileType.PDF:
        page = pdf_first_page(data)
        if page is None or not info.rotation:
            return page
        return page.transformed(QTransform().rotate(info.rotation))
    return None


def _placeholder(text: str) -> QIcon:
    """A grey tile with the file type (HEIC, TXT, or a damaged file's type)."""
    pixmap = QPixmap(THUMB)
    pixmap.fill(Qt.GlobalColor.lightGray)
    painter = QPainter(pixmap)
    painter.drawText(pixmap.rect(), Qt.AlignmentFlag.AlignCenter, text)
    painter.end()
    return QIcon(pixmap)


class EvidencePanel(QWidget):
    """The attachments of one case. ``changed`` is emitted after any add, rotate or remove."""

    changed = Signal()

    def __init__(self, store: CaseStore, case: Case, *, ui_lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.case = case
        self.lang = ui_lang
        self.infos: list[AttachmentInfo] = []
        self._pending: list[str] = []  # attachment ids waiting for their thumbnail
        self._icons: dict[str, QIcon] = {}  # thumbnails made, by attachment id (in memory only)
        self._shown = False
        self.setAcceptDrops(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

        check_box = QGroupBox(translate("CaseForms", "Checklist"), self)
        check_layout = QVBoxLayout(check_box)
        self.checklist_label = QLabel(check_box)
        self.checklist_label.setTextFormat(Qt.TextFormat.PlainText)
        self.checklist_label.setWordWrap(True)
        check_layout.addWidget(self.checklist_label)
        layout.addWidget(check_box)

        add_row = QHBoxLayout()
        kind_label_widget = QLabel(translate("CaseForms", "&Kind of document:"), self)
        self.kind_combo = QComboBox(self)
        for kind in kinds_for(case.kind):
            self.kind_combo.addItem(kind_label(kind, self.lang), kind.value)
        kind_label_widget.setBuddy(self.kind_combo)
        self.add_button = QPushButton(translate("CaseForms", "&Add files…"), self)
        self.add_button.clicked.connect(self.choose_files)
        add_row.addWidget(kind_label_widget)
        add_row.addWidget(self.kind_combo, 1)
        add_row.addWidget(self.add_button)
        layout.addLayout(add_row)
        self.hint = QLabel(translate("CaseForms", "Or drop files here. PDF, JPEG, PNG, HEIC or text; at most 25 MB "
                                                  "per file. Files are kept encrypted in the case database."), self)
        self.hint.setWordWrap(True)
        layout.addWidget(self.hint)

        self.list = QListWidget(self)
        self.list.setViewMode(QListView.ViewMode.IconMode)
        self.list.setIconSize(THUMB)
        self.list.setGridSize(QSize(THUMB.width() + 60, THUMB.height() + 56))
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setMovement(QListView.Movement.Static)
        # IconMode makes the list accept drops itself (to move its items): files dropped on it must reach the panel.
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.NoDragDrop)
        self.list.setAcceptDrops(False)
        self.list.setWordWrap(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setAccessibleName(translate("CaseForms", "Documents of the case"))
        self.list.itemActivated.connect(lambda _item: self.view_selected())
        self.list.itemSelectionChanged.connect(self._update_buttons)
        layout.addWidget(self.list, 1)

        buttons = QHBoxLayout()
        self.view_button = QPushButton(translate("CaseForms", "&View"), self)
        self.view_button.clicked.connect(self.view_selected)
        self.rotate_button = QPushButton(translate("CaseForms", "&Rotate"), self)
        self.rotate_button.clicked.connect(self.rotate_selected)
        self.reduce_button = QPushButton(translate("CaseForms", "Make a smaller cop&y"), self)
        self.reduce_button.setToolTip(translate("CaseForms", "Adds a reduced copy of a large photo; the original "
                                                             "is kept"))
        self.reduce_button.clicked.connect(self.reduce_selected)
        self.remove_button = QPushButton(translate("CaseForms", "Re&move…"), self)
        self.remove_button.clicked.connect(lambda: self.remove_selected())
        for b in (self.view_button, self.rotate_button, self.reduce_button, self.remove_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.hide()
        layout.addWidget(self.message)

        self._thumb_timer = QTimer(self)
        self._thumb_timer.setInterval(0)
        self._thumb_timer.timeout.connect(self._next_thumbnail)
        self.reload()

    # -- state -------------------------------------------------------------------------------------------
    def _saved(self) -> bool:
        return bool(self.case.case_number)

    def set_case(self, case: Case) -> None:
        """After the case is saved (a new case gets its number and may now have files) or reloaded."""
        self.case = case
        self.reload()

    def reload(self) -> None:
        """Read the list (no bytes), show it with placeholders; thumbnails follow once the section is shown."""
        self.infos = svc.list_for(self.store, self.case.uuid) if self._saved() else []
        self.list.clear()
        for info in self.infos:
            icon = self._icons.get(info.id) or _placeholder(info.mime.name)
            item = QListWidgetItem(icon, f"{kind_label(info.kind, self.lang)}\n{info.filename}")
            item.setData(_ID_ROLE, info.id)
            item.setToolTip(f"{info.filename} — {info.size / 1_048_576:.2f} MB")
            self.list.addItem(item)
        self._pending = [i.id for i in self.infos
                         if i.mime in (FileType.JPEG, FileType.PNG, FileType.PDF) and i.id not in self._icons]
        if self._shown:
            self._thumb_timer.start()
        self._refresh_checklist()
        self._update_buttons()
        enabled = self._saved()
        self.add_button.setEnabled(enabled)
        self.kind_combo.setEnabled(enabled)
        self.hint.setText(translate("CaseForms", "Or drop files here. PDF, JPEG, PNG, HEIC or text; at most 25 MB "
                                                 "per file. Files are kept encrypted in the case database.")
                          if enabled else
                          translate("CaseForms", "Save the case once to add documents to it."))

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt name
        super().showEvent(event)
        if not self._shown:
            self._shown = True
            if self._pending:
                self._thumb_timer.start()

    def _next_thumbnail(self) -> None:
        """One thumbnail per turn of the event loop: the window stays responsive while they come."""
        if not self._pending:
            self._thumb_timer.stop()
            return
        ident = self._pending.pop(0)
        info = next((i for i in self.infos if i.id == ident), None)
        item = self._item(ident)
        if info is None or item is None:
            return
        try:
            data = svc.data_of(self.store, ident)
        except ClinicError:  # removed elsewhere meanwhile: the next reload drops it
            return
        image = thumbnail(info, data)
        icon = (QIcon(QPixmap.fromImage(image)) if image is not None
                else _placeholder(translate("CaseForms", "cannot be shown")))
        self._icons[ident] = icon
        item.setIcon(icon)

    def thumbnails_done(self) -> bool:
        return not self._pending

    def _item(self, ident: str) -> QListWidgetItem | None:
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.data(_ID_ROLE) == ident:
                return item
        return None

    def selected(self) -> AttachmentInfo | None:
        items = self.list.selectedItems()
        if not items:
            return None
        ident = items[0].data(_ID_ROLE)
        return next((i for i in self.infos if i.id == ident), None)

    def _update_buttons(self) -> None:
        info = self.selected()
        for b in (self.view_button, self.rotate_button, self.remove_button):
            b.setEnabled(info is not None)
        self.reduce_button.setEnabled(info is not None and info.mime in (FileType.JPEG, FileType.PNG))

    def checklist_text(self) -> str:
        lines = []
        for item in svc.checklist_for(self.case, self.infos):
            if not item.applies:
                continue
            label = kind_label(item.kind, self.lang)
            if item.missing:
                lines.append("☐ " + translate("CaseForms", "{0}: missing").format(label))
            else:
                lines.append("☑ " + self.tr("{0} (%n file(s))", "", item.count).format(label))
        return "\n".join(lines)

    def missing(self) -> list[AttachmentKind]:
        return [i.kind for i in svc.checklist_for(self.case, self.infos) if i.missing]

    def _refresh_checklist(self) -> None:
        self.checklist_label.setText(self.checklist_text())

    def _say(self, text: str, *, error: bool = False) -> None:
        self.message.setText(text)
        self.message.setStyleSheet("color: #b00020;" if error else "")
        self.message.setVisible(bool(text))

    # -- actions -----------------------------------------------------------------------------------------
    def current_kind(self) -> AttachmentKind:
        return AttachmentKind(self.kind_combo.currentData())

    def choose_files(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self, translate("CaseForms", "Add documents"), str(Path.home()),
            translate("CaseForms", "Documents (*.pdf *.jpg *.jpeg *.png *.heic *.heif *.txt);;All files (*)"))
        if paths:
            self.add_files([Path(p) for p in paths])

    def add_files(self, paths: list[Path]) -> int:
        """Attach ``paths`` with the chosen kind; each refused file is named with why. Returns how many were added."""
        if not self._saved():
            self._say(translate("CaseForms", "Save the case once to add documents to it."), error=True)
            return 0
        try:
            outcome = svc.attach_files(self.store, self.case.uuid, list(paths), self.current_kind())
        except ClinicError as exc:  # the database refused (locked, full, case gone): nothing was added
            self._say(exc.message(self.lang), error=True)
            return 0
        for ident, png in outcome.thumbnails.items():  # made while the photo was checked: no second decoding
            image = QImage.fromData(png)
            if not image.isNull():
                self._icons[ident] = QIcon(QPixmap.fromImage(image))
        self.reload()
        problems = [r.message(self.lang) for r in outcome.refused]
        if problems:
            self._say("\n".join(problems), error=True)
        else:
            self._say(self.tr("%n document(s) added.", "", len(outcome.stored)))
        if outcome.stored:
            self.changed.emit()
        return len(outcome.stored)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt name
        mime = event.mimeData()
        if self._saved() and mime.hasUrls() and all(u.isLocalFile() for u in mime.urls()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt name
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.add_files(paths)

    def view_selected(self) -> None:
        info = self.selected()
        if info is None:
            return
        from clinic_app.ui.forms.evidence_viewer import EvidenceViewer

        try:
            data = svc.data_of(self.store, info.id)
        except ClinicError as exc:
            self._say(exc.message(self.lang), error=True)
            self.reload()
            return
        EvidenceViewer(info, data, ui_lang=self.lang, parent=self).exec()

    def rotate_selected(self) -> None:
        info = self.selected()
        if info is None:
            return
        self._icons.pop(info.id, None)  # drawn again, turned
        try:
            svc.rotate(self.store, info.id)
        except ClinicError as exc:
            self._say(exc.message(self.lang), error=True)
        self._reselect_after(info.id)

    def reduce_selected(self) -> None:
        info = self.selected()
        if info is None:
            return
        try:
            small = svc.downscale(self.store, info.id)
        except ClinicError as exc:
            self._say(exc.message(self.lang), error=True)
            return
        self._reselect_after(small.id)
        self._say(translate("CaseForms", "A smaller copy was added ({0}); the original is kept.")
                  .format(small.filename))
        self.changed.emit()

    def remove_selected(self, *, confirm: bool = True) -> bool:
        info = self.selected()
        if info is None:
            return False
        if confirm:
            answer = QMessageBox.question(
                self, translate("CaseForms", "Remove a document"),
                translate("CaseForms", "Remove “{0}” from the case? The file is erased from the database.")
                .format(info.filename))
            if answer != QMessageBox.StandardButton.Yes:
                return False
        try:
            svc.remove(self.store, info.id)
        except ClinicError as exc:
            self._say(exc.message(self.lang), error=True)
        self.reload()
        self._say(translate("CaseForms", "“{0}” was removed.").format(info.filename))
        self.changed.emit()
        return True

    def _reselect_after(self, ident: str) -> None:
        self.reload()
        item = self._item(ident)
        if item is not None:
            self.list.setCurrentItem(item)
