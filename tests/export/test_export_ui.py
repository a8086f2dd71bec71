"""The coordinators' dialogs and summary screen, driven as real widgets (pytest-qt, offscreen).

Each test also grabs the widget as a PNG (under ``$CLINIC_EXPORT_SHOTS`` when set, else the test's
temporary folder) so a person can look at what was tested; grabbing a null image fails the test.
"""

from __future__ import annotations

import datetime as dt
import os
import time
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import Qt, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget  # noqa: E402

from clinic_app.domain.case_json import case_to_dict  # noqa: E402
from clinic_app.domain.parsing import format_money  # noqa: E402
from clinic_app.export.bundle import export_bundle  # noqa: E402
from clinic_app.export.tabular import xlsx_profile  # noqa: E402
from clinic_app.storage import CaseQuery  # noqa: E402

from .conftest import PASSPHRASE, TEST_SCRYPT_N, database_rows, fill_with_demo  # noqa: E402
from .helpers import read_csv_raw, xlsx_xml_text  # noqa: E402

TODAY = dt.date(2025, 2, 20)  # the demo's 45-day reprisal deadlines fall in March 2025


def shot(widget: QWidget, tmp_path: Path, name: str) -> Path:
    for _ in range(5):  # nested layouts post their requests one level at a time: grab what a person sees
        QApplication.processEvents()
    folder = Path(os.environ.get("CLINIC_EXPORT_SHOTS", tmp_path))
    folder.mkdir(parents=True, exist_ok=True)
    image = widget.grab()
    assert not image.isNull() and image.width() > 200 and image.height() > 150
    path = folder / f"{name}.png"
    assert image.save(str(path))
    return path


def shown(qtbot: Any, widget: QWidget) -> QWidget:
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def select_data(combo: Any, value: Any) -> None:
    index = combo.findData(value)
    assert index >= 0, value
    combo.setCurrentIndex(index)


# -- export dialog -------------------------------------------------------------------------------------------

def test_export_dialog_writes_the_filtered_cases(qtbot: Any, demo_store: Any, tmp_path: Path) -> None:
    from clinic_app.ui.export_dialogs import ExportDialog

    dialog = shown(qtbot, ExportDialog(demo_store))
    select_data(dialog.format, "plain")
    select_data(dialog.kind, "driver")
    out = tmp_path / "drivers.csv"
    dialog.path.setText(str(out))
    shot(dialog, tmp_path, "export_dialog")
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    drivers = {c.uuid for c in demo_store.iter_cases(CaseQuery(kinds=("driver",)))}
    header, rows = read_csv_raw(out, bom=False, delimiter=",")
    assert {r[0] for r in rows} == drivers and dialog.last_count == len(drivers)
    assert str(len(drivers)) in dialog.result_label.text() and not dialog.result_label.property("error")
    assert "profile=full" in demo_store.audit_entries()[-1].detail


def test_export_dialog_deidentified_locks_personal_columns(qtbot: Any, demo_store: Any, tmp_path: Path) -> None:
    from clinic_app.ui.export_dialogs import ExportDialog

    dialog = shown(qtbot, ExportDialog(demo_store))
    dialog.deid.setChecked(True)
    personal = [dialog.columns.item(i) for i in range(dialog.columns.count())
                if dialog.columns.item(i).data(Qt.ItemDataRole.UserRole + 1)]
    assert personal and all(i.checkState() == Qt.CheckState.Unchecked for i in personal)
    assert all(not i.flags() & Qt.ItemFlag.ItemIsEnabled for i in personal)
    assert "email" not in dialog.chosen_columns() and "case_number" in dialog.chosen_columns()
    select_data(dialog.format, "xlsx")
    out = tmp_path / "campaign.xlsx"
    dialog.path.setText(str(out))
    shot(dialog, tmp_path, "export_dialog_deidentified")
    dialog.run_export()
    assert xlsx_profile(out) == "deidentified"
    text = xlsx_xml_text(out)
    for case in demo_store.iter_cases(CaseQuery(limit=None)):
        assert case.person.family_name not in text
        assert not case.person.phone or case.person.phone not in text
    dialog.full.setChecked(True)  # back to full: personal columns offered again
    assert all(i.checkState() == Qt.CheckState.Checked for i in personal)


