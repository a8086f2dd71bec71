"""The letters window and the batch, on real widgets and a real database."""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path
from typing import Any

import pytest

from clinic_app.domain.case import Case, CaseKind
from clinic_app.domain.case_figures import case_figures
from clinic_app.domain.clinic import ClinicProfile
from clinic_app.domain.demo import generate_demo

TODAY = dt.date(2025, 3, 3)


@pytest.fixture
def store(tmp_path: Path) -> Any:
    from clinic_app.storage import open_store

    store = open_store(tmp_path / "l.db", encrypted=False, create=True, auto_backup=False)
    ests, cases = generate_demo(60, seed=4)
    for est in ests:
        store.save_establishment(est)
    store.create_cases(cases)
    store.save_clinic_profile(ClinicProfile(name="Clinique Démo", address="1 rue A\nMontréal QC",
                                            signatory="Me Jeanne Roy"))
    yield store
    store.close()


def _complete(store: Any, kind: CaseKind) -> Case:
    """A demo case whose demand the pre-flight check allows on TODAY (consent to letters, money owed...)."""
    from clinic_app.domain.letter_preflight import preflight

    for case in store.iter_cases():
        est = store.establishment_for(case)
        demand = "demand_driver" if kind is CaseKind.DRIVER else "demand_employer"
        if case.kind is kind and case_figures(case, est).shortfall and preflight(case, est, demand, TODAY).allowed \
                and (
                est is None or est.jurisdiction.value == "QC") and (case.driver is None or case.driver.client_name):
            return case
    raise AssertionError("no complete demo case")


def _dialog(qtbot: Any, store: Any, case: Case) -> Any:
    from clinic_app.ui.letter_preview import LetterPreviewDialog

    dialog = LetterPreviewDialog(store, case.uuid, ui_lang="en", today=TODAY)
    qtbot.addWidget(dialog)
    return dialog


def test_preview_shows_the_letter_and_save_records_the_same_bytes(qtbot: Any, store: Any, tmp_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QFileDialog

    case = _complete(store, CaseKind.WAREHOUSE)
    dialog = _dialog(qtbot, store, case)
    assert dialog.letter is not None and dialog.save_button.isEnabled()
    qtbot.waitUntil(lambda: dialog.document.pageCount() == dialog.letter.pages, timeout=3000)
    target = tmp_path / "out" / "letter.pdf"
    target.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "PDF"))
    assert dialog.save_as() == target
    data = target.read_bytes()
    records = store.letters_for_case(case.uuid)
    assert [r.sha256 for r in records] == [hashlib.sha256(data).hexdigest()]
    assert records[0].kind == "demand_employer" and records[0].path == str(target)
    assert dialog.history.count() == 1
    dialog.grab().save(str(tmp_path / "preview.png"))


def test_cancelled_save_records_nothing(qtbot: Any, store: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QFileDialog

    case = _complete(store, CaseKind.WAREHOUSE)
    dialog = _dialog(qtbot, store, case)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: ("", ""))
    assert dialog.save_as() is None
    assert store.letters_for_case(case.uuid) == []


def test_driver_letter_goes_to_the_chosen_recipient(qtbot: Any, store: Any) -> None:
    case = _complete(store, CaseKind.DRIVER)
    dialog = _dialog(qtbot, store, case)
    assert dialog.recipient.isVisibleTo(dialog)
    assert dialog.letter.recipient == case.driver.dsp_legal_name
    dialog.recipient.setCurrentIndex(dialog.recipient.findData("client"))
    assert dialog.letter.recipient == case.driver.client_name
    dialog.kind.setCurrentIndex(dialog.kind.findData("worker_summary"))
    assert dialog.lang.findData("ar") >= 0  # Arabic offered for the worker's summary only
    dialog.kind.setCurrentIndex(dialog.kind.findData("calculation_annex"))
    assert dialog.lang.findData("ar") == -1


