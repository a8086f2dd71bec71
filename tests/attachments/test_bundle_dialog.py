"""The GUI's bundle dialog: attachments are offered with their size, off by default, and carried when ticked."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from clinic_app.domain.attachments import AttachmentKind
from clinic_app.export.bundle import read_bundle
from clinic_app.services import attachments as svc

from .conftest import new_case


def test_bundle_dialog_offers_the_attachments_with_their_size(qtbot: Any, store: Any, files: dict[str, Path],
                                                              tmp_path: Path) -> None:
    from clinic_app.ui.export_dialogs import BundleExportDialog

    case = new_case(store)
    svc.attach_file(store, case.uuid, files["photo"], AttachmentKind.DRIVER_CONTRACT)
    svc.attach_file(store, case.uuid, files["contract"], AttachmentKind.DRIVER_CONTRACT)
    size = (files["photo"].stat().st_size + files["contract"].stat().st_size) / 1_048_576
    dialog = BundleExportDialog(store)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.with_files.isChecked()  # off by default
    assert "(2 file" in dialog.with_files.text() and f"{size:.1f} MB" in dialog.with_files.text()
    dialog.pass1.setText("a long enough passphrase")
    dialog.pass2.setText("a long enough passphrase")
    plain, full = tmp_path / "plain.clinicbundle", tmp_path / "full.clinicbundle"
    dialog.path.setText(str(plain))
    dialog.run_export()
    dialog.with_files.setChecked(True)
    dialog.path.setText(str(full))
    dialog.run_export()
    assert read_bundle(plain, "a long enough passphrase").attachments == []
    carried = read_bundle(full, "a long enough passphrase").attachments
    assert sorted(info.filename for info, _data in carried) == ["contrat-photo.jpg", "contrat.pdf"]
