"""GUI start-up: QApplication, translations, exception hook, then the passphrase (or first-run) dialog or the
main window, and only then the storage import (SQLAlchemy costs ~0.3 s; the window must be on screen first).
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from clinic_app.errors import EXIT_USAGE, ClinicError
from clinic_app.paths import is_plain_sqlite_file
from clinic_app.ui.settings import AppSettings

if TYPE_CHECKING:
    from clinic_app.storage import CaseStore, FirstLook
    from clinic_app.ui.first_run import FirstRunAnswers
    from clinic_app.ui.main_window import MainWindow

PASSPHRASE_ENV = "CLINIC_APP_PASSPHRASE"


def make_app(argv: list[str] | None = None) -> QApplication:
    """The QApplication (reused when one exists, as in tests)."""
    existing = QApplication.instance()
    app = cast(QApplication, existing) if existing is not None else QApplication(
        argv if argv is not None else sys.argv[:1])
    app.setApplicationName("Clinic Intake")
    app.setOrganizationName("ClinicIntake")
    _set_icon(app)
    return app


def _set_icon(app: QApplication) -> None:
    """The program's icon on every window (task bar, Alt+Tab), from the PNG sizes in resources/icons."""
    from PySide6.QtGui import QIcon

    from clinic_app.resources import resource_path

    icon = QIcon()
    for size in (16, 24, 32, 48, 64, 128, 256):
        path = resource_path("icons", f"clinic-app-{size}.png")
        if path.is_file():
            icon.addFile(str(path))
    if not icon.isNull():
        app.setWindowIcon(icon)


def db_path_from(args: argparse.Namespace, settings: AppSettings) -> Path:
    """--db, else the last database used on this laptop, else the default one."""
    if getattr(args, "db", None):
        return Path(args.db).expanduser()
    if settings.last_db_path:
        return Path(settings.last_db_path)
    from clinic_app import paths

    return paths.default_db_path()


def passphrase_from(args: argparse.Namespace) -> str | None:
    """The passphrase ``clinic-app gui`` read from --passphrase-file (``commands/gui.py``, with the CLI's one
    reader), else CLINIC_APP_PASSPHRASE, else None (ask)."""
    given: str | None = getattr(args, "passphrase", None)
    return given or os.environ.get(PASSPHRASE_ENV) or None


def apply_first_run(answers: FirstRunAnswers, path: Path, settings: AppSettings) -> CaseStore:
    """Create the encrypted database from the first-run answers and store the settings; returns the store."""
    from clinic_app.storage import open_store

    path.parent.mkdir(parents=True, exist_ok=True)
    store = open_store(path, passphrase=answers.passphrase, encrypted=True, create=True,
                       actor=answers.volunteer_name)
    profile = store.clinic_profile()
    store.save_clinic_profile(dataclasses.replace(profile, name=answers.clinic_name, address=answers.letterhead))
    from clinic_app.ui.settings_dialog import RETENTION_KEY

    store.set_setting(RETENTION_KEY, str(answers.retention_days))
    settings.ui_lang = answers.ui_lang
    settings.volunteer_name = answers.volunteer_name
    settings.backup_folder = answers.backup_folder
    settings.last_db_path = str(path)
    settings.sync()
    return store


def _fail(lang: str, exc: ClinicError) -> int:
    """The database cannot be opened: say why in one box; exit status 2 (as the CLI for an unusable file)."""
    QMessageBox.critical(None, "Clinic Intake", exc.message(lang))
    return EXIT_USAGE


