"""Letters in the GUI: preview a case's letters, print, save, open in the default viewer; batch letters.

Why the preview shows the very PDF that is saved or printed (Qt's PDF module renders the bytes
``render_letter`` produced): what staff check on screen is byte for byte what the employer receives, and
its SHA-256 is what the case records. Every letter saved, printed or opened is recorded with the case
(kind, language, recipient, date, SHA-256, figures); a letter only previewed is not.
"""

from __future__ import annotations

import datetime as dt
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QUrl
from PySide6.QtGui import QDesktopServices, QPainter
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from clinic_app.domain.case import Case
from clinic_app.export.atomic import write_bytes_atomic
from clinic_app.services import letters
from clinic_app.services.letters import BatchResult
from clinic_app.ui.fit import fit_to_screen
from clinic_app.ui.operations import run_operation

if TYPE_CHECKING:
    from clinic_app.letters.render import RenderedLetter
    from clinic_app.storage import CaseStore

__all__ = ["BatchResult", "LetterPreviewDialog", "run_batch_letters"]


def _kind_label(kind: str) -> str:
    return {
        "demand_employer": QApplication.translate("LetterPreviewDialog", "Formal notice to the employer"),
        "demand_driver": QApplication.translate("LetterPreviewDialog", "Formal notice (driver)"),
        "calculation_annex": QApplication.translate("LetterPreviewDialog", "Calculation annex"),
        "worker_summary": QApplication.translate("LetterPreviewDialog", "Summary for the worker"),
        "lawyer_worksheet": QApplication.translate("LetterPreviewDialog", "Lawyer's worksheet (internal, never sent)"),
    }.get(kind, kind)


