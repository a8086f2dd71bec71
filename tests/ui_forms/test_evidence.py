"""The Evidence section of the case editor with real files: add (button path and drop), thumbnails, checklist,
viewer (PDF from a QBuffer, image from bytes, text, HEIC and damaged files said in a sentence), rotate, remove."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent

from clinic_app.domain.attachments import AttachmentKind
from clinic_app.domain.case import Case, CaseKind
from clinic_app.services import attachments as svc

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from attachments.conftest import heic_bytes, jpeg_bytes, pdf_bytes, png_bytes  # noqa: E402


def _files(tmp_path: Path) -> dict[str, Path]:
    out = {"contract": tmp_path / "contrat.pdf", "photo": tmp_path / "contrat-photo.jpg",
           "screenshot": tmp_path / "route.png", "heic": tmp_path / "IMG_0001.HEIC", "fake": tmp_path / "faux.pdf"}
    out["contract"].write_bytes(pdf_bytes())
    out["photo"].write_bytes(jpeg_bytes(1200, 900))
    out["screenshot"].write_bytes(png_bytes())
    out["heic"].write_bytes(heic_bytes())
    out["fake"].write_bytes(b"MZ\x90\x00 not a pdf")
    return out


def _driver(store: Any) -> Case:
    case = Case.new(CaseKind.DRIVER)
    case.person.given_name, case.person.family_name = "Hélène", "Tremblay"
    return store.create_case(case)  # type: ignore[no-any-return]


def _evidence(editor: Any) -> Any:
    index = next(i for i, p in enumerate(editor.pages) if p.key == "evidence")
    editor.go_to_section(index)
    return editor.evidence


def test_add_view_rotate_remove(qtbot: Any, store: Any, open_editor: Any, tmp_path: Path) -> None:
    files = _files(tmp_path)
    case = _driver(store)
    editor = open_editor(store, case, "en")
    panel = _evidence(editor)
    assert "Contract with the delivery partner: missing" in panel.checklist_label.text()
    panel.kind_combo.setCurrentIndex(panel.kind_combo.findData(AttachmentKind.DRIVER_CONTRACT.value))
    assert panel.add_files([files["contract"], files["photo"], files["fake"]]) == 2
    assert "“faux.pdf”" in panel.message.text() and not panel.message.isHidden()
    assert "Contract with the delivery partner (2 files)" in panel.checklist_label.text()
    qtbot.waitUntil(panel.thumbnails_done, timeout=5000)
    icons = [panel.list.item(i).icon().pixmap(120, 120).toImage() for i in range(panel.list.count())]
    assert all(not img.isNull() for img in icons)
    assert icons[0].pixelColor(60, 60) != icons[1].pixelColor(60, 60)  # real thumbnails, not one placeholder
    assert not editor.is_dirty()  # documents are saved as added: the case form has nothing unsaved

    from clinic_app.ui.forms.evidence_viewer import EvidenceViewer

    for row, kind in ((0, "pdf"), (1, "image")):
        info = panel.infos[row]
        viewer = EvidenceViewer(info, svc.data_of(store, info.id), ui_lang="en")
        qtbot.addWidget(viewer)
        viewer.show()
        assert viewer.problem == "", kind
        if kind == "pdf":
            assert viewer.document.pageCount() == 2
        viewer.close()

    panel.list.setCurrentRow(1)
    panel.rotate_selected()
    assert svc.list_for(store, case.uuid)[1].rotation == 90 and panel.list.currentRow() == 1
    panel.remove_selected(confirm=False)
    assert [a.filename for a in svc.list_for(store, case.uuid)] == ["contrat.pdf"]
    assert "attachment_remove" in [e.action for e in store.audit_entries(case.uuid)]


def test_drop_files_onto_the_section(qtbot: Any, store: Any, open_editor: Any, tmp_path: Path) -> None:
    files = _files(tmp_path)
    case = _driver(store)
    panel = _evidence(open_editor(store, case, "fr"))
    panel.kind_combo.setCurrentIndex(panel.kind_combo.findData(AttachmentKind.ROUTE_APP_SCREENSHOTS.value))
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(files["screenshot"])), QUrl.fromLocalFile(str(files["heic"]))])
    enter = QDragEnterEvent(QPoint(20, 20), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    panel.dragEnterEvent(enter)
    assert enter.isAccepted() and not panel.list.acceptDrops()  # the list lets the drop through to the panel
    drop = QDropEvent(QPointF(QPoint(20, 20)), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    panel.dropEvent(drop)  # what Qt calls when the volunteer lets go over the section
    stored = svc.list_for(store, case.uuid)
    assert [a.kind for a in stored] == [AttachmentKind.ROUTE_APP_SCREENSHOTS] * 2
    assert "Captures de l'application de livraison (2 fichiers)" in panel.checklist_label.text()


def test_hostile_or_undecodable_files_are_said_not_crashed(qtbot: Any, tmp_path: Path) -> None:
    from clinic_app.domain.attachments import AttachmentInfo, FileType
    from clinic_app.ui.forms.evidence_viewer import EvidenceViewer

    def info(mime: FileType) -> AttachmentInfo:
        import datetime as dt

        return AttachmentInfo("x", "c", AttachmentKind.OTHER, "f", mime, 1, "", 0, dt.datetime.now(dt.UTC), "t")

    for mime, data in ((FileType.HEIC, heic_bytes()), (FileType.PDF, b"%PDF-1.4\n garbage\n%%EOF"),
                       (FileType.JPEG, b"\xff\xd8\xff" + bytes(100) + b"\xff\xd9")):
        viewer = EvidenceViewer(info(mime), data, ui_lang="en")
        qtbot.addWidget(viewer)
        viewer.show()
        assert viewer.problem, mime


def test_a_new_case_must_be_saved_before_documents(qtbot: Any, store: Any, open_editor: Any,
                                                   tmp_path: Path) -> None:
    editor = open_editor(store, Case.new(CaseKind.WAREHOUSE), "en")
    panel = _evidence(editor)
    assert not panel.add_button.isEnabled() and "Save the case once" in panel.hint.text()
    assert "Pay stubs: missing" in panel.checklist_label.text()