def test_export_dialog_errors_are_shown_in_the_dialog(qtbot: Any, demo_store: Any, tmp_path: Path) -> None:
    from clinic_app.ui.export_dialogs import ExportDialog

    dialog = shown(qtbot, ExportDialog(demo_store))
    dialog.path.setText(str(tmp_path / "no-such-folder" / "x.csv"))
    dialog.run_export()
    assert dialog.result_label.property("error") and "no-such-folder" in dialog.result_label.text()
    dialog._check_all(False)
    dialog.run_export()
    assert dialog.result_label.property("error") and "column" in dialog.result_label.text()
    shot(dialog, tmp_path, "export_dialog_error")
    assert dialog.path.text().endswith("x.csv")  # what was typed is kept


def _cancel_progress_soon(parent: QWidget) -> QTimer:
    """Press Cancel on the progress dialog as soon as it exists (as a person would)."""
    timer = QTimer(parent)

    def press() -> None:
        for progress in parent.findChildren(QProgressDialog):
            if progress.isVisible() or not progress.wasCanceled():
                progress.cancel()
                timer.stop()

    timer.timeout.connect(press)
    timer.start(0)
    return timer


def test_export_dialog_can_be_cancelled(qtbot: Any, make_store: Any, tmp_path: Path,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    from clinic_app.export import tabular
    from clinic_app.ui.export_dialogs import ExportDialog

    store = make_store("big")
    fill_with_demo(store, count=1200)
    # A progress report after every row, each after a short pause that lets the window's thread run (the pause
    # releases the GIL): the export, now fast, wrote its 1,200 rows on the worker thread before the window's
    # thread saw the Cancel pressed, on a loaded machine. The cancellation itself is the real one.
    monkeypatch.setattr(tabular, "PROGRESS_EVERY", 1)
    step = tabular._Progress.step

    def slow_step(self: Any) -> None:
        time.sleep(0.002)
        step(self)

    monkeypatch.setattr(tabular._Progress, "step", slow_step)
    dialog = shown(qtbot, ExportDialog(store))
    out = tmp_path / "big.csv"
    dialog.path.setText(str(out))
    _cancel_progress_soon(dialog)
    dialog.run_export()
    assert not out.exists() and dialog.last_count is None
    assert "cancel" in dialog.result_label.text().lower()


# -- bundles ---------------------------------------------------------------------------------------------------

def test_bundle_export_then_import_with_preview(qtbot: Any, demo_store: Any, make_store: Any,
                                                tmp_path: Path) -> None:
    from clinic_app.ui.export_dialogs import BundleExportDialog, BundleImportDialog

    sender = shown(qtbot, BundleExportDialog(demo_store))
    assert not sender.changed.isEnabled()  # no bundle made yet
    out = tmp_path / "laptop.clinicbundle"
    sender.path.setText(str(out))
    sender.pass1.setText("short")
    sender.pass2.setText("short")
    sender.run_export()
    assert sender.result_label.property("error") and not out.exists()
    sender.pass1.setText("a long enough passphrase")
    sender.pass2.setText("a long enough passphrase!")
    sender.run_export()
    assert sender.result_label.property("error") and not out.exists()
    sender.pass2.setText("a long enough passphrase")
    shot(sender, tmp_path, "bundle_export_dialog")
    sender.run_export()
    total = demo_store.count_cases(CaseQuery())
    assert out.exists() and sender.last_count == total and not sender.result_label.property("error")
    again = BundleExportDialog(demo_store)  # next time, "changed since the last bundle" is offered
    qtbot.addWidget(again)
    assert again.changed.isEnabled() and again.since_last is not None

    coordinator = make_store("coordinator")
    receiver = shown(qtbot, BundleImportDialog(coordinator))
    receiver.path.setText(str(out))
    receiver.passphrase.setText("a wrong passphrase")
    receiver.run_preview()
    assert receiver.summary.property("error") and not receiver.import_button.isEnabled()
    receiver.passphrase.setText("a long enough passphrase")
    qtbot.mouseClick(receiver.preview_button, Qt.MouseButton.LeftButton)
    sites = len(demo_store.list_establishments())
    assert receiver.table.rowCount() == total + sites and receiver.import_button.isEnabled()
    assert sum(receiver.table.item(r, 0).text() == "Add site" for r in range(total + sites)) == sites
    assert f"{total} to add" in receiver.summary.text() and f"Sites: {sites} to add" in receiver.summary.text()
    assert receiver.conflict_box.isHidden()
    assert coordinator.count_cases(CaseQuery()) == 0  # the preview wrote nothing
    shot(receiver, tmp_path, "bundle_import_preview")
    qtbot.mouseClick(receiver.import_button, Qt.MouseButton.LeftButton)
    assert receiver.result_preview is not None and receiver.result_preview.written
    assert coordinator.count_cases(CaseQuery()) == total
    assert f"Imported: {total} added" in receiver.summary.text() and not receiver.import_button.isEnabled()


def test_bundle_import_dialog_settles_a_conflict(qtbot: Any, make_store: Any, tmp_path: Path) -> None:
    from clinic_app.export.bundle import import_bundle
    from clinic_app.ui.export_dialogs import BundleImportDialog

    volunteer, coordinator = make_store("volunteer"), make_store("coordinator")
    fill_with_demo(volunteer, count=30)
    first, second = tmp_path / "1.clinicbundle", tmp_path / "2.clinicbundle"
    export_bundle(volunteer, first, PASSPHRASE, scrypt_n=TEST_SCRYPT_N)
    import_bundle(coordinator, first, PASSPHRASE)
    uuids = sorted(c.uuid for c in volunteer.iter_cases(CaseQuery(limit=None)))
    clash, update = volunteer.get_case(uuids[0]), volunteer.get_case(uuids[1])
    clash.person.phone, update.person.city = "514-555-0110", "Trois-Rivières (test)"
    theirs = volunteer.save_case(clash)
    updated = volunteer.save_case(update)
    mine = coordinator.get_case(uuids[0])
    mine.person.phone = "514-555-0220"
    coordinator.save_case(mine)
    export_bundle(volunteer, second, PASSPHRASE, scrypt_n=TEST_SCRYPT_N)

    dialog = shown(qtbot, BundleImportDialog(coordinator))
    dialog.path.setText(str(second))
    dialog.passphrase.setText(PASSPHRASE)
    dialog.run_preview()
    assert dialog.conflict_box.isVisible() and dialog.conflicts.rowCount() == 1
    assert dialog.conflicts.item(0, 0).text() == theirs.case_number
    assert dialog.table.rowCount() == 1 and dialog.table.item(0, 1).text() == updated.case_number
    shot(dialog, tmp_path, "bundle_import_conflict")
    choice = dialog.conflicts.cellWidget(0, 3)
    select_data(choice, "theirs")
    dialog.run_import()
    assert case_to_dict(coordinator.get_case(uuids[0])) == case_to_dict(theirs)
    assert case_to_dict(coordinator.get_case(uuids[1])) == case_to_dict(updated)
    assert "0 conflict(s)" in dialog.summary.text()


def test_bundle_import_runs_on_a_worker_thread_and_cancel_leaves_the_database_as_before(
        qtbot: Any, second_bundle: tuple[Any, Any, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Import (after the preview) runs on a worker thread behind a progress dialog; Cancel pressed there while
    frames are being written rolls the one transaction back (the database file holds the same rows), the
    preview still holds, and Import then writes it."""
    import threading

    from clinic_app.services.progress import CancelToken
    from clinic_app.storage import CaseStore
    from clinic_app.ui.export_dialogs import BundleImportDialog

    _volunteer, coordinator, second = second_bundle

    def dump() -> dict[str, list[tuple[Any, ...]]]:
        return database_rows(tmp_path / "coordinator.db")

    # The worker holds on inside its second frame (the first already written in the transaction) until the
    # Cancel pressed in the window has reached it: the real cancellation, at a moment the test knows.
    cancelled = threading.Event()
    real_cancel, real_chunk = CancelToken.cancel, CaseStore._write_imported_chunk
    threads: list[str] = []

    def cancel(self: Any) -> None:
        real_cancel(self)
        cancelled.set()

    def chunk(self: Any, *args: Any) -> None:
        real_chunk(self, *args)
        threads.append(threading.current_thread().name)
        if len(threads) == 2:
            assert cancelled.wait(60)

    monkeypatch.setattr(CancelToken, "cancel", cancel)
    monkeypatch.setattr(CaseStore, "_write_imported_chunk", chunk)
    dialog = shown(qtbot, BundleImportDialog(coordinator))
    dialog.path.setText(str(second))
    dialog.passphrase.setText(PASSPHRASE)
    dialog.run_preview()
    assert "20 to update" in dialog.summary.text() and dialog.import_button.isEnabled()
    before = dump()
    seen: list[tuple[int, int, str]] = []
    timer = QTimer(dialog)

    def press_cancel() -> None:  # as a person would, once the progress shows the first frame written
        for progress in dialog.findChildren(QProgressDialog):
            if progress.isVisible() and progress.value() > 0 and not progress.wasCanceled():
                seen.append((progress.value(), progress.maximum(), progress.labelText()))
                folder = Path(os.environ.get("CLINIC_EXPORT_SHOTS", tmp_path))
                folder.mkdir(parents=True, exist_ok=True)
                image = progress.grab()
                assert not image.isNull() and image.width() > 150 and image.height() > 50
                assert image.save(str(folder / "bundle_import_progress.png"))
                progress.cancel()
                timer.stop()

    timer.timeout.connect(press_cancel)
    timer.start(10)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert seen == [(10, 40, "Importing the cases…")]
    assert threads and threading.main_thread().name not in threads  # written on the worker thread
    assert dump() == before  # rolled back: the same rows, none half written
    assert "cancel" in dialog.summary.text().lower() and not dialog.summary.property("error")
    assert dialog.import_button.isEnabled() and dialog.result_preview is None
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)  # the preview still holds
    assert "Imported: 0 added, 20 updated" in dialog.summary.text()
    assert sum(c.person.city == "Trois-Rivières (2e paquet)"
               for c in coordinator.iter_cases(CaseQuery(limit=None))) == 20


def test_bundle_import_dialog_lists_site_changes_and_settles_a_site_conflict(qtbot: Any, make_store: Any,
                                                                             tmp_path: Path) -> None:
    from clinic_app.export.bundle import import_bundle
    from clinic_app.ui.export_dialogs import BundleImportDialog

    volunteer, coordinator = make_store("volunteer"), make_store("coordinator")
    fill_with_demo(volunteer, count=30)
    first, second = tmp_path / "1.clinicbundle", tmp_path / "2.clinicbundle"
    export_bundle(volunteer, first, PASSPHRASE, scrypt_n=TEST_SCRYPT_N)
    import_bundle(coordinator, first, PASSPHRASE)
    clash, changed = volunteer.list_establishments()[:2]
    clash.terminations_with_drivers, changed.address = 2222, "1 rue du Test"
    volunteer.save_establishment(clash)
    volunteer.save_establishment(changed)
    mine = coordinator.get_establishment(clash.id)
    mine.closure_date = dt.date(2025, 1, 24)
    coordinator.save_establishment(mine)
    export_bundle(volunteer, second, PASSPHRASE, scrypt_n=TEST_SCRYPT_N)

    dialog = shown(qtbot, BundleImportDialog(coordinator))
    dialog.path.setText(str(second))
    dialog.passphrase.setText(PASSPHRASE)
    dialog.run_preview()
    assert dialog.conflict_box.isVisible() and dialog.conflicts.rowCount() == 1
    assert clash.code in dialog.conflicts.item(0, 0).text()
    assert "closure date" in dialog.conflicts.item(0, 2).text() and "count with drivers" in \
        dialog.conflicts.item(0, 2).text()
    rows = [[dialog.table.item(r, c).text() for c in range(6)] for r in range(dialog.table.rowCount())]
    assert ["Update site", "", changed.employer_legal_name, changed.code, "", "address"] in rows
    shot(dialog, tmp_path, "bundle_import_site_conflict")
    select_data(dialog.conflicts.cellWidget(0, 3), "theirs")
    dialog.run_import()
    here = coordinator.get_establishment(clash.id)
    assert here.terminations_with_drivers == 2222 and here.closure_date == clash.closure_date
    assert coordinator.get_establishment(changed.id).address == "1 rue du Test"


def test_bundle_import_dialog_forgets_a_preview_when_the_file_changes(qtbot: Any, demo_store: Any,
                                                                      make_store: Any, tmp_path: Path) -> None:
    from clinic_app.ui.export_dialogs import BundleImportDialog

    out = tmp_path / "b.clinicbundle"
    export_bundle(demo_store, out, PASSPHRASE, scrypt_n=TEST_SCRYPT_N)
    dialog = shown(qtbot, BundleImportDialog(make_store("c")))
    dialog.path.setText(str(out))
    dialog.passphrase.setText(PASSPHRASE)
    dialog.run_preview()
    assert dialog.import_button.isEnabled()
    dialog.path.setText(str(tmp_path / "other.clinicbundle"))
    assert not dialog.import_button.isEnabled() and dialog.prepared is None


# -- summary screen ----------------------------------------------------------------------------------------------

def test_summary_view_shows_the_stores_figures_and_saves_a_pdf(qtbot: Any, demo_store: Any,
                                                               tmp_path: Path) -> None:
    from clinic_app.ui.summary_view import SummaryView

    view = shown(qtbot, SummaryView(demo_store, "en", today=TODAY))
    view.resize(1100, 900)
    qtbot.waitUntil(lambda: view.summary is not None, timeout=10000)
    rows = demo_store.list_cases(CaseQuery(limit=None))
    owed = sum((r.amount_owed for r in rows if r.amount_owed is not None), Decimal(0))
    shortfall = sum((r.shortfall for r in rows if r.shortfall is not None), Decimal(0))
    assert view.total_labels["cases"].text() == str(len(rows))
    assert view.total_labels["owed"].text() == format_money(owed, "en")
    assert view.total_labels["shortfall"].text() == format_money(shortfall, "en")
    sites = {r.site_or_company or "-" for r in rows}
    assert view.sites.rowCount() == len(sites)
    assert {view.sites.item(i, 0).text() for i in range(view.sites.rowCount())} == sites
    kinds = {view.kinds.item(i, 0).text(): int(view.kinds.item(i, 1).text())
             for i in range(view.kinds.rowCount())}
    assert kinds == {"Warehouse": sum(r.kind == "warehouse" for r in rows),
                     "Driver": sum(r.kind == "driver" for r in rows)}
    assert view.deadlines.rowCount() == len(view.summary.deadlines) > 0
    shot(view, tmp_path, "summary_view")
    pdf = tmp_path / "summary.pdf"
    view.write_pdf(str(pdf))
    assert pdf.read_bytes().startswith(b"%PDF")
    assert demo_store.audit_entries()[-1].action == "report"


def test_summary_view_refresh_can_be_cancelled(qtbot: Any, make_store: Any, monkeypatch: pytest.MonkeyPatch
                                               ) -> None:
    """The long way (every case through the engine: stale figures that cannot be recomputed now) can be
    cancelled; the SQL way over stored figures takes milliseconds."""
    from clinic_app.storage import StorageError
    from clinic_app.ui.summary_view import SummaryView

    store = make_store("big")
    fill_with_demo(store, count=1200)

    def locked(**_kw: Any) -> int:
        raise StorageError("busy")

    monkeypatch.setattr(store, "refresh_stale_figures", locked)  # another program holds the write lock
    view = shown(qtbot, SummaryView(store, "fr", today=TODAY, auto_refresh=False))
    _cancel_progress_soon(view)
    assert view.refresh() is False and view.summary is None and not view.pdf_button.isEnabled()


def test_export_layer_messages_follow_the_main_windows_language(qtbot: Any, demo_store: Any, make_store: Any,
                                                                tmp_path: Path) -> None:
    from clinic_app.ui.export_dialogs import BundleImportDialog

    out = tmp_path / "b.clinicbundle"
    export_bundle(demo_store, out, PASSPHRASE, scrypt_n=TEST_SCRYPT_N)
    for lang, expected in (("fr", "phrase de passe du paquet incorrecte"), ("en", "wrong bundle passphrase")):
        window = QWidget()
        window.ui_lang = lang  # what MainWindow carries
        qtbot.addWidget(window)
        dialog = BundleImportDialog(make_store(f"c-{lang}"), window)
        dialog.path.setText(str(out))
        dialog.passphrase.setText("not the passphrase")
        dialog.run_preview()
        assert dialog.summary.text() == expected and dialog.summary.property("error")


def test_bundle_import_dialog_lists_the_first_cases_of_a_large_bundle(qtbot: Any, make_store: Any, tmp_path: Path,
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    """A bundle larger than the preview's lists: every case is counted, the first of each kind listed, and said."""
    from clinic_app.export import bundle as bundle_module
    from clinic_app.ui.export_dialogs import BundleImportDialog

    monkeypatch.setattr(bundle_module, "PREVIEW_LIMIT", 10)
    volunteer = make_store("volunteer")
    fill_with_demo(volunteer, count=25)
    path = tmp_path / "v.clinicbundle"
    export_bundle(volunteer, path, PASSPHRASE, scrypt_n=TEST_SCRYPT_N)
    dialog = shown(qtbot, BundleImportDialog(make_store("coordinator")))
    dialog.path.setText(str(path))
    dialog.passphrase.setText(PASSPHRASE)
    dialog.run_preview()
    assert "25 to add" in dialog.summary.text()
    assert "The table lists the first 10 cases of each kind, by case number." in dialog.summary.text()
    assert dialog.table.rowCount() == 10 + len(volunteer.list_establishments())
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert "Imported: 25 added" in dialog.summary.text()