class LetterPreviewDialog(QDialog):
    """Choose a letter of one case, see it, then print it, save it or open it in the default viewer."""

    def __init__(self, store: CaseStore, case_uuid: str, parent: QWidget | None = None, *, ui_lang: str | None = None,
                 today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.case_uuid = case_uuid
        self.ui_lang: str = ui_lang or str(getattr(parent, "ui_lang", "fr"))
        self.today = today or dt.date.today()
        self.source = letters.letter_source(store, case_uuid)
        self.case: Case = self.source.case
        self.letter: RenderedLetter | None = None
        self._buffer: QBuffer | None = None
        self._temp_dir: tempfile.TemporaryDirectory[str] | None = None
        self.setWindowTitle(QApplication.translate("LetterPreviewDialog", "Letters — {0}").format(
            self.case.case_number or self.case.display_name))
        fit_to_screen(self, 1000, 720)
        self._build()  # ends with _kind_changed(), which renders the first letter: once, not twice
        self._fill_history()

    # -- layout --------------------------------------------------------------------------------------------
    def _build(self) -> None:
        from PySide6.QtPdf import QPdfDocument
        from PySide6.QtPdfWidgets import QPdfView

        from clinic_app.letters.kinds import LetterKind

        self.kind = QComboBox()
        demand = LetterKind.DEMAND_DRIVER if self.case.driver is not None else LetterKind.DEMAND_EMPLOYER
        for kind in (demand, LetterKind.CALCULATION_ANNEX, LetterKind.WORKER_SUMMARY, LetterKind.LAWYER_WORKSHEET):
            self.kind.addItem(_kind_label(kind.value), kind.value)
        self.kind.setAccessibleName(QApplication.translate("LetterPreviewDialog", "Letter"))
        self.lang = QComboBox()
        self.lang.setAccessibleName(QApplication.translate("LetterPreviewDialog", "Letter language"))
        self.recipient = QComboBox()
        self.recipient.setAccessibleName(QApplication.translate("LetterPreviewDialog", "Recipient"))
        if self.case.driver is not None:
            driver = self.case.driver
            self.recipient.addItem(QApplication.translate("LetterPreviewDialog", "Delivery company: {0}").format(
                driver.dsp_legal_name), "dsp")
            self.recipient.addItem(QApplication.translate("LetterPreviewDialog", "Client: {0}").format(
                driver.client_name), "client")
        # Which count of terminations a demand claims on, when the site has a second one (drivers deemed its
        # employees): the choice is recorded with the letter (its figures' "count").
        self.count = QComboBox()
        self.count.setAccessibleName(QApplication.translate("LetterPreviewDialog", "Count of terminations"))
        est = self.source.establishment
        if est is not None and est.establishment_terminations is not None and \
                est.terminations_with_drivers is not None and \
                est.terminations_with_drivers != est.establishment_terminations:
            self.count.addItem(QApplication.translate("LetterPreviewDialog", "The employer's count: {0}").format(
                est.establishment_terminations), False)
            self.count.addItem(QApplication.translate(
                "LetterPreviewDialog", "Counting the drivers as employees: {0}").format(
                est.terminations_with_drivers), True)
        form = QFormLayout()
        form.addRow(QApplication.translate("LetterPreviewDialog", "&Letter:"), self.kind)
        form.addRow(QApplication.translate("LetterPreviewDialog", "L&anguage:"), self.lang)
        self.recipient_label = QLabel(QApplication.translate("LetterPreviewDialog", "&Recipient:"))
        self.recipient_label.setBuddy(self.recipient)
        form.addRow(self.recipient_label, self.recipient)
        self.count_label = QLabel(QApplication.translate("LetterPreviewDialog", "C&ount:"))
        self.count_label.setBuddy(self.count)
        form.addRow(self.count_label, self.count)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(QApplication.translate("LetterPreviewDialog", "Message"))
        self.history = QListWidget()
        self.history.setAccessibleName(
            QApplication.translate("LetterPreviewDialog", "Letters already made for this case"))
        left = QWidget()
        column = QVBoxLayout(left)
        column.addLayout(form)
        column.addWidget(self.message)
        column.addWidget(QLabel(QApplication.translate("LetterPreviewDialog", "Letters already made:")))
        column.addWidget(self.history, 1)
        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setAccessibleName(QApplication.translate("LetterPreviewDialog", "Letter preview"))
        split = QSplitter()
        split.addWidget(left)
        split.addWidget(self.view)
        split.setStretchFactor(1, 3)
        self.print_button = QPushButton(QApplication.translate("LetterPreviewDialog", "&Print…"))
        self.save_button = QPushButton(QApplication.translate("LetterPreviewDialog", "&Save as…"))
        self.open_button = QPushButton(QApplication.translate("LetterPreviewDialog", "&Open in the viewer"))
        # Offered once a demand left the program (saved, printed, opened): the status is staff's decision.
        self.sent_button = QPushButton(
            QApplication.translate("LetterPreviewDialog", "Mark the case as “Letter sent”"))
        self.sent_button.setVisible(False)
        close = QPushButton(QApplication.translate("LetterPreviewDialog", "Close"))
        buttons = QHBoxLayout()
        for b in (self.print_button, self.save_button, self.open_button):
            buttons.addWidget(b)
        buttons.addWidget(self.sent_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(split, 1)
        layout.addLayout(buttons)
        self.print_button.clicked.connect(self.print_letter)
        self.save_button.clicked.connect(self.save_as)
        self.open_button.clicked.connect(self.open_in_viewer)
        self.sent_button.clicked.connect(self.mark_sent)
        close.clicked.connect(self.accept)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.lang.currentIndexChanged.connect(lambda _i: self.refresh())
        self.recipient.currentIndexChanged.connect(lambda _i: self.refresh())
        self.count.currentIndexChanged.connect(lambda _i: self.refresh())
        self._kind_changed()

    def _kind_changed(self) -> None:
        """Languages offered follow the kind (Arabic: the worker's summary only); French or English letters
        start in the case's letter language, the summary in the worker's own language."""
        kind = self.kind.currentData()
        self.lang.blockSignals(True)
        self.lang.clear()
        self.lang.addItem(QApplication.translate("LetterPreviewDialog", "French"), "fr")
        self.lang.addItem(QApplication.translate("LetterPreviewDialog", "English"), "en")
        wanted = self.case.letter_language.value
        if kind == "worker_summary":
            self.lang.addItem(QApplication.translate("LetterPreviewDialog", "Arabic"), "ar")
            wanted = self.case.person.preferred_language.value
        index = self.lang.findData(wanted)
        self.lang.setCurrentIndex(max(index, 0))
        self.lang.blockSignals(False)
        demand = kind in ("demand_driver",)
        self.recipient.setVisible(demand)
        self.recipient_label.setVisible(demand)
        counted = self.count.count() > 0 and kind != "worker_summary"
        self.count.setVisible(counted)
        self.count_label.setVisible(counted)
        self.refresh()

    # -- rendering -----------------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Render the chosen letter and show it; a letter that cannot be written says why, in words."""
        from clinic_app.letters.render import LetterError

        self.letter = None
        try:
            self.letter = letters.render(self.source, kind=self.kind.currentData(),
                                         lang=self.lang.currentData() or "fr",
                                         recipient=self.recipient.currentData() or "dsp", today=self.today,
                                         count_drivers=bool(self.count.currentData()))
        except LetterError as err:
            self.message.setText(err.message(self.ui_lang))
        letter = self.letter
        for b in (self.print_button, self.save_button, self.open_button):
            b.setEnabled(letter is not None)
        if letter is None:
            self.document.close()
            return
        text = QApplication.translate("LetterPreviewDialog", "{0} page(s). SHA-256 {1}…").format(
            letter.pages, letter.sha256[:16])
        if letter.preflight is not None:  # what to check before sending, in words (pre-flight warnings)
            text = "\n".join([text, *("⚠ " + w for w in letter.preflight.warning_texts(self.ui_lang))])
        self.message.setText(text)
        self._buffer = QBuffer(self)  # kept alive as long as the document reads from it
        self._buffer.setData(QByteArray(letter.pdf))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(self._buffer)

    def _fill_history(self) -> None:
        self.history.clear()
        for rec in self.store.letters_for_case(self.case_uuid):
            self.history.addItem(f"{rec.created_at:%Y-%m-%d %H:%M} · {_kind_label(rec.kind)} · {rec.language} · "
                                 f"{rec.recipient} · {rec.sha256[:12]}")

    def _recorded(self, path: str) -> None:
        assert self.letter is not None
        letters.record(self.store, self.case_uuid, self.letter, path)
        self._fill_history()
        self._offer_sent()

    def _offer_sent(self) -> None:
        """After a demand left the program, offer to set the case's status to "letter sent"."""
        if self.letter is not None and letters.can_mark_sent(self.case, self.letter):
            self.sent_button.setVisible(True)

    def mark_sent(self) -> None:
        from clinic_app.errors import ClinicError

        try:
            self.case = letters.mark_sent(self.store, self.case_uuid)
        except ClinicError as err:
            self.message.setText(err.message(self.ui_lang))
            return
        self.sent_button.setVisible(False)
        self.message.setText(QApplication.translate("LetterPreviewDialog", "The case is marked “Letter sent”."))

    def _file_name(self) -> str:
        """``<case>-<kind>[-dsp|-client]-<lang>.pdf``: a driver's two demands never share a name."""
        assert self.letter is not None
        to = f"-{self.recipient.currentData() or 'dsp'}" if self.letter.kind == "demand_driver" else ""
        return f"{self.case.case_number or 'lettre'}-{self.letter.kind}{to}-{self.letter.lang}.pdf"

    # -- actions -------------------------------------------------------------------------------------------
    def save_as(self) -> Path | None:
        if self.letter is None:
            return None
        start = str(Path.home() / self._file_name())
        name, _filter = QFileDialog.getSaveFileName(
            self, QApplication.translate("LetterPreviewDialog", "Save the letter"), start,
            QApplication.translate("LetterPreviewDialog", "PDF files (*.pdf)"))
        if not name:
            return None
        path = Path(name)
        try:
            letters.save(self.store, self.case_uuid, self.letter, path)  # written atomically, then recorded
        except OSError as exc:
            self.message.setText(QApplication.translate("LetterPreviewDialog", "Could not write {0}: {1}").format(
                path, exc.strerror or type(exc).__name__))
            return None
        self._fill_history()
        self.message.setText(QApplication.translate("LetterPreviewDialog", "Saved: {0}").format(path))
        self._offer_sent()
        return path

    def open_in_viewer(self) -> Path | None:
        """Open a copy in the system's PDF viewer (from a private temporary folder removed on close)."""
        if self.letter is None:
            return None
        if self._temp_dir is None:
            self._temp_dir = tempfile.TemporaryDirectory(prefix="clinic-letters-")
        path = Path(self._temp_dir.name) / self._file_name()
        write_bytes_atomic(path, self.letter.pdf)
        self._recorded("")
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):  # no PDF viewer answers: say so
            self.message.setText(QApplication.translate(
                "LetterPreviewDialog", "No PDF viewer could open the letter. Use Save as… or Print… instead."))
        return path

    def print_letter(self) -> bool:
        """Print through the system print dialog, page by page from the same PDF."""
        from PySide6.QtCore import QSize
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        if self.letter is None:
            return False
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        painter = QPainter()
        if not painter.begin(printer):
            self.message.setText(QApplication.translate("LetterPreviewDialog", "The printer could not be started."))
            return False
        try:
            for page in range(self.document.pageCount()):
                if page:
                    printer.newPage()
                rect = painter.viewport()
                image = self.document.render(page, QSize(rect.width(), rect.height()))
                painter.drawImage(rect, image)
        finally:
            painter.end()
        self._recorded("")
        self.message.setText(QApplication.translate("LetterPreviewDialog", "Sent to the printer."))
        return True

    def done(self, result: int) -> None:  # noqa: D401 - Qt override
        if self._temp_dir is not None:
            self._temp_dir.cleanup()
            self._temp_dir = None
        super().done(result)


def run_batch_letters(parent: QWidget | None, store: CaseStore, case_uuids: list[str], out_dir: Path, *,
                      ui_lang: str = "fr", today: dt.date | None = None, show_report: bool = True) -> BatchResult:
    """Every letter of each selected case into ``out_dir`` (:func:`clinic_app.services.letters.batch`), with a
    progress dialog that can be cancelled; then the report (files written, cases that could not have letters)."""
    day = today or dt.date.today()
    outcome = run_operation(
        parent, lambda progress, cancel: letters.batch(store, case_uuids, out_dir, lang=ui_lang, today=day,
                                                       progress=progress, cancel=cancel),
        lang=ui_lang, label=QApplication.translate("LetterPreviewDialog", "Writing letters…"),
        title=QApplication.translate("LetterPreviewDialog", "Letters for the selected cases"))
    result = outcome.value if outcome.value is not None else BatchResult(cancelled=outcome.cancelled)
    if show_report:
        _report(parent, result)
    return result


def _report(parent: QWidget | None, result: BatchResult) -> None:
    lines = [QApplication.translate("LetterPreviewDialog", "{0} letter(s) written.").format(len(result.written))]
    if result.cancelled:
        lines.append(QApplication.translate("LetterPreviewDialog", "Cancelled before the end."))
    if result.failed:
        lines.append(QApplication.translate("LetterPreviewDialog", "Not written:"))
        lines += [f"• {number}: {why}" for number, why in result.failed]
    box = QMessageBox(QMessageBox.Icon.Warning if result.failed else QMessageBox.Icon.Information,
                      QApplication.translate("LetterPreviewDialog", "Letters for the selected cases"),
                      "\n".join(lines), parent=parent)
    box.exec()