def test_an_incomplete_case_says_which_fact_is_missing(qtbot: Any, store: Any) -> None:
    case = store.create_case(Case.new(CaseKind.WAREHOUSE))
    dialog = _dialog(qtbot, store, case)
    assert dialog.letter is None and not dialog.save_button.isEnabled() and not dialog.print_button.isEnabled()
    assert "Cannot write the letter" in dialog.message.text()
    assert "hire" in dialog.message.text().lower() or "wage" in dialog.message.text().lower()


def test_batch_writes_every_letter_reports_failures_and_can_be_cancelled(qtbot: Any, store: Any, tmp_path: Path,
                                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QProgressDialog

    from clinic_app.ui.letter_preview import run_batch_letters

    good = [_complete(store, CaseKind.WAREHOUSE), _complete(store, CaseKind.DRIVER)]
    empty = store.create_case(Case.new(CaseKind.DRIVER))
    out = tmp_path / "batch"
    out.mkdir()
    result = run_batch_letters(None, store, [good[0].uuid, empty.uuid, good[1].uuid], out, ui_lang="en",
                               today=TODAY, show_report=False)
    # warehouse: demand + annex + summary; driver: two demands + annex + summary
    assert len(result.written) == 7 and sorted(p.name for p in out.iterdir()) == sorted(p.name for p in result.written)
    assert [n for n, _why in result.failed] == [empty.case_number]
    assert "Cannot write the letter" in result.failed[0][1]
    assert len(store.letters_for_case(good[1].uuid)) == 4
    assert not result.cancelled

    calls = {"n": 0}

    def cancel_after_first(self: Any) -> bool:
        calls["n"] += 1
        return calls["n"] > 1

    monkeypatch.setattr(QProgressDialog, "wasCanceled", cancel_after_first)
    again = tmp_path / "again"
    again.mkdir()
    result = run_batch_letters(None, store, [good[0].uuid, good[1].uuid], again, today=TODAY, show_report=False)
    assert result.cancelled and len(result.written) == 3  # the first case only
    assert store.audit_entries()[-1].action == "letters-batch"


def test_print_goes_through_the_print_dialog_and_is_recorded(qtbot: Any, store: Any, tmp_path: Path,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    """Printing renders every page to the printer the dialog returns (here a PDF file) and records the letter;
    a cancelled print dialog prints and records nothing."""
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter
    from PySide6.QtWidgets import QDialog

    case = _complete(store, CaseKind.WAREHOUSE)
    dialog = _dialog(qtbot, store, case)
    qtbot.waitUntil(lambda: dialog.document.pageCount() == dialog.letter.pages, timeout=3000)
    monkeypatch.setattr(QPrintDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    assert not dialog.print_letter()
    assert store.letters_for_case(case.uuid) == []
    out = tmp_path / "printed.pdf"
    original = QPrinter.__init__

    def to_file(self: Any, *args: Any) -> None:
        original(self, *args)
        self.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        self.setOutputFileName(str(out))

    monkeypatch.setattr(QPrinter, "__init__", to_file)
    monkeypatch.setattr(QPrintDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    assert dialog.print_letter()
    from pypdf import PdfReader

    assert len(PdfReader(out).pages) == dialog.letter.pages
    assert [r.sha256 for r in store.letters_for_case(case.uuid)] == [dialog.letter.sha256]


def test_batch_lists_each_refusal_with_its_reason_and_produces_the_rest(qtbot: Any, store: Any,
                                                                       tmp_path: Path) -> None:
    from clinic_app.domain.case import Consent
    from clinic_app.ui.letter_preview import run_batch_letters

    case = _complete(store, CaseKind.WAREHOUSE)
    case.consent = Consent()  # consent withdrawn: nothing may go to the employer
    case = store.save_case(case)
    result = run_batch_letters(None, store, [case.uuid], tmp_path, ui_lang="en", today=TODAY, show_report=False)
    assert len(result.written) == 1 and "worker_summary" in result.written[0].name
    assert len(result.failed) == 2 and all("No consent is recorded" in why for _n, why in result.failed)
    assert "(formal notice to the employer)" in result.failed[0][0]


def test_the_window_shows_a_refusal_in_words_and_no_letter(qtbot: Any, store: Any) -> None:
    from clinic_app.domain.case import Consent

    case = _complete(store, CaseKind.WAREHOUSE)
    case.consent = Consent()
    case = store.save_case(case)
    dialog = _dialog(qtbot, store, case)
    assert dialog.letter is None and not dialog.save_button.isEnabled() and not dialog.print_button.isEnabled()
    assert "No consent is recorded" in dialog.message.text()


def test_the_window_lists_the_preflight_warnings_with_the_letter(qtbot: Any, store: Any) -> None:
    case = _complete(store, CaseKind.WAREHOUSE)
    dialog = _dialog(qtbot, store, case)
    assert dialog.letter is not None and dialog.letter.preflight.warnings
    for warning in dialog.letter.preflight.warning_texts("en"):
        assert warning in dialog.message.text()


def test_staff_choose_the_count_a_demand_claims_on_and_the_choice_is_recorded(qtbot: Any, store: Any,
                                                                            tmp_path: Path,
                                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QFileDialog

    case = _complete(store, CaseKind.WAREHOUSE)
    est = store.establishment_for(case)
    assert est is not None
    est.establishment_terminations, est.terminations_with_drivers = 8, 60
    store.save_establishment(est)
    dialog = _dialog(qtbot, store, case)
    assert not dialog.count.isHidden()  # offered with the demand
    assert dialog.count.count() == 2 and dialog.count.currentData() is False  # the employer's count first
    employer = dialog.letter
    assert employer is not None and employer.figures["count"]["used"] == "employer"
    dialog.count.setCurrentIndex(1)
    drivers = dialog.letter
    assert drivers is not None and drivers.figures["count"] == {"used": "drivers", "terminations": 60,
                                                                 "employer_count": 8, "drivers_count": 60}
    assert drivers.sha256 != employer.sha256
    target = tmp_path / "drivers.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    dialog.save_as()
    [record] = [r for r in store.letters_for_case(case.uuid) if r.sha256 == drivers.sha256]
    assert record.figures["count"]["used"] == "drivers"


def test_the_lawyers_worksheet_is_offered_as_an_internal_document(qtbot: Any, store: Any) -> None:
    case = _complete(store, CaseKind.WAREHOUSE)
    dialog = _dialog(qtbot, store, case)
    dialog.kind.setCurrentIndex(dialog.kind.findData("lawyer_worksheet"))
    assert dialog.letter is not None and dialog.letter.kind == "lawyer_worksheet"
    assert "never sent" in dialog.kind.currentText()
    dialog.kind.setCurrentIndex(dialog.kind.findData("worker_summary"))
    assert dialog.count.isHidden()  # the worker's summary claims nothing: no count to choose


def test_a_demand_saved_offers_to_mark_the_case_letter_sent(qtbot: Any, store: Any, tmp_path: Path,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QFileDialog

    from clinic_app.domain.case import CaseStatus

    case = _complete(store, CaseKind.WAREHOUSE)
    if case.status is not CaseStatus.INTAKE_COMPLETE:
        case.status = CaseStatus.INTAKE_COMPLETE
        case = store.save_case(case)
    dialog = _dialog(qtbot, store, case)
    assert dialog.sent_button.isHidden()  # nothing left the program yet
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "d.pdf"), ""))
    dialog.save_as()
    assert not dialog.sent_button.isHidden()
    qtbot.mouseClick(dialog.sent_button, Qt.MouseButton.LeftButton)
    assert store.get_case(case.uuid).status is CaseStatus.LETTER_SENT
    assert dialog.sent_button.isHidden() and "Letter sent" in dialog.message.text()


def test_a_drivers_two_demands_get_different_file_names(qtbot: Any, store: Any) -> None:
    case = _complete(store, CaseKind.DRIVER)
    dialog = _dialog(qtbot, store, case)
    first = dialog._file_name()
    dialog.recipient.setCurrentIndex(1)
    assert dialog._file_name() != first and "-client-" in dialog._file_name() and "-dsp-" in first