def run_gui(args: argparse.Namespace) -> int:
    """Run the GUI until the main window is closed; returns the exit status."""
    app = make_app()
    from clinic_app.ui.errors import install_exception_hook
    from clinic_app.ui.i18n import install_translators

    install_exception_hook()
    settings = AppSettings(os.environ.get("CLINIC_APP_SETTINGS_FILE") or None)
    lang = getattr(args, "lang", None) or settings.ui_lang
    translators = install_translators(app, lang)  # noqa: F841 - kept alive for the app's life
    try:
        from clinic_app.ui import startup_probe

        startup_probe.install(app)
    except ImportError:
        pass
    from clinic_app.ui.main_window import MainWindow

    url = getattr(args, "db_url", None) or (None if getattr(args, "db", None) else settings.db_url or None)
    server = url is not None and not url.startswith("sqlite")
    encrypted = not getattr(args, "no_encryption", False) and not server  # a server is protected server-side
    path = db_path_from(args, settings)
    if encrypted and url is None and is_plain_sqlite_file(path):
        encrypted = False  # the file's header says so: a plain (demo, test) database needs no --no-encryption
    backup_dir = Path(settings.backup_folder) if settings.backup_folder else None
    store: CaseStore | None = None
    look: FirstLook | None = None  # the file opened and the list's first page read, the store still to open

    if server:
        pass  # opened after the first paint, below: no passphrase, no first-run file
    elif url is None and not path.exists():
        from clinic_app.ui.first_run import FirstRunDialog

        if not encrypted:
            from clinic_app.storage import open_store

            path.parent.mkdir(parents=True, exist_ok=True)
            store = open_store(path, encrypted=False, create=True, actor=settings.volunteer_name,
                               backup_dir=backup_dir)
        else:
            dialog = FirstRunDialog(ui_lang=lang, backup_folder=settings.backup_folder)
            if dialog.exec() != QDialog.DialogCode.Accepted or dialog.answers is None:
                return 0
            store = apply_first_run(dialog.answers, path, settings)
            if dialog.answers.ui_lang != lang:  # the language just chosen applies now, not at the next start
                from clinic_app.ui.i18n import switch_language

                lang = dialog.answers.ui_lang
                translators = switch_language(app, translators, lang)
    elif encrypted:
        def open_now(passphrase: str, look: FirstLook | None = None,
                     progress: Callable[[str], None] | None = None) -> CaseStore:
            from clinic_app.storage import open_store

            # No whole-file check and no backup here: both run on a worker thread after the first paint
            # (MainWindow.start_automatic_backup), so opening costs the same at 1M cases as at 10.
            return open_store(path if url is None else None, url=url, passphrase=passphrase,
                              actor=settings.volunteer_name, backup_dir=backup_dir, auto_backup=False,
                              check=False, first_look=look, progress=progress)

        def opener(passphrase: str) -> CaseStore | FirstLook:
            """The file opened and the list's first page read without SQLAlchemy (storage.opening), the store
            opened after the first paint; else (a migration is due, a newer file, a server) the store at once,
            on a worker thread with a progress window if it migrates."""
            from clinic_app.ui.migration_progress import open_with_progress

            if url is None:
                from clinic_app.storage import first_look

                found = first_look(path, passphrase)
                if found is not None:
                    return found
            return open_with_progress(lambda progress: open_now(passphrase, progress=progress))

        given = passphrase_from(args)
        opened: CaseStore | FirstLook | None = None
        if given:
            try:
                opened = opener(given)
            except ClinicError as exc:  # shown as our message, never a traceback
                return _fail(lang, exc)
        else:
            from clinic_app.ui.passphrase_dialog import PassphraseDialog

            prompt = PassphraseDialog(opener, db_label=str(url or path), lang=lang)
            if prompt.exec() != QDialog.DialogCode.Accepted:
                return 0
            opened = prompt.store
        from clinic_app.storage import FirstLook

        if isinstance(opened, FirstLook):
            look = opened
        else:
            store = opened

    window = MainWindow(store, settings=settings, ui_lang=lang, first_look=look)
    if look is not None:
        first = look

        def open_after_paint() -> None:
            """The store, on the GUI thread once the list is on screen: input meanwhile waits (busy cursor)."""
            from PySide6.QtGui import QGuiApplication

            QGuiApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
            try:
                opened_store = open_now(cast(str, first.passphrase), first)
            except ClinicError as exc:
                QGuiApplication.restoreOverrideCursor()
                window.store_failed()
                first.close()
                _fail(lang, exc)
                window.close()
                return
            QGuiApplication.restoreOverrideCursor()
            window.attach_store(opened_store)

        _after_first_paint(window, open_after_paint)
    elif store is None:
        # Unencrypted and existing: paint first, import SQLAlchemy and open afterwards.
        def open_later() -> None:
            from clinic_app.storage import open_store

            try:
                window.attach_store(open_store(path if url is None else None, url=url, encrypted=False,
                                               actor=settings.volunteer_name, backup_dir=backup_dir,
                                               auto_backup=False, check=False))
            except ClinicError as exc:
                window.store_failed()
                _fail(lang, exc)
                window.close()

        _after_first_paint(window, open_later)
    if url is None:
        settings.last_db_path = str(path)
    window.show()
    status = app.exec()
    from clinic_app.ui.background import wait_for_workers

    if window.store is not None and wait_for_workers(5.0):
        window.store.close()
    if look is not None:
        look.close()  # the window was closed before the store took the file over
    return int(status)


def _after_first_paint(window: MainWindow, work: Callable[[], None]) -> None:
    """Run ``work`` once, after the window's first paint (or after a second if it is never painted: hidden).
    Not with the start-up probe, which measures up to the first paint and quits right there."""
    from clinic_app.ui import startup_probe

    if startup_probe.enabled():
        return
    started: list[bool] = []

    def once() -> None:
        if not started:
            started.append(True)
            work()

    window.firstPainted.connect(once)
    QTimer.singleShot(1000, once)
