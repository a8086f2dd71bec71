"""The viewer of one attachment, from memory: a PDF through QtPdf reading a QBuffer, an image through QImage from
bytes (turned by the stored rotation, scaled to the window), text as text.

Why from memory: a temporary file would leave a clear copy of a pay stub on the laptop's disk (and in its
backups), which the encrypted database exists to prevent. A file that cannot be drawn (a damaged PDF, a HEIC
photo Qt has no decoder for) is said in a sentence; the viewer never crashes on it.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, Qt
from PySide6.QtGui import QImage, QImageReader, QPixmap, QResizeEvent, QTransform
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from clinic_app.domain.attachments import AttachmentInfo, FileType, kind_label

translate = QCoreApplication.translate
#: Qt refuses to allocate more than this for one image (MB): a hostile file cannot exhaust memory.
IMAGE_ALLOCATION_LIMIT_MB = 512


def decode_image(data: bytes, rotation: int = 0) -> QImage | None:
    """A JPEG or PNG from memory, turned; None when Qt cannot decode it."""
    QImageReader.setAllocationLimit(IMAGE_ALLOCATION_LIMIT_MB)
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    reader.setAutoTransform(True)  # the phone's EXIF orientation
    image = reader.read()
    buffer.close()
    if image.isNull():
        return None
    return image.transformed(QTransform().rotate(rotation)) if rotation else image


class _ScaledImage(QLabel):
    """An image scaled to the label's size, keeping its proportions."""

    def __init__(self, image: QImage, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._pixmap = QPixmap.fromImage(image)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setMinimumSize(200, 200)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt name
        super().resizeEvent(event)
        self.setPixmap(self._pixmap.scaled(self.size(), Qt.AspectRatioMode.KeepAspectRatio,
                                           Qt.TransformationMode.SmoothTransformation))


class EvidenceViewer(QDialog):
    """Shows one attachment; ``problem`` holds the sentence shown when it cannot be drawn (else empty)."""

    def __init__(self, info: AttachmentInfo, data: bytes, *, ui_lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.info = info
        self.problem = ""
        self.setWindowTitle(f"{kind_label(info.kind, ui_lang)} — {info.filename}")
        self.resize(900, 700)
        layout = QVBoxLayout(self)
        self.content = self._content(info, data)
        layout.addWidget(self.content, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _content(self, info: AttachmentInfo, data: bytes) -> QWidget:
        if info.mime is FileType.PDF:
            return self._pdf(data)
        if info.mime is FileType.TEXT:
            text = QPlainTextEdit(self)
            text.setReadOnly(True)
            text.setPlainText(data.decode("utf-8", errors="replace"))
            return text
        image = decode_image(data, info.rotation) if info.mime in (FileType.JPEG, FileType.PNG) else None
        if image is None:
            if info.mime is FileType.HEIC:
                return self._say(translate("CaseForms", "This HEIC photo cannot be shown on this computer; it is "
                                                        "kept as it was received."))
            return self._say(translate("CaseForms", "This file cannot be shown (it may be damaged)."))
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(_ScaledImage(image, scroll))
        return scroll

    def _pdf(self, data: bytes) -> QWidget:
        from PySide6.QtPdf import QPdfDocument
        from PySide6.QtPdfWidgets import QPdfView

        self._buffer = QBuffer(self)  # kept alive as long as the document reads from it
        self._buffer.setData(QByteArray(data))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument(self)
        self.document.load(self._buffer)
        if self.document.status() != QPdfDocument.Status.Ready or self.document.pageCount() < 1:
            return self._say(translate("CaseForms", "This PDF cannot be shown (it may be damaged)."))
        view = QPdfView(self)
        view.setDocument(self.document)
        view.setPageMode(QPdfView.PageMode.MultiPage)
        view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        return view

    def _say(self, text: str) -> QLabel:
        self.problem = text
        label = QLabel(text, self)
        label.setWordWrap(True)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        return label
