"""Every window and dialog of the program, built on a demo store: the list the screen-fit and keyboard tests walk.

Why one list: a test that checks "every window" must not forget the one added next month; a new dialog is added
here once and every walk (fit at 150 %, mnemonics, focus names) covers it.
"""

from __future__ import annotations

import datetime as dt
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QApplication, QWidget

#: A fixed day for the demo data and the windows that compute deadlines (tests must not depend on today)
TODAY = dt.date(2026, 12, 1)


@dataclass
class Demo:
    store: Any
    window: Any  # MainWindow
    cases: list[Any]
    ests: list[Any]
    folder: Path

    def case_of(self, kind: str) -> Any:
        return next(c for c in self.cases if str(c.kind.value) == kind)


@contextmanager
def demo(lang: str = "en", count: int = 40) -> Iterator[Demo]:
    """A demo store in a temporary folder and a main window on it (closed and removed afterwards)."""
    from clinic_app.domain.demo import DEMO_CLINIC, generate_demo
    from clinic_app.storage import open_store
    from clinic_app.ui.main_window import MainWindow
    from clinic_app.ui.settings import AppSettings

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        store = open_store(folder / "demo.db", encrypted=False, create=True, actor="Camille", auto_backup=False)
        try:
            ests, cases = generate_demo(count, seed=1, today=TODAY)
            store.save_clinic_profile(DEMO_CLINIC)
            for est in ests:
                store.save_establishment(est)
            stored = [store.create_case(c) for c in cases]
            window = MainWindow(store, settings=AppSettings(str(folder / "settings.ini")), ui_lang=lang)
            yield Demo(store, window, stored, ests, folder)
            QApplication.processEvents()
            reminder = getattr(window, "_reminder", None)
            if reminder is not None:
                reminder.stop(30)  # it reads the store: not closed under it
            for editor in list(window._editors.values()):
                editor._set_dirty(False)
            window.close()
            window.deleteLater()
            QApplication.processEvents()
        finally:
            store.close()


def _editor(d: Demo, kind: str) -> QWidget:
    d.window._open_editor(d.case_of(kind), new=False)
    return d.window


def _tab(d: Demo, opener: str) -> QWidget:
    getattr(d.window, opener)()
    return d.window


def windows(lang: str) -> dict[str, Callable[[Demo], QWidget]]:
    """name -> a function building that window (a top-level widget, not yet shown) on a demo."""
    from clinic_app.domain.case import Case, CaseKind
    from clinic_app.domain.conflicts import ConflictHit
    from clinic_app.ui import about_dialog, data_dialogs, export_dialogs, settings_dialog
    from clinic_app.ui.conflicts_dialog import ConflictsDialog
    from clinic_app.ui.drafts import Draft, DraftsDialog
    from clinic_app.ui.duplicates_dialog import DuplicatesDialog
    from clinic_app.ui.first_run import FirstRunDialog
    from clinic_app.ui.forms.establishment import EstablishmentDialog
    from clinic_app.ui.letter_preview import LetterPreviewDialog
    from clinic_app.ui.passphrase_dialog import PassphraseDialog

    def twin(d: Demo) -> QWidget:
        source = d.cases[0]
        case = Case.new(CaseKind.DRIVER)
        case.person.given_name, case.person.family_name = source.person.given_name, source.person.family_name
        case.person.phone = source.person.phone
        return DuplicatesDialog(d.store, case, parent=d.window, for_save=True)

    return {
        "main window": lambda d: d.window,
        "warehouse form": lambda d: _editor(d, "warehouse"),
        "driver form": lambda d: _editor(d, "driver"),
        "summary": lambda d: _tab(d, "open_summary"),
        "deadlines": lambda d: _tab(d, "open_deadlines"),
        "sites": lambda d: _tab(d, "open_sites"),
        "letters": lambda d: LetterPreviewDialog(d.store, d.case_of("driver").uuid, d.window, ui_lang=lang,
                                                 today=TODAY),
        "settings": lambda d: settings_dialog.SettingsDialog(d.store, d.window.settings, parent=d.window),
        "about": lambda d: about_dialog.AboutDialog(d.window),
        "backups": lambda d: data_dialogs.BackupDialog(d.store, d.window),
        "purge": lambda d: data_dialogs.PurgeDialog(d.store, d.window),
        "change passphrase": lambda d: data_dialogs.ChangePassphraseDialog(d.store, d.window),
        "export": lambda d: export_dialogs.ExportDialog(d.store, d.window),
        "send cases": lambda d: export_dialogs.BundleExportDialog(d.store, d.window),
        "receive cases": lambda d: export_dialogs.BundleImportDialog(d.store, d.window),
        "first run": lambda d: FirstRunDialog(ui_lang=lang),
        "passphrase": lambda d: PassphraseDialog(lambda _p: d.store, db_label=str(d.folder / "demo.db"), lang=lang),
        "drafts": lambda d: DraftsDialog([Draft(key="k", case=d.cases[0])], d.window),
        "duplicates": twin,
        "conflicts": lambda d: ConflictsDialog([ConflictHit("person_is_adverse", "Marie Roy", "Marie Roy", "list")],
                                               ui_lang=lang, parent=d.window),
        "site": lambda d: EstablishmentDialog(d.ests[0], ui_lang=lang, parent=d.window),
    }
